// Moving a whole space to new keys, in one strict transaction over profiles, records, keys and
// manifest: a new space key (wrapped by the passphrase), a new key for every case, every
// readable record re-encrypted and the manifest rebuilt under the new manifest key. Used for
// a passphrase change and, once, to adopt a space saved before schema 3 (no versions, no
// manifest, no case keys). Records that fail their check are kept byte for byte with their
// manifest entry, so they are still reported afterwards, never laundered into valid ones.
import { StorageError } from './errors';
import { withSpaceLock } from './keyring';
import {
  bucketId,
  bucketName,
  bucketNameFromId,
  rootId,
  seal,
  toEntries,
  verified
} from './manifest';
import { keyRule } from './records.repo';
import type { HeardDb } from './db';
import type { EncryptedRecord, ManifestDoc, StoredCaseKey } from './schema';
import {
  createCaseKey,
  decryptValue,
  encryptValue,
  openCaseKey,
  VaultError,
  type SpaceKeys,
  type WrappedKey
} from './vault';

export interface RekeyFrom {
  keys: SpaceKeys;
  /** The stored wrapped key this was unlocked from: if it changed meanwhile, nothing is done. */
  wrapped: WrappedKey;
  /** A space of before schema 3: records without versions, no manifest, no case keys. */
  legacy: boolean;
}

export interface RekeyTo {
  keys: SpaceKeys;
  wrapped: WrappedKey;
  keyId: string;
}

interface Readable {
  record: EncryptedRecord;
  id: string;
  value: unknown;
  version: number;
  keyRef: string;
}

/** Re-keys a space; throws StorageError('conflict') if another tab changed its key first. */
export async function rekeySpace(
  db: HeardDb,
  profileId: string,
  from: RekeyFrom,
  to: RekeyTo
): Promise<void> {
  await withSpaceLock(profileId, async () => {
    const read = db.transaction(['profiles', 'records', 'keys', 'manifest'], 'readonly');
    const [profile, records, caseKeys, docs] = await Promise.all([
      read.objectStore('profiles').get(profileId),
      read.objectStore('records').index('byProfile').getAll(profileId),
      read.objectStore('keys').index('byProfile').getAll(profileId),
      read.objectStore('manifest').index('byProfile').getAll(profileId),
      read.done
    ]);
    if (!profile || profile.key.wrapped !== from.wrapped.wrapped)
      throw new StorageError('conflict');
    // A space that has a manifest is never adopted again: an old wrapped key put back from
    // the browser's files must not turn the current records into "legacy" ones.
    if (from.legacy && docs.some((d) => d.id === rootId(profileId)))
      throw new VaultError('tampered');

    // What the old manifest vouches for: bucket name → (id → version).
    const expected = new Map<string, Map<string, number>>();
    let rev = 0;
    if (!from.legacy) {
      const root = docs.find((d) => d.id === rootId(profileId));
      if (!root || !(await verified(from.keys.macKey, root))) throw new VaultError('tampered');
      rev = root.rev;
      const revs = new Map(root.entries);
      for (const d of docs) {
        if (d.id === root.id) continue;
        const name = bucketNameFromId(profileId, d.id);
        if (revs.get(name) === d.rev && (await verified(from.keys.macKey, d)))
          expected.set(name, new Map(d.entries));
      }
    }

    const oldCaseKeys = new Map<string, CryptoKey>();
    await Promise.all(
      caseKeys.map(async (k) => {
        try {
          oldCaseKeys.set(
            k.caseId,
            await openCaseKey(from.keys.dataKey, profileId, k.caseId, {
              iv: k.iv as Uint8Array<ArrayBuffer>,
              data: k.data
            })
          );
        } catch {
          // A damaged case key: its records stay as they are and are reported.
        }
      })
    );

    // Decrypt everything the old keys and manifest vouch for.
    const readable: Readable[] = [];
    await Promise.all(
      records.map(async (record) => {
        const head = `${profileId}/${record.kind}/`;
        if (record.profileId !== profileId || !record.id.startsWith(head)) return;
        const id = record.id.slice(head.length);
        const want = from.legacy ? undefined : expected.get(bucketName(record.kind, id))?.get(id);
        if (!from.legacy && (want === undefined || record.v !== want)) return;
        const keyRef = from.legacy ? '' : (record.k ?? '');
        const key = keyRef ? oldCaseKeys.get(keyRef) : from.keys.dataKey;
        if (!key) return;
        try {
          const value = await decryptValue(
            key,
            { profileId, kind: record.kind, id, version: want, keyRef },
            record.iv as Uint8Array<ArrayBuffer>,
            record.data
          );
          readable.push({ record, id, value, version: want ?? 1, keyRef });
        } catch {
          // Kept as it is: reported after the change as before it.
        }
      })
    );

    if (from.legacy) {
      // Give each record the case key it would have had if written today.
      const cases = new Set<string>();
      const sessions = new Map<string, string>();
      for (const r of readable) {
        const rule = keyRule(r.record.kind, r.id, r.value);
        if (rule && 'create' in rule) cases.add(rule.caseId);
        if (r.record.kind === 'session')
          sessions.set(r.id, rule && 'caseId' in rule ? rule.caseId : '');
      }
      for (const r of readable) {
        const rule = keyRule(r.record.kind, r.id, r.value);
        if (!rule) r.keyRef = '';
        else if ('sessionId' in rule) r.keyRef = sessions.get(rule.sessionId) ?? '';
        else if ('caseIfKnown' in rule)
          r.keyRef = cases.has(rule.caseIfKnown) ? rule.caseIfKnown : '';
        else r.keyRef = rule.caseId;
      }
    }

    // New keys for every case still in use.
    const newKeys = new Map<string, { stored: StoredCaseKey; key: CryptoKey }>();
    for (const caseId of new Set(readable.map((r) => r.keyRef).filter(Boolean))) {
      const made = await createCaseKey(to.keys.dataKey, profileId, caseId);
      newKeys.set(caseId, {
        key: made.key,
        stored: { id: `${profileId}/${caseId}`, profileId, caseId, ...made.sealed }
      });
    }
    const rewritten: EncryptedRecord[] = await Promise.all(
      readable.map(async (r) => {
        const key = r.keyRef ? newKeys.get(r.keyRef)!.key : to.keys.dataKey;
        const { iv, data } = await encryptValue(
          key,
          { profileId, kind: r.record.kind, id: r.id, version: r.version, keyRef: r.keyRef },
          r.value
        );
        return { ...r.record, iv, data, v: r.version, k: r.keyRef };
      })
    );

    // The new manifest: every re-encrypted record, and every entry the old one vouched for
    // whose record could not be read (still reported as missing, rolled back or altered).
    const buckets = new Map<string, Map<string, number>>();
    const entry = (name: string) => {
      let b = buckets.get(name);
      if (!b) buckets.set(name, (b = new Map()));
      return b;
    };
    for (const [name, entries] of expected) for (const [id, v] of entries) entry(name).set(id, v);
    for (const r of readable) entry(bucketName(r.record.kind, r.id)).set(r.id, r.version);
    const newRev = rev + 1;
    const newDocs: ManifestDoc[] = [];
    for (const [name, entries] of buckets) {
      newDocs.push(
        await seal(to.keys.macKey, {
          id: bucketId(profileId, name),
          profileId,
          rev: newRev,
          entries: toEntries(entries)
        })
      );
    }
    newDocs.push(
      await seal(to.keys.macKey, {
        id: rootId(profileId),
        profileId,
        rev: newRev,
        keyId: to.keyId,
        entries: toEntries(new Map([...buckets.keys()].map((n) => [n, newRev])))
      })
    );

    const tx = db.transaction(['profiles', 'records', 'keys', 'manifest'], 'readwrite', {
      durability: 'strict'
    });
    await Promise.all([
      tx.objectStore('profiles').put({ ...profile, key: to.wrapped, keyId: to.keyId }),
      ...rewritten.map((r) => tx.objectStore('records').put(r)),
      ...caseKeys.map((k) => tx.objectStore('keys').delete(k.id)),
      ...[...newKeys.values()].map((k) => tx.objectStore('keys').put(k.stored)),
      ...docs.map((d) => tx.objectStore('manifest').delete(d.id)),
      ...newDocs.map((d) => tx.objectStore('manifest').put(d)),
      tx.done
    ]);
  });
}
