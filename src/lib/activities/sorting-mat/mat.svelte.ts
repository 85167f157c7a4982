// The sorting mat's screen state: which card is up, practice, review and moving a card.
import type { Result } from '$lib/domain/results';
import type { ActivityContext } from '../types';
import {
  columnsFor,
  MAT_ITEMS,
  matState,
  placedIn,
  PRACTICE_ITEMS,
  roundsFor,
  type Column,
  type MatItemId,
  type PlacementPayload,
  type Round
} from './definition';

export class SortingMatState {
  readonly rounds: Round[];
  #ctx: ActivityContext;
  #results = $state<Result[]>([]);
  #practice = $state(0);
  #points = $state<2 | 3>(3);
  #reviewing = $state<number | null>(null);
  #moving = $state<MatItemId | null>(null);

  constructor(ctx: ActivityContext) {
    this.#ctx = ctx;
    this.rounds = roundsFor(
      ctx.band,
      ctx.options.map((o) => o.kind)
    );
    this.#results = [...ctx.previous];
    // A child who already placed cards has practised: resuming skips the practice.
    this.#practice = this.#results.length ? PRACTICE_ITEMS.length : 0;
    const last = this.#results.findLast((r) => r.kind === 'placement');
    if (last) this.#points = (last.payload as PlacementPayload).points;
  }

  get state() {
    return matState(this.rounds, this.#results);
  }
  get practising(): boolean {
    return this.#practice < PRACTICE_ITEMS.length;
  }
  get practiceItem() {
    return PRACTICE_ITEMS[this.#practice];
  }
  get practiceDone(): boolean {
    return this.#practice === PRACTICE_ITEMS.length;
  }
  get points(): 2 | 3 {
    return this.#points;
  }
  set points(p: 2 | 3) {
    this.#points = p;
  }
  get reviewing(): Round | null {
    return this.#reviewing === null ? null : this.rounds[this.#reviewing]!;
  }
  get moving(): MatItemId | null {
    return this.#moving;
  }
  get current(): { round: Round; item: MatItemId } | null {
    const n = this.state.next;
    if (!n || this.#reviewing !== null) return null;
    const round = this.rounds[n.round]!;
    return { round, item: round.items[n.item]! };
  }

  columns(round: Round): readonly Column[] {
    return columnsFor(round.scale, this.#points);
  }

  placement(round: Round, item: MatItemId) {
    return placedIn(this.state, round, item);
  }

  /** A practice card: never recorded. */
  practise(): void {
    this.#practice++;
  }

  startAfterPractice(): void {
    this.#practice = PRACTICE_ITEMS.length + 1;
  }

  place(column: Column | null): void {
    const cur = this.current;
    if (!cur) return;
    this.#put(cur.round, cur.item, column);
    const after = this.state.next;
    if (!after || this.rounds[after.round] !== cur.round) {
      this.#reviewing = this.rounds.indexOf(cur.round);
    }
  }

  pickUp(item: MatItemId | null): void {
    this.#moving = item;
  }

  /** Moves a card already placed: a new result that supersedes the old one. */
  moveTo(column: Column | null): void {
    const round = this.reviewing;
    if (!round || !this.#moving) return;
    const before = this.placement(round, this.#moving);
    const now = (before?.payload as PlacementPayload | undefined)?.column ?? null;
    if (before && (before.declined ? null : now) === column) {
      this.#moving = null;
      return;
    }
    this.#put(round, this.#moving, column, before?.id);
    this.#moving = null;
  }

  /** Leaves the review of a round; true when every round is done. */
  continue(): boolean {
    this.#reviewing = null;
    this.#moving = null;
    return this.state.next === null;
  }

  #put(round: Round, item: MatItemId, column: Column | null, supersedes?: string) {
    const factor = MAT_ITEMS[item].factor;
    const payload: PlacementPayload =
      column === null
        ? { round: round.id, item, points: this.#points }
        : { round: round.id, item, column, points: this.#points };
    const r = this.#ctx.record({
      kind: 'placement',
      payload,
      declined: column === null ? true : undefined,
      factor,
      option: round.option,
      time: round.time,
      supersedes
    });
    this.#results = [...this.#results, r];
  }
}
