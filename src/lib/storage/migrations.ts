// One migration step per schema version. A step only ever moves the database from version - 1
// to version; steps run in order inside the single versionchange transaction.
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { HeardSchema } from './schema';

export interface Migration {
  version: number;
  /** What the step does, for the developer reading the history. */
  description: string;
  up(
    db: IDBPDatabase<HeardSchema>,
    tx: IDBPTransaction<HeardSchema, StoreNames<HeardSchema>[], 'versionchange'>
  ): void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'Device settings (tablet name, persistence request).',
    up(db) {
      db.createObjectStore('settings');
    }
  },
  {
    version: 2,
    description: 'Encrypted spaces: case-manager profiles and ciphertext records.',
    up(db) {
      db.createObjectStore('profiles', { keyPath: 'id' });
      const records = db.createObjectStore('records', { keyPath: 'id' });
      records.createIndex('byProfile', 'profileId');
      records.createIndex('byProfileKind', ['profileId', 'kind']);
    }
  },
  {
    version: 3,
    description:
      'Case keys and the keyed manifest. Existing spaces are adopted (re-encrypted under case ' +
      'keys with versions, manifest built) on their first unlock, which needs the passphrase.',
    up(db) {
      db.createObjectStore('keys', { keyPath: 'id' }).createIndex('byProfile', 'profileId');
      db.createObjectStore('manifest', { keyPath: 'id' }).createIndex('byProfile', 'profileId');
    }
  }
];

/** Runs every step after `oldVersion` up to and including `newVersion`. */
export function migrate(
  db: IDBPDatabase<HeardSchema>,
  tx: IDBPTransaction<HeardSchema, StoreNames<HeardSchema>[], 'versionchange'>,
  oldVersion: number,
  newVersion: number
): void {
  for (const step of MIGRATIONS) {
    if (step.version > oldVersion && step.version <= newVersion) step.up(db, tx);
  }
}
