// Opens the one IndexedDB database of the app and runs its migrations.
// Reports a blocked upgrade (another tab holds an older version open) instead of hanging
// silently, and closes its own connection when a newer version elsewhere needs it to.
import { openDB, type IDBPDatabase } from 'idb';
import { StorageError, toStorageError } from './errors';
import { migrate } from './migrations';
import { DB_NAME, DB_VERSION, type HeardSchema } from './schema';

export type HeardDb = IDBPDatabase<HeardSchema>;

export interface OpenOptions {
  name?: string;
  version?: number;
  /** Called when another tab must close before the upgrade can go on. */
  onBlocked?: () => void;
  /** Called when this connection was closed so that a newer version could open. */
  onReplaced?: () => void;
  /** Called when the browser closed the connection abnormally (storage cleared, iPadOS). */
  onTerminated?: () => void;
}

/** Opens (and if needed migrates) the database; throws a StorageError the UI can show. */
export async function openHeardDb(options: OpenOptions = {}): Promise<HeardDb> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) throw new StorageError('unavailable');
  const version = options.version ?? DB_VERSION;
  try {
    const db: HeardDb = await openDB<HeardSchema>(options.name ?? DB_NAME, version, {
      upgrade(database, oldVersion, newVersion, tx) {
        migrate(database, tx, oldVersion, newVersion ?? version);
      },
      blocked() {
        options.onBlocked?.();
      },
      blocking() {
        db.close();
        options.onReplaced?.();
      },
      terminated() {
        options.onTerminated?.();
      }
    });
    return db;
  } catch (err) {
    throw toStorageError(err, 'unavailable');
  }
}
