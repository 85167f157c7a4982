// Restoring a backup as a small state machine: choose a file (refused at once if too large,
// too deep or asking for KDF settings out of range), check it with its passphrase (cancellable),
// show the plan with what is left out, and restore. Nothing is written before `restore`.
import { i18n } from '$lib/i18n/i18n.svelte';
import {
  applyRestore,
  openBackup,
  planRestore,
  readBackupFile,
  type RestorePlan
} from '$lib/storage/backup';
import type { Space } from '$lib/storage/records.repo';
import { errorMessage } from './error-message';

export interface FlowMessage {
  ok: boolean;
  text: string;
}

export class RestoreFlow {
  #space: () => Space;
  /** The check under way; aborted (and its outcome dropped) when the user cancels. */
  #attempt: AbortController | null = null;
  #fileText = $state<string | null>(null);
  #fileName = $state('');
  #reading = $state(false);
  #restoring = $state(false);
  #plan = $state<RestorePlan | null>(null);
  #message = $state<FlowMessage | null>(null);

  constructor(space: () => Space) {
    this.#space = space;
  }

  get hasFile() {
    return this.#fileText !== null;
  }
  get fileName() {
    return this.#fileName;
  }
  get reading() {
    return this.#reading;
  }
  get restoring() {
    return this.#restoring;
  }
  get plan() {
    return this.#plan;
  }
  get message() {
    return this.#message;
  }

  /** Reads a chosen file; false (with the reason shown) when it is refused. */
  async choose(file: Pick<File, 'name' | 'size' | 'text'> | undefined): Promise<boolean> {
    this.#plan = null;
    this.#message = null;
    this.#fileText = null;
    if (!file) return true;
    this.#fileName = file.name;
    try {
      this.#fileText = await readBackupFile(file);
      return true;
    } catch (err) {
      this.#message = { ok: false, text: errorMessage(err) };
      return false;
    }
  }

  /** Opens the file with its passphrase and plans the restore; writes nothing. */
  async check(passphrase: string): Promise<void> {
    const text = this.#fileText;
    if (text === null) return;
    const attempt = new AbortController();
    this.#attempt = attempt;
    this.#reading = true;
    this.#message = null;
    try {
      const contents = await openBackup(text, passphrase, attempt.signal);
      const plan = await planRestore(this.#space(), contents);
      if (!attempt.signal.aborted) this.#plan = plan;
    } catch (err) {
      if (!attempt.signal.aborted) this.#message = { ok: false, text: errorMessage(err) };
    } finally {
      if (this.#attempt === attempt) {
        this.#attempt = null;
        this.#reading = false;
      }
    }
  }

  /**
   * Abandons the check under way. Key derivation itself cannot be interrupted, but its result
   * is dropped: the form is free again at once, and nothing of that attempt is ever written.
   */
  cancel(): void {
    if (!this.#attempt) return;
    this.#attempt.abort();
    this.#attempt = null;
    this.#reading = false;
    this.#message = { ok: true, text: i18n.t('caseworker:backup.cancelled') };
  }

  /** Closes the plan without restoring. */
  dismiss(): void {
    this.#plan = null;
  }

  /** Writes the plan (replacements only if asked); true when it was written. */
  async restore(replace: boolean): Promise<boolean> {
    const plan = this.#plan;
    if (!plan) return false;
    this.#restoring = true;
    try {
      const n = await applyRestore(this.#space(), plan, { replace });
      this.#message = { ok: true, text: i18n.t('caseworker:backup.restored', { count: n }) };
      this.#plan = null;
      this.#fileText = null;
      return true;
    } catch (err) {
      this.#message = { ok: false, text: errorMessage(err) };
      return false;
    } finally {
      this.#restoring = false;
    }
  }
}
