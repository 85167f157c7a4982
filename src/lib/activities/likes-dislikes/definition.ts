// Likes and dislikes cards (9 and over): a joining activity, one card at a time. Kept for the
// case manager to know the child; never counted as a view on the options.
import { ofKind } from '$lib/domain/results';
import type { AgeBand } from '$lib/domain/age';
import type { LikeItem, LikePayload } from '$lib/domain/payloads';

export type { LikeItem, LikePayload } from '$lib/domain/payloads';
import type { Pictogram } from '$lib/ui/pictograms';
import { baseAdaptation, type ActivityDefinition, type Adaptation } from '../types';

export const LIKE_ITEMS = {
  music: 'music-note',
  drawing: 'palette',
  reading: 'books',
  cooking: 'cooking',
  games: 'games',
  dancing: 'dancing',
  running: 'running',
  cycling: 'bicycle',
  puzzles: 'puzzle',
  animals: 'dog'
} as const satisfies Record<LikeItem, Pictogram>;

export interface LikesAdaptation extends Adaptation {
  items: readonly LikeItem[];
}

export function likeItemsFor(band: AgeBand): LikeItem[] {
  const all = Object.keys(LIKE_ITEMS) as LikeItem[];
  return band === '13-17' ? all : all.slice(0, 8);
}

/** The cards still to show, given what the child already answered. */
export function remainingLikes(
  items: readonly LikeItem[],
  answered: readonly { payload: unknown }[]
): LikeItem[] {
  const done = new Set(answered.map((r) => (r.payload as LikePayload).item));
  return items.filter((i) => !done.has(i));
}

export const definition: ActivityDefinition<LikesAdaptation> = {
  id: 'likes-dislikes',
  picture: 'music-note',
  resultKinds: ['like'],
  adapt: (band) => ({ ...baseAdaptation(band), items: likeItemsFor(band) }),
  component: () => import('./LikesDislikes.svelte'),
  summarise: ({ current, t }) =>
    ofKind(current, 'like').map((r) => {
      const p = r.payload;
      const item = t(`child:likes.items.${p.item}`);
      return r.declined || !p.value
        ? { text: t('caseworker:results.skipped', { item }), declined: true }
        : { text: t(`caseworker:results.${p.value === 'like' ? 'likes' : 'dislikes'}`, { item }) };
    })
};
