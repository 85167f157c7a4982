// The sorting mat (after Talking Mats): items shown one at a time and placed under a top
// scale matched to the question. A practice round comes first and is never recorded. A card
// can be moved later: the move is a new result that supersedes the old one.
import type { AgeBand } from '$lib/domain/age';
import type { OptionKind } from '$lib/domain/options';
import {
  MAT_ITEM_IDS,
  SCALES,
  type Column,
  type MatItemId,
  type PlacementPayload,
  type ScaleId
} from '$lib/domain/payloads';
import { currentResults, ofKind, type Factor, type Result, type Time } from '$lib/domain/results';
import type { Pictogram } from '$lib/ui/pictograms';
import { baseAdaptation, timesMoved, type ActivityDefinition, type Adaptation } from '../types';

export { SCALES } from '$lib/domain/payloads';
export type { ScaleId, Column, MatItemId, PlacementPayload } from '$lib/domain/payloads';

/** The faces over each column: the same three in both scales. */
export const COLUMN_FACE: Record<Column, Pictogram> = {
  like: 'face-happy',
  'not-sure': 'face-so-so',
  dislike: 'face-sad',
  want: 'face-happy',
  sometimes: 'face-so-so',
  'dont-want': 'face-sad'
};

export interface MatItem {
  id: string;
  picture: Pictogram;
  factor: Factor;
}

export const MAT_ITEMS = {
  home: { id: 'home', picture: 'house', factor: 'home' },
  bed: { id: 'bed', picture: 'bed', factor: 'home' },
  family: { id: 'family', picture: 'family', factor: 'family' },
  friends: { id: 'friends', picture: 'friends', factor: 'play' },
  play: { id: 'play', picture: 'ball', factor: 'play' },
  school: { id: 'school', picture: 'school', factor: 'school' },
  doctor: { id: 'doctor', picture: 'stethoscope', factor: 'health' },
  food: { id: 'food', picture: 'food', factor: 'culture' },
  language: { id: 'language', picture: 'speaking', factor: 'culture' },
  safe: { id: 'safe', picture: 'shield', factor: 'safety' }
} as const satisfies Record<MatItemId, MatItem>;

export const PRACTICE_ITEMS = ['ice-cream', 'rain', 'dog'] as const satisfies readonly Pictogram[];

export interface Round {
  id: string;
  time: Time;
  option: OptionKind | 'none';
  scale: ScaleId;
  items: readonly MatItemId[];
}

const NOW: Record<AgeBand, MatItemId[]> = {
  '3-5': ['home', 'family', 'play', 'food'],
  '6-8': ['home', 'family', 'friends', 'school', 'food', 'safe'],
  '9-12': [...MAT_ITEM_IDS],
  '13-17': ['home', 'family', 'friends', 'school', 'doctor', 'food', 'language', 'safe']
};
const BEFORE: MatItemId[] = ['home', 'family', 'friends', 'school', 'language', 'safe'];
const OPTION_ITEMS: Record<AgeBand, MatItemId[]> = {
  '3-5': [],
  '6-8': ['family', 'home', 'school', 'friends'],
  '9-12': ['family', 'home', 'school', 'friends', 'language', 'safe'],
  '13-17': ['family', 'home', 'school', 'friends', 'language', 'safe']
};

/**
 * The rounds for a band: now (present); before (past) from 9; and from 6 one round per option
 * under consideration (future). The youngest sort only what is here and now.
 */
export function roundsFor(band: AgeBand, options: readonly OptionKind[]): Round[] {
  const rounds: Round[] = [
    { id: 'now', time: 'present', option: 'none', scale: 'feel', items: NOW[band] }
  ];
  if (band === '9-12' || band === '13-17')
    rounds.push({ id: 'before', time: 'past', option: 'none', scale: 'feel', items: BEFORE });
  if (OPTION_ITEMS[band].length)
    for (const o of options)
      rounds.push({
        id: `option-${o}`,
        time: 'future',
        option: o,
        scale: 'want',
        items: OPTION_ITEMS[band]
      });
  return rounds;
}

/** The columns shown: all three, or the two ends for a child who struggles. */
export function columnsFor(scale: ScaleId, points: 2 | 3): readonly Column[] {
  const all = SCALES[scale];
  return points === 3 ? all : [all[0], all[2]];
}

export interface MatState {
  /** The standing placement (or decline) per round and item. */
  placed: Map<string, Result<'placement'>>;
  /** The next card to place, or null when every round is done. */
  next: { round: number; item: number } | null;
}

const slot = (round: string, item: string) => `${round}/${item}`;

/** Where the child is on the mat, from the results so far (resuming picks up here). */
export function matState(rounds: readonly Round[], results: readonly Result[]): MatState {
  const placed = new Map<string, Result<'placement'>>();
  for (const r of currentResults(ofKind(results, 'placement')))
    placed.set(slot(r.payload.round, r.payload.item), r);
  for (let i = 0; i < rounds.length; i++) {
    const round = rounds[i]!;
    const j = round.items.findIndex((item) => !placed.has(slot(round.id, item)));
    if (j >= 0) return { placed, next: { round: i, item: j } };
  }
  return { placed, next: null };
}

export function placedIn(
  state: MatState,
  round: Round,
  item: MatItemId
): Result<'placement'> | undefined {
  return state.placed.get(slot(round.id, item));
}

/** Whether a payload is a placement this round could hold. */
export function isPlacement(p: unknown, rounds: readonly Round[]): p is PlacementPayload {
  if (typeof p !== 'object' || p === null) return false;
  const v = p as Partial<PlacementPayload>;
  const round = rounds.find((r) => r.id === v.round);
  if (!round || !round.items.includes(v.item as MatItemId)) return false;
  if (v.points !== 2 && v.points !== 3) return false;
  return (
    v.column === undefined ||
    (v.column !== null && columnsFor(round.scale, v.points).includes(v.column))
  );
}

export interface MatAdaptation extends Adaptation {
  defaultPoints: 2 | 3;
}

export const definition: ActivityDefinition<MatAdaptation> = {
  id: 'sorting-mat',
  picture: 'face-so-so',
  resultKinds: ['placement'],
  adapt: (band) => ({ ...baseAdaptation(band), defaultPoints: 3 }),
  component: () => import('./SortingMat.svelte'),
  shareAs: 'choices',
  summarise: ({ current, all, t }) =>
    current
      .filter((r) => r.kind === 'placement')
      .map((r) => {
        const p = r.payload as PlacementPayload;
        const item = t(`child:mat.items.${p.item}`);
        const group = p.round.startsWith('option-')
          ? t('caseworker:results.rounds.option', {
              option: t(`caseworker:options.${p.round.slice('option-'.length) as OptionKind}`)
            })
          : t(`caseworker:results.rounds.${p.round === 'before' ? 'before' : 'now'}`);
        return r.declined || !p.column
          ? {
              text: t('caseworker:results.declined', { item }),
              declined: true,
              group,
              moved: timesMoved(all, r)
            }
          : {
              text: t('caseworker:results.placement', {
                item,
                column: t(`child:mat.columns.${p.column}`)
              }),
              group,
              moved: timesMoved(all, r)
            };
      })
};
