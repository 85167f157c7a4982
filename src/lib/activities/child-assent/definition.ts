// The child's assent, item by item, in child-friendly words and pictures: what we will do
// today, what is kept, who will see it (as faces), that they can stop or take it back, and the
// limits of confidentiality. By band: behavioural (3–5, the case manager records what the
// child shows), verbal with a teach-back (6–8), a tap, a drawn mark or a typed name (9+); the
// case manager witnesses. Revisited at the end of the session. Decisions are consent records.
import type { AgeBand } from '$lib/domain/age';
import {
  assentItems,
  assentMethod,
  type AssentItem,
  type ConsentInput,
  type ConsentRecord,
  type Decision,
  type Method
} from '$lib/domain/consent';
import type { AppT } from '$lib/i18n/i18n.svelte';
import type { Pictogram } from '$lib/ui/pictograms';
import { baseAdaptation, type ActivityDefinition, type Adaptation } from '../types';

export const ITEM_PICTURE: Record<AssentItem, Pictogram> = {
  'take-part': 'raising-hand',
  'keep-drawings': 'palette',
  'keep-voice': 'microphone',
  'share-guardian': 'eye',
  'share-guardian-drawings': 'crayon',
  'share-guardian-words': 'speech',
  'share-guardian-choices': 'check'
};

export const INFO_PAGES = ['today', 'kept', 'who', 'stop', 'safety'] as const;
export type InfoPage = (typeof INFO_PAGES)[number];

export const INFO_PICTURE: Record<InfoPage, Pictogram> = {
  today: 'calendar',
  kept: 'lock',
  who: 'eye',
  stop: 'hand',
  safety: 'shield'
};

/** The faces shown for "who will see it": the case manager, the deciders, the guardian. */
export const WHO_SEES = ['case-manager', 'judge', 'woman'] as const satisfies readonly Pictogram[];

/** The information pages as text, in the order shown (hashed into every decision). */
export function infoTexts(t: AppT, caseManager: string): Record<InfoPage, string[]> {
  const me = caseManager.trim()
    ? t('child:assent.info.whoCaseManager', { name: caseManager.trim() })
    : t('child:assent.info.whoCaseManagerNoName');
  return {
    today: [t('child:assent.info.today')],
    kept: [t('child:assent.info.kept')],
    who: [
      t('child:assent.info.who'),
      me,
      t('child:assent.info.whoDeciders'),
      t('child:assent.info.whoGuardian')
    ],
    stop: [t('child:assent.info.stop')],
    safety: [t('child:assent.info.safety')]
  };
}

/** The text a recording of the assent information is filed under. */
export function assentTextId(band: AgeBand): string {
  return `assent/${band}`;
}

export interface AssentAdaptation extends Adaptation {
  items: AssentItem[];
  method: 'behavioural' | 'verbal' | 'tap';
  /** One page at a time, or everything on one page (9+). */
  paged: boolean;
  /** 6–8: "can you stop whenever you want?" before the questions. */
  check: boolean;
  /** 9+: a mark or a typed name to show the choices are theirs. */
  sign: boolean;
}

/** A new decision on an item, for a child who changes their mind (never an edit). */
export function redecide(
  r: ConsentRecord,
  decision: Exclude<Decision, 'withdrawn' | 'recorded'>,
  method: Method,
  shown: { lang: string; version: string; textHash: string },
  witness: string
): ConsentInput {
  return {
    caseId: r.caseId,
    sessionId: r.sessionId,
    subject: 'child',
    who: r.who,
    role: 'child',
    scope: r.scope,
    decision,
    method,
    ...(witness ? { witness } : {}),
    ...shown
  };
}

export const definition: ActivityDefinition<AssentAdaptation> = {
  id: 'child-assent',
  picture: 'raising-hand',
  resultKinds: ['assent-check'],
  adapt: (band) => ({
    ...baseAdaptation(band),
    items: assentItems(band),
    method: assentMethod(band),
    paged: band === '3-5' || band === '6-8',
    check: band === '6-8',
    sign: band === '9-12' || band === '13-17'
  }),
  component: () => import('./ChildAssent.svelte'),
  summarise: ({ current, t }) =>
    current
      .filter((r) => r.kind === 'assent-check')
      .map((r) => ({
        text: t('caseworker:results.assentCheck', {
          understanding: t(
            `caseworker:results.understanding.${(r.payload as { understood: boolean }).understood ? 'understood' : 'not-yet'}`
          )
        })
      }))
};
