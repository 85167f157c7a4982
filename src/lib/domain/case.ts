// A child's case: who the child is, as the case manager records it. Pure rules: validation,
// age on a date, and the case list's search, filter and sort.
import { bandForAge, MAX_CASE_AGE, parseDate, yearsBetween, type AgeBand } from './age';
import { cleanName } from './text';

export const ACCOMPANIMENT = ['accompanied', 'unaccompanied', 'separated'] as const;
export type Accompaniment = (typeof ACCOMPANIMENT)[number];

export interface Caregiver {
  name: string;
  relation: string;
  language: string;
}

export type Birth =
  { kind: 'date'; date: string } | { kind: 'estimate'; age: number; asOf: string };

export interface ChildCase {
  id: string;
  /** The name the child wants to be called. */
  alias: string;
  birth: Birth;
  /** Optional, free text allowed. */
  gender: string;
  childLanguage: string;
  guardianLanguage: string;
  accompaniment: Accompaniment;
  caregivers: Caregiver[];
  /** Why there is no guardian or caregiver, when there is none. */
  noCaregiverReason: string;
  /** The case id in the case-management system (e.g. Primero/CPIMS+). */
  externalRef: string;
  notes: string;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

export type CaseDraft = Omit<ChildCase, 'id' | 'archived' | 'createdAt' | 'updatedAt'>;

/** The fields a case manager edits, in the form's order (for merging two windows' edits). */
export const CASE_FIELDS = [
  'alias',
  'birth',
  'gender',
  'childLanguage',
  'guardianLanguage',
  'accompaniment',
  'caregivers',
  'noCaregiverReason',
  'externalRef',
  'notes'
] as const satisfies readonly (keyof CaseDraft)[];

export const ALIAS_MAX = 60;

/** An empty form for a new case. */
export function emptyDraft(): CaseDraft {
  return {
    alias: '',
    birth: { kind: 'date', date: '' },
    gender: '',
    childLanguage: '',
    guardianLanguage: '',
    accompaniment: 'accompanied',
    caregivers: [{ name: '', relation: '', language: '' }],
    noCaregiverReason: '',
    externalRef: '',
    notes: ''
  };
}

export type CaseProblem =
  | 'alias.empty'
  | 'alias.tooLong'
  | 'birth.missing'
  | 'birth.invalid'
  | 'birth.future'
  | 'birth.tooOld'
  | 'age.invalid'
  | 'age.tooOld'
  | 'caregivers.missing'
  | 'caregivers.nameMissing';

/** Field → problem, for every field that is wrong. Empty when the draft can be saved. */
export function validateCase(
  draft: CaseDraft,
  today: string
): Partial<Record<string, CaseProblem>> {
  const problems: Partial<Record<string, CaseProblem>> = {};
  const alias = draft.alias.trim();
  if (!alias) problems.alias = 'alias.empty';
  else if (alias.length > ALIAS_MAX) problems.alias = 'alias.tooLong';

  if (draft.birth.kind === 'date') {
    if (!draft.birth.date) problems.birth = 'birth.missing';
    else if (!parseDate(draft.birth.date)) problems.birth = 'birth.invalid';
    else if (draft.birth.date > today) problems.birth = 'birth.future';
    else if ((yearsBetween(draft.birth.date, today) ?? 0) > MAX_CASE_AGE)
      problems.birth = 'birth.tooOld';
  } else {
    const age = draft.birth.age;
    if (!Number.isInteger(age) || age < 0) problems.birth = 'age.invalid';
    else if (age > MAX_CASE_AGE) problems.birth = 'age.tooOld';
  }

  const named = draft.caregivers.filter((c) => c.name.trim());
  const halfFilled = draft.caregivers.some(
    (c) => !c.name.trim() && (c.relation.trim() || c.language.trim())
  );
  if (halfFilled) problems.caregivers = 'caregivers.nameMissing';
  else if (named.length === 0 && !draft.noCaregiverReason.trim())
    problems.caregivers = 'caregivers.missing';
  return problems;
}

/** Trims text fields and drops empty caregiver rows, ready to save. */
export function cleanDraft(draft: CaseDraft): CaseDraft {
  const caregivers = draft.caregivers
    .map((c) => ({
      name: cleanName(c.name),
      relation: cleanName(c.relation),
      language: c.language.trim()
    }))
    .filter((c) => c.name);
  return {
    ...draft,
    alias: cleanName(draft.alias),
    gender: draft.gender.trim(),
    childLanguage: draft.childLanguage.trim(),
    guardianLanguage: draft.guardianLanguage.trim(),
    externalRef: cleanName(draft.externalRef),
    caregivers,
    noCaregiverReason: caregivers.length ? '' : draft.noCaregiverReason.trim()
  };
}

/** The child's age in whole years on a day (YYYY-MM-DD); null if unknown. */
export function ageOn(c: Pick<ChildCase, 'birth'>, on: string): number | null {
  if (c.birth.kind === 'date') return yearsBetween(c.birth.date, on);
  const elapsed = yearsBetween(c.birth.asOf, on);
  return elapsed === null ? null : c.birth.age + Math.max(0, elapsed);
}

export type CaseStatusFilter = 'active' | 'archived' | 'all';
export type CaseSort = 'alias' | 'updated' | 'age';
export type BandFilter = AgeBand | 'under3' | 'all';

export interface CaseQuery {
  text: string;
  status: CaseStatusFilter;
  band: BandFilter;
  sort: CaseSort;
}

/** Searches by name or reference, filters by status and age band, and sorts. */
export function queryCases(
  cases: readonly ChildCase[],
  q: CaseQuery,
  today: string,
  locale = 'en'
): ChildCase[] {
  const needle = q.text.trim().toLocaleLowerCase(locale);
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const withAge = cases.map((c) => ({ c, age: ageOn(c, today) }));
  return withAge
    .filter(({ c }) =>
      q.status === 'all' ? true : q.status === 'archived' ? c.archived : !c.archived
    )
    .filter(({ age }) => {
      if (q.band === 'all') return true;
      if (age === null) return false;
      const band = bandForAge(age);
      return q.band === 'under3' ? band === null : band === q.band;
    })
    .filter(
      ({ c }) =>
        !needle ||
        c.alias.toLocaleLowerCase(locale).includes(needle) ||
        c.externalRef.toLocaleLowerCase(locale).includes(needle)
    )
    .sort((a, b) => {
      if (q.sort === 'updated') return b.c.updatedAt.localeCompare(a.c.updatedAt);
      if (q.sort === 'age')
        return (a.age ?? 99) - (b.age ?? 99) || collator.compare(a.c.alias, b.c.alias);
      return collator.compare(a.c.alias, b.c.alias);
    })
    .map(({ c }) => c);
}
