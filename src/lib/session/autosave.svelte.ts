// Keeps a form's unsaved state as an encrypted draft while the user types (debounced), and
// offers it back when the form opens again. Locking, reloading or a crash loses no typing.
import { onDestroy, onMount } from 'svelte';
import { clearDraft, loadDraft, saveDraft } from '$lib/storage/drafts.repo';
import type { Space } from '$lib/storage/records.repo';

export const AUTOSAVE_DELAY_MS = 400;

// Not reactive on purpose: nothing renders from this list.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const live = new Set<Autosave<unknown>>();

/** Saves every scheduled draft now (before locking, or when the page is hidden). */
export async function flushAllDrafts(): Promise<void> {
  await Promise.all([...live].map((a) => a.flush()));
}

if (typeof addEventListener === 'function') {
  addEventListener('pagehide', () => void flushAllDrafts());
  addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void flushAllDrafts();
  });
}

export class Autosave<T> {
  #space: () => Space;
  #key: string;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #pending: T | null = null;
  /** When a draft was restored: when it had been saved. */
  restoredAt = $state<string | null>(null);
  failed = $state(false);

  constructor(space: () => Space, key: string) {
    this.#space = space;
    this.#key = key;
    live.add(this as Autosave<unknown>);
  }

  /**
   * Wires a form to its draft; call while the form component initialises. On mount a stored
   * draft that differs from the form's starting value is applied; afterwards every change of
   * a dirty form is scheduled; on destroy a pending draft is saved.
   */
  attach(form: {
    value: () => T;
    start: () => T;
    dirty: () => boolean;
    saving: () => boolean;
    apply: (value: T) => void;
  }) {
    let ready = $state(false);
    onMount(async () => {
      const restored = await this.restore();
      if (restored && JSON.stringify(restored) !== JSON.stringify(form.start()))
        form.apply(restored);
      else if (restored) await this.clear();
      ready = true;
    });
    onDestroy(() => void this.dispose());
    $effect(() => {
      const value = form.value();
      if (ready && !form.saving() && form.dirty()) this.schedule(value);
    });
  }

  /** Stops tracking this form (it was closed); a pending draft is saved first. */
  async dispose(): Promise<void> {
    await this.flush();
    live.delete(this as Autosave<unknown>);
  }

  /** The stored draft, if any. */
  async restore(): Promise<T | undefined> {
    const draft = await loadDraft<T>(this.#space(), this.#key).catch(() => undefined);
    if (draft) this.restoredAt = draft.savedAt;
    return draft?.value;
  }

  /** Schedules a save of the current state. */
  schedule(value: T) {
    this.#pending = value;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), AUTOSAVE_DELAY_MS);
  }

  /** Saves a scheduled state now. */
  async flush(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const value = this.#pending;
    this.#pending = null;
    if (value === null) return;
    try {
      await saveDraft(this.#space(), this.#key, value);
      this.failed = false;
    } catch {
      // The form still holds the typing; the form's own save reports storage problems.
      this.failed = true;
    }
  }

  /** Drops the draft (after a save, or when the user discards the changes). */
  async clear(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#pending = null;
    this.restoredAt = null;
    await clearDraft(this.#space(), this.#key).catch(() => undefined);
  }
}
