// The case managers' profiles before any is unlocked: the start screen's list and tablet name,
// finding the profile an unlock screen is for, and erasing a profile whose passphrase is lost.
// Each reads the shared database through `db` (the app's, unless a test hands its own).
import type { HeardDb } from '$lib/storage/db';
import { StorageError } from '$lib/storage/errors';
import {
  DISPLAY_NAME_MAX,
  eraseProfile,
  listProfiles,
  type ProfileSummary
} from '$lib/storage/profiles.repo';
import { readSetting } from '$lib/storage/settings.repo';
import { storage } from '$lib/storage/storage.svelte';
import { passphraseStrength, PASSPHRASE_MIN_LENGTH } from '$lib/storage/vault';
import { clearFailures } from './unlock-guard';

export { DISPLAY_NAME_MAX, passphraseStrength, PASSPHRASE_MIN_LENGTH };
export type { ProfileSummary };

type Db = () => Promise<HeardDb | null>;
const appDb: Db = () => storage.db();

/**
 * The start screen: the tablet's name and its profiles. Never throws: when storage cannot be
 * read, the app's storage notice explains and the screen shows what it could read.
 */
export async function loadStartScreen(
  db: Db = appDb
): Promise<{ deviceName: string | null; profiles: ProfileSummary[] }> {
  const out = { deviceName: null as string | null, profiles: [] as ProfileSummary[] };
  const d = await db();
  if (!d) return out;
  try {
    out.deviceName = (await readSetting(d, 'device'))?.name || null;
    out.profiles = await listProfiles(d);
  } catch {
    // The storage notice already explains; the start screen still works.
  }
  return out;
}

/** The profile with this id, or null when it is not on this tablet or storage cannot be read. */
export async function findProfile(id: string, db: Db = appDb): Promise<ProfileSummary | null> {
  const d = await db();
  const all = d ? await listProfiles(d).catch(() => []) : [];
  return all.find((p) => p.id === id) ?? null;
}

/** Erases a profile with everything in its space, and forgets its failed unlock attempts. */
export async function forgetProfile(id: string, db: Db = appDb): Promise<void> {
  const d = await db();
  if (!d) throw new StorageError('unavailable');
  await eraseProfile(d, id);
  await clearFailures(id);
}
