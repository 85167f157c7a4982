import 'fake-indexeddb/auto';
import { useFreshStore } from '../../../tests/fixtures/space';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HeardDb } from './db';
import { requestPersistence, requestPersistenceOnce, storageReport } from './persistence';
import { readSetting } from './settings.repo';

const store = useFreshStore();
let db: HeardDb;
beforeEach(() => {
  db = store.db;
});

const now = () => new Date('2026-11-25T10:00:00.000Z');

describe('requestPersistenceOnce', () => {
  it('asks once, records a grant, and does not ask again', async () => {
    const persist = vi.fn().mockResolvedValue(true);
    expect(await requestPersistenceOnce(db, { persist }, now)).toBe('granted');
    expect(await requestPersistenceOnce(db, { persist }, now)).toBeNull();
    expect(persist).toHaveBeenCalledOnce();
    expect(await readSetting(db, 'persistence')).toEqual({
      requestedAt: '2026-11-25T10:00:00.000Z',
      granted: true
    });
  });

  it('reports a refusal so the app can give advice', async () => {
    expect(await requestPersistenceOnce(db, { persist: () => Promise.resolve(false) }, now)).toBe(
      'refused'
    );
    expect((await readSetting(db, 'persistence'))?.granted).toBe(false);
  });

  it('treats a persist() that throws as a refusal', async () => {
    expect(await requestPersistence({ persist: () => Promise.reject(new Error('no')) })).toBe(
      'refused'
    );
  });

  it('reports a browser without the Storage API as unsupported', async () => {
    expect(await requestPersistenceOnce(db, undefined, now)).toBe('unsupported');
  });
});

describe('storageReport', () => {
  it('gives usage, quota and persistence', async () => {
    const report = await storageReport({
      estimate: () => Promise.resolve({ usage: 2048, quota: 1024 * 1024 }),
      persisted: () => Promise.resolve(false)
    });
    expect(report).toEqual({ usage: 2048, quota: 1024 * 1024, persisted: false });
  });

  it('gives unknown (null), never zero, when the browser cannot tell', async () => {
    expect(await storageReport(undefined)).toEqual({ usage: null, quota: null, persisted: null });
    expect(await storageReport({ estimate: () => Promise.reject(new Error('x')) })).toMatchObject({
      usage: null,
      quota: null
    });
  });
});
