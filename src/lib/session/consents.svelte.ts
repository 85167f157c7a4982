// The assent and consent records of one case, as state: read once, added to (never edited),
// and the effects of a "no" applied: when the child does not let us keep their voice or their
// drawings any more, those are deleted from every session of the case (after the screen that
// asked has confirmed it with whoever is holding the tablet).
import {
  ConsentError,
  consentProblems,
  isGranted,
  mayKeep,
  sharedWithGuardian,
  withdrawal,
  type ShareCategory,
  type ConsentInput,
  type ConsentRecord,
  type KeepItem,
  type Method
} from '$lib/domain/consent';
import { listConsents, saveConsents } from '$lib/storage/consents.repo';
import { countMedia, deleteMedia } from '$lib/storage/media.repo';
import type { Space } from '$lib/storage/records.repo';
import { listSessions } from '$lib/storage/sessions.repo';

const MEDIA: Record<KeepItem, 'voices' | 'drawings'> = {
  'keep-voice': 'voices',
  'keep-drawings': 'drawings'
};

export class ConsentKeeper {
  readonly caseId: string;
  #space: Space;
  #records = $state<ConsentRecord[]>([]);
  #damaged = $state(0);
  #now: () => Date;

  constructor(
    space: Space,
    caseId: string,
    records: ConsentRecord[],
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a clock, not state
    now: () => Date = () => new Date(),
    damaged = 0
  ) {
    this.#space = space;
    this.caseId = caseId;
    this.#records = records;
    this.#now = now;
    this.#damaged = damaged;
    this.#last = records.reduce((m, r) => (r.at > m ? r.at : m), '');
  }

  static async load(space: Space, caseId: string): Promise<ConsentKeeper> {
    const { consents, damaged } = await listConsents(space, caseId);
    return new ConsentKeeper(space, caseId, consents, undefined, damaged);
  }

  get records(): readonly ConsentRecord[] {
    return this.#records;
  }

  /**
   * How many of this case's assent and consent records were changed, removed or added outside
   * Heard. While any is, no decision can be trusted (a deleted withdrawal would otherwise read
   * as a grant), so nothing counts as given until they are restored from a backup.
   */
  get damaged(): number {
    return this.#damaged;
  }

  granted(subject: ConsentRecord['subject'], scope: ConsentRecord['scope'], recipient?: string) {
    return this.#damaged === 0 && isGranted(this.#records, subject, scope, recipient);
  }

  mayKeep(item: KeepItem): boolean {
    return this.#damaged === 0 && mayKeep(this.#records, item);
  }

  /** Whether the child agreed to show the guardian this kind of view (never while damaged). */
  sharedWithGuardian(category: ShareCategory): boolean {
    return this.#damaged === 0 && sharedWithGuardian(this.#records, category);
  }

  /**
   * Validates and saves decisions given together, in one transaction: all are kept or none
   * (a failed save can be tried again without leaving half the answers behind). Throws
   * ConsentError when one is wrong, a storage error when the tablet cannot save.
   */
  async add(inputs: readonly ConsentInput[]): Promise<ConsentRecord[]> {
    const saved: ConsentRecord[] = [];
    let all = [...this.#records];
    const last = this.#last;
    for (const input of inputs) {
      const problems = consentProblems(input, all);
      if (problems.length) {
        this.#last = last;
        throw new ConsentError(problems);
      }
      const r: ConsentRecord = { ...input, id: crypto.randomUUID(), at: this.#stamp() };
      all = [...all, r];
      saved.push(r);
    }
    try {
      await saveConsents(this.#space, saved);
    } catch (err) {
      this.#last = last;
      throw err;
    }
    this.#records = all;
    return saved;
  }

  /** Takes back a granted decision: a new record; the grant stays as it was. */
  async withdraw(
    r: ConsentRecord,
    by: { who: string; role: ConsentRecord['role']; method: Method; reason?: string },
    shown: { lang: string; version: string; textHash: string }
  ): Promise<ConsentRecord> {
    const [saved] = await this.add([withdrawal(r, by, shown)]);
    return saved!;
  }

  /** How many recordings or drawings of this child a "no" would delete. */
  async mediaCount(item: KeepItem): Promise<number> {
    const counts = await countMedia(this.#space, await this.#sessionIds());
    return item === 'keep-voice' ? counts.voices : counts.drawings;
  }

  /** Deletes the child's recordings or drawings when they may no longer be kept. */
  async applyEffects(item: KeepItem): Promise<void> {
    if (this.mayKeep(item)) return;
    await deleteMedia(this.#space, await this.#sessionIds(), MEDIA[item]);
  }

  async #sessionIds(): Promise<string[]> {
    return (await listSessions(this.#space, this.caseId)).map((s) => s.id);
  }

  // Records of one save share a moment but keep their order: a withdrawal always sorts after
  // the grant it takes back, even within the same millisecond.
  #last = '';
  #stamp(): string {
    let at = this.#now().toISOString();
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp, not state
    if (at <= this.#last) at = new Date(Date.parse(this.#last) + 1).toISOString();
    this.#last = at;
    return at;
  }
}
