// The lock state of the tablet: which case manager's space is open, and its key. Locking drops
// the key and every decrypted value by reloading the page, so nothing survives in memory.
import type { HeardDb } from '$lib/storage/db';
import {
  changePassphrase,
  createProfile,
  unlockProfile,
  type ProfileSummary
} from '$lib/storage/profiles.repo';
import type { Space } from '$lib/storage/records.repo';
import { readSetting, writeSetting } from '$lib/storage/settings.repo';
import { StorageError } from '$lib/storage/errors';
import { storage } from '$lib/storage/storage.svelte';
import { VaultError } from '$lib/storage/vault';
import { flushAllDrafts } from './autosave.svelte';
import { childMode, MARKER_KEY } from './child-mode.svelte';
import { announce, onAnnouncement } from './tabs';
import { clearFailures, recordFailure, waitBeforeTry } from './unlock-guard';

export const IDLE_DEFAULT_MINUTES = 5;
export const IDLE_MIN_MINUTES = 1;
export const IDLE_MAX_MINUTES = 30;
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export class LockedError extends Error {
  constructor() {
    super('workspace is locked');
    this.name = 'LockedError';
  }
}

export class TooSoonError extends Error {
  readonly waitMs: number;
  constructor(waitMs: number) {
    super('wait before trying again');
    this.name = 'TooSoonError';
    this.waitMs = waitMs;
  }
}

export class Workspace {
  #profile = $state<ProfileSummary | null>(null);
  #idleMinutes = $state(IDLE_DEFAULT_MINUTES);
  #key: CryptoKey | null = null;
  #lastActivity = 0;
  #timer: ReturnType<typeof setInterval> | null = null;
  #onActivity = () => {
    this.#lastActivity = Date.now();
  };

  get unlocked() {
    return this.#profile !== null;
  }
  get profile() {
    return this.#profile;
  }
  get idleMinutes() {
    return this.#idleMinutes;
  }

  /** The open space, for repositories. Throws when locked. */
  space(): Space {
    if (!this.#profile || !this.#key) throw new LockedError();
    const db = async (fresh = false): Promise<HeardDb> => {
      const d = fresh ? await storage.reopen() : await storage.db();
      if (!d) throw new LockedError();
      return d;
    };
    return { db, profileId: this.#profile.id, key: this.#key };
  }

  async #open(profile: ProfileSummary, key: CryptoKey) {
    this.#key = key;
    this.#profile = profile;
    const db = await storage.db();
    const saved = db ? await readSetting(db, 'lock').catch(() => undefined) : undefined;
    this.#idleMinutes = saved?.idleMinutes ?? IDLE_DEFAULT_MINUTES;
    this.#startIdleWatch();
  }

  /** Unlocks a profile; throws VaultError('wrongPassphrase') or TooSoonError. */
  async unlock(profile: ProfileSummary, passphrase: string): Promise<void> {
    const wait = await waitBeforeTry(profile.id);
    if (wait > 0) throw new TooSoonError(wait);
    const db = await storage.db();
    if (!db) throw new StorageError('unavailable');
    try {
      const key = await unlockProfile(db, profile.id, passphrase);
      await clearFailures(profile.id);
      await this.#open(profile, key);
    } catch (err) {
      if (err instanceof VaultError && err.code === 'wrongPassphrase') {
        await recordFailure(profile.id);
      }
      throw err;
    }
  }

  /**
   * Checks the open profile's passphrase without changing anything (leaving child mode).
   * Wrong guesses count towards the same back-off as unlocking.
   */
  async verify(passphrase: string): Promise<boolean> {
    if (!this.#profile) throw new LockedError();
    const id = this.#profile.id;
    const wait = await waitBeforeTry(id);
    if (wait > 0) throw new TooSoonError(wait);
    const db = await storage.db();
    if (!db) throw new StorageError('unavailable');
    try {
      await unlockProfile(db, id, passphrase);
      await clearFailures(id);
      return true;
    } catch (err) {
      if (err instanceof VaultError && err.code === 'wrongPassphrase') {
        await recordFailure(id);
        return false;
      }
      throw err;
    }
  }

  /**
   * Changes the passphrase: the space gets new keys and everything is re-encrypted. Other tabs
   * still hold the old key, which opens nothing now, so they lock.
   */
  async changePassphrase(current: string, next: string): Promise<void> {
    if (!this.#profile) throw new LockedError();
    const db = await storage.db();
    if (!db) throw new StorageError('unavailable');
    await changePassphrase(db, this.#profile.id, current, next);
    announce({ type: 'lock' });
  }

  /** Creates a profile and opens it. */
  async create(displayName: string, passphrase: string): Promise<void> {
    const db = await storage.db();
    if (!db) throw new StorageError('unavailable');
    const { profile, key } = await createProfile(db, displayName, passphrase);
    await storage.afterSave();
    await this.#open(profile, key);
  }

  /** Sets the idle time before the tablet locks itself (1–30 minutes). */
  async setIdleMinutes(minutes: number): Promise<void> {
    const m = Math.min(IDLE_MAX_MINUTES, Math.max(IDLE_MIN_MINUTES, Math.round(minutes)));
    const db = await storage.db();
    if (db) await writeSetting(db, 'lock', { idleMinutes: m });
    this.#idleMinutes = m;
  }

  #startIdleWatch() {
    this.#lastActivity = Date.now();
    for (const e of ACTIVITY_EVENTS) addEventListener(e, this.#onActivity, { passive: true });
    this.#timer = setInterval(() => {
      // An idle tab locks itself only: the case manager may be working in another one.
      if (Date.now() - this.#lastActivity >= this.#idleMinutes * 60_000)
        void this.lock({ announce: false });
    }, 5_000);
  }

  /**
   * Keeps this tab in step with the others: when another tab locks or hands the tablet to a
   * child or a guardian, this one locks too. Checked again whenever the tab comes back into
   * view, in case a message was missed (a tab asleep in the background).
   */
  watchOtherTabs(): () => void {
    const follow = () => {
      if (this.unlocked || childMode.handedOverElsewhere()) void this.lock({ announce: false });
    };
    const check = () => {
      if (childMode.handedOverElsewhere()) follow();
    };
    const onStorage = (e: StorageEvent) => {
      if (e.key === MARKER_KEY && e.newValue) check();
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') check();
    };
    const stop = onAnnouncement(follow);
    addEventListener('storage', onStorage);
    addEventListener('focus', check);
    document.addEventListener('visibilitychange', onVisible);
    check();
    return () => {
      stop();
      removeEventListener('storage', onStorage);
      removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }

  /**
   * Locks now: forgets the key and reloads the app at the start screen, which drops every
   * decrypted value held by any screen. Everything was saved as it was typed. Every other tab
   * of the app locks too.
   */
  async lock(opts: { announce?: boolean } = {}): Promise<void> {
    if (opts.announce !== false) announce({ type: 'lock' });
    await flushAllDrafts();
    this.#key = null;
    this.#profile = null;
    if (this.#timer) clearInterval(this.#timer);
    for (const e of ACTIVITY_EVENTS) removeEventListener(e, this.#onActivity);
    location.replace('/');
  }
}

export const workspace = new Workspace();
