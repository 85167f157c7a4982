import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { useFreshStore } from '../../../tests/fixtures/space';
import { i18n } from '$lib/i18n/i18n.svelte';
import { BACKUP_MAX_BYTES } from '$lib/storage/backup';
import { listCases } from '$lib/storage/cases.repo';
import { RestoreFlow } from './restore-flow.svelte';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/backups');
const PASS = 'fixture backup passphrase';
const file = (name: string) => {
  const text = readFileSync(join(FIXTURES, name), 'utf8');
  return { name, size: text.length, text: () => Promise.resolve(text) };
};

const store = useFreshStore();
beforeAll(async () => {
  vi.stubGlobal('navigator', { languages: ['en'] });
  await i18n.init();
});

describe('restoring a backup', () => {
  it('says at once when a file asks for KDF settings out of range, and keeps nothing', async () => {
    const space = await store.space();
    const flow = new RestoreFlow(() => space);
    expect(await flow.choose(file('iterations-2e9.json'))).toBe(false);
    expect(flow.hasFile).toBe(false);
    expect(flow.message?.text).toContain('Nothing was changed');
  });

  it('refuses a file over the size limit before reading it', async () => {
    const space = await store.space();
    const flow = new RestoreFlow(() => space);
    const big = { name: 'big.json', size: BACKUP_MAX_BYTES + 1, text: vi.fn() };
    expect(await flow.choose(big)).toBe(false);
    expect(big.text).not.toHaveBeenCalled();
    expect(flow.message?.text).toContain('too large');
  });

  it('lets the check be cancelled: the plan never appears and nothing is written', async () => {
    const space = await store.space();
    const flow = new RestoreFlow(() => space);
    await flow.choose(file('valid.json'));
    const checking = flow.check(PASS);
    expect(flow.reading).toBe(true);
    flow.cancel();
    expect(flow.reading).toBe(false);
    expect(flow.message).toEqual({ ok: true, text: 'Checking stopped. Nothing was changed.' });
    await checking;
    expect(flow.plan).toBeNull();
    expect(flow.message?.text).toBe('Checking stopped. Nothing was changed.');
    expect((await listCases(space)).cases).toEqual([]);
  });

  it('plans around malformed records and restores the rest', async () => {
    const space = await store.space();
    const flow = new RestoreFlow(() => space);
    await flow.choose(file('malformed-records.json'));
    await flow.check(PASS);
    expect(flow.plan?.add).toHaveLength(4);
    expect(flow.plan?.skipped).toHaveLength(7);
    expect(await flow.restore(false)).toBe(true);
    expect(flow.message?.text).toBe('4 records restored.');
    expect((await listCases(space)).cases).toHaveLength(2);
  });
});
