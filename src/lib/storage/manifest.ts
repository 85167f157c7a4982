// The keyed manifest of a space, in the `manifest` store: which records exist and at which
// version. Buckets group a kind's records by their id up to the last "/" (a drawing's strokes,
// a session's results, a case's consents; top-level kinds such as "case" share one bucket), so
// a write re-MACs one small bucket and the root (bucket name → revision), never the whole list.
import type { ManifestDoc } from './schema';
import { macText, verifyMacText } from './vault';

/** The group of a record id: everything before its last "/", or '' without one. */
export function groupOf(id: string): string {
  const i = id.lastIndexOf('/');
  return i < 0 ? '' : id.slice(0, i);
}

export const bucketName = (kind: string, id: string) => `${kind}\u0000${groupOf(id)}`;
export const rootId = (profileId: string) => `${profileId}\u0000`;
export const bucketId = (profileId: string, name: string) => `${profileId}\u0000${name}`;

/**
 * The manifest ids that can hold records of `kind` whose id starts with `idPrefix`: the group
 * of such an id always starts with the prefix cut at its last "/".
 */
export function bucketRange(profileId: string, kind: string, idPrefix: string): IDBKeyRange {
  const low = bucketId(profileId, `${kind}\u0000${groupOf(idPrefix)}`);
  return IDBKeyRange.bound(low, low + '\uffff');
}

export function bucketNameFromId(profileId: string, docId: string): string {
  return docId.slice(rootId(profileId).length);
}

type Unsealed = Omit<ManifestDoc, 'mac'>;

function macInput(doc: Unsealed): string {
  return JSON.stringify([
    'heard-manifest-v1',
    doc.id,
    doc.profileId,
    doc.rev,
    doc.keyId ?? null,
    doc.entries
  ]);
}

export async function seal(macKey: CryptoKey, doc: Unsealed): Promise<ManifestDoc> {
  return { ...doc, mac: await macText(macKey, macInput(doc)) };
}

export async function verified(macKey: CryptoKey, doc: ManifestDoc | undefined): Promise<boolean> {
  if (!doc || !Array.isArray(doc.entries)) return false;
  return verifyMacText(macKey, macInput(doc), doc.mac);
}

/** Entries as a sorted array (the stored, MAC'd form). */
export function toEntries(map: ReadonlyMap<string, number>): [string, number][] {
  return [...map].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
