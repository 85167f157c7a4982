// One place that turns a thrown error into a sentence the user can read: every typed error of
// storage, the vault and backups carries the i18n key of its message; anything else is
// reported as a failed save (nothing was changed).
import { i18n } from '$lib/i18n/i18n.svelte';
import { BackupError } from '$lib/storage/backup';
import { StorageError } from '$lib/storage/errors';
import { VaultError } from '$lib/storage/vault';

// Screens tell these apart (a wrong passphrase, a damaged case, an edit conflict) without
// reaching into storage.
export { StorageError, VaultError };

/** The translated message for an error, in the current language. */
export function errorMessage(err: unknown): string {
  if (err instanceof StorageError || err instanceof VaultError || err instanceof BackupError) {
    return i18n.t(err.i18nKey);
  }
  // Other typed errors (an import refused, a record that cannot be saved) carry their key too;
  // checked by shape so this module does not pull their code into every screen.
  if (err instanceof Error && typeof (err as { i18nKey?: unknown }).i18nKey === 'string') {
    return i18n.t((err as Error & { i18nKey: string }).i18nKey as 'storage.errors.writeFailed');
  }
  return i18n.t('storage.errors.writeFailed');
}
