import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeCase } from '../../../tests/fixtures/factories';
import { useFreshStore } from '../../../tests/fixtures/space';
import {
  applyRestore,
  BACKUP_MAX_BYTES,
  collectBackup,
  openBackup,
  planRestore,
  readBackupFile,
  readBackupHeader,
  sealBackup,
  sealBackupJson
} from './backup';
import { createCase, getCase, listCases } from './cases.repo';
import { putRecord, type Space } from './records.repo';
import { listResults } from './results.repo';
import { listSessions } from './sessions.repo';

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

describe('hostile backup files', () => {
  it('refuses 2e9 KDF iterations before deriving anything', async () => {
    const deriveBits = vi.spyOn(crypto.subtle, 'deriveBits');
    const importKey = vi.spyOn(crypto.subtle, 'importKey');
    try {
      await expect(openBackup(fixture('iterations-2e9.json'), PASS)).rejects.toMatchObject({
        code: 'badKdf',
        i18nKey: 'backup.errors.badKdf'
      });
      expect(() => readBackupHeader(fixture('iterations-2e9.json'))).toThrow(
        expect.objectContaining({ code: 'badKdf' })
      );
      expect(deriveBits).not.toHaveBeenCalled();
      expect(importKey).not.toHaveBeenCalled();
    } finally {
      deriveBits.mockRestore();
      importKey.mockRestore();
    }
  });

  const withKdf = (kdf: Record<string, unknown>) => {
    const f = JSON.parse(fixture('valid.json')) as { kdf: Record<string, unknown> };
    return JSON.stringify({ ...f, kdf: { ...f.kdf, ...kdf } });
  };
  const salt = (bytes: number) => Buffer.alloc(bytes, 7).toString('base64');
  const outOfRange: [string, Record<string, unknown>][] = [
    ['iterations above 10,000,000', { iterations: 10_000_001 }],
    ['fractional iterations', { iterations: 600_000.5 }],
    ['iterations as text', { iterations: '600000' }],
    ['a salt of 65 bytes', { salt: salt(65) }],
    ['a salt that is not base64', { salt: '***' }],
    ['no salt', { salt: undefined }]
  ];
  for (const [what, kdf] of outOfRange) {
    it(`refuses ${what} as badKdf`, () => {
      expect(() => readBackupHeader(withKdf(kdf))).toThrow(
        expect.objectContaining({ code: 'badKdf' })
      );
    });
  }

  it('accepts KDF parameters at the edges of the range', () => {
    expect(() =>
      readBackupHeader(withKdf({ iterations: 10_000_000, salt: salt(64) }))
    ).not.toThrow();
    expect(() => readBackupHeader(withKdf({ iterations: 600_000, salt: salt(16) }))).not.toThrow();
  });

  it('refuses a salt shorter than 16 bytes before deriving anything', async () => {
    const deriveBits = vi.spyOn(crypto.subtle, 'deriveBits');
    try {
      await expect(openBackup(fixture('salt-too-short.json'), PASS)).rejects.toMatchObject({
        code: 'badKdf'
      });
      expect(deriveBits).not.toHaveBeenCalled();
    } finally {
      deriveBits.mockRestore();
    }
  });

  it('skips and reports malformed records, restores the good ones, and the lists still work', async () => {
    const contents = await openBackup(fixture('malformed-records.json'), PASS);
    expect(contents.records.map((r) => r.id)).toEqual([
      'case-fx-1',
      'case-fx-2',
      'session-fx-1',
      'session-fx-1/r-ok'
    ]);
    expect(contents.skipped).toEqual([
      { kind: 'case', id: 'case-null', reason: 'shape', field: 'value' },
      { kind: 'case', id: 'case-number-alias', reason: 'shape', field: 'alias' },
      { kind: 'session', id: 'session-no-plan', reason: 'shape', field: 'plan' },
      {
        kind: 'result',
        id: 'session-fx-1/r-ranking-string',
        reason: 'shape',
        field: 'payload.groups'
      },
      { kind: 'wizard', id: 'w-1', reason: 'unknownKind' },
      { kind: 'consent', id: '', reason: 'noId' },
      { kind: '', id: '', reason: 'unknownKind' }
    ]);

    const plan = await planRestore(space, contents);
    expect(plan.skipped).toHaveLength(7);
    expect(await applyRestore(space, plan, { replace: false })).toBe(4);

    const { cases, damaged } = await listCases(space);
    expect(cases.map((c) => c.id).sort()).toEqual(['case-fx-1', 'case-fx-2']);
    expect(damaged).toEqual([]);
    expect(await listSessions(space, 'case-fx-1')).toHaveLength(1);
    expect((await listResults(space, 'session-fx-1')).results).toHaveLength(1);
  });

  it('refuses a file nested 20,000 deep with tooDeep, before parsing it', () => {
    const deep = `{"format":"heard-backup","x":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    expect(() => readBackupHeader(deep)).toThrow(
      expect.objectContaining({ code: 'tooDeep', i18nKey: 'backup.errors.tooDeep' })
    );
  });

  it('refuses sealed contents nested 20,000 deep with tooDeep', async () => {
    const json = `{"displayName":"Ana","records":[{"kind":"case","id":"c","updatedAt":"2026-11-24","value":${'['.repeat(20_000)}${']'.repeat(20_000)}}]}`;
    const text = await sealBackupJson(json, PASS);
    await expect(openBackup(text, PASS)).rejects.toMatchObject({ code: 'tooDeep' });
  });

  it('refuses a file larger than the limit with tooLarge, without reading it', async () => {
    const file = { size: BACKUP_MAX_BYTES + 1, text: vi.fn(() => Promise.resolve('{}')) };
    await expect(readBackupFile(file)).rejects.toMatchObject({
      code: 'tooLarge',
      i18nKey: 'backup.errors.tooLarge'
    });
    expect(file.text).not.toHaveBeenCalled();
  });
});
