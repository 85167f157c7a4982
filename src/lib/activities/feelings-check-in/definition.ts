// A feelings check-in with our own faces (OpenMoji-based, never the Wong-Baker pain scale):
// three faces for ages 3–8, five for 9 and over; played at the start and again at the end.
import type { AgeBand } from '$lib/domain/age';
import { FEELINGS, type Feeling, type FeelingPayload } from '$lib/domain/payloads';
import type { Pictogram } from '$lib/ui/pictograms';
import { baseAdaptation, type ActivityDefinition, type Adaptation } from '../types';

export const FEELINGS_3 = ['happy', 'so-so', 'sad'] as const;
export const FEELINGS_5 = FEELINGS;
export type { Feeling, FeelingPayload } from '$lib/domain/payloads';

export const FACE: Record<Feeling, Pictogram> = {
  'very-happy': 'face-very-happy',
  happy: 'face-happy',
  'so-so': 'face-so-so',
  sad: 'face-sad',
  'very-sad': 'face-very-sad'
};

export interface FeelingsAdaptation extends Adaptation {
  faces: readonly Feeling[];
}

export function facesFor(band: AgeBand): readonly Feeling[] {
  return band === '3-5' || band === '6-8' ? FEELINGS_3 : FEELINGS_5;
}

/** Whether a stored payload is a feeling this scale offers. */
export function isFeelingPayload(p: unknown): p is Required<FeelingPayload> {
  if (typeof p !== 'object' || p === null) return false;
  const v = p as Partial<FeelingPayload>;
  const faces: readonly string[] = v.scale === 3 ? FEELINGS_3 : v.scale === 5 ? FEELINGS_5 : [];
  return (
    typeof v.feeling === 'string' &&
    faces.includes(v.feeling) &&
    (v.moment === 'start' || v.moment === 'end')
  );
}

export const definition: ActivityDefinition<FeelingsAdaptation> = {
  id: 'feelings-check-in',
  picture: 'face-happy',
  resultKinds: ['feeling'],
  adapt: (band) => ({ ...baseAdaptation(band), faces: facesFor(band) }),
  component: () => import('./FeelingsCheckIn.svelte'),
  summarise: ({ current, t }) =>
    current.map((r) => {
      const p = r.payload as Partial<FeelingPayload>;
      const moment = t(`caseworker:results.moments.${p.moment === 'end' ? 'end' : 'start'}`);
      return r.declined || !isFeelingPayload(p)
        ? { text: t('caseworker:results.feelingDeclined', { moment }), declined: true }
        : {
            text: t('caseworker:results.feeling', {
              moment,
              feeling: t(`child:feelings.${p.feeling}`),
              count: p.scale
            })
          };
    })
};
