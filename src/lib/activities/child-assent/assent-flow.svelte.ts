// The child's assent as a flow: the information pages, the teach-back check, the items one by
// one (with a confirmation before a "no" deletes recordings or drawings), the child's mark and
// the case manager's witness, then what is saved. It reaches the world only through the
// activity context, so it runs headless in tests with a fake one.
import {
  confirmBeforeDeleting,
  hashShownText,
  type AssentItem,
  type ConsentInput,
  type KeepItem,
  type Method,
  type SignatureStroke
} from '$lib/domain/consent';
import { MATERIAL_VERSION } from '$lib/domain/options';
import type { AppT } from '$lib/i18n/i18n.svelte';
import type { ActivityContext } from '../types';
import {
  definition,
  INFO_PAGES,
  infoTexts,
  type AssentAdaptation,
  type InfoPage
} from './definition';

export type AssentStep =
  | 'info'
  | 'check'
  | 'checked'
  | 'items'
  | 'confirm-delete'
  | 'sign'
  | 'witness'
  | 'not-taking-part'
  | 'thanks';

export type SignWith = 'tap' | 'mark' | 'typed-name';
type Answer = 'granted' | 'refused';

const KEEP_ITEMS = ['keep-voice', 'keep-drawings'] as const satisfies readonly KeepItem[];
const isKeepItem = (it: AssentItem): it is KeepItem =>
  (KEEP_ITEMS as readonly AssentItem[]).includes(it);

export class AssentFlow {
  readonly adaptation: AssentAdaptation;
  /** The information pages, one per screen (3–8) or all on one (9+). */
  readonly pages: readonly (readonly InfoPage[])[];
  /** The information as text, in the order shown (hashed into every decision). */
  readonly info: Record<InfoPage, string[]>;
  /** A child who already gave assent in this case sees their choices to change, not the flow. */
  readonly revisit: boolean;
  #ctx: ActivityContext;
  #t: AppT;
  #step = $state<AssentStep>('info');
  #page = $state(0);
  #at = $state(0);
  #checkRight = $state(false);
  #decisions = $state<Partial<Record<AssentItem, Answer>>>({});
  #signWith = $state<SignWith | null>(null);
  #mark = $state<SignatureStroke[]>([]);
  #typedName = $state('');
  #saving = $state(false);
  #failure = $state('');

  constructor(ctx: ActivityContext, t: AppT) {
    this.#ctx = ctx;
    this.#t = t;
    this.adaptation = definition.adapt(ctx.band);
    this.pages = this.adaptation.paged ? INFO_PAGES.map((p) => [p]) : [[...INFO_PAGES]];
    this.info = infoTexts(t, ctx.caseManager);
    this.revisit = ctx.occurrence > 0 && ctx.assent.records.some((r) => r.subject === 'child');
  }

  get step(): AssentStep {
    return this.#step;
  }
  get page(): number {
    return this.#page;
  }
  get shownPages(): readonly InfoPage[] {
    return this.pages[this.#page] ?? [];
  }
  /** The sentences on the pages shown, for reading aloud. */
  get reading(): string[] {
    return this.shownPages.flatMap((p) => this.info[p]);
  }
  get items(): readonly AssentItem[] {
    return this.adaptation.items;
  }
  /** Which item is asked (0-based). */
  get at(): number {
    return this.#at;
  }
  get item(): AssentItem | undefined {
    return this.adaptation.items[this.#at];
  }
  /** Whether the child answered the teach-back ("can you stop?") right. */
  get checkRight(): boolean {
    return this.#checkRight;
  }
  get decisions(): Readonly<Partial<Record<AssentItem, Answer>>> {
    return this.#decisions;
  }
  get saving(): boolean {
    return this.#saving;
  }
  /** The last save failed (its reason is in `failure`). */
  get failed(): boolean {
    return this.#failure !== '';
  }
  /** Why the last save failed, for the grown-up ('' when it did not). */
  get failure(): string {
    return this.#failure;
  }

  get signWith(): SignWith | null {
    return this.#signWith;
  }
  set signWith(s: SignWith | null) {
    this.#signWith = s;
  }
  get mark(): SignatureStroke[] {
    return this.#mark;
  }
  set mark(strokes: SignatureStroke[]) {
    this.#mark = strokes;
  }
  get typedName(): string {
    return this.#typedName;
  }
  set typedName(name: string) {
    this.#typedName = name;
  }
  /** Whether the child has shown the choices are theirs the way they chose to. */
  get signed(): boolean {
    const w = this.#signWith;
    return (
      w === 'tap' ||
      (w === 'mark' && this.#mark.some((s) => s.length > 0)) ||
      (w === 'typed-name' && this.#typedName.trim().length > 0)
    );
  }

  nextPage(): void {
    if (this.#page < this.pages.length - 1) this.#page++;
    else this.#step = this.adaptation.check ? 'check' : 'items';
  }

  previousPage(): void {
    if (this.#page > 0) this.#page--;
  }

  /** The teach-back answer is a result of its own (the child's understanding). */
  answerCheck(yes: boolean): void {
    this.#checkRight = yes;
    this.#ctx.record({ kind: 'assent-check', payload: { question: 'can-stop', understood: yes } });
    this.#step = 'checked';
  }

  /** After the teach-back: on to the items. */
  toItems(): void {
    this.#step = 'items';
  }

  async answer(decision: Answer): Promise<void> {
    const it = this.item;
    if (!it) return;
    if (it === 'take-part' && decision === 'refused') {
      // Not taking part ends the session: only that decision is kept, no reason asked.
      this.#decisions = { 'take-part': 'refused' };
      await this.#save();
      if (!this.failed) this.#step = 'not-taking-part';
      return;
    }
    this.#decisions = { ...this.#decisions, [it]: decision };
    if (decision === 'refused' && isKeepItem(it)) {
      // A count that fails still asks: nothing is deleted without the child saying so.
      const count = await this.#ctx.assent.mediaCount(it).catch(() => null);
      if (confirmBeforeDeleting(count)) {
        this.#step = 'confirm-delete';
        return;
      }
    }
    this.#advance();
  }

  /** The child's answer to "delete them?": no keeps them (the item becomes a yes). */
  confirmDelete(yes: boolean): void {
    const it = this.item;
    if (!yes && it) this.#decisions = { ...this.#decisions, [it]: 'granted' };
    this.#step = 'items';
    this.#advance();
  }

  /** Back to the first item, every answer forgotten. */
  change(): void {
    this.#at = 0;
    this.#decisions = {};
    this.#step = 'items';
  }

  /** The child has signed: the case manager witnesses. */
  toWitness(): void {
    this.#step = 'witness';
  }

  /** The case manager witnessed: the decisions are saved. */
  async witnessed(): Promise<void> {
    await this.#save();
    if (!this.failed) this.#step = 'thanks';
  }

  /** The child does not want to take part: the session stops. */
  stop(): void {
    this.#ctx.stop();
  }

  finish(): void {
    this.#ctx.finish();
  }

  #advance(): void {
    if (this.#at < this.adaptation.items.length - 1) {
      this.#at++;
      this.#step = 'items';
    } else this.#step = this.adaptation.sign ? 'sign' : 'witness';
  }

  #method(): Method {
    return this.adaptation.sign ? (this.#signWith ?? 'tap') : this.adaptation.method;
  }

  /** One consent record per decision, then the deletions a "no" to keeping asks for. */
  async #save(): Promise<void> {
    const ctx = this.#ctx;
    this.#saving = true;
    this.#failure = '';
    try {
      const info = this.info;
      const base = info.today.concat(info.kept, info.who, info.stop, info.safety);
      const inputs: ConsentInput[] = [];
      for (const [scope, decision] of Object.entries(this.#decisions) as [AssentItem, Answer][]) {
        const textHash = await hashShownText(
          [...base, this.#t(`child:assent.ask.${scope}`)],
          ctx.lang,
          MATERIAL_VERSION
        );
        inputs.push({
          caseId: ctx.caseId,
          sessionId: ctx.sessionId,
          subject: 'child',
          who: ctx.childName,
          role: 'child',
          scope,
          decision,
          method: this.#method(),
          ...(ctx.caseManager ? { witness: ctx.caseManager } : {}),
          ...(this.#signWith === 'mark' ? { signature: $state.snapshot(this.#mark) } : {}),
          ...(this.#signWith === 'typed-name' ? { typedName: this.#typedName.trim() } : {}),
          lang: ctx.lang,
          version: MATERIAL_VERSION,
          textHash
        });
      }
      await ctx.assent.add(inputs);
      for (const keep of KEEP_ITEMS)
        if (this.#decisions[keep] === 'refused') await ctx.assent.applyEffects(keep);
    } catch (err) {
      // The child sees "not kept yet" and the grown-up can press again; nothing moves on.
      this.#failure = ctx.explain(err);
    } finally {
      this.#saving = false;
    }
  }
}
