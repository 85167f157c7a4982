// Backup files: all of a profile's records in one encrypted, authenticated JSON file.
// The header (format, version, date, KDF parameters, a passphrase verifier) is in clear and
// bound to the ciphertext as additional data, so changing any of it is detected. The payload
// key and the verifier both come from PBKDF2 over the backup passphrase; a file whose KDF is
// weaker than the minimum (or so costly it could only hang), whose version is unknown, that is
// too large or nested too deep, or that is cut short is refused before anything is derived or
// written. Inside, each record is checked against the shape of its kind: a malformed one is
// reported and skipped, never restored.
import { schemaErrors } from '$lib/domain/export';
import { JSON_MAX_DEPTH, nestsDeeperThan } from '$lib/domain/json-limits';
import { shapeProblem } from './record-shapes';
import { listRecords, putRecords, type Space } from './records.repo';
import {
  checkKdf,
  fromBase64,
  KDF_ITERATIONS,
  KDF_MIN_ITERATIONS,
  toBase64,
  type KdfParams
} from './vault';

export const BACKUP_FORMAT = 'heard-backup';
export const BACKUP_VERSION = 1;
/** Far above a real profile (recordings included), far below what would exhaust a tablet. */
export const BACKUP_MAX_BYTES = 200 * 1024 * 1024;
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

/** Why a record in a backup is not restored. */
export type SkipReason = 'unknownKind' | 'noId' | 'shape';

/** A record of a backup that is left out, and what is wrong with it. */
export interface SkippedRecord {
  kind: string;
  id: string;
  reason: SkipReason;
  /** The field that is wrong ("value" for the whole value), for a `shape` problem. */
  field?: string;
}

/** A backup as opened: the records fit to restore, and those left out. */
export interface OpenedBackup extends BackupContents {
  skipped: SkippedRecord[];
}

export type BackupErrorCode =
  | 'notBackup'
  | 'truncated'
  | 'unknownVersion'
  | 'weakKdf'
  | 'badKdf'
  | 'wrongPassphrase'
  | 'tampered'
  | 'tooLarge'
  | 'tooDeep';

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
export function sealBackup(
  contents: BackupContents,
  passphrase: string,
  now = new Date()
): Promise<string> {
  return sealBackupJson(JSON.stringify(contents), passphrase, now);
}

/** Encrypts contents already written as JSON text into a backup file. */
export async function sealBackupJson(
  json: string,
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
    enc.encode(json)
  );
  const file: BackupFile = { ...header, payload: toBase64(new Uint8Array(cipher)) };
  return JSON.stringify(file, null, 1);
}

/** Refuses a file too large to be a backup, before it is read (size in bytes). */
export function checkBackupSize(size: number): void {
  if (size > BACKUP_MAX_BYTES) throw new BackupError('tooLarge');
}

/** Reads a chosen file as text, refusing one too large before reading it whole. */
export async function readBackupFile(file: Pick<Blob, 'size' | 'text'>): Promise<string> {
  checkBackupSize(file.size);
  const text = await file.text();
  readBackupHeader(text);
  return text;
}

/** Checks the shape and header of a file without the passphrase. */
export function readBackupHeader(text: string): BackupFile {
  // A UTF-16 length is never above the byte length of the same UTF-8 file.
  checkBackupSize(text.length);
  if (nestsDeeperThan(text, JSON_MAX_DEPTH)) throw new BackupError('tooDeep');
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
    // Fewer iterations than the minimum is a downgrade; anything else out of range (2e9
    // iterations would keep WebCrypto busy for hours) is a file Heard does not accept at all.
    const it = (f.kdf as Partial<KdfParams>).iterations;
    const weak = typeof it === 'number' && it < KDF_MIN_ITERATIONS;
    throw new BackupError(weak ? 'weakKdf' : 'badKdf', err);
  }
  return f as BackupFile;
}

function isContents(v: unknown): v is { displayName: string; records: unknown[] } {
  const c = v as BackupContents | null;
  return (
    !!c && typeof c === 'object' && typeof c.displayName === 'string' && Array.isArray(c.records)
  );
}

/** Ids and kinds as shown in the preview: text, and never a page long. */
const label = (v: unknown) => (typeof v === 'string' ? v.slice(0, 80) : '');

/** Whether one record of a backup can be restored, or why it is left out. */
export function checkBackupRecord(r: unknown): SkippedRecord | null {
  const rec = (r && typeof r === 'object' ? r : {}) as Partial<BackupRecord>;
  const kind = label(rec.kind);
  const id = label(rec.id);
  if (!(BACKUP_KINDS as readonly string[]).includes(kind))
    return { kind, id, reason: 'unknownKind' };
  if (!id || typeof rec.updatedAt !== 'string') return { kind, id, reason: 'noId' };
  let field = shapeProblem(kind, rec.value);
  if (field === null && kind === 'snapshot') {
    // An imported record is held to the full export schema, as it was on import.
    const errors = schemaErrors((rec.value as { record: unknown }).record);
    if (errors.length) field = 'record';
  }
  return field === null ? null : { kind, id, reason: 'shape', field };
}

/**
 * Decrypts a backup file and checks it record by record; throws a BackupError with what is wrong
 * with the file as a whole. Writes nothing. An aborted signal stops it between steps.
 */
export async function openBackup(
  text: string,
  passphrase: string,
  signal?: AbortSignal
): Promise<OpenedBackup> {
  const file = readBackupHeader(text);
  const { key, check } = await deriveKeys(passphrase, file.kdf);
  signal?.throwIfAborted();
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
  signal?.throwIfAborted();
  const json = new TextDecoder().decode(plain);
  if (nestsDeeperThan(json, JSON_MAX_DEPTH)) throw new BackupError('tooDeep');
  let contents: unknown;
  try {
    contents = JSON.parse(json);
  } catch (err) {
    throw new BackupError('tampered', err);
  }
  if (!isContents(contents)) throw new BackupError('tampered');
  const records: BackupRecord[] = [];
  const skipped: SkippedRecord[] = [];
  for (const r of contents.records) {
    const problem = checkBackupRecord(r);
    if (problem) skipped.push(problem);
    else records.push(r as BackupRecord);
  }
  return { displayName: contents.displayName, records, skipped };
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
  /** Records of the backup that are malformed: left out, and said so. */
  skipped: SkippedRecord[];
}

/**
 * Compares a backup with the open space: what would be added, replaced, is already there, or
 * is left out because it is malformed.
 */
export async function planRestore(
  space: Space,
  contents: BackupContents & { skipped?: SkippedRecord[] }
): Promise<RestorePlan> {
  const plan: RestorePlan = {
    add: [],
    replace: [],
    same: [],
    skipped: [...(contents.skipped ?? [])]
  };
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
