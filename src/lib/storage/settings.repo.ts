// Device settings in the `settings` store, one record per setting name. Nothing here is
// about a child, so it is stored in clear; child data goes through the vault.
import { toStorageError } from './errors';
import type { HeardDb } from './db';
import type { DeviceSettings, SettingKey, SettingValues } from './schema';

export const DEVICE_NAME_MAX = 60;

/** Reads one setting, or undefined when it was never saved. */
export async function readSetting<K extends SettingKey>(
  db: HeardDb,
  key: K
): Promise<SettingValues[K] | undefined> {
  try {
    return (await db.get('settings', key)) as SettingValues[K] | undefined;
  } catch (err) {
    throw toStorageError(err, 'unavailable');
  }
}

/** Writes one setting; a full disk becomes a `quota` StorageError and nothing changes. */
export async function writeSetting<K extends SettingKey>(
  db: HeardDb,
  key: K,
  value: SettingValues[K]
): Promise<void> {
  try {
    const tx = db.transaction('settings', 'readwrite', { durability: 'strict' });
    await Promise.all([tx.store.put(value, key), tx.done]);
  } catch (err) {
    throw toStorageError(err, 'writeFailed');
  }
}

export type DeviceNameProblem = 'tooLong' | null;

/** Trims a tablet name and says what is wrong with it, if anything. Empty is allowed. */
export function cleanDeviceName(raw: string): { value: string; problem: DeviceNameProblem } {
  const value = raw.replace(/\s+/g, ' ').trim();
  return { value, problem: value.length > DEVICE_NAME_MAX ? 'tooLong' : null };
}

/** Saves the tablet's label. */
export async function saveDevice(db: HeardDb, device: DeviceSettings): Promise<void> {
  await writeSetting(db, 'device', device);
}
