// The vault: keys and encryption for a case manager's space. Nothing else touches CryptoKeys.
// A random 256-bit space key is stored only wrapped (AES-GCM) by a key derived from the
// passphrase with PBKDF2-SHA-256; the KDF parameters travel with the wrapped key, and
// parameters weaker than the minimum are refused. The space key wraps one random key per case
// and encrypts the records that belong to no case; a case key encrypts that case's records
// (AES-GCM, fresh 96-bit IV; profile, kind, id, the record's version and the key it is under
// bound as additional data). An HMAC key derived from the space key with HKDF authenticates
// the space's manifest (records.repo). Wrapped keys of version 1 (before case keys and the
// manifest) are still opened, once, to adopt their space. In memory every key is a
// non-extractable CryptoKey, dropped on lock.

export const KDF_MIN_ITERATIONS = 600_000;
export const KDF_ITERATIONS = 600_000;
/** Above this a file could keep WebCrypto busy for minutes (2e9 is hours): refused unread. */
export const KDF_MAX_ITERATIONS = 10_000_000;
export const PASSPHRASE_MIN_LENGTH = 10;

export interface KdfParams {
  name: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  /** base64 */
  salt: string;
}

/** The data key, encrypted by the passphrase-derived key. Safe to store in clear. */
export interface WrappedKey {
  /** 1: a space from before the manifest (adopted on first unlock); 2: current. */
  version: 1 | 2;
  kdf: KdfParams;
  /** base64 */
  iv: string;
  /** base64 AES-GCM ciphertext of the 32 raw key bytes */
  wrapped: string;
}

export type VaultErrorCode = 'wrongPassphrase' | 'weakKdf' | 'tampered' | 'unsupported';

export class VaultError extends Error {
  readonly code: VaultErrorCode;
  readonly i18nKey: `vault.errors.${VaultErrorCode}`;
  constructor(code: VaultErrorCode, cause?: unknown) {
    super(`vault: ${code}`, { cause });
    this.name = 'VaultError';
    this.code = code;
    this.i18nKey = `vault.errors.${code}`;
  }
}

const enc = new TextEncoder();
const dec = new TextDecoder();

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function subtle(): SubtleCrypto {
  if (!globalThis.crypto?.subtle) throw new VaultError('unsupported');
  return globalThis.crypto.subtle;
}

/** Refuses KDF parameters weaker than the minimum, or so costly or odd they could only hang. */
export function checkKdf(kdf: KdfParams): void {
  if (
    kdf.name !== 'PBKDF2' ||
    kdf.hash !== 'SHA-256' ||
    !Number.isInteger(kdf.iterations) ||
    kdf.iterations < KDF_MIN_ITERATIONS ||
    kdf.iterations > KDF_MAX_ITERATIONS ||
    !saltInRange(kdf.salt)
  ) {
    throw new VaultError('weakKdf');
  }
}

function saltInRange(salt: unknown): boolean {
  if (typeof salt !== 'string' || salt.length > 128) return false;
  try {
    const n = fromBase64(salt).length;
    return n >= 16 && n <= 64;
  } catch {
    return false;
  }
}

async function deriveKek(passphrase: string, kdf: KdfParams): Promise<CryptoKey> {
  checkKdf(kdf);
  const material = await subtle().importKey(
    'raw',
    enc.encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey']
  );
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: kdf.hash, iterations: kdf.iterations, salt: fromBase64(kdf.salt) },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt']
  );
}

function importDataKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return subtle().importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

const wrapAad = (version: 1 | 2) => enc.encode(`heard-data-key-v${version}`);

async function wrapRaw(
  raw: Uint8Array<ArrayBuffer>,
  passphrase: string,
  iterations: number,
  version: 1 | 2 = 2
): Promise<WrappedKey> {
  const kdf: KdfParams = {
    name: 'PBKDF2',
    hash: 'SHA-256',
    iterations,
    salt: toBase64(crypto.getRandomValues(new Uint8Array(16)))
  };
  const kek = await deriveKek(passphrase, kdf);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const wrapped = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: wrapAad(version) },
    kek,
    raw
  );
  return { version, kdf, iv: toBase64(iv), wrapped: toBase64(new Uint8Array(wrapped)) };
}

async function unwrapRaw(
  wrapped: WrappedKey,
  passphrase: string
): Promise<Uint8Array<ArrayBuffer>> {
  const kek = await deriveKek(passphrase, wrapped.kdf);
  try {
    const raw = await subtle().decrypt(
      {
        name: 'AES-GCM',
        iv: fromBase64(wrapped.iv),
        additionalData: wrapAad(wrapped.version === 1 ? 1 : 2)
      },
      kek,
      fromBase64(wrapped.wrapped)
    );
    return new Uint8Array(raw);
  } catch (err) {
    throw new VaultError('wrongPassphrase', err);
  }
}

/** Creates a new random data key for a new profile; returns it wrapped and ready to use. */
export async function createDataKey(
  passphrase: string,
  iterations = KDF_ITERATIONS
): Promise<{ wrapped: WrappedKey; key: CryptoKey }> {
  const raw = crypto.getRandomValues(new Uint8Array(32));
  try {
    const wrapped = await wrapRaw(raw, passphrase, iterations);
    return { wrapped, key: await importDataKey(raw) };
  } finally {
    raw.fill(0);
  }
}

/** Unlocks: derives the key from the passphrase and unwraps the data key (non-extractable). */
export async function unlockDataKey(wrapped: WrappedKey, passphrase: string): Promise<CryptoKey> {
  const raw = await unwrapRaw(wrapped, passphrase);
  try {
    return await importDataKey(raw);
  } finally {
    raw.fill(0);
  }
}

/**
 * Re-wraps the same data key under a new passphrase, keeping its wrapping version. Not used
 * for a passphrase change any more (that makes a new space key: see profiles.repo).
 */
export async function rewrapDataKey(
  wrapped: WrappedKey,
  oldPassphrase: string,
  newPassphrase: string,
  iterations = KDF_ITERATIONS
): Promise<WrappedKey> {
  const raw = await unwrapRaw(wrapped, oldPassphrase);
  try {
    return await wrapRaw(raw, newPassphrase, iterations, wrapped.version);
  } finally {
    raw.fill(0);
  }
}

/** A space's keys in memory: the space key (AES-GCM) and the manifest key (HMAC-SHA-256). */
export interface SpaceKeys {
  dataKey: CryptoKey;
  macKey: CryptoKey;
}

async function spaceKeysFromRaw(raw: Uint8Array<ArrayBuffer>): Promise<SpaceKeys> {
  const material = await subtle().importKey('raw', raw, 'HKDF', false, ['deriveKey']);
  const macKey = await subtle().deriveKey(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: new Uint8Array(32),
      info: enc.encode('heard-manifest-mac-v1')
    },
    material,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign', 'verify']
  );
  return { dataKey: await importDataKey(raw), macKey };
}

/** A new random space key wrapped (version 2) under a passphrase, with its in-memory keys. */
export async function createSpaceKey(
  passphrase: string,
  iterations = KDF_ITERATIONS
): Promise<{ wrapped: WrappedKey; keys: SpaceKeys }> {
  const raw = crypto.getRandomValues(new Uint8Array(32));
  try {
    const wrapped = await wrapRaw(raw, passphrase, iterations, 2);
    return { wrapped, keys: await spaceKeysFromRaw(raw) };
  } finally {
    raw.fill(0);
  }
}

/** Unwraps a space key and derives its manifest key; throws VaultError('wrongPassphrase'). */
export async function unlockSpaceKey(wrapped: WrappedKey, passphrase: string): Promise<SpaceKeys> {
  const raw = await unwrapRaw(wrapped, passphrase);
  try {
    return await spaceKeysFromRaw(raw);
  } finally {
    raw.fill(0);
  }
}

/** A case key as stored: its raw bytes encrypted by the space key, bound to profile and case. */
export interface SealedCaseKey {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

const caseKeyAad = (profileId: string, caseId: string) =>
  enc.encode(`heard-case-key-v1\u0000${profileId}\u0000${caseId}`);

/** A new random case key, sealed by the space key. */
export async function createCaseKey(
  spaceKey: CryptoKey,
  profileId: string,
  caseId: string
): Promise<{ sealed: SealedCaseKey; key: CryptoKey }> {
  const raw = crypto.getRandomValues(new Uint8Array(32));
  try {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const data = await subtle().encrypt(
      { name: 'AES-GCM', iv, additionalData: caseKeyAad(profileId, caseId) },
      spaceKey,
      raw
    );
    return { sealed: { iv, data }, key: await importDataKey(raw) };
  } finally {
    raw.fill(0);
  }
}

/** Opens a sealed case key; a wrong space key or a changed byte is `tampered`. */
export async function openCaseKey(
  spaceKey: CryptoKey,
  profileId: string,
  caseId: string,
  sealed: SealedCaseKey
): Promise<CryptoKey> {
  let raw: Uint8Array<ArrayBuffer>;
  try {
    raw = new Uint8Array(
      await subtle().decrypt(
        { name: 'AES-GCM', iv: sealed.iv, additionalData: caseKeyAad(profileId, caseId) },
        spaceKey,
        sealed.data
      )
    );
  } catch (err) {
    throw new VaultError('tampered', err);
  }
  try {
    return await importDataKey(raw);
  } finally {
    raw.fill(0);
  }
}

/** HMAC-SHA-256 of a text under the manifest key. */
export async function macText(macKey: CryptoKey, text: string): Promise<ArrayBuffer> {
  return subtle().sign('HMAC', macKey, enc.encode(text));
}

/** Checks an HMAC in constant time (WebCrypto's verify). */
export async function verifyMacText(
  macKey: CryptoKey,
  text: string,
  mac: ArrayBuffer | undefined
): Promise<boolean> {
  if (!(mac instanceof ArrayBuffer)) return false;
  return subtle().verify('HMAC', macKey, mac, enc.encode(text));
}

/**
 * What binds a ciphertext to its place: moving it to another id, kind or profile fails, and
 * so does an older version of it (`version`) or one under another key (`keyRef`, the case id
 * or '' for the space key). Without a version the address is the one of before the manifest.
 */
export interface RecordAddress {
  profileId: string;
  kind: string;
  id: string;
  version?: number;
  keyRef?: string;
}

function aad(address: RecordAddress): Uint8Array<ArrayBuffer> {
  const base = `${address.profileId}\u0000${address.kind}\u0000${address.id}`;
  if (address.version === undefined) return enc.encode(`heard-record-v1\u0000${base}`);
  return enc.encode(
    `heard-record-v2\u0000${base}\u0000${address.version}\u0000${address.keyRef ?? ''}`
  );
}

/** Encrypts a JSON-serialisable value with a fresh IV. */
export async function encryptValue(
  key: CryptoKey,
  address: RecordAddress,
  value: unknown
): Promise<{ iv: Uint8Array<ArrayBuffer>; data: ArrayBuffer }> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: aad(address) },
    key,
    enc.encode(JSON.stringify(value))
  );
  return { iv, data };
}

/** Decrypts a value; a changed byte or a ciphertext moved elsewhere is a `tampered` error. */
export async function decryptValue<T>(
  key: CryptoKey,
  address: RecordAddress,
  iv: Uint8Array<ArrayBuffer>,
  data: ArrayBuffer
): Promise<T> {
  let plain: ArrayBuffer;
  try {
    plain = await subtle().decrypt(
      { name: 'AES-GCM', iv, additionalData: aad(address) },
      key,
      data
    );
  } catch (err) {
    throw new VaultError('tampered', err);
  }
  return JSON.parse(dec.decode(plain)) as T;
}

export type PassphraseStrength = 0 | 1 | 2 | 3 | 4;

/**
 * A rough strength estimate for the meter (0 very weak … 4 strong). It rewards length and
 * variety and punishes repeats and sequences; the hard rule is only the minimum length.
 */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  const p = passphrase.normalize('NFC');
  if (p.length < PASSPHRASE_MIN_LENGTH) return 0;
  const unique = new Set(p.toLowerCase()).size;
  let classes = 0;
  if (/\p{Ll}/u.test(p)) classes++;
  if (/\p{Lu}/u.test(p)) classes++;
  if (/\p{N}/u.test(p)) classes++;
  if (/[^\p{L}\p{N}]/u.test(p)) classes++;
  if (/\p{L}/u.test(p) && !/[a-z]/i.test(p)) classes++; // non-Latin letters widen the alphabet
  let score = 0;
  if (p.length >= 12) score++;
  if (p.length >= 16) score++;
  if (p.length >= 22) score++;
  if (classes >= 3) score++;
  if (unique < p.length / 3 || /(0123|1234|2345|abcd|qwer|asdf|password|motdepasse)/i.test(p))
    score = Math.min(score, 1);
  return Math.max(1, Math.min(4, score)) as PassphraseStrength;
}
