import 'fake-indexeddb/auto';
import { useFreshStore } from '../../../tests/fixtures/space';
import { beforeEach, describe, expect, it } from 'vitest';
import { openHeardDb, type HeardDb } from './db';
import {
  createProfile,
  eraseProfile,
  listProfiles,
  changePassphrase,
  unlockProfile
} from './profiles.repo';
import { deleteRecord, getRecord, listRecords, putRecord, type Space } from './records.repo';

const store = useFreshStore();
let db: HeardDb;
beforeEach(() => {
  db = store.db;
});

async function space(name = 'Case manager A', pass = 'correct horse battery'): Promise<Space> {
  const { profile, key } = await createProfile(db, name, pass);
  return { db: () => Promise.resolve(db), profileId: profile.id, key };
}

describe('encrypted records', () => {
  it('stores only ids, kind, time and ciphertext in clear', async () => {
    const s = await space();
    await putRecord(s, 'case', 'c1', { alias: 'Zoravar-unique-alias', notes: 'likes kites' });
    const raw = await db.getAll('records');
    expect(raw).toHaveLength(1);
    expect(Object.keys(raw[0]!).sort()).toEqual([
      'data',
      'id',
      'iv',
      'k',
      'kind',
      'profileId',
      'updatedAt',
      'v'
    ]);
    const bytes = new Uint8Array(raw[0]!.data);
    expect(new TextDecoder().decode(bytes)).not.toContain('Zoravar');
    expect((await getRecord(s, 'case', 'c1'))?.value).toEqual({
      alias: 'Zoravar-unique-alias',
      notes: 'likes kites'
    });
  });

  it('lists a kind, and reports a tampered record apart instead of showing it', async () => {
    const s = await space();
    await putRecord(s, 'case', 'c1', 'one');
    await putRecord(s, 'case', 'c2', 'two');
    await putRecord(s, 'session', 's1', 'other kind');
    const raw = (await db.get('records', `${s.profileId}/case/c2`))!;
    const bytes = new Uint8Array(raw.data.slice(0));
    bytes[0]! ^= 0xff;
    await db.put('records', { ...raw, data: bytes.buffer });
    const { items, damaged } = await listRecords<string>(s, 'case');
    expect(items.map((i) => i.value)).toEqual(['one']);
    expect(damaged).toEqual([{ id: `${s.profileId}/case/c2`, kind: 'case', reason: 'altered' }]);
    await expect(getRecord(s, 'case', 'c2')).rejects.toMatchObject({ code: 'tampered' });
  });

  it('detects a ciphertext copied onto another record id', async () => {
    const s = await space();
    await putRecord(s, 'case', 'c1', 'mine');
    const raw = (await db.get('records', `${s.profileId}/case/c1`))!;
    await db.put('records', { ...raw, id: `${s.profileId}/case/c9` });
    await expect(getRecord(s, 'case', 'c9')).rejects.toMatchObject({ code: 'tampered' });
  });

  it('keeps two profiles apart: neither lists nor reads the other’s records', async () => {
    const a = await space('A', 'first long passphrase');
    const b = await space('B', 'second long passphrase');
    await putRecord(a, 'case', 'c1', 'A’s child');
    expect((await listRecords(b, 'case')).items).toEqual([]);
    expect(await getRecord(b, 'case', 'c1')).toBeUndefined();
    expect((await listProfiles(db)).map((p) => p.displayName)).toEqual(['A', 'B']);
  });

  it('deletes a record', async () => {
    const s = await space();
    await putRecord(s, 'case', 'c1', 'x');
    await deleteRecord(s, 'case', 'c1');
    expect(await getRecord(s, 'case', 'c1')).toBeUndefined();
  });
});

describe('profiles', () => {
  it('a wrong passphrase changes no stored byte', async () => {
    const s = await space('A', 'the right passphrase');
    await putRecord(s, 'case', 'c1', 'x');
    const before = JSON.stringify([
      await db.getAll('profiles'),
      (await db.getAll('records')).map((r) => [r.id, Array.from(new Uint8Array(r.data))])
    ]);
    await expect(unlockProfile(db, s.profileId, 'the wrong passphrase')).rejects.toMatchObject({
      code: 'wrongPassphrase'
    });
    const after = JSON.stringify([
      await db.getAll('profiles'),
      (await db.getAll('records')).map((r) => [r.id, Array.from(new Uint8Array(r.data))])
    ]);
    expect(after).toBe(before);
  });

  it('changing the passphrase keeps every record readable, re-encrypted under new keys', async () => {
    const s = await space('A', 'the old passphrase');
    await putRecord(s, 'case', 'c1', 'kept');
    const cipherBefore = (await db.getAll('records'))[0]!.data;
    await changePassphrase(db, s.profileId, 'the old passphrase', 'the new passphrase!');
    const key = await unlockProfile(db, s.profileId, 'the new passphrase!');
    expect((await getRecord({ ...s, key }, 'case', 'c1'))?.value).toBe('kept');
    // The handle this tab already held keeps working too.
    expect((await getRecord(s, 'case', 'c1'))?.value).toBe('kept');
    expect(new Uint8Array((await db.getAll('records'))[0]!.data)).not.toEqual(
      new Uint8Array(cipherBefore)
    );
  });

  it('erasing one profile removes its records and leaves the other profile whole', async () => {
    const a = await space('A', 'first long passphrase');
    const b = await space('B', 'second long passphrase');
    await putRecord(a, 'case', 'c1', 'a');
    await putRecord(b, 'case', 'c1', 'b');
    await eraseProfile(db, a.profileId);
    expect((await listProfiles(db)).map((p) => p.displayName)).toEqual(['B']);
    expect((await listRecords(b, 'case')).items.map((i) => i.value)).toEqual(['b']);
    expect(await db.count('records')).toBe(1);
  });
});

describe('a connection closed under the app', () => {
  it('is reopened and the write retried', async () => {
    const s = await space();
    const stale = await openHeardDb();
    stale.close();
    const calls: boolean[] = [];
    const flaky: Space = {
      ...s,
      db: (fresh = false) => {
        calls.push(fresh);
        return Promise.resolve(fresh ? db : stale);
      }
    };
    await putRecord(flaky, 'case', 'c1', 'saved after reopening');
    expect(calls).toEqual([false, true]);
    expect((await getRecord(s, 'case', 'c1'))?.value).toBe('saved after reopening');
  });
});
