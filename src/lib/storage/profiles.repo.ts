// Case-manager profiles in the `profiles` store: id, created date, display name, the space key
// wrapped by the passphrase (with its KDF parameters) and the space key's id. No profile's key
// can open another's records. A passphrase change makes a new space key and new case keys and
// re-encrypts the space (rekey.ts); erasing a profile deletes its records, case keys and
// manifest with it, in one transaction.
import { StorageError, toStorageError } from './errors';
import type { HeardDb } from './db';
import { forgetProfile, registerRing, replaceRingKeys } from './keyring';
import { rootId, seal } from './manifest';
import { rekeySpace } from './rekey';
import type { StoredProfile } from './schema';
import { createSpaceKey, unlockSpaceKey, VaultError } from './vault';

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
  const { wrapped, keys } = await createSpaceKey(passphrase);
  const stored: StoredProfile = {
    id: newId(),
    createdAt: now.toISOString(),
    displayName: displayName.trim(),
    key: wrapped,
    keyId: newId()
  };
  const root = await seal(keys.macKey, {
    id: rootId(stored.id),
    profileId: stored.id,
    rev: 0,
    keyId: stored.keyId,
    entries: []
  });
  try {
    // add(), not put(): an id clash must fail rather than replace someone's profile.
    const tx = db.transaction(['profiles', 'manifest'], 'readwrite', { durability: 'strict' });
    await Promise.all([
      tx.objectStore('profiles').add(stored),
      tx.objectStore('manifest').put(root),
      tx.done
    ]);
  } catch (err) {
    throw toStorageError(err, 'writeFailed');
  }
  return {
    profile: { id: stored.id, displayName: stored.displayName, createdAt: stored.createdAt },
    key: registerRing(stored.id, stored.keyId!, keys)
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

/** Moves a space to a new space key (and new case keys) wrapped by `passphrase`. */
async function rekey(
  db: HeardDb,
  stored: StoredProfile,
  oldPassphrase: string,
  passphrase: string
): Promise<{ key: CryptoKey; keyId: string }> {
  const from = await unlockSpaceKey(stored.key, oldPassphrase);
  const to = await createSpaceKey(passphrase);
  const keyId = newId();
  try {
    await rekeySpace(
      db,
      stored.id,
      { keys: from, wrapped: stored.key, legacy: stored.key.version === 1 },
      { ...to, keyId }
    );
  } catch (err) {
    if (err instanceof StorageError || err instanceof VaultError) throw err;
    throw toStorageError(err, 'writeFailed');
  }
  replaceRingKeys(stored.id, keyId, to.keys);
  return { key: registerRing(stored.id, keyId, to.keys), keyId };
}

/**
 * Unlocks a profile; a wrong passphrase throws VaultError('wrongPassphrase') and writes
 * nothing. A space saved before schema 3 is adopted on its first unlock: re-encrypted under a
 * new space key and case keys, with versions and a manifest, in one transaction.
 */
export async function unlockProfile(
  db: HeardDb,
  id: string,
  passphrase: string
): Promise<CryptoKey> {
  const stored = await readProfile(db, id);
  if (stored.key.version === 1) {
    try {
      return (await rekey(db, stored, passphrase, passphrase)).key;
    } catch (err) {
      // Another tab adopted it first: unlock what it wrote.
      if (!(err instanceof StorageError && err.code === 'conflict')) throw err;
      return unlockProfile(db, id, passphrase);
    }
  }
  const keys = await unlockSpaceKey(stored.key, passphrase);
  return registerRing(id, stored.keyId ?? '', keys);
}

/**
 * Changes the passphrase: a new space key and new case keys, every record re-encrypted, in
 * one transaction. The old passphrase with any old copy of the wrapped key opens nothing
 * written before or after. Handles to the space held in this tab keep working.
 */
export async function changePassphrase(
  db: HeardDb,
  id: string,
  oldPassphrase: string,
  newPassphrase: string
): Promise<void> {
  const stored = await readProfile(db, id);
  await rekey(db, stored, oldPassphrase, newPassphrase);
}

/** Erases a profile with every record, case key and manifest part of its space, at once. */
export async function eraseProfile(db: HeardDb, id: string): Promise<void> {
  try {
    const stores = ['profiles', 'records', 'keys', 'manifest'] as const;
    const tx = db.transaction([...stores], 'readwrite', { durability: 'strict' });
    const [records, keys, manifest] = await Promise.all([
      tx.objectStore('records').index('byProfile').getAllKeys(id),
      tx.objectStore('keys').index('byProfile').getAllKeys(id),
      tx.objectStore('manifest').index('byProfile').getAllKeys(id)
    ]);
    await Promise.all([
      ...records.map((k) => tx.objectStore('records').delete(k)),
      ...keys.map((k) => tx.objectStore('keys').delete(k)),
      ...manifest.map((k) => tx.objectStore('manifest').delete(k)),
      tx.objectStore('profiles').delete(id),
      tx.done
    ]);
  } catch (err) {
    throw toStorageError(err, 'writeFailed');
  }
  forgetProfile(id);
}
