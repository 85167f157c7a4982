// Case-manager profiles in the `profiles` store: id, created date, display name and the
// wrapped data key (with its KDF parameters). No profile's key can open another's records.
import { toStorageError } from './errors';
import type { HeardDb } from './db';
import type { StoredProfile } from './schema';
import { createDataKey, rewrapDataKey, unlockDataKey } from './vault';

export interface ProfileSummary {
  id: string;
  displayName: string;
  createdAt: string;
}

export const DISPLAY_NAME_MAX = 60;

function newId(): string {
  return crypto.randomUUID();
}

/** Every profile on this tablet, by display name (nothing else is shown before unlock). */
export async function listProfiles(db: HeardDb): Promise<ProfileSummary[]> {
  try {
    const all = await db.getAll('profiles');
    return all
      .map(({ id, displayName, createdAt }) => ({ id, displayName, createdAt }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName));
  } catch (err) {
    throw toStorageError(err, 'unavailable');
  }
}

/** Creates a profile with a fresh data key; never touches any other profile. */
export async function createProfile(
  db: HeardDb,
  displayName: string,
  passphrase: string,
  now = new Date()
): Promise<{ profile: ProfileSummary; key: CryptoKey }> {
  const { wrapped, key } = await createDataKey(passphrase);
  const stored: StoredProfile = {
    id: newId(),
    createdAt: now.toISOString(),
    displayName: displayName.trim(),
    key: wrapped
  };
  try {
    // add(), not put(): an id clash must fail rather than replace someone's profile.
    const tx = db.transaction('profiles', 'readwrite', { durability: 'strict' });
    await Promise.all([tx.store.add(stored), tx.done]);
  } catch (err) {
    throw toStorageError(err, 'writeFailed');
  }
  return {
    profile: { id: stored.id, displayName: stored.displayName, createdAt: stored.createdAt },
    key
  };
}

async function readProfile(db: HeardDb, id: string): Promise<StoredProfile> {
  const stored = await db.get('profiles', id).catch((err: unknown) => {
    throw toStorageError(err, 'unavailable');
  });
  if (!stored)
    throw toStorageError(new DOMException('no such profile', 'NotFoundError'), 'unavailable');
  return stored;
}

/** Unlocks a profile; a wrong passphrase throws VaultError('wrongPassphrase') and writes nothing. */
export async function unlockProfile(
  db: HeardDb,
  id: string,
  passphrase: string
): Promise<CryptoKey> {
  const stored = await readProfile(db, id);
  return unlockDataKey(stored.key, passphrase);
}

/** Changes the passphrase by re-wrapping the data key; records are not re-encrypted. */
export async function changePassphrase(
  db: HeardDb,
  id: string,
  oldPassphrase: string,
  newPassphrase: string
): Promise<void> {
  const stored = await readProfile(db, id);
  const key = await rewrapDataKey(stored.key, oldPassphrase, newPassphrase);
  try {
    const tx = db.transaction('profiles', 'readwrite', { durability: 'strict' });
    await Promise.all([tx.store.put({ ...stored, key }), tx.done]);
  } catch (err) {
    throw toStorageError(err, 'writeFailed');
  }
}

/** Erases a profile and every record in its space, in one transaction. */
export async function eraseProfile(db: HeardDb, id: string): Promise<void> {
  try {
    const tx = db.transaction(['profiles', 'records'], 'readwrite', { durability: 'strict' });
    const keys = await tx.objectStore('records').index('byProfile').getAllKeys(id);
    await Promise.all([
      ...keys.map((k) => tx.objectStore('records').delete(k)),
      tx.objectStore('profiles').delete(id),
      tx.done
    ]);
  } catch (err) {
    throw toStorageError(err, 'writeFailed');
  }
}
