// Writes in order, off the pointer path. A write that fails stays at the head of the queue
// and the problem is reported; `retry` tries again, so nothing the child made is dropped.
export class SaveQueue {
  #pending: (() => Promise<void>)[] = [];
  #running = false;
  #onProblem: (err: unknown | null) => void;
  #idle: (() => void)[] = [];

  constructor(onProblem: (err: unknown | null) => void) {
    this.#onProblem = onProblem;
  }

  get size() {
    return this.#pending.length;
  }

  push(write: () => Promise<void>): void {
    this.#pending.push(write);
    void this.#run();
  }

  /**
   * Queues a write and resolves once it is saved: after a failure, only when a retry saved it.
   * What the caller acknowledges to the user is then really kept.
   */
  pushAndWait(write: () => Promise<void>): Promise<void> {
    return new Promise((resolve) => {
      this.push(async () => {
        await write();
        resolve();
      });
    });
  }

  /** Tries the failed write (and everything after it) again. */
  retry(): void {
    void this.#run();
  }

  /** Resolves once every write so far is saved (or one has failed). */
  settled(): Promise<void> {
    if (!this.#running) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  async #run() {
    if (this.#running) return;
    this.#running = true;
    try {
      while (this.#pending.length) {
        try {
          await this.#pending[0]!();
          this.#pending.shift();
          this.#onProblem(null);
        } catch (err) {
          this.#onProblem(err);
          return;
        }
      }
    } finally {
      this.#running = false;
      for (const r of this.#idle.splice(0)) r();
    }
  }
}
