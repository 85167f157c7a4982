// Asks the browser to keep this origin's storage when space runs low, once, after the first
// real save (asking on first load is refused by most browsers and tells the user nothing).
// Also reads how much space the app uses. The outcome is remembered in the settings store.
import type { HeardDb } from './db';
import { readSetting, writeSetting } from './settings.repo';

export type PersistOutcome = 'granted' | 'refused' | 'unsupported';

/** The subset of StorageManager this module needs; tests pass their own. */
export interface StorageManagerLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

function manager(): StorageManagerLike | undefined {
  return typeof navigator !== 'undefined' ? navigator.storage : undefined;
}

/**
 * Requests persistent storage if it was never requested on this device.
 * Returns the outcome, or null when it had already been asked.
 */
export async function requestPersistenceOnce(
  db: HeardDb,
  sm: StorageManagerLike | undefined = manager(),
  now: () => Date = () => new Date()
): Promise<PersistOutcome | null> {
  const previous = await readSetting(db, 'persistence');
  if (previous) return null;
  const outcome = await requestPersistence(sm);
  await writeSetting(db, 'persistence', {
    requestedAt: now().toISOString(),
    granted: outcome === 'granted'
  });
  return outcome;
}

/** Asks for persistent storage now (the Settings screen offers this again). */
export async function requestPersistence(
  sm: StorageManagerLike | undefined = manager()
): Promise<PersistOutcome> {
  if (!sm?.persist) return 'unsupported';
  try {
    return (await sm.persist()) ? 'granted' : 'refused';
  } catch {
    // A browser that throws here behaves as one that refuses; the user sees the same advice.
    return 'refused';
  }
}

export interface StorageReport {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

/** How much this origin stores, its quota, and whether it is persistent (null = unknown). */
export async function storageReport(
  sm: StorageManagerLike | undefined = manager()
): Promise<StorageReport> {
  const report: StorageReport = { usage: null, quota: null, persisted: null };
  try {
    if (sm?.estimate) {
      const e = await sm.estimate();
      report.usage = e.usage ?? null;
      report.quota = e.quota ?? null;
    }
    if (sm?.persisted) report.persisted = await sm.persisted();
  } catch {
    // Unknown figures are shown as unknown, never as zero.
  }
  return report;
}
