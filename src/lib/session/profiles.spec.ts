import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { useFreshStore } from '../../../tests/fixtures/space';
import { makeDraft } from '../../../tests/fixtures/factories';
import { createCase } from '$lib/storage/cases.repo';
import { StorageError } from '$lib/storage/errors';
import { saveDevice } from '$lib/storage/settings.repo';
import { findProfile, forgetProfile, loadStartScreen } from './profiles';
import { exportBackup, loadDeviceName, saveDeviceName } from './settings';

const store = useFreshStore();
const noDb = () => Promise.resolve(null);

describe('profiles before unlock', () => {
  it('the start screen lists the profiles and the tablet name', async () => {
    await store.space('Ana Ruiz');
    await saveDevice(store.db, { name: 'Tablet 3' });
    const got = await loadStartScreen(() => Promise.resolve(store.db));
    expect(got.deviceName).toBe('Tablet 3');
    expect(got.profiles.map((p) => p.displayName)).toEqual(['Ana Ruiz']);
  });

  it('the start screen shows nothing when storage cannot be used', async () => {
    expect(await loadStartScreen(noDb)).toEqual({ deviceName: null, profiles: [] });
  });

  it('finds a profile by id, and null for one not on this tablet', async () => {
    const space = await store.space('Ana Ruiz');
    const db = () => Promise.resolve(store.db);
    expect((await findProfile(space.profileId, db))?.displayName).toBe('Ana Ruiz');
    expect(await findProfile('nope', db)).toBeNull();
    expect(await findProfile(space.profileId, noDb)).toBeNull();
  });

  it('refuses to erase a profile when storage cannot be used', async () => {
    await expect(forgetProfile('p', noDb)).rejects.toBeInstanceOf(StorageError);
  });
});

describe('settings', () => {
  it('saves and reads the tablet name; null and false without storage', async () => {
    const db = () => Promise.resolve(store.db);
    expect(await loadDeviceName(db)).toBe('');
    expect(await saveDeviceName('Tablet 3', db)).toBe(true);
    expect(await loadDeviceName(db)).toBe('Tablet 3');
    expect(await loadDeviceName(noDb)).toBeNull();
    expect(await saveDeviceName('x', noDb)).toBe(false);
  });

  it('exports a sealed backup and counts its records', async () => {
    const space = await store.space('Ana Ruiz');
    await createCase(space, makeDraft());
    const { text, count } = await exportBackup(space, 'Ana Ruiz', 'another long passphrase');
    expect(count).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(text).format).toBe('heard-backup');
  });
});
