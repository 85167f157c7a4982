// Ranking: the child puts the options under consideration in order, the one they want most
// first. Ties are allowed: an item can be "the same as the one above".
import type { OptionKind } from '$lib/domain/options';
import type { Pictogram } from '$lib/ui/pictograms';
import { baseAdaptation, type ActivityDefinition } from '../types';

export interface RankEntry {
  kind: OptionKind;
  /** Same place as the entry above it. */
  tied: boolean;
}

export interface RankingPayload {
  order: RankEntry[];
  /** The same order as groups: groups[0] holds the options in first place. */
  groups: OptionKind[][];
}

export const OPTION_PICTURE: Record<OptionKind, Pictogram> = {
  'return-reunification': 'house-garden',
  'kinship-care': 'grandmother',
  'foster-care': 'family',
  'residential-care': 'building',
  'local-integration': 'pin',
  resettlement: 'airplane',
  'independent-living': 'house-key'
};

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
