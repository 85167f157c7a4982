import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeCase } from '../../../tests/fixtures/factories';
import { useFreshStore } from '../../../tests/fixtures/space';
import {
  applyRestore,
  collectBackup,
  openBackup,
  planRestore,
  readBackupHeader,
  sealBackup
} from './backup';
import { createCase, getCase, listCases } from './cases.repo';
import { putRecord, type Space } from './records.repo';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/backups');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const PASS = 'fixture backup passphrase';

const store = useFreshStore();
let space: Space;
beforeEach(async () => {
  space = await store.space();
});

describe('backup files', () => {
  it('round-trips a profile’s records through an encrypted file', async () => {
    const c = await createCase(space, makeCase());
    const text = await sealBackup(await collectBackup(space, 'Ana Ruiz'), 'backup pass 123');
    expect(text).not.toContain(c.alias);
    const contents = await openBackup(text, 'backup pass 123');
    expect(contents.displayName).toBe('Ana Ruiz');
    expect(contents.records).toEqual([
      expect.objectContaining({ kind: 'case', id: c.id, value: c })
    ]);
  });

  it('opens the saved fixture file', async () => {
    const contents = await openBackup(fixture('valid.json'), PASS);
    expect(contents.records.map((r) => r.kind)).toEqual(['case', 'case', 'session']);
  });

  const refusals: [string, string][] = [
    ['truncated.json', 'truncated'],
    ['tampered.json', 'tampered'],
    ['header-changed.json', 'tampered'],
    ['downgraded.json', 'weakKdf'],
    ['unknown-version.json', 'unknownVersion'],
    ['not-a-backup.json', 'notBackup']
  ];
  for (const [file, code] of refusals) {
    it(`refuses ${file} with ${code}`, async () => {
      await expect(openBackup(fixture(file), PASS)).rejects.toMatchObject({
        code,
        i18nKey: `backup.errors.${code}`
      });
    });
  }

  it('tells a wrong passphrase apart from tampering', async () => {
    await expect(openBackup(fixture('valid.json'), 'not the passphrase')).rejects.toMatchObject({
      code: 'wrongPassphrase'
    });
  });

  it('refuses plain text and an empty file', () => {
    expect(() => readBackupHeader('hello')).toThrow(expect.objectContaining({ code: 'notBackup' }));
    expect(() => readBackupHeader('')).toThrow(expect.objectContaining({ code: 'notBackup' }));
  });
});

describe('restore', () => {
  it('shows what will be added, replaced and is already there, and never replaces silently', async () => {
    const contents = await openBackup(fixture('valid.json'), PASS);
    const dalia = contents.records.find((r) => r.id === 'case-fx-1')!;
    // The tablet already holds another case, and Dalia's case changed since the backup.
    await createCase(space, makeCase());
    await putRecord(space, 'case', 'case-fx-1', {
      ...(dalia.value as object),
      notes: 'changed on the tablet'
    });

    const plan = await planRestore(space, contents);
    expect(plan.add.map((r) => r.id).sort()).toEqual(['case-fx-2', 'session-fx-1']);
    expect(plan.replace.map((r) => r.id)).toEqual(['case-fx-1']);

    expect(await applyRestore(space, plan, { replace: false })).toBe(2);
    expect((await getCase(space, 'case-fx-1'))?.notes).toBe('changed on the tablet');
    expect((await listCases(space)).cases).toHaveLength(3);

    const again = await planRestore(space, contents);
    expect(again.add).toEqual([]);
    await applyRestore(space, again, { replace: true });
    expect((await getCase(space, 'case-fx-1'))?.notes).toBe('');
    expect((await planRestore(space, contents)).same).toHaveLength(3);
  });
});
