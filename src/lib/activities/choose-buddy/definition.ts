// Choose a buddy: an animal that goes along with the child through the session.
import type { Pictogram } from '$lib/ui/pictograms';
import { baseAdaptation, type ActivityDefinition, type Adaptation } from '../types';

export const BUDDIES = [
  'cat',
  'dog',
  'rabbit',
  'bear',
  'owl',
  'turtle'
] as const satisfies readonly Pictogram[];
export type Buddy = (typeof BUDDIES)[number];

export interface BuddyAdaptation extends Adaptation {
  buddies: readonly Buddy[];
}

export function isBuddy(v: unknown): v is Buddy {
  return typeof v === 'string' && (BUDDIES as readonly string[]).includes(v);
}

export const definition: ActivityDefinition<BuddyAdaptation> = {
  id: 'choose-buddy',
  picture: 'rabbit',
  resultKinds: ['buddy'],
  // Six friends fit on one screen at every age; choosing a buddy is play, not a question.
  adapt: (band) => ({ ...baseAdaptation(band), buddies: BUDDIES }),
  component: () => import('./ChooseBuddy.svelte'),
  summarise: ({ current, t }) =>
    current.flatMap((r) => {
      const b = (r.payload as { buddy?: unknown }).buddy;
      return isBuddy(b)
        ? [{ text: t('caseworker:results.buddy', { buddy: t(`child:pictures.${b}`) }) }]
        : [];
    })
};
