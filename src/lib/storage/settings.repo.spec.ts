import 'fake-indexeddb/auto';
import { useFreshStore } from '../../../tests/fixtures/space';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HeardDb } from './db';
import { toStorageError } from './errors';
import {
  cleanDeviceName,
  DEVICE_NAME_MAX,
  readSetting,
  saveDevice,
  writeSetting
} from './settings.repo';

const store = useFreshStore();
let db: HeardDb;
beforeEach(() => {
  db = store.db;
});

describe('device settings', () => {
  it('reads back the tablet name it saved', async () => {
    await saveDevice(db, { name: 'Tablet 2, counselling room' });
    expect(await readSetting(db, 'device')).toEqual({ name: 'Tablet 2, counselling room' });
  });

  it('returns undefined for a setting never saved', async () => {
    expect(await readSetting(db, 'device')).toBeUndefined();
  });

  it('turns a full disk into a quota error and leaves the old value in place', async () => {
    await saveDevice(db, { name: 'Before' });
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await expect(writeSetting(db, 'device', { name: 'After' })).rejects.toMatchObject({
      code: 'quota',
      i18nKey: 'storage.errors.quota'
    });
    put.mockRestore();
    expect(await readSetting(db, 'device')).toEqual({ name: 'Before' });
  });

  it('reports any other write failure as writeFailed', () => {
    expect(toStorageError(new Error('boom'), 'writeFailed').code).toBe('writeFailed');
  });
});

describe('cleanDeviceName', () => {
  it('trims and collapses spaces', () => {
    expect(cleanDeviceName('  Tablet   2 \n room ')).toEqual({
      value: 'Tablet 2 room',
      problem: null
    });
  });

  it('accepts an empty name (the tablet simply has none)', () => {
    expect(cleanDeviceName('   ').problem).toBeNull();
  });

  it('flags a name over the limit', () => {
    expect(cleanDeviceName('x'.repeat(DEVICE_NAME_MAX + 1)).problem).toBe('tooLong');
    expect(cleanDeviceName('x'.repeat(DEVICE_NAME_MAX)).problem).toBeNull();
  });
});
