// Backup files: all of a profile's records in one encrypted, authenticated JSON file.
// The header (format, version, date, KDF parameters, a passphrase verifier) is in clear and
// bound to the ciphertext as additional data, so changing any of it is detected. The payload
// key and the verifier both come from PBKDF2 over the backup passphrase; a file whose KDF is
// weaker than the minimum, whose version is unknown, or that is cut short is refused before
// anything is written.
import { listRecords, putRecords, type Space } from './records.repo';
import { checkKdf, fromBase64, KDF_ITERATIONS, toBase64, type KdfParams } from './vault';

export const BACKUP_FORMAT = 'heard-backup';
export const BACKUP_VERSION = 1;
/** Kinds of record a backup carries (every kind a profile stores). */
export const BACKUP_KINDS = [
  'case',
  'session',
  'result',
  'observation',
  'drawop',
  'voice',
  'consent',
  'reading',
  'assessment',
  'audit',
  'feedback',
  'snapshot'
] as const;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  kdf: KdfParams;
  /** base64 SHA-256 of the derived verifier bits: tells a wrong passphrase from tampering. */
  check: string;
  iv: string;
}

export interface BackupFile extends BackupHeader {
  payload: string;
}

export interface BackupRecord {
  kind: string;
  id: string;
  updatedAt: string;
  value: unknown;
}

export interface BackupContents {
  displayName: string;
  records: BackupRecord[];
}

export type BackupErrorCode =
  'notBackup' | 'truncated' | 'unknownVersion' | 'weakKdf' | 'wrongPassphrase' | 'tampered';

export class BackupError extends Error {
  readonly code: BackupErrorCode;
  readonly i18nKey: `backup.errors.${BackupErrorCode}`;
  constructor(code: BackupErrorCode, cause?: unknown) {
    super(`backup: ${code}`, { cause });
    this.name = 'BackupError';
    this.code = code;
    this.i18nKey = `backup.errors.${code}`;
  }
}

const enc = new TextEncoder();

async function deriveKeys(passphrase: string, kdf: KdfParams) {
  const material = await crypto.subtle.importKey(
    'raw',
    enc.encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits']
  );
  const bits = new Uint8Array(
    await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: kdf.hash, iterations: kdf.iterations, salt: fromBase64(kdf.salt) },
      material,
      512
    )
  );
  const key = await crypto.subtle.importKey('raw', bits.slice(0, 32), 'AES-GCM', false, [
    'encrypt',
    'decrypt'
  ]);
  const check = toBase64(new Uint8Array(await crypto.subtle.digest('SHA-256', bits.slice(32))));
  bits.fill(0);
  return { key, check };
}

function headerBytes(h: BackupHeader): Uint8Array<ArrayBuffer> {
  // A fixed field order, so the same header always gives the same bytes.
  return enc.encode(
    JSON.stringify([
      h.format,
      h.version,
      h.createdAt,
      h.kdf.name,
      h.kdf.hash,
      h.kdf.iterations,
      h.kdf.salt,
      h.check,
      h.iv
    ])
  );
}

/** Encrypts contents into a backup file (as JSON text). */
export async function sealBackup(
  contents: BackupContents,
  passphrase: string,
  now = new Date()
): Promise<string> {
  const kdf: KdfParams = {
    name: 'PBKDF2',
    hash: 'SHA-256',
    iterations: KDF_ITERATIONS,
    salt: toBase64(crypto.getRandomValues(new Uint8Array(16)))
  };
  const { key, check } = await deriveKeys(passphrase, kdf);
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: now.toISOString(),
    kdf,
    check,
    iv: toBase64(crypto.getRandomValues(new Uint8Array(12)))
  };
  const cipher = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: fromBase64(header.iv), additionalData: headerBytes(header) },
    key,
    enc.encode(JSON.stringify(contents))
  );
  const file: BackupFile = { ...header, payload: toBase64(new Uint8Array(cipher)) };
  return JSON.stringify(file, null, 1);
}

/** Checks the shape and header of a file without the passphrase. */
export function readBackupHeader(text: string): BackupFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    // A file that starts like a backup but does not parse was cut short.
    throw new BackupError(text.trimStart().startsWith('{') ? 'truncated' : 'notBackup', err);
  }
  const f = parsed as Partial<BackupFile> | null;
  if (!f || typeof f !== 'object' || f.format !== BACKUP_FORMAT) throw new BackupError('notBackup');
  if (f.version !== BACKUP_VERSION) throw new BackupError('unknownVersion');
  if (
    typeof f.createdAt !== 'string' ||
    typeof f.check !== 'string' ||
    typeof f.iv !== 'string' ||
    typeof f.payload !== 'string' ||
    !f.kdf ||
    typeof f.kdf !== 'object'
  ) {
    throw new BackupError('truncated');
  }
  try {
    checkKdf(f.kdf);
  } catch (err) {
    throw new BackupError('weakKdf', err);
  }
  return f as BackupFile;
}

function isContents(v: unknown): v is BackupContents {
  const c = v as BackupContents;
  return (
    !!c &&
    typeof c.displayName === 'string' &&
    Array.isArray(c.records) &&
    c.records.every(
      (r) =>
        r &&
        (BACKUP_KINDS as readonly string[]).includes(r.kind) &&
        typeof r.id === 'string' &&
        r.id.length > 0 &&
        typeof r.updatedAt === 'string'
    )
  );
}

/** Decrypts a backup file; throws a BackupError with what is wrong. Writes nothing. */
export async function openBackup(text: string, passphrase: string): Promise<BackupContents> {
  const file = readBackupHeader(text);
  const { key, check } = await deriveKeys(passphrase, file.kdf);
  if (check !== file.check) throw new BackupError('wrongPassphrase');
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(file.iv), additionalData: headerBytes(file) },
      key,
      fromBase64(file.payload)
    );
  } catch (err) {
    throw new BackupError('tampered', err);
  }
  let contents: unknown;
  try {
    contents = JSON.parse(new TextDecoder().decode(plain));
  } catch (err) {
    throw new BackupError('tampered', err);
  }
  if (!isContents(contents)) throw new BackupError('tampered');
  return contents;
}

/** Everything in the open space, ready to seal. */
export async function collectBackup(space: Space, displayName: string): Promise<BackupContents> {
  const records: BackupRecord[] = [];
  for (const kind of BACKUP_KINDS) {
    const { items } = await listRecords(space, kind);
    for (const i of items) records.push({ kind, id: i.id, updatedAt: i.updatedAt, value: i.value });
  }
  return { displayName, records };
}

export interface RestorePlan {
  add: BackupRecord[];
  replace: BackupRecord[];
  same: BackupRecord[];
}

/** Compares a backup with the open space: what would be added, replaced, or is already there. */
export async function planRestore(space: Space, contents: BackupContents): Promise<RestorePlan> {
  const plan: RestorePlan = { add: [], replace: [], same: [] };
  const existing = new Map<string, string>();
  for (const kind of BACKUP_KINDS) {
    const { items } = await listRecords(space, kind);
    for (const i of items) existing.set(`${kind}/${i.id}`, JSON.stringify(i.value));
  }
  for (const r of contents.records) {
    const now = existing.get(`${r.kind}/${r.id}`);
    if (now === undefined) plan.add.push(r);
    else if (now === JSON.stringify(r.value)) plan.same.push(r);
    else plan.replace.push(r);
  }
  return plan;
}

/** Writes a restore plan into the open space in one transaction (replacements only if asked). */
export async function applyRestore(
  space: Space,
  plan: RestorePlan,
  options: { replace: boolean }
): Promise<number> {
  const writes = [...plan.add, ...(options.replace ? plan.replace : [])];
  await putRecords(space, writes);
  return writes.length;
}
