// The options that may be considered for a child's future (DESIGN.md, "Explaining options").
import { AGE_BANDS, type AgeBand } from './age';

export const OPTION_KINDS = [
  'return-reunification',
  'kinship-care',
  'foster-care',
  'residential-care',
  'local-integration',
  'resettlement',
  'independent-living'
] as const;
export type OptionKind = (typeof OPTION_KINDS)[number];

/** Where the child would live under an option, as a picture the child can point to. */
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

/** Which country the child would live in. */
export const COUNTRIES = ['here', 'home', 'new'] as const;
export type Country = (typeof COUNTRIES)[number];

/** Who the child would live with. */
export const PEOPLE = ['family', 'relatives', 'foster-family', 'carers', 'on-my-own'] as const;
export type People = (typeof PEOPLE)[number];

/** Things that may change, for "what would change for you?" (9+). */
export const CHANGES = ['home', 'people', 'country', 'language', 'school'] as const;
export type Change = (typeof CHANGES)[number];

/** Everything Heard knows about an option, whatever the screen. */
export interface OptionFacts {
  /** Minimum age, where there is one (supported independent living: 16+). */
  minAge?: number;
  /** The age bands it is explained to. */
  bands: readonly AgeBand[];
  /** Its picture (a pictogram id), the same on the card, in the ranking and in the feedback. */
  picture: string;
  /** Where the child would live: the teach-back's "where?" answer. */
  place: Place;
  /** Which country, where the option itself says so (teach-back, 6–8). */
  country?: Country;
  /** Who with, where the option itself says so (teach-back, 6–8). */
  people?: People;
  /** What surely changes under it, and what surely stays the same ("what would change?", 9+). */
  changes: readonly Change[];
  stays: readonly Change[];
}

/**
 * The option table: one row per option. Adding an option is a row here, its kind in
 * OPTION_KINDS and its texts (options.json, guardian.json) in every language.
 */
export const OPTIONS = {
  'return-reunification': {
    bands: AGE_BANDS,
    picture: 'family',
    place: 'family-home',
    country: 'home',
    people: 'family',
    changes: ['home', 'country'],
    stays: []
  },
  'kinship-care': {
    bands: AGE_BANDS,
    picture: 'grandmother',
    place: 'relatives-home',
    people: 'relatives',
    changes: ['home', 'people'],
    stays: []
  },
  'foster-care': {
    bands: AGE_BANDS,
    picture: 'couple',
    place: 'foster-home',
    people: 'foster-family',
    changes: ['home', 'people'],
    stays: []
  },
  'residential-care': {
    bands: AGE_BANDS,
    picture: 'houses',
    place: 'group-home',
    people: 'carers',
    changes: ['home', 'people'],
    stays: []
  },
  'local-integration': {
    bands: AGE_BANDS,
    picture: 'pin',
    place: 'here',
    country: 'here',
    changes: [],
    stays: ['country']
  },
  resettlement: {
    bands: AGE_BANDS,
    picture: 'airplane',
    place: 'new-country',
    country: 'new',
    changes: ['home', 'country', 'language'],
    stays: []
  },
  'independent-living': {
    minAge: 16,
    bands: ['13-17'],
    picture: 'house-key',
    place: 'own-flat',
    people: 'on-my-own',
    changes: ['home', 'people'],
    stays: []
  }
} as const satisfies Record<OptionKind, OptionFacts>;

/** The facts of one option. */
export function optionFacts(kind: OptionKind): OptionFacts {
  return OPTIONS[kind];
}

/** An option under consideration in a session, with the case's real facts for the cards. */
export interface OptionConsidered {
  kind: OptionKind;
  /** "You would live with {{who}} in {{where}}": inserted as text, never as HTML. */
  who: string;
  where: string;
  notes: string;
}

/** The options that fit a child of this age (null age: all of them). */
export function optionsForAge(age: number | null): OptionKind[] {
  return OPTION_KINDS.filter((k) => age === null || age >= (optionFacts(k).minAge ?? 0));
}

/** The age bands an option is explained to (supported independent living only to 13–17). */
export function optionBands(kind: OptionKind): readonly AgeBand[] {
  return optionFacts(kind).bands;
}

/** What each explanation answers (DESIGN.md "Explaining options"). */
export const CARD_SECTIONS = [
  'means',
  'live',
  'with',
  'school',
  'next',
  'same',
  'changes'
] as const;
/** Teenagers also get pros and cons and a timeline. */
export const TEEN_SECTIONS = ['pros', 'cons', 'timeline'] as const;
export type CardSection = (typeof CARD_SECTIONS)[number] | (typeof TEEN_SECTIONS)[number];

/** The sections of an option card for a band, in reading order. */
export function cardSections(band: AgeBand): readonly CardSection[] {
  return band === '13-17' ? [...CARD_SECTIONS, ...TEEN_SECTIONS] : CARD_SECTIONS;
}

/** Which case-facts sentence fits: both facts, one of them, or none (blank facts are left out). */
export function factsKey(
  o: Pick<OptionConsidered, 'who' | 'where'>
): 'both' | 'who' | 'where' | null {
  const who = o.who.trim();
  const where = o.where.trim();
  if (who && where) return 'both';
  if (who) return 'who';
  if (where) return 'where';
  return null;
}

/**
 * The version of the explanation texts. Raise it whenever the meaning of options.json or
 * guardian.json changes: consent records and recordings point to the version they used.
 */
export const MATERIAL_VERSION = '2026-11.1';
