// Slows down guessing: after 5 wrong passphrases for a profile, each further try waits longer
// (2 s, 4 s, 8 s … up to 5 minutes). The count lives in localStorage, outside the database,
// so a wrong passphrase leaves every byte in IndexedDB unchanged.

export const FREE_ATTEMPTS = 5;
export const MAX_DELAY_MS = 5 * 60 * 1000;

/** How long to wait before the next try after `failures` wrong passphrases. */
export function delayAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_MS, 2000 * 2 ** (failures - FREE_ATTEMPTS));
}

interface Attempts {
  failures: number;
  lastFailureAt: number;
}

function storageKey(profileId: string) {
  return `heard.unlock.${profileId}`;
}

function read(profileId: string): Attempts {
  try {
    const raw = localStorage.getItem(storageKey(profileId));
    const parsed = raw ? (JSON.parse(raw) as Partial<Attempts>) : {};
    return {
      failures: Number.isInteger(parsed.failures) ? parsed.failures! : 0,
      lastFailureAt: Number(parsed.lastFailureAt) || 0
    };
  } catch {
    return { failures: 0, lastFailureAt: 0 };
  }
}

/** Milliseconds until the next try is allowed (0 = now). */
export function waitBeforeTry(profileId: string, now = Date.now()): number {
  const a = read(profileId);
  return Math.max(0, a.lastFailureAt + delayAfter(a.failures) - now);
}

export function failuresOf(profileId: string): number {
  return read(profileId).failures;
}

export function recordFailure(profileId: string, now = Date.now()): void {
  const a = read(profileId);
  try {
    localStorage.setItem(
      storageKey(profileId),
      JSON.stringify({ failures: a.failures + 1, lastFailureAt: now })
    );
  } catch {
    // Without localStorage the delay cannot be kept across reloads; unlocking still works.
  }
}

export function clearFailures(profileId: string): void {
  try {
    localStorage.removeItem(storageKey(profileId));
  } catch {
    // nothing to clear
  }
}
