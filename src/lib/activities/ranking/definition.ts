// Ranking: the child puts the options under consideration in order, the one they want most
// first. Ties are allowed: an item can be "the same as the one above".
import type { OptionKind } from '$lib/domain/options';
import { baseAdaptation, type ActivityDefinition } from '../types';

import type { RankEntry, RankingPayload } from '$lib/domain/payloads';

export type { RankEntry, RankingPayload } from '$lib/domain/payloads';

// The ranking shows each option with the picture the child saw on its card.
export { OPTION_PICTURE } from '../option-picture';

/** The starting order: the options as planned, none tied. */
export function initialOrder(kinds: readonly OptionKind[]): RankEntry[] {
  return kinds.map((kind) => ({ kind, tied: false }));
}

/** Moves an entry to a new position; the first entry is never tied to nothing. */
export function moveTo(order: readonly RankEntry[], kind: OptionKind, to: number): RankEntry[] {
  const from = order.findIndex((e) => e.kind === kind);
  if (from < 0) return [...order];
  const next = [...order];
  const [entry] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(next.length, to)), 0, entry!);
  return normalise(next);
}

/** Ties an entry with the one above it, or unties it. */
export function setTied(order: readonly RankEntry[], kind: OptionKind, tied: boolean): RankEntry[] {
  return normalise(order.map((e) => (e.kind === kind ? { ...e, tied } : e)));
}

function normalise(order: RankEntry[]): RankEntry[] {
  return order.map((e, i) => (i === 0 && e.tied ? { ...e, tied: false } : e));
}

/** The places: each group holds the options that share a place. */
export function groupsOf(order: readonly RankEntry[]): OptionKind[][] {
  const groups: OptionKind[][] = [];
  for (const e of order) {
    if (e.tied && groups.length) groups.at(-1)!.push(e.kind);
    else groups.push([e.kind]);
  }
  return groups;
}

/** The place number (1-based) of each entry, ties sharing a number. */
export function placesOf(order: readonly RankEntry[]): number[] {
  let place = 0;
  return order.map((e) => (e.tied && place > 0 ? place : ++place));
}

export const definition: ActivityDefinition = {
  id: 'ranking',
  picture: 'star',
  resultKinds: ['ranking'],
  adapt: baseAdaptation,
  component: () => import('./Ranking.svelte'),
  shareAs: 'choices',
  summarise: ({ current, t }) =>
    current.flatMap((r) =>
      (r.payload as RankingPayload).groups.map((g, i) => ({
        text: `${i + 1}. ${g.map((k) => t(`caseworker:options.${k}`)).join(' = ')}`
      }))
    )
};
