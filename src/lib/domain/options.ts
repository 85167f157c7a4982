// The options that may be considered for a child's future (DESIGN.md, "Explaining options").

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
