// Slows down guessing: after 5 wrong passphrases for a profile, each further try waits longer
// (2 s, 4 s, 8 s … up to 5 minutes). The count is kept in IndexedDB's settings store with
// strict durability (a wrong passphrase changes nothing else there), and copied to
// localStorage, which answers before the database is open. localStorage alone is not enough:
// the browser writes it seconds late, so killing the app right after a wrong try would give
// the guesser their try back. Whichever copy counts more failures wins.
import type { UnlockAttempts } from '$lib/storage/schema';
import { readSetting, writeSetting } from '$lib/storage/settings.repo';
import { storage } from '$lib/storage/storage.svelte';

export const FREE_ATTEMPTS = 5;
export const MAX_DELAY_MS = 5 * 60 * 1000;

/** How long to wait before the next try after `failures` wrong passphrases. */
export function delayAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_MS, 2000 * 2 ** (failures - FREE_ATTEMPTS));
}

const NONE: UnlockAttempts = { failures: 0, lastFailureAt: 0 };

function storageKey(profileId: string) {
  return `heard.unlock.${profileId}`;
}

function clean(raw: Partial<UnlockAttempts> | undefined): UnlockAttempts {
  return {
    failures: Number.isInteger(raw?.failures) && raw!.failures! > 0 ? raw!.failures! : 0,
    lastFailureAt: Number(raw?.lastFailureAt) || 0
  };
}

function readQuick(profileId: string): UnlockAttempts {
  try {
    const raw = localStorage.getItem(storageKey(profileId));
    return clean(raw ? (JSON.parse(raw) as Partial<UnlockAttempts>) : undefined);
  } catch {
    return NONE;
  }
}

async function readDurable(): Promise<Record<string, UnlockAttempts>> {
  const db = await storage.db();
  if (!db) return {};
  try {
    return (await readSetting(db, 'unlockFailures')) ?? {};
  } catch {
    return {};
  }
}

async function read(profileId: string): Promise<UnlockAttempts> {
  const quick = readQuick(profileId);
  const durable = clean((await readDurable())[profileId]);
  return durable.failures > quick.failures ||
    (durable.failures === quick.failures && durable.lastFailureAt > quick.lastFailureAt)
    ? durable
    : quick;
}

async function write(profileId: string, a: UnlockAttempts | null): Promise<void> {
  try {
    if (a) localStorage.setItem(storageKey(profileId), JSON.stringify(a));
    else localStorage.removeItem(storageKey(profileId));
  } catch {
    // No localStorage: the durable copy below still keeps the count.
  }
  const db = await storage.db();
  if (!db) return;
  const all = { ...(await readDurable()) };
  if (a) all[profileId] = a;
  else delete all[profileId];
  try {
    await writeSetting(db, 'unlockFailures', all);
  } catch {
    // A full disk: the quick copy still slows guessing until the next reload.
  }
}

/** Milliseconds until the next try is allowed (0 = now). */
export async function waitBeforeTry(profileId: string, now = Date.now()): Promise<number> {
  const a = await read(profileId);
  return Math.max(0, a.lastFailureAt + delayAfter(a.failures) - now);
}

export async function failuresOf(profileId: string): Promise<number> {
  return (await read(profileId)).failures;
}

/** Counts a wrong passphrase; resolves once the count is durably stored. */
export async function recordFailure(profileId: string, now = Date.now()): Promise<void> {
  const a = await read(profileId);
  await write(profileId, { failures: a.failures + 1, lastFailureAt: now });
}

export async function clearFailures(profileId: string): Promise<void> {
  await write(profileId, null);
}
