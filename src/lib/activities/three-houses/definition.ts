// Three houses (good things, worries, dreams): the child draws and/or writes in each house and
// may name it; the case manager may type the child's exact words. Who typed is recorded.
import type { House, HousePayload } from '$lib/domain/payloads';
import { ofKind, type Time } from '$lib/domain/results';
import type { Pictogram } from '$lib/ui/pictograms';
import { baseAdaptation, type ActivityDefinition } from '../types';

export { HOUSES } from '$lib/domain/payloads';
export type { House, TypedBy, HousePayload } from '$lib/domain/payloads';

export const HOUSE_PICTURE: Record<House, Pictogram> = {
  good: 'sun',
  worries: 'cloud',
  dreams: 'sparkles'
};

export const HOUSE_TIME: Record<House, Time> = {
  good: 'present',
  worries: 'present',
  dreams: 'future'
};

export const WORDS_MAX = 4000;
export const HOUSE_NAME_MAX = 60;

/** A house is worth keeping when it holds a drawing, words or a name. */
export function houseHasContent(p: Pick<HousePayload, 'name' | 'words' | 'marks'>): boolean {
  return p.marks > 0 || p.words.trim() !== '' || p.name.trim() !== '';
}

export const definition: ActivityDefinition = {
  id: 'three-houses',
  picture: 'house',
  resultKinds: ['house'],
  adapt: baseAdaptation,
  component: () => import('./ThreeHouses.svelte'),
  shareAs: 'drawings',
  summarise: ({ current, t }) =>
    ofKind(current, 'house').map((r) => {
      const p = r.payload;
      const kind = t(`child:houses.kinds.${p.house}`);
      return {
        text: p.name ? t('caseworker:results.houseNamed', { house: kind, name: p.name }) : kind,
        quote: p.words ? { text: p.words, lang: '' } : undefined,
        declined: r.declined,
        drawingId: p.marks > 0 ? p.drawingId : undefined,
        group: t(`caseworker:results.typedBy.${p.typedBy}`)
      };
    })
};
