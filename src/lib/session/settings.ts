// The Settings screen's loads and saves: the tablet's name, the storage report and the
// request to keep storage, and the export of a sealed backup of the open space.
import { BACKUP_KINDS, collectBackup, sealBackup, type SkippedRecord } from '$lib/storage/backup';
import type { HeardDb } from '$lib/storage/db';
import { requestPersistence, storageReport, type StorageReport } from '$lib/storage/persistence';
import type { Space } from '$lib/storage/records.repo';
import {
  cleanDeviceName,
  DEVICE_NAME_MAX,
  readSetting,
  saveDevice
} from '$lib/storage/settings.repo';
import { storage } from '$lib/storage/storage.svelte';

export { BACKUP_KINDS, cleanDeviceName, DEVICE_NAME_MAX, requestPersistence, storageReport };
export type { SkippedRecord, StorageReport };

type Db = () => Promise<HeardDb | null>;
const appDb: Db = () => storage.db();

/** The tablet's saved name ('' when never named), or null when storage cannot be used. */
export async function loadDeviceName(db: Db = appDb): Promise<string | null> {
  const d = await db();
  if (!d) return null;
  return (await readSetting(d, 'device'))?.name ?? '';
}

/** Saves the tablet's name; false when storage cannot be used (nothing was written). */
export async function saveDeviceName(name: string, db: Db = appDb): Promise<boolean> {
  const d = await db();
  if (!d) return false;
  await saveDevice(d, { name });
  return true;
}

/** Everything in the open space sealed with a passphrase, as backup file text. */
export async function exportBackup(
  space: Space,
  displayName: string,
  passphrase: string
): Promise<{ text: string; count: number }> {
  const contents = await collectBackup(space, displayName);
  const text = await sealBackup(contents, passphrase);
  return { text, count: contents.records.length };
}
