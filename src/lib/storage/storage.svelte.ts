// App-wide storage state: whether the database is open, blocked or unavailable, and whether
// the browser refused to make storage persistent. Screens read it to explain what works.
import { openHeardDb, type HeardDb } from './db';
import { StorageError, toStorageError } from './errors';
import { requestPersistenceOnce, type PersistOutcome } from './persistence';

export type StorageStatus = 'opening' | 'ready' | 'blocked' | 'unavailable' | 'replaced';

export class StorageState {
  #status = $state<StorageStatus>('opening');
  #error = $state<StorageError | null>(null);
  #persistNotice = $state<Exclude<PersistOutcome, 'granted'> | null>(null);
  #db: HeardDb | null = null;
  #opening: Promise<HeardDb | null> | null = null;

  get status() {
    return this.#status;
  }
  get error() {
    return this.#error;
  }
  /** Set when persistence was asked for after the first save and not granted. */
  get persistNotice() {
    return this.#persistNotice;
  }

  /** Opens the database once; later callers share the same attempt. Never throws. */
  open(): Promise<HeardDb | null> {
    this.#opening ??= this.#open();
    return this.#opening;
  }

  async #open(): Promise<HeardDb | null> {
    try {
      this.#db = await openHeardDb({
        onBlocked: () => {
          this.#status = 'blocked';
          this.#error = new StorageError('blocked');
        },
        onReplaced: () => {
          this.#db = null;
          this.#status = 'replaced';
        },
        onTerminated: () => {
          // The next use opens a new connection.
          this.#db = null;
          this.#opening = null;
        }
      });
      this.#status = 'ready';
      this.#error = null;
      return this.#db;
    } catch (err) {
      this.#status = 'unavailable';
      this.#error = toStorageError(err, 'unavailable');
      return null;
    }
  }

  /** The open database, or null when storage cannot be used. */
  async db(): Promise<HeardDb | null> {
    return this.#db ?? (await this.open());
  }

  /**
   * Opens a new connection after the old one was closed under the app (iPadOS closes
   * IndexedDB after backgrounding; a closed connection throws InvalidStateError).
   */
  async reopen(): Promise<HeardDb | null> {
    if (this.#status === 'replaced') return null;
    try {
      this.#db?.close();
    } catch {
      // already closed
    }
    this.#db = null;
    this.#opening = null;
    return this.open();
  }

  /** To call after every real save: the first one asks the browser to persist storage. */
  async afterSave(): Promise<void> {
    const db = this.#db;
    if (!db) return;
    const outcome = await requestPersistenceOnce(db);
    if (outcome === 'refused' || outcome === 'unsupported') this.#persistNotice = outcome;
  }

  dismissPersistNotice() {
    this.#persistNotice = null;
  }
}

export const storage = new StorageState();
