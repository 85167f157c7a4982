// Teach-back: after each option card the child shows, in play, what they understood. Nobody
// fails: an answer that shows a misunderstanding leads back to the card, and the result only
// tells the case manager how well the explanation worked (checklist questions 1 and 3).
import type { AgeBand } from './age';
import { OPTION_KINDS, type OptionKind } from './options';

/** Where the child would live under each option, as a picture the child can point to. */
export const PLACES = [
  'family-home',
  'relatives-home',
  'foster-home',
  'group-home',
  'here',
  'new-country',
  'own-flat'
] as const;
export type Place = (typeof PLACES)[number];

export const OPTION_PLACE: Record<OptionKind, Place> = {
  'return-reunification': 'family-home',
  'kinship-care': 'relatives-home',
  'foster-care': 'foster-home',
  'residential-care': 'group-home',
  'local-integration': 'here',
  resettlement: 'new-country',
  'independent-living': 'own-flat'
};

/** Which country the child would live in, where the option itself says so. */
export const COUNTRIES = ['here', 'home', 'new'] as const;
export type Country = (typeof COUNTRIES)[number];
export const OPTION_COUNTRY: Partial<Record<OptionKind, Country>> = {
  'return-reunification': 'home',
  'local-integration': 'here',
  resettlement: 'new'
};

/** Who the child would live with, where the option itself says so. */
export const PEOPLE = ['family', 'relatives', 'foster-family', 'carers', 'on-my-own'] as const;
export type People = (typeof PEOPLE)[number];
export const OPTION_PEOPLE: Partial<Record<OptionKind, People>> = {
  'return-reunification': 'family',
  'kinship-care': 'relatives',
  'foster-care': 'foster-family',
  'residential-care': 'carers',
  'independent-living': 'on-my-own'
};

/** Things that may change, for "what would change for you?" (9+). */
export const CHANGES = ['home', 'people', 'country', 'language', 'school'] as const;
export type Change = (typeof CHANGES)[number];

/** What surely changes under an option, and what surely stays the same. */
export const OPTION_CHANGES: Record<OptionKind, { changes: Change[]; stays: Change[] }> = {
  'return-reunification': { changes: ['home', 'country'], stays: [] },
  'kinship-care': { changes: ['home', 'people'], stays: [] },
  'foster-care': { changes: ['home', 'people'], stays: [] },
  'residential-care': { changes: ['home', 'people'], stays: [] },
  'local-integration': { changes: [], stays: ['country'] },
  resettlement: { changes: ['home', 'country', 'language'], stays: [] },
  'independent-living': { changes: ['home', 'people'], stays: [] }
};

export type Understanding = 'understood' | 'partly' | 'not-yet';

export type Question =
  | { id: 'where'; kind: 'pick'; choices: Place[]; answer: Place }
  | { id: 'country'; kind: 'pick'; choices: Country[]; answer: Country }
  | { id: 'who'; kind: 'pick'; choices: People[]; answer: People }
  | { id: 'changes'; kind: 'changes'; choices: readonly Change[] };

/** Rotates a list so the right answer is not always in the same place, deterministically. */
function shuffle<T>(items: T[], seed: number): T[] {
  const n = items.length;
  return items.map((_, i) => items[(i + seed) % n]!);
}

function seedOf(kind: OptionKind): number {
  return OPTION_KINDS.indexOf(kind);
}

/**
 * Other places to choose from: first the other options of this session (the child tells
 * them apart), then the rest of the catalogue.
 */
function otherPlaces(kind: OptionKind, session: readonly OptionKind[], n: number): Place[] {
  const own = OPTION_PLACE[kind];
  const order = [...session, ...OPTION_KINDS].map((k) => OPTION_PLACE[k]);
  return [...new Set(order)].filter((p) => p !== own).slice(0, n);
}

/** The teach-back questions for an option and a band. */
export function questionsFor(
  kind: OptionKind,
  band: AgeBand,
  session: readonly OptionKind[]
): Question[] {
  const place = OPTION_PLACE[kind];
  const seed = seedOf(kind);
  if (band === '3-5') {
    return [
      {
        id: 'where',
        kind: 'pick',
        choices: shuffle([place, ...otherPlaces(kind, session, 2)], seed),
        answer: place
      }
    ];
  }
  if (band === '6-8') {
    const qs: Question[] = [
      {
        id: 'where',
        kind: 'pick',
        choices: shuffle([place, ...otherPlaces(kind, session, 1)], seed),
        answer: place
      }
    ];
    const country = OPTION_COUNTRY[kind];
    const people = OPTION_PEOPLE[kind];
    if (country) {
      const other: Country = country === 'here' ? 'home' : 'here';
      qs.push({
        id: 'country',
        kind: 'pick',
        choices: shuffle([country, other], seed),
        answer: country
      });
    } else if (people) {
      const other: People = people === 'family' ? 'foster-family' : 'family';
      qs.push({
        id: 'who',
        kind: 'pick',
        choices: shuffle([people, other], seed + 1),
        answer: people
      });
    }
    return qs;
  }
  return [{ id: 'changes', kind: 'changes', choices: CHANGES }];
}

/** How well a picture answer shows the option was understood. */
export function gradePick(q: Extract<Question, { kind: 'pick' }>, answer: string): Understanding {
  return answer === q.answer ? 'understood' : 'not-yet';
}

/**
 * "What would change for you?": understood when every sure change is chosen and nothing that
 * surely stays; partly when some of it is right; not yet otherwise.
 */
export function gradeChanges(kind: OptionKind, chosen: readonly Change[]): Understanding {
  const { changes, stays } = OPTION_CHANGES[kind];
  const hits = changes.filter((c) => chosen.includes(c)).length;
  const wrong = stays.filter((c) => chosen.includes(c)).length;
  if (hits === changes.length && wrong === 0) return 'understood';
  if (hits > 0 || (changes.length === 0 && chosen.length > wrong)) return 'partly';
  return 'not-yet';
}

/** The result an explaining card records: what was shown, how, and in which version. */
export interface ExplainedPayload {
  option: OptionKind;
  band: AgeBand;
  lang: string;
  version: string;
  /** SHA-256 of the exact text shown. */
  textHash: string;
  /** How the card was read aloud, each time it was (none: read by the child or the adult). */
  readAloud: ('speech' | 'recording')[];
}

/** One teach-back answer. */
export interface TeachBackPayload {
  option: OptionKind;
  question: Question['id'];
  answer: string | string[];
  /** The child's own words, for "what would change for you?". */
  words?: string;
  /** The language the words are in. */
  lang?: string;
  understanding: Understanding;
  /** 1 for the first try, 2 after looking at the card again. */
  attempt: number;
}

/** The best understanding shown for each question of an option (for the case manager). */
export function bestUnderstanding(
  answers: readonly Pick<TeachBackPayload, 'question' | 'understanding'>[]
): Partial<Record<Question['id'], Understanding>> {
  const rank: Record<Understanding, number> = { 'not-yet': 0, partly: 1, understood: 2 };
  const out: Partial<Record<Question['id'], Understanding>> = {};
  for (const a of answers) {
    const had = out[a.question];
    if (!had || rank[a.understanding] > rank[had]) out[a.question] = a.understanding;
  }
  return out;
}
