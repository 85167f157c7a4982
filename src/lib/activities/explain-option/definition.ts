// Explaining an option: one card per option under consideration, in words and pictures for the
// child's band, with the case's facts inserted as text; read aloud by a human recording or the
// device's voice; then a playful teach-back in which nobody fails.
import type { AgeBand } from '$lib/domain/age';
import {
  cardSections,
  factsKey,
  optionFacts,
  OPTION_KINDS,
  type CardSection,
  type OptionConsidered,
  type OptionKind
} from '$lib/domain/options';
import {
  bestUnderstanding,
  type Change,
  type Country,
  type ExplainedPayload,
  type People,
  type Place,
  type TeachBackPayload
} from '$lib/domain/teach-back';
import type { AppT } from '$lib/i18n/i18n.svelte';
import type { Pictogram } from '$lib/ui/pictograms';
import {
  baseAdaptation,
  type ActivityDefinition,
  type Adaptation,
  type SummaryLine
} from '../types';

import { OPTION_PICTURE } from '../option-picture';

export { OPTION_PICTURE };

/** Each place is shown with the picture of the option it belongs to (the option table). */
export const PLACE_PICTURE = Object.fromEntries(
  OPTION_KINDS.map((k) => [optionFacts(k).place, OPTION_PICTURE[k]])
) as Record<Place, Pictogram>;

export const COUNTRY_PICTURE: Record<Country, Pictogram> = {
  here: 'pin',
  home: 'house',
  new: 'airplane'
};

export const PEOPLE_PICTURE: Record<People, Pictogram> = {
  family: 'family',
  relatives: 'grandmother',
  'foster-family': 'couple',
  carers: 'hugging',
  'on-my-own': 'person'
};

export const CHANGE_PICTURE: Record<Change, Pictogram> = {
  home: 'house',
  people: 'family',
  country: 'map',
  language: 'speaking',
  school: 'school'
};

const SECTION_PICTURE: Record<Exclude<CardSection, 'means'>, Pictogram> = {
  live: 'house',
  with: 'hugging',
  school: 'school',
  next: 'calendar',
  same: 'heart',
  changes: 'arrows',
  pros: 'thumbs-up',
  cons: 'cloud',
  timeline: 'calendar'
};

export interface CardPart {
  section: CardSection;
  heading: string;
  text: string;
  picture: Pictogram;
}

export interface Card {
  title: string;
  /** "You would live with {{who}} in {{where}}": the case's facts, as text. */
  facts: string | null;
  parts: CardPart[];
  /** Every text shown, in order: what is hashed and what read-aloud reads. */
  shown: string[];
}

/** The text a recording of this card is filed under. */
export function cardTextId(kind: OptionKind, band: AgeBand): string {
  return `option/${kind}/${band}`;
}

/** An option card in the language of `t`, for a band, with the case's facts. */
export function buildCard(t: AppT, option: OptionConsidered, band: AgeBand): Card {
  const kind = option.kind;
  const title = t(`child:options.${kind}`);
  const fk = factsKey(option);
  const facts = fk
    ? t(`options:facts.${fk}`, { who: option.who.trim(), where: option.where.trim() })
    : null;
  const parts = cardSections(band).map((section) => ({
    section,
    heading: t(`options:sections.${section}`),
    // The catalog has every section for every band an option is explained to (a unit test
    // checks it); the key is built, so it is typed loosely here.
    text: (t as unknown as (k: string) => string)(`options:${kind}.${band}.${section}`),
    picture: section === 'means' ? OPTION_PICTURE[kind] : SECTION_PICTURE[section]
  }));
  const shown = [title, ...(facts ? [facts] : []), ...parts.flatMap((p) => [p.heading, p.text])];
  return { title, facts, parts, shown };
}

export interface ExplainAdaptation extends Adaptation {
  /** One section per page (a storyboard) or the whole card at once. */
  paged: boolean;
}

function explainedLine(p: ExplainedPayload, t: AppT): SummaryLine {
  const how = p.readAloud.length
    ? p.readAloud.map((m) => t(`caseworker:results.readAloud.${m}`)).join(', ')
    : t('caseworker:results.readAloud.none');
  return {
    text: t('caseworker:results.explained', {
      option: t(`caseworker:options.${p.option}`),
      how,
      version: p.version,
      language: p.lang
    })
  };
}

export const definition: ActivityDefinition<ExplainAdaptation> = {
  id: 'explain-option',
  picture: 'map',
  resultKinds: ['explained', 'teach-back'],
  adapt: (band) => ({ ...baseAdaptation(band), paged: band === '3-5' || band === '6-8' }),
  component: () => import('./ExplainOption.svelte'),
  summarise: ({ current, t }) => {
    const lines: SummaryLine[] = [];
    const answers = current
      .filter((r) => r.kind === 'teach-back')
      .map((r) => r.payload as TeachBackPayload);
    // A card looked at again is one explanation: the last one shown, read aloud in every way used.
    const shown = current
      .filter((r) => r.kind === 'explained')
      .map((r) => r.payload as ExplainedPayload);
    const last = shown.at(-1);
    if (last)
      lines.push(
        explainedLine({ ...last, readAloud: [...new Set(shown.flatMap((p) => p.readAloud))] }, t)
      );
    const best = bestUnderstanding(answers);
    for (const [question, understanding] of Object.entries(best)) {
      const tries = answers.filter((a) => a.question === question).length;
      lines.push({
        text: t('caseworker:results.teachBack', {
          question: t(`caseworker:results.questions.${question as TeachBackPayload['question']}`),
          understanding: t(`caseworker:results.understanding.${understanding}`),
          count: tries
        })
      });
    }
    for (const a of answers)
      if (a.words)
        lines.push({
          text: t('caseworker:results.teachBackWords'),
          quote: { text: a.words, lang: a.lang ?? '' }
        });
    return lines;
  }
};
