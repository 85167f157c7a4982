// Child mode (and guardian mode, its sibling): while it is on, the app shows only the session
// being played, or the guardian's leaflet, and nothing else.
// The marker (ids and the session's language code, no child data) lives in IndexedDB's
// settings store, written with strict durability before the hand-over goes on, and in
// localStorage, read at once on start (the browser writes localStorage seconds late, so alone
// it could roll back when the app is killed). A reload, a typed address, a deep link or the
// back button all come back to /child. Leaving needs the case manager: the
// hand-over PIN (kept in memory only, as a salted hash) or the passphrase.

import { sha256Hex } from '$lib/domain/hash';
import { readSetting, writeSetting } from '$lib/storage/settings.repo';
import { storage } from '$lib/storage/storage.svelte';
import { announce } from './tabs';

export const MARKER_KEY = 'heard.childMode';
export const PIN_MIN = 4;
export const PIN_MAX = 8;
export const PIN_TRIES = 5;

/**
 * Who holds the tablet and for what: the child playing a session, the guardian reading the
 * leaflet and giving consent, or the child hearing what became of their views (feedback).
 */
export type HandOverMode = 'child' | 'guardian' | 'feedback';
const ROUTES = { child: '/child', guardian: '/guardian', feedback: '/feedback' } as const;

export interface ChildModeMarker {
  /** Absent in markers written before guardian mode existed: child. */
  mode?: HandOverMode;
  /** Guardian mode: which of the case's caregivers is reading (an index, never a name). */
  caregiver?: number | null;
  profileId: string;
  caseId: string;
  sessionId: string;
  /** The session's language: child mode speaks the child's language, even after a reload. */
  lang: string;
  /** The case manager's language, given back when child mode ends. */
  adultLang: string;
}

function readMarker(): ChildModeMarker | null {
  try {
    return parseMarker(localStorage.getItem(MARKER_KEY));
  } catch {
    return null;
  }
}

/** Keeps the marker durably (or removes it); resolves once the database has it. */
async function writeDurable(marker: ChildModeMarker | null): Promise<void> {
  const db = await storage.db();
  if (!db) return;
  await writeSetting(db, 'handover', { marker: marker ? JSON.stringify(marker) : null });
}

async function readDurable(): Promise<ChildModeMarker | null> {
  const db = await storage.db();
  if (!db) return null;
  try {
    return parseMarker((await readSetting(db, 'handover'))?.marker ?? null);
  } catch {
    return null;
  }
}

function parseMarker(raw: string | null): ChildModeMarker | null {
  try {
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<ChildModeMarker>;
    return typeof v.profileId === 'string' &&
      typeof v.caseId === 'string' &&
      typeof v.sessionId === 'string'
      ? {
          mode: v.mode === 'guardian' || v.mode === 'feedback' ? v.mode : 'child',
          caregiver: typeof v.caregiver === 'number' ? v.caregiver : null,
          profileId: v.profileId,
          caseId: v.caseId,
          sessionId: v.sessionId,
          lang: typeof v.lang === 'string' ? v.lang : 'en',
          adultLang: typeof v.adultLang === 'string' ? v.adultLang : 'en'
        }
      : null;
  } catch {
    return null;
  }
}

/** Whether a PIN has the right shape: 4 to 8 digits. */
export function validPin(pin: string): boolean {
  return new RegExp(`^\\d{${PIN_MIN},${PIN_MAX}}$`).test(pin);
}

async function hashPin(pin: string, salt: Uint8Array<ArrayBuffer>): Promise<string> {
  return sha256Hex(new Uint8Array([...salt, ...new TextEncoder().encode(pin)]));
}

export class ChildMode {
  #marker = $state<ChildModeMarker | null>(readMarker());
  #pin: { salt: Uint8Array<ArrayBuffer>; hash: string } | null = null;
  #pinTries = $state(0);

  get active(): boolean {
    return this.#marker !== null;
  }
  get marker(): ChildModeMarker | null {
    return this.#marker;
  }
  /** The one address the tablet may show while a hand-over mode is on. */
  get route(): (typeof ROUTES)[HandOverMode] {
    return ROUTES[this.#marker?.mode ?? 'child'];
  }
  /** Whether the hand-over PIN can still be used (set, in memory, and not tried too often). */
  get pinUsable(): boolean {
    return this.#pin !== null && this.#pinTries < PIN_TRIES;
  }

  /**
   * Finds a hand-over that the quick copy lost (the app was killed right after it began):
   * child mode then holds the tablet as before.
   */
  async restore(): Promise<void> {
    if (this.#marker) return;
    const kept = await readDurable();
    if (!kept) return;
    try {
      localStorage.setItem(MARKER_KEY, JSON.stringify(kept));
    } catch {
      // The durable copy is enough.
    }
    this.#marker = kept;
  }

  /**
   * Turns child mode on for one session; resolves once the marker is durably kept, and throws
   * when it cannot be kept.
   */
  async enter(marker: ChildModeMarker, pin: string | null): Promise<void> {
    localStorage.setItem(MARKER_KEY, JSON.stringify(marker));
    await writeDurable(marker);
    if (pin !== null) {
      const salt = crypto.getRandomValues(new Uint8Array(16));
      this.#pin = { salt, hash: await hashPin(pin, salt) };
    } else {
      this.#pin = null;
    }
    this.#pinTries = 0;
    this.#marker = marker;
    // Every other tab locks: none may keep a case open while the child holds the tablet.
    announce({ type: 'handover' });
  }

  /**
   * Whether another tab has handed the tablet over since this one started (the marker is in
   * storage, but this tab is not the one in child or guardian mode).
   */
  handedOverElsewhere(): boolean {
    return this.#marker === null && readMarker() !== null;
  }

  /** Checks the hand-over PIN; after five wrong tries only the passphrase opens. */
  async checkPin(pin: string): Promise<boolean> {
    if (!this.#pin || this.#pinTries >= PIN_TRIES) return false;
    const ok = (await hashPin(pin, this.#pin.salt)) === this.#pin.hash;
    if (!ok) this.#pinTries++;
    return ok;
  }

  /**
   * Turns child mode off (after the case manager proved who they are). Should the app be
   * killed before the database forgets the marker, child mode comes back: the safe side.
   */
  leave(): void {
    try {
      localStorage.removeItem(MARKER_KEY);
    } catch {
      // The marker could not be removed: nothing more to do; the state below still changes.
    }
    writeDurable(null).catch(() => {
      // A full disk: the marker stays and the next start asks for the case manager again.
    });
    this.#pin = null;
    this.#marker = null;
  }
}

export const childMode = new ChildMode();
