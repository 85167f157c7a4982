// The IndexedDB schema: database name, current version and the shape of each object store.
// settings: device-level preferences (never child data), keyed by setting name.
// profiles / records: the encrypted spaces of case managers; they hold only ids, timestamps,
// the profile id and AES-GCM ciphertext (the vault fills them).
import type { DBSchema } from 'idb';
import type { WrappedKey } from './vault';

export const DB_NAME = 'heard';
export const DB_VERSION = 2;

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

export interface SettingValues {
  device: DeviceSettings;
  persistence: PersistenceSetting;
  lock: LockSettings;
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
}

export interface StoredProfile {
  id: string;
  createdAt: string;
  /** The case manager's display name: the only thing the unlock screen shows. */
  displayName: string;
  /** The data key wrapped by the passphrase, with its KDF parameters. */
  key: WrappedKey;
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
}
