// Encrypted records in the `records` store. In clear: id, profile id, kind, updatedAt, the
// record's version (`v`) and the case whose key encrypts it (`k`, '' for the space key);
// everything else is AES-GCM ciphertext bound to (profile, kind, id, version, key). The
// space's manifest (`manifest` store, see manifest.ts) lists every record's version under an
// HMAC, so a record rolled back, deleted or added outside Heard is reported, never shown.
// Case keys live sealed in the `keys` store. Each write reads the manifest inside a per-space
// lock, computes every ciphertext and MAC, then writes records, keys and manifest in one
// transaction with strict durability, so a saved record survives a crash or a dead battery.
// Cost: one write re-MACs its bucket and the root; with 5,000 records in a space a putRecord
// took 1.5–4 ms in fake-indexeddb (about 1 ms in an empty space) on the busy 2-core dev
// machine; integrity.spec.ts logs it on every run.
import type { HeardDb } from './db';
import { StorageError, toStorageError } from './errors';
import { forgetCaseKeys, ringOf, withSpaceLock, type Ring } from './keyring';
import {
  bucketId,
  bucketName,
  bucketNameFromId,
  bucketRange,
  groupOf,
  rootId,
  seal,
  toEntries,
  verified
} from './manifest';
import type { EncryptedRecord, ManifestDoc, StoredCaseKey } from './schema';
import { createCaseKey, decryptValue, encryptValue, openCaseKey, VaultError } from './vault';

/** An unlocked space: where to write, whose it is, and the key. Only storage/ reads `key`. */
export interface Space {
  /** The open database; `fresh` asks for a new connection after the old one was closed. */
  db: (fresh?: boolean) => Promise<HeardDb>;
  profileId: string;
  /** A handle to the unlocked keys (see keyring.ts); it stays valid after a passphrase change. */
  key: CryptoKey;
}

export interface StoredItem<T> {
  id: string;
  updatedAt: string;
  value: T;
  /** Pass it back as `expectedVersion` to refuse overwriting a newer save. */
  version: number;
}

/**
 * Why a record is not shown: `missing` (the manifest lists it, the store lost it),
 * `rolledBack` (an older version of it was written back), `unexpected` (not in the manifest:
 * added outside Heard), `altered` (changed bytes, moved, or its manifest part is damaged).
 */
/** `malformed`: sound ciphertext whose value is not the shape of its kind (a hostile restore). */
export type DamageReason = 'missing' | 'rolledBack' | 'unexpected' | 'altered' | 'malformed';

/** A record that failed its integrity check: reported, never shown as data. */
export interface DamagedRecord {
  /** The stored key `${profileId}/${kind}/${id}`; the plain id for a `malformed` value. */
  id: string;
  kind: string;
  reason: DamageReason;
}

export interface PutOptions {
  /** The version the caller read; a newer stored version throws StorageError('conflict'). */
  expectedVersion?: number;
}

export interface PutItem {
  kind: string;
  id: string;
  value: unknown;
  updatedAt?: string;
  expectedVersion?: number;
}

export function recordKey(profileId: string, kind: string, id: string) {
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

// Which key a record is under. Kind names are written out here (not imported) because the
// repositories that own them import this module.
const CASE_PREFIXED = new Set(['consent', 'assessment', 'audit', 'feedback']);
const SESSION_PREFIXED = new Set(['result', 'observation', 'drawop', 'voice']);

export type KeyRule =
  { caseId: string; create: true } | { sessionId: string } | { caseIfKnown: string } | null;

/** How a record finds its case: by its id, its session, or (drafts) a case that has a key. */
export function keyRule(kind: string, id: string, value: unknown): KeyRule {
  const head = id.split('/')[0] ?? '';
  if (kind === 'case') return { caseId: id, create: true };
  if (CASE_PREFIXED.has(kind) && id.includes('/')) return { caseId: head, create: true };
  if (kind === 'session') {
    const caseId = (value as { caseId?: unknown } | null)?.caseId;
    return typeof caseId === 'string' && caseId ? { caseId, create: true } : null;
  }
  if (SESSION_PREFIXED.has(kind) && id.includes('/')) return { sessionId: head };
  if (kind === 'draft') {
    // Draft keys of the case and session forms (CaseForm, SessionForm).
    if (id.startsWith('session-new-')) return { caseIfKnown: id.slice('session-new-'.length) };
    if (id.startsWith('session-')) return { sessionId: id.slice('session-'.length) };
    if (id.startsWith('case-')) return { caseIfKnown: id.slice('case-'.length) };
  }
  return null;
}

const caseKeyId = (profileId: string, caseId: string) => `${profileId}/${caseId}`;

/** The key of a case, from the ring or the `keys` store; undefined if it has none. */
async function caseKey(space: Space, ring: Ring, caseId: string): Promise<CryptoKey | undefined> {
  const cached = ring.caseKeys.get(caseId);
  if (cached) return cached;
  const stored = await withDb(space, (db) =>
    db.get('keys', caseKeyId(space.profileId, caseId))
  ).catch((err: unknown) => {
    throw toStorageError(err, 'unavailable');
  });
  if (!stored) return undefined;
  const key = await openCaseKey(ring.keys.dataKey, space.profileId, caseId, {
    iv: stored.iv as Uint8Array<ArrayBuffer>,
    data: stored.data
  });
  ring.caseKeys.set(caseId, key);
  return key;
}

/** A bad root: either this tab's key is stale (changed in another tab) or it was tampered. */
async function rootFailed(space: Space, ring: Ring): Promise<void> {
  const profile = await withDb(space, (db) => db.get('profiles', space.profileId));
  if (profile && profile.keyId !== ring.keyId) throw new StorageError('conflict');
}

interface Change {
  puts?: readonly PutItem[];
  deletes?: readonly { kind: string; id: string }[];
  ranges?: readonly { kind: string; prefix: string }[];
  /** Case keys to shred with this change. */
  dropKeys?: readonly string[];
}

/** Applies a change under the space lock; returns the version given to each put. */
async function commit(space: Space, change: Change, now: Date): Promise<number[]> {
  const { profileId } = space;
  const puts = change.puts ?? [];
  const deletes = change.deletes ?? [];
  const ranges = change.ranges ?? [];
  const dropKeys = change.dropKeys ?? [];
  const ring = ringOf(space.key, profileId);
  return withSpaceLock(profileId, () =>
    withDb(space, async (db) => {
      // 1. Read, in one transaction, the manifest parts and keys this change touches.
      const names = new Set([
        ...puts.map((p) => bucketName(p.kind, p.id)),
        ...deletes.map((d) => bucketName(d.kind, d.id))
      ]);
      const rules = puts.map((p) => keyRule(p.kind, p.id, p.value));
      const batchSessions = new Map<string, string>();
      puts.forEach((p, i) => {
        const rule = rules[i];
        if (p.kind === 'session')
          batchSessions.set(p.id, rule && 'caseId' in rule ? rule.caseId : '');
      });
      const sessionIds = new Set<string>();
      for (const r of rules)
        if (
          r &&
          'sessionId' in r &&
          !ring.sessionCases.has(r.sessionId) &&
          !batchSessions.has(r.sessionId)
        )
          sessionIds.add(r.sessionId);
      const read = db.transaction(['manifest', 'records', 'keys'], 'readonly');
      const manifest = read.objectStore('manifest');
      const [root, named, ranged, sessions] = await Promise.all([
        manifest.get(rootId(profileId)),
        Promise.all([...names].map((n) => manifest.get(bucketId(profileId, n)))),
        Promise.all(ranges.map((r) => manifest.getAll(bucketRange(profileId, r.kind, r.prefix)))),
        Promise.all(
          [...sessionIds].map(async (sid) => {
            const rec = await read.objectStore('records').get(recordKey(profileId, 'session', sid));
            return [sid, rec?.k ?? ''] as const;
          })
        ),
        read.done
      ]);
      for (const [sid, cid] of sessions) ring.sessionCases.set(sid, cid);
      for (const [sid, cid] of batchSessions) ring.sessionCases.set(sid, cid);

      // 2. Check the root and every bucket touched.
      if (!root || !(await verified(ring.keys.macKey, root))) {
        await rootFailed(space, ring);
        throw new VaultError('tampered');
      }
      const revs = new Map(root.entries);
      const docs = new Map<string, ManifestDoc>();
      for (const d of [...named, ...ranged.flat()])
        if (d) docs.set(bucketNameFromId(profileId, d.id), d);
      const buckets = new Map<string, { entries: Map<string, number>; ok: boolean }>();
      const bucket = async (name: string) => {
        let b = buckets.get(name);
        if (!b) {
          const doc = docs.get(name);
          const rev = revs.get(name);
          if (rev === undefined) b = { entries: new Map(), ok: true };
          else {
            const ok = !!doc && doc.rev === rev && (await verified(ring.keys.macKey, doc));
            b = { entries: new Map(doc?.entries ?? []), ok };
          }
          buckets.set(name, b);
        }
        return b;
      };
      const version = root.rev + 1;
      const changed = new Set<string>();

      // 3. Deletions: whole ranges, then single records.
      for (const r of ranges) {
        const head = `${r.kind}\u0000${groupOf(r.prefix)}`;
        for (const name of new Set([...revs.keys(), ...docs.keys()])) {
          if (!name.startsWith(head) || !revs.has(name)) continue;
          const b = await bucket(name);
          for (const id of [...b.entries.keys()]) if (id.startsWith(r.prefix)) b.entries.delete(id);
          changed.add(name);
        }
      }
      for (const d of deletes) {
        const name = bucketName(d.kind, d.id);
        const b = await bucket(name);
        if (!b.ok) throw new VaultError('tampered');
        b.entries.delete(d.id);
        changed.add(name);
      }

      // 4. Puts: check versions, find keys, encrypt.
      const versions: number[] = [];
      for (const p of puts) {
        const b = await bucket(bucketName(p.kind, p.id));
        if (!b.ok) throw new VaultError('tampered');
        const stored = b.entries.get(p.id) ?? 0;
        if (p.expectedVersion !== undefined && stored > p.expectedVersion)
          throw new StorageError('conflict');
      }
      const newKeys: StoredCaseKey[] = [];
      const keyRefs = await Promise.all(
        rules.map(async (rule): Promise<string> => {
          if (!rule) return '';
          let caseId: string;
          if ('sessionId' in rule) caseId = ring.sessionCases.get(rule.sessionId) ?? '';
          else if ('caseIfKnown' in rule) caseId = rule.caseIfKnown;
          else caseId = rule.caseId;
          if (!caseId) return '';
          return caseId;
        })
      );
      // Open or create each case key once (creation only for kinds that belong to a case).
      const wanted = new Map<string, boolean>();
      keyRefs.forEach((cid, i) => {
        const rule = rules[i];
        if (cid) wanted.set(cid, (wanted.get(cid) ?? false) || (!!rule && 'create' in rule));
      });
      const keysRead = db.transaction('keys', 'readonly');
      const storedKeys = await Promise.all([
        ...[...wanted.keys()].map((cid) =>
          ring.caseKeys.has(cid) ? undefined : keysRead.store.get(caseKeyId(profileId, cid))
        ),
        keysRead.done
      ]);
      const usable = new Map<string, CryptoKey>();
      await Promise.all(
        [...wanted].map(async ([cid, create], i) => {
          const cached = ring.caseKeys.get(cid);
          const stored = storedKeys[i] as StoredCaseKey | undefined;
          if (cached) usable.set(cid, cached);
          else if (stored)
            usable.set(
              cid,
              await openCaseKey(ring.keys.dataKey, profileId, cid, {
                iv: stored.iv as Uint8Array<ArrayBuffer>,
                data: stored.data
              })
            );
          else if (create) {
            const made = await createCaseKey(ring.keys.dataKey, profileId, cid);
            newKeys.push({ id: caseKeyId(profileId, cid), profileId, caseId: cid, ...made.sealed });
            usable.set(cid, made.key);
          }
        })
      );
      const records: EncryptedRecord[] = await Promise.all(
        puts.map(async (p, i) => {
          const wantedRef = keyRefs[i] ?? '';
          const ref = usable.has(wantedRef) ? wantedRef : '';
          const key = ref ? usable.get(ref)! : ring.keys.dataKey;
          const { iv, data } = await encryptValue(
            key,
            { profileId, kind: p.kind, id: p.id, version, keyRef: ref },
            p.value
          );
          return {
            id: recordKey(profileId, p.kind, p.id),
            profileId,
            kind: p.kind,
            updatedAt: p.updatedAt ?? now.toISOString(),
            iv,
            data,
            v: version,
            k: ref
          };
        })
      );
      for (const p of puts) {
        const name = bucketName(p.kind, p.id);
        (await bucket(name)).entries.set(p.id, version);
        changed.add(name);
        versions.push(version);
      }

      // 5. Seal the changed buckets and the root.
      const putDocs: ManifestDoc[] = [];
      const dropDocs: string[] = [];
      for (const name of changed) {
        const b = await bucket(name);
        if (!b.ok && b.entries.size > 0) continue; // a damaged bucket stays as it is, reported
        if (b.entries.size === 0) {
          revs.delete(name);
          dropDocs.push(bucketId(profileId, name));
        } else {
          revs.set(name, version);
          putDocs.push(
            await seal(ring.keys.macKey, {
              id: bucketId(profileId, name),
              profileId,
              rev: version,
              entries: toEntries(b.entries)
            })
          );
        }
      }
      putDocs.push(
        await seal(ring.keys.macKey, {
          id: rootId(profileId),
          profileId,
          rev: version,
          keyId: ring.keyId,
          entries: toEntries(revs)
        })
      );

      // 6. Write everything in one strict transaction (no other awaits inside it).
      const tx = db.transaction(['records', 'manifest', 'keys'], 'readwrite', {
        durability: 'strict'
      });
      const recs = tx.objectStore('records');
      await Promise.all([
        ...ranges.map((r) => {
          const low = recordKey(profileId, r.kind, r.prefix);
          return recs.delete(IDBKeyRange.bound(low, low + '\uffff'));
        }),
        ...deletes.map((d) => recs.delete(recordKey(profileId, d.kind, d.id))),
        ...records.map((r) => recs.put(r)),
        ...dropDocs.map((id) => tx.objectStore('manifest').delete(id)),
        ...putDocs.map((d) => tx.objectStore('manifest').put(d)),
        ...newKeys.map((k) => tx.objectStore('keys').put(k)),
        ...dropKeys.map((cid) => tx.objectStore('keys').delete(caseKeyId(profileId, cid))),
        tx.done
      ]);
      for (const k of newKeys) ring.caseKeys.set(k.caseId, usable.get(k.caseId)!);
      if (dropKeys.length) forgetCaseKeys(profileId, dropKeys);
      return versions;
    })
  );
}

async function write(space: Space, change: Change, now: Date): Promise<number[]> {
  try {
    return await commit(space, change, now);
  } catch (err) {
    if (err instanceof VaultError) throw err;
    throw toStorageError(err, 'writeFailed');
  }
}

/** Encrypts and saves a value; returns its new version. */
export async function putRecord<T>(
  space: Space,
  kind: string,
  id: string,
  value: T,
  now = new Date(),
  options: PutOptions = {}
): Promise<number> {
  const [version] = await write(
    space,
    { puts: [{ kind, id, value, expectedVersion: options.expectedVersion }] },
    now
  );
  return version!;
}

/** Encrypts and saves many values in one transaction: all are written, or none. */
export async function putRecords(
  space: Space,
  items: readonly PutItem[],
  now = new Date()
): Promise<number[]> {
  return write(space, { puts: items }, now);
}

interface Expected {
  /** id → version, for the ids under the prefix read */
  versions: Map<string, number>;
  /** bucket names whose manifest part failed its check */
  bad: Set<string>;
}

/** The manifest's view of a kind under a prefix; null when the root itself fails its check. */
async function expectedUnder(
  space: Space,
  ring: Ring,
  kind: string,
  idPrefix: string,
  root: ManifestDoc | undefined,
  docs: ManifestDoc[]
): Promise<Expected | null> {
  if (!root || !(await verified(ring.keys.macKey, root))) {
    await rootFailed(space, ring);
    return null;
  }
  const byName = new Map(docs.map((d) => [bucketNameFromId(space.profileId, d.id), d]));
  const head = `${kind}\u0000${groupOf(idPrefix)}`;
  const versions = new Map<string, number>();
  const bad = new Set<string>();
  for (const [name, rev] of root.entries) {
    if (!name.startsWith(head)) continue;
    const doc = byName.get(name);
    if (!doc || doc.rev !== rev || !(await verified(ring.keys.macKey, doc))) {
      bad.add(name);
      continue;
    }
    for (const [id, v] of doc.entries) if (id.startsWith(idPrefix)) versions.set(id, v);
  }
  return { versions, bad };
}

async function open<T>(
  space: Space,
  ring: Ring,
  record: EncryptedRecord,
  expected: number
): Promise<StoredItem<T>> {
  const id = record.id.slice(`${record.profileId}/${record.kind}/`.length);
  if (
    record.profileId !== space.profileId ||
    record.id !== recordKey(space.profileId, record.kind, id)
  ) {
    throw new VaultError('tampered');
  }
  const ref = typeof record.k === 'string' ? record.k : '';
  const key = ref ? await caseKey(space, ring, ref) : ring.keys.dataKey;
  if (!key) throw new VaultError('tampered');
  const value = await decryptValue<T>(
    key,
    { profileId: space.profileId, kind: record.kind, id, version: expected, keyRef: ref },
    record.iv as Uint8Array<ArrayBuffer>,
    record.data
  );
  return { id, updatedAt: record.updatedAt, value, version: expected };
}

/** Checks one record against the manifest; returns why it is damaged, or null if sound. */
function verdict(
  expected: Expected,
  kind: string,
  id: string,
  record: EncryptedRecord
): DamageReason | null {
  if (expected.bad.has(bucketName(kind, id))) return 'altered';
  const want = expected.versions.get(id);
  if (want === undefined) return 'unexpected';
  if (record.v !== want)
    return typeof record.v === 'number' && record.v > want ? 'altered' : 'rolledBack';
  return null;
}

/** Reads and decrypts one record; undefined if absent; VaultError('tampered') if altered. */
export async function getRecord<T>(
  space: Space,
  kind: string,
  id: string
): Promise<StoredItem<T> | undefined> {
  const ring = ringOf(space.key, space.profileId);
  const { profileId } = space;
  let read: [EncryptedRecord | undefined, ManifestDoc | undefined, ManifestDoc | undefined];
  try {
    read = await withDb(space, async (db) => {
      const tx = db.transaction(['records', 'manifest'], 'readonly');
      const [record, root, doc] = await Promise.all([
        tx.objectStore('records').get(recordKey(profileId, kind, id)),
        tx.objectStore('manifest').get(rootId(profileId)),
        tx.objectStore('manifest').get(bucketId(profileId, bucketName(kind, id))),
        tx.done
      ]);
      return [record, root, doc];
    });
  } catch (err) {
    throw toStorageError(err, 'unavailable');
  }
  const [record, root, doc] = read;
  const expected = await expectedUnder(space, ring, kind, id, root, doc ? [doc] : []);
  if (!expected) throw new VaultError('tampered');
  const bad = expected.bad.has(bucketName(kind, id));
  const want = expected.versions.get(id);
  if (!record) {
    if (bad || want !== undefined) throw new VaultError('tampered');
    return undefined;
  }
  if (verdict(expected, kind, id, record)) throw new VaultError('tampered');
  return open<T>(space, ring, record, want!);
}

/** Decrypts records read together; damaged and missing ones are listed apart. */
async function openAll<T>(
  space: Space,
  kind: string,
  idPrefix: string,
  records: EncryptedRecord[],
  root: ManifestDoc | undefined,
  docs: ManifestDoc[]
): Promise<{ items: StoredItem<T>[]; damaged: DamagedRecord[] }> {
  const ring = ringOf(space.key, space.profileId);
  const expected = await expectedUnder(space, ring, kind, idPrefix, root, docs);
  const items: StoredItem<T>[] = [];
  const damaged: DamagedRecord[] = [];
  const seen = new Set<string>();
  const head = `${space.profileId}/${kind}/`;
  await Promise.all(
    records.map(async (r) => {
      const id = r.id.slice(head.length);
      seen.add(id);
      const reason = expected ? verdict(expected, kind, id, r) : 'altered';
      if (reason) {
        damaged.push({ id: r.id, kind, reason });
        return;
      }
      try {
        items.push(await open<T>(space, ring, r, expected!.versions.get(id)!));
      } catch (err) {
        if (!(err instanceof VaultError)) throw err;
        damaged.push({ id: r.id, kind, reason: 'altered' });
      }
    })
  );
  for (const id of expected?.versions.keys() ?? [])
    if (!seen.has(id))
      damaged.push({ id: recordKey(space.profileId, kind, id), kind, reason: 'missing' });
  // Records arrive in key order; keep that order whatever order decryption finished in.
  items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  damaged.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { items, damaged };
}

/** Reads every record of a kind in this space; damaged and missing ones are listed apart. */
export async function listRecords<T>(
  space: Space,
  kind: string
): Promise<{ items: StoredItem<T>[]; damaged: DamagedRecord[] }> {
  return listRecordsByPrefix<T>(space, kind, '');
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
  const { profileId } = space;
  const low = recordKey(profileId, kind, idPrefix);
  let read: [EncryptedRecord[], ManifestDoc | undefined, ManifestDoc[]];
  try {
    read = await withDb(space, async (db) => {
      const tx = db.transaction(['records', 'manifest'], 'readonly');
      const [records, root, docs] = await Promise.all([
        tx.objectStore('records').getAll(IDBKeyRange.bound(low, low + '\uffff')),
        tx.objectStore('manifest').get(rootId(profileId)),
        tx.objectStore('manifest').getAll(bucketRange(profileId, kind, idPrefix)),
        tx.done
      ]);
      return [records, root, docs];
    });
  } catch (err) {
    throw toStorageError(err, 'unavailable');
  }
  return openAll<T>(space, kind, idPrefix, read[0], read[1], read[2]);
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
  await write(space, { ranges: kinds.map((kind) => ({ kind, prefix: idPrefix })) }, new Date());
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
  await write(space, { deletes: refs }, new Date());
}

/**
 * Deletes records, whole prefixes and case keys in one transaction: a deleted case's key goes
 * with its records, so its ciphertext left behind in the browser's files opens for no one.
 */
export async function shredRecords(
  space: Space,
  change: {
    deletes: readonly { kind: string; id: string }[];
    ranges: readonly { kind: string; prefix: string }[];
    caseIds: readonly string[];
  }
): Promise<void> {
  await write(
    space,
    { deletes: change.deletes, ranges: change.ranges, dropKeys: change.caseIds },
    new Date()
  );
}
