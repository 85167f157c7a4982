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

/** Minimum age for an option, where there is one (supported independent living: 16+). */
export const OPTION_MIN_AGE: Partial<Record<OptionKind, number>> = { 'independent-living': 16 };

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
  return OPTION_KINDS.filter((k) => age === null || age >= (OPTION_MIN_AGE[k] ?? 0));
}

/** The age bands an option is explained to (supported independent living only to 13–17). */
export function optionBands(kind: OptionKind): readonly AgeBand[] {
  return kind === 'independent-living' ? ['13-17'] : AGE_BANDS;
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
