// State of the session-planning form: the draft, its validation, and plan editing.
import {
  activitiesFor,
  activityDef,
  moveItem,
  nextKey,
  PHASES,
  suggestedPlan,
  type ActivityId,
  type ActivityInstance,
  type Phase
} from '$lib/domain/activities';
import type { AgeBand } from '$lib/domain/age';
import type { ChildCase } from '$lib/domain/case';
import { type OptionKind } from '$lib/domain/options';
import { derivedBand, validateSession, type SessionDraft } from '$lib/domain/session';

/**
 * Where a new explaining card goes: after the last explaining card; else before the first
 * views activity; else before a closing feelings check-in; else at the end.
 */
export function explainingSlot(plan: readonly ActivityInstance[]): number {
  const lastExplain = plan.findLastIndex((a) => a.phase === 'explaining');
  if (lastExplain >= 0) return lastExplain + 1;
  const firstViews = plan.findIndex((a) => a.phase === 'views');
  if (firstViews >= 0) return firstViews;
  const last = plan.at(-1);
  return last?.activity === 'feelings-check-in' && plan.length > 1 ? plan.length - 1 : plan.length;
}

export class SessionForm {
  draft = $state<SessionDraft>() as SessionDraft;
  tried = $state(false);
  #child: ChildCase;
  #start: string;

  constructor(child: ChildCase, initial: SessionDraft) {
    this.#child = child;
    const copy = $state.snapshot(initial) as SessionDraft;
    this.draft = copy;
    this.#start = JSON.stringify(copy);
  }

  get derived(): AgeBand | null {
    return this.draft.date ? derivedBand(this.#child, this.draft.date) : null;
  }
  get band(): AgeBand | null {
    return this.draft.bandOverride?.band ?? this.derived;
  }
  get problems() {
    return validateSession(this.#child, this.draft);
  }
  get shown() {
    return this.tried ? this.problems : {};
  }
  get dirty() {
    return JSON.stringify(this.draft) !== this.#start;
  }
  get valid() {
    return Object.keys(this.problems).length === 0;
  }

  setOverride(on: boolean) {
    this.draft.bandOverride = on ? { band: this.derived ?? '3-5', reason: '' } : null;
  }

  setInterpreter(on: boolean) {
    this.draft.interpreter = on ? { name: '', language: '' } : null;
  }

  hasOption(kind: OptionKind) {
    return this.draft.options.some((o) => o.kind === kind);
  }

  /** Adds or removes an option, and its explaining card in the plan. */
  toggleOption(kind: OptionKind, on: boolean) {
    if (on && !this.hasOption(kind)) {
      this.draft.options.push({ kind, who: '', where: '', notes: '' });
      const item = {
        key: nextKey(this.draft.plan),
        activity: 'explain-option' as const,
        phase: 'explaining' as const,
        option: kind
      };
      this.draft.plan.splice(explainingSlot(this.draft.plan), 0, item);
    } else if (!on) {
      this.draft.options = this.draft.options.filter((o) => o.kind !== kind);
      this.draft.plan = this.draft.plan.filter(
        (a) => !(a.activity === 'explain-option' && a.option === kind)
      );
    }
  }

  /** Replaces the plan with the suggested plan for the band. */
  useSuggested() {
    if (!this.band) return;
    this.draft.plan = suggestedPlan(
      this.band,
      this.draft.options.map((o) => o.kind)
    );
  }

  move(key: string, by: -1 | 1) {
    this.draft.plan = moveItem(this.draft.plan, key, by);
  }

  remove(key: string) {
    this.draft.plan = this.draft.plan.filter((a) => a.key !== key);
  }

  /** Activities that can be added for the band (per-option cards come from the options). */
  addable(): { phase: Phase; ids: ActivityId[] }[] {
    const band = this.band;
    if (!band) return [];
    return PHASES.map((phase) => ({
      phase,
      ids: activitiesFor(band, phase)
        .filter((a) => !a.perOption)
        .map((a) => a.id as ActivityId)
    }));
  }

  add(id: ActivityId) {
    this.draft.plan.push({
      key: nextKey(this.draft.plan),
      activity: id,
      phase: activityDef(id).phase
    });
  }
}
