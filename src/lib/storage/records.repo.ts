// Encrypted records in the `records` store. In clear: id, profile id, kind and updatedAt;
// everything else is AES-GCM ciphertext bound to (profile, kind, id). Writes use strict
// durability so a saved record survives a crash or a dead battery.
import type { HeardDb } from './db';
import { toStorageError } from './errors';
import type { EncryptedRecord } from './schema';
import { decryptValue, encryptValue, VaultError } from './vault';

/** An unlocked space: where to write, whose it is, and the key. Only storage/ reads `key`. */
export interface Space {
  /** The open database; `fresh` asks for a new connection after the old one was closed. */
  db: (fresh?: boolean) => Promise<HeardDb>;
  profileId: string;
  key: CryptoKey;
}

export interface StoredItem<T> {
  id: string;
  updatedAt: string;
  value: T;
}

/** A record that failed its integrity check: reported, never shown as data. */
export interface DamagedRecord {
  id: string;
  kind: string;
}

function recordKey(profileId: string, kind: string, id: string) {
  // Ids are unique per profile and kind; the stored key joins them so spaces never collide.
  return `${profileId}/${kind}/${id}`;
}

/** Retries once on a connection the browser closed under us (iPadOS does after backgrounding). */
async function withDb<R>(space: Space, run: (db: HeardDb) => Promise<R>): Promise<R> {
  try {
    return await run(await space.db());
  } catch (err) {
    if (err instanceof DOMException && err.name === 'InvalidStateError') {
      return run(await space.db(true));
    }
    throw err;
  }
}

/** Encrypts and saves a value. */
export async function putRecord<T>(
  space: Space,
  kind: string,
  id: string,
  value: T,
  now = new Date()
): Promise<void> {
  const { profileId, key } = space;
  const { iv, data } = await encryptValue(key, { profileId, kind, id }, value);
  const record: EncryptedRecord = {
    id: recordKey(profileId, kind, id),
    profileId,
    kind,
    updatedAt: now.toISOString(),
    iv,
    data
  };
  try {
    await withDb(space, async (db) => {
      const tx = db.transaction('records', 'readwrite', { durability: 'strict' });
      await Promise.all([tx.store.put(record), tx.done]);
    });
  } catch (err) {
    throw toStorageError(err, 'writeFailed');
  }
}

/** Encrypts and saves many values in one transaction: all are written, or none. */
export async function putRecords(
  space: Space,
  items: readonly { kind: string; id: string; value: unknown; updatedAt?: string }[],
  now = new Date()
): Promise<void> {
  const { profileId, key } = space;
  const records: EncryptedRecord[] = await Promise.all(
    items.map(async (item) => {
      const { iv, data } = await encryptValue(
        key,
        { profileId, kind: item.kind, id: item.id },
        item.value
      );
      return {
        id: recordKey(profileId, item.kind, item.id),
        profileId,
        kind: item.kind,
        updatedAt: item.updatedAt ?? now.toISOString(),
        iv,
        data
      };
    })
  );
  try {
    await withDb(space, async (db) => {
      const tx = db.transaction('records', 'readwrite', { durability: 'strict' });
      await Promise.all([...records.map((r) => tx.store.put(r)), tx.done]);
    });
  } catch (err) {
    throw toStorageError(err, 'writeFailed');
  }
}

async function open<T>(space: Space, record: EncryptedRecord): Promise<StoredItem<T>> {
  const id = record.id.slice(`${record.profileId}/${record.kind}/`.length);
  if (
    record.profileId !== space.profileId ||
    record.id !== recordKey(space.profileId, record.kind, id)
  ) {
    throw new VaultError('tampered');
  }
  const value = await decryptValue<T>(
    space.key,
    { profileId: space.profileId, kind: record.kind, id },
    record.iv as Uint8Array<ArrayBuffer>,
    record.data
  );
  return { id, updatedAt: record.updatedAt, value };
}

/** Reads and decrypts one record; undefined if absent; VaultError('tampered') if altered. */
export async function getRecord<T>(
  space: Space,
  kind: string,
  id: string
): Promise<StoredItem<T> | undefined> {
  let record: EncryptedRecord | undefined;
  try {
    record = await withDb(space, (db) => db.get('records', recordKey(space.profileId, kind, id)));
  } catch (err) {
    throw toStorageError(err, 'unavailable');
  }
  return record ? open<T>(space, record) : undefined;
}

/** Decrypts records read together; those failing their integrity check are listed apart. */
async function openAll<T>(
  space: Space,
  kind: string,
  records: EncryptedRecord[]
): Promise<{ items: StoredItem<T>[]; damaged: DamagedRecord[] }> {
  const items: StoredItem<T>[] = [];
  const damaged: DamagedRecord[] = [];
  await Promise.all(
    records.map(async (r) => {
      try {
        items.push(await open<T>(space, r));
      } catch (err) {
        if (!(err instanceof VaultError)) throw err;
        damaged.push({ id: r.id, kind });
      }
    })
  );
  return { items, damaged };
}

/** Reads every record of a kind in this space; damaged ones are listed apart. */
export async function listRecords<T>(
  space: Space,
  kind: string
): Promise<{ items: StoredItem<T>[]; damaged: DamagedRecord[] }> {
  let records: EncryptedRecord[];
  try {
    records = await withDb(space, (db) =>
      db.getAllFromIndex('records', 'byProfileKind', [space.profileId, kind])
    );
  } catch (err) {
    throw toStorageError(err, 'unavailable');
  }
  return openAll<T>(space, kind, records);
}

/**
 * Reads the records of a kind whose ids start with a prefix, through the primary key, so a
 * drawing's strokes are found without decrypting every other drawing's.
 */
export async function listRecordsByPrefix<T>(
  space: Space,
  kind: string,
  idPrefix: string
): Promise<{ items: StoredItem<T>[]; damaged: DamagedRecord[] }> {
  const low = recordKey(space.profileId, kind, idPrefix);
  let records: EncryptedRecord[];
  try {
    records = await withDb(space, (db) =>
      db.getAll('records', IDBKeyRange.bound(low, low + '\uffff'))
    );
  } catch (err) {
    throw toStorageError(err, 'unavailable');
  }
  return openAll<T>(space, kind, records);
}

/** The ids of a kind's records under a prefix, read from the keys alone (nothing decrypted). */
export async function listIdsByPrefix(
  space: Space,
  kind: string,
  idPrefix: string
): Promise<string[]> {
  const head = recordKey(space.profileId, kind, '');
  const low = head + idPrefix;
  let keys: IDBValidKey[];
  try {
    keys = await withDb(space, (db) =>
      db.getAllKeys('records', IDBKeyRange.bound(low, low + '\uffff'))
    );
  } catch (err) {
    throw toStorageError(err, 'unavailable');
  }
  return keys.map((k) => String(k).slice(head.length));
}

/** Deletes every record of a kind whose id starts with a prefix (one transaction). */
export async function deleteRecordsByPrefix(
  space: Space,
  kinds: readonly string[],
  idPrefix: string
): Promise<void> {
  try {
    await withDb(space, async (db) => {
      const tx = db.transaction('records', 'readwrite', { durability: 'strict' });
      await Promise.all([
        ...kinds.map((kind) => {
          const low = recordKey(space.profileId, kind, idPrefix);
          return tx.store.delete(IDBKeyRange.bound(low, low + '\uffff'));
        }),
        tx.done
      ]);
    });
  } catch (err) {
    throw toStorageError(err, 'writeFailed');
  }
}

/** Deletes a record. */
export async function deleteRecord(space: Space, kind: string, id: string): Promise<void> {
  await deleteRecords(space, [{ kind, id }]);
}

/** Deletes several records in one transaction: all go, or none. */
export async function deleteRecords(
  space: Space,
  refs: readonly { kind: string; id: string }[]
): Promise<void> {
  try {
    await withDb(space, async (db) => {
      const tx = db.transaction('records', 'readwrite', { durability: 'strict' });
      await Promise.all([
        ...refs.map((r) => tx.store.delete(recordKey(space.profileId, r.kind, r.id))),
        tx.done
      ]);
    });
  } catch (err) {
    throw toStorageError(err, 'writeFailed');
  }
}
