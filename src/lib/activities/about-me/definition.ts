// "About me" (13 and over): a few open questions the young person answers in their own words,
// or skips. A joining activity: it helps the case manager know them, and is never a view.
import { ofKind } from '$lib/domain/results';
import { ABOUT_ME_QUESTIONS, type AboutMePayload } from '$lib/domain/payloads';
import { baseAdaptation, type ActivityDefinition, type SummaryLine } from '../types';

export { ABOUT_ME_QUESTIONS } from '$lib/domain/payloads';
export type { AboutMeQuestion, AboutMePayload } from '$lib/domain/payloads';
export const ANSWER_MAX = 2000;

/** Trims the answers, drops empty ones and caps their length. */
export function cleanAnswers(answers: Partial<Record<string, string>>): AboutMePayload {
  const out: AboutMePayload = {};
  for (const q of ABOUT_ME_QUESTIONS) {
    const a = answers[q]?.trim();
    if (a) out[q] = a.slice(0, ANSWER_MAX);
  }
  return out;
}

export const definition: ActivityDefinition = {
  id: 'about-me',
  picture: 'thought',
  resultKinds: ['about-me'],
  adapt: baseAdaptation,
  component: () => import('./AboutMe.svelte'),
  summarise: ({ current, t }) =>
    ofKind(current, 'about-me').flatMap((r): SummaryLine[] => {
      if (r.declined) return [{ text: t('caseworker:results.aboutMeEmpty'), declined: true }];
      const p = r.payload;
      return ABOUT_ME_QUESTIONS.filter((q) => p[q]).map((q) => ({
        text: t(`child:aboutMe.questions.${q}`),
        quote: { text: p[q]!, lang: '' }
      }));
    })
};
