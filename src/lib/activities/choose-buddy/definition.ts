// Choose a buddy: an animal that goes along with the child through the session.
import { BUDDIES, type Buddy } from '$lib/domain/payloads';
import {
  baseAdaptation,
  type ActivityDefinition,
  type Adaptation,
  type Pictograms
} from '../types';

export { BUDDIES } from '$lib/domain/payloads';
export type { Buddy, BuddyPayload } from '$lib/domain/payloads';
/** Every buddy is a pictogram the app has. */
export type BuddyPictograms = Pictograms<typeof BUDDIES>;

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
  companion: (results) => {
    const r = results.findLast((x) => x.kind === 'buddy' && !x.declined);
    const b: unknown = r?.kind === 'buddy' ? r.payload.buddy : undefined;
    return isBuddy(b) ? b : null;
  },
  summarise: ({ current, t }) =>
    current.flatMap((r) => {
      const b = (r.payload as { buddy?: unknown }).buddy;
      return isBuddy(b)
        ? [{ text: t('caseworker:results.buddy', { buddy: t(`child:pictures.${b}`) }) }]
        : [];
    })
};
