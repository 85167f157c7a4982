// Work in progress on the current screen (an unsaved form, a running session). While anything
// is registered here, an app update waits: a new version must never interrupt a child.
import { untrack } from 'svelte';

export class BusyState {
  #reasons = $state<string[]>([]);

  get busy() {
    return this.#reasons.length > 0;
  }

  /**
   * Registers work in progress; call the returned function when it is finished.
   * Safe to call from an effect: it does not make the caller depend on the list.
   */
  begin(reason: string): () => void {
    untrack(() => (this.#reasons = [...this.#reasons, reason]));
    let done = false;
    return () => {
      if (done) return;
      done = true;
      untrack(() => {
        const i = this.#reasons.indexOf(reason);
        if (i >= 0) this.#reasons = this.#reasons.toSpliced(i, 1);
      });
    };
  }
}

export const busy = new BusyState();
