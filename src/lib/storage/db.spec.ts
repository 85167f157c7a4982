import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import v1 from '../../../tests/fixtures/db/heard-v1.json';
import v2 from '../../../tests/fixtures/db/heard-v2.json';
import {
  restoreSnapshot,
  takeSnapshot,
  type DbSnapshot
} from '../../../tests/fixtures/db/snapshot';
import { openHeardDb } from './db';
import { StorageError } from './errors';
import { MIGRATIONS } from './migrations';
import { DB_NAME, DB_VERSION } from './schema';
import { readSetting } from './settings.repo';
import { listProfiles, unlockProfile } from './profiles.repo';
import { getRecord, listRecords, listRecordsByPrefix, putRecord, type Space } from './records.repo';

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  vi.stubGlobal('indexedDB', new IDBFactory());
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('schema migrations', () => {
  it('has exactly one migration step per version, in order, up to the current version', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(
      Array.from({ length: DB_VERSION }, (_, i) => i + 1)
    );
  });

  it('creates every store of the current version in a new database', async () => {
    const db = await openHeardDb();
    expect(Array.from(db.objectStoreNames).sort()).toEqual([
      'keys',
      'manifest',
      'profiles',
      'records',
      'settings'
    ]);
    expect(Array.from(db.transaction('records').store.indexNames).sort()).toEqual([
      'byProfile',
      'byProfileKind'
    ]);
    db.close();
  });

  it('keeps the data of a database saved by version 1 when the current version opens it', async () => {
    await restoreSnapshot(v1 as DbSnapshot);
    const db = await openHeardDb();
    expect(db.version).toBe(DB_VERSION);
    expect(await readSetting(db, 'device')).toEqual({ name: 'Tablet 3, Lakeside field office' });
    expect(await readSetting(db, 'persistence')).toEqual({
      requestedAt: '2026-11-02T09:15:00.000Z',
      granted: false
    });
    db.close();
  });

  it('adopts a space saved by version 2 on its first unlock: every record reads, none damaged', async () => {
    await restoreSnapshot(v2 as unknown as DbSnapshot);
    const db = await openHeardDb();
    const [profile] = await listProfiles(db);
    const key = await unlockProfile(db, profile!.id, 'blue kite over hills');
    const space: Space = { db: () => Promise.resolve(db), profileId: profile!.id, key };
    const cases = await listRecords<{ alias: string }>(space, 'case');
    expect(cases).toMatchObject({
      items: [{ id: 'case-1', value: { alias: 'Noor' } }],
      damaged: []
    });
    const consents = await listRecordsByPrefix<{ decision: string }>(space, 'consent', 'case-1/');
    expect(consents.items.map((i) => i.value.decision)).toEqual(['given', 'withdrawn']);
    expect(consents.damaged).toEqual([]);
    expect((await getRecord(space, 'result', 'session-1/result-1'))?.value).toMatchObject({
      id: 'result-1'
    });
    expect((await getRecord(space, 'reading', 'en/assent/9-12'))?.value).toMatchObject({
      lang: 'en'
    });
    // The case's records are now under its own key, and the space is guarded by the manifest.
    expect((await db.getAll('keys')).map((k) => k.caseId)).toEqual(['case-1']);
    await db.delete('records', `${profile!.id}/consent/case-1/consent-2`);
    expect((await listRecordsByPrefix(space, 'consent', 'case-1/')).damaged).toMatchObject([
      { reason: 'missing' }
    ]);
    // A second unlock does not adopt again, and writing goes on.
    const again = await unlockProfile(db, profile!.id, 'blue kite over hills');
    await putRecord({ ...space, key: again }, 'case', 'case-2', { alias: 'Yonas' });
    expect((await listRecords(space, 'case')).items).toHaveLength(2);
    db.close();
  });

  it('restores a snapshot exactly as it was saved, so fixtures are faithful', async () => {
    await restoreSnapshot(v1 as DbSnapshot);
    expect(await takeSnapshot(DB_NAME)).toEqual(v1);
  });
});

describe('opening storage when it cannot be used', () => {
  it('reports storage as unavailable when the browser has no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expect(openHeardDb()).rejects.toMatchObject({
      code: 'unavailable',
      i18nKey: 'storage.errors.unavailable'
    });
  });

  it('reports storage as unavailable when opening throws', async () => {
    vi.stubGlobal('indexedDB', {
      open() {
        throw new DOMException('denied', 'SecurityError');
      }
    });
    const err = await openHeardDb().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageError);
    expect((err as StorageError).code).toBe('unavailable');
  });

  it('reports a database saved by a newer version of Heard', async () => {
    await restoreSnapshot({ name: DB_NAME, version: DB_VERSION + 1, stores: {} });
    await expect(openHeardDb()).rejects.toMatchObject({ code: 'versionTooNew' });
  });

  it('says it is blocked while another tab keeps the old version open, then opens', async () => {
    await restoreSnapshot(v1 as DbSnapshot);
    // Another tab holds version 1 and does not close when asked.
    const other = await new Promise<IDBDatabase>((resolve) => {
      const r = indexedDB.open(DB_NAME, 1);
      r.onsuccess = () => resolve(r.result);
    });
    const onBlocked = vi.fn();
    const opening = openHeardDb({ onBlocked });
    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalled());
    other.close();
    const db = await opening;
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });

  it('closes its own connection and says so when a newer version needs the database', async () => {
    const onReplaced = vi.fn();
    const db = await openHeardDb({ onReplaced });
    const newer = await openHeardDb({ version: DB_VERSION + 1 });
    expect(onReplaced).toHaveBeenCalledOnce();
    newer.close();
    expect(db.version).toBe(DB_VERSION);
  });
});
