// Typed storage errors. Each carries the i18n key of the message the user reads.
// `conflict`: a write named the version it started from and the stored one is newer (another
// tab wrote first), or the space's key was changed in another tab; nothing was written.
export type StorageErrorCode =
  'unavailable' | 'blocked' | 'quota' | 'versionTooNew' | 'writeFailed' | 'conflict';

export class StorageError extends Error {
  readonly code: StorageErrorCode;
  /** Key in the common namespace, e.g. common:storage.errors.unavailable */
  readonly i18nKey: `storage.errors.${StorageErrorCode}`;

  constructor(code: StorageErrorCode, cause?: unknown) {
    super(`storage: ${code}`, { cause });
    this.name = 'StorageError';
    this.code = code;
    this.i18nKey = `storage.errors.${code}`;
  }
}

/** Turns whatever IndexedDB threw into a StorageError the UI can explain. */
export function toStorageError(err: unknown, fallback: StorageErrorCode): StorageError {
  if (err instanceof StorageError) return err;
  const name = err instanceof DOMException || err instanceof Error ? err.name : '';
  if (name === 'QuotaExceededError') return new StorageError('quota', err);
  if (name === 'VersionError') return new StorageError('versionTooNew', err);
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError')
    return new StorageError('unavailable', err);
  return new StorageError(fallback, err);
}
