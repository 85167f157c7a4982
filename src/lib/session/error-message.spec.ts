import { beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '$lib/i18n/i18n.svelte';
import { BackupError } from '$lib/storage/backup';
import { StorageError } from '$lib/storage/errors';
import { VaultError } from '$lib/storage/vault';
import { errorMessage } from './error-message';

beforeAll(async () => {
  vi.stubGlobal('navigator', { languages: ['en'] });
  await i18n.init();
});

describe('errorMessage', () => {
  it('reads the message of every typed error', () => {
    expect(errorMessage(new StorageError('quota'))).toContain('out of storage space');
    expect(errorMessage(new VaultError('wrongPassphrase'))).toContain('not right');
    expect(errorMessage(new BackupError('truncated'))).toContain('incomplete');
  });

  it('reports anything else as a failed save that changed nothing', () => {
    expect(errorMessage(new Error('boom'))).toBe(
      'Saving did not work. Nothing was changed. Please try again.'
    );
    expect(errorMessage('a string')).toContain('Nothing was changed');
  });
});
