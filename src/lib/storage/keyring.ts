// Unlocked spaces in memory (nothing is stored here): the CryptoKey a caller holds as
// `Space.key` is a handle to a ring with the space key, the manifest key, the space key's id
// and the case keys opened so far. A passphrase change in this tab swaps the keys of every
// live ring of that profile, so callers keep their handle. Writes to a space are serialised
// per profile, across tabs with navigator.locks, else with an in-memory queue.
import { VaultError, type SpaceKeys } from './vault';

export interface Ring {
  profileId: string;
  keyId: string;
  keys: SpaceKeys;
  /** caseId → opened case key */
  caseKeys: Map<string, CryptoKey>;
  /** sessionId → caseId ('' when the session belongs to no case key) */
  sessionCases: Map<string, string>;
}

const rings = new WeakMap<CryptoKey, Ring>();
const live = new Map<string, Set<WeakRef<Ring>>>();

/** Registers an unlocked space; returns the handle callers keep as `Space.key`. */
export function registerRing(profileId: string, keyId: string, keys: SpaceKeys): CryptoKey {
  const ring: Ring = {
    profileId,
    keyId,
    keys,
    caseKeys: new Map(),
    sessionCases: new Map()
  };
  rings.set(keys.dataKey, ring);
  const set = live.get(profileId) ?? new Set();
  for (const ref of set) if (!ref.deref()) set.delete(ref);
  set.add(new WeakRef(ring));
  live.set(profileId, set);
  return keys.dataKey;
}

/** The ring behind a handle; a key that was never unlocked here opens nothing. */
export function ringOf(handle: CryptoKey, profileId: string): Ring {
  const ring = rings.get(handle);
  if (!ring || ring.profileId !== profileId) throw new VaultError('tampered');
  return ring;
}

/** After a passphrase change here: every open handle of the profile uses the new keys. */
export function replaceRingKeys(profileId: string, keyId: string, keys: SpaceKeys): void {
  for (const ref of live.get(profileId) ?? []) {
    const ring = ref.deref();
    if (!ring) continue;
    ring.keyId = keyId;
    ring.keys = keys;
    ring.caseKeys.clear();
    ring.sessionCases.clear();
  }
}

/** Forgets a shredded case key in every open ring of the profile. */
export function forgetCaseKeys(profileId: string, caseIds: readonly string[]): void {
  for (const ref of live.get(profileId) ?? []) {
    const ring = ref.deref();
    if (!ring) continue;
    for (const id of caseIds) ring.caseKeys.delete(id);
    for (const [sid, cid] of ring.sessionCases)
      if (caseIds.includes(cid)) ring.sessionCases.delete(sid);
  }
}

/** Forgets every ring of an erased profile: its handles open nothing any more. */
export function forgetProfile(profileId: string): void {
  for (const ref of live.get(profileId) ?? []) {
    const ring = ref.deref();
    if (ring) ring.profileId = '';
  }
  live.delete(profileId);
}

const queues = new Map<string, Promise<unknown>>();

/**
 * Runs `fn` alone for this profile: another tab (navigator.locks) or another call here waits.
 * Never nest two calls for the same profile.
 */
export async function withSpaceLock<R>(profileId: string, fn: () => Promise<R>): Promise<R> {
  const locks = globalThis.navigator?.locks as LockManager | undefined;
  if (locks && typeof locks.request === 'function') {
    return (await locks.request(`heard-space:${profileId}`, () => fn())) as R;
  }
  const previous = queues.get(profileId) ?? Promise.resolve();
  const run = previous.then(() => fn());
  const tail = run.catch(() => undefined);
  queues.set(profileId, tail);
  try {
    return await run;
  } finally {
    if (queues.get(profileId) === tail) queues.delete(profileId);
  }
}
