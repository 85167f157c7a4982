// The IndexedDB schema: database name, current version and the shape of each object store.
// settings: device-level preferences (never child data), keyed by setting name.
// profiles / records: the encrypted spaces of case managers; they hold only ids, timestamps,
// the profile id, each record's version and key reference, and AES-GCM ciphertext (the vault
// fills them). keys: one random key per case, sealed by the space key. manifest: per space,
// buckets of record id → version and a root of bucket revisions, each HMAC'd (records.repo).
import type { DBSchema } from 'idb';
import type { WrappedKey } from './vault';

export const DB_NAME = 'heard';
export const DB_VERSION = 3;

export interface DeviceSettings {
  /** A label for this tablet, e.g. "Tablet 2, counselling room". Not about any child. */
  name: string;
}

export interface PersistenceSetting {
  requestedAt: string;
  granted: boolean;
}

export interface LockSettings {
  /** Minutes without a touch or key press before the workspace locks itself (1–30). */
  idleMinutes: number;
}

/** Wrong passphrases of one profile: how many, and when the last one was typed. */
export interface UnlockAttempts {
  failures: number;
  lastFailureAt: number;
}

export interface SettingValues {
  device: DeviceSettings;
  persistence: PersistenceSetting;
  lock: LockSettings;
  /**
   * The child- or guardian-mode marker (ids and language codes only, never child data), kept
   * durably beside its quick copy in localStorage, which the browser writes seconds late.
   */
  handover: { marker: string | null };
  /** Wrong passphrases per profile id, kept durably for the same reason. */
  unlockFailures: Record<string, UnlockAttempts>;
}

export type SettingKey = keyof SettingValues;

/** A stored ciphertext envelope: only what is needed to find it is in clear. */
export interface EncryptedRecord {
  id: string;
  profileId: string;
  kind: string;
  updatedAt: string;
  iv: Uint8Array;
  data: ArrayBuffer;
  /** The record's version, also bound into the ciphertext; absent before schema 3. */
  v?: number;
  /** The case whose key encrypts it, or '' for the space key; absent before schema 3. */
  k?: string;
}

/** A case key: its raw bytes encrypted by the space key (AES-GCM). */
export interface StoredCaseKey {
  /** `${profileId}/${caseId}` */
  id: string;
  profileId: string;
  caseId: string;
  iv: Uint8Array;
  data: ArrayBuffer;
}

/**
 * One piece of a space's manifest. A bucket (`${profileId}\u0000${kind}\u0000${group}`) lists
 * record id → version; the root (`${profileId}\u0000`) lists bucket name → revision and the
 * space key's id. Each is HMAC'd with the manifest key over all of its other fields.
 */
export interface ManifestDoc {
  id: string;
  profileId: string;
  rev: number;
  /** Sorted by the first element. */
  entries: [string, number][];
  keyId?: string;
  mac: ArrayBuffer;
}

export interface StoredProfile {
  id: string;
  createdAt: string;
  /** The case manager's display name: the only thing the unlock screen shows. */
  displayName: string;
  /** The space key wrapped by the passphrase, with its KDF parameters. */
  key: WrappedKey;
  /** A random id of the current space key (changes with the passphrase); absent before 3. */
  keyId?: string;
}

export interface HeardSchema extends DBSchema {
  settings: {
    key: SettingKey;
    value: SettingValues[SettingKey];
  };
  profiles: {
    key: string;
    value: StoredProfile;
  };
  records: {
    key: string;
    value: EncryptedRecord;
    indexes: { byProfile: string; byProfileKind: [string, string] };
  };
  keys: {
    key: string;
    value: StoredCaseKey;
    indexes: { byProfile: string };
  };
  manifest: {
    key: string;
    value: ManifestDoc;
    indexes: { byProfile: string };
  };
}
