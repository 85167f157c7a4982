// Ages and age bands. The band drives every child-facing activity (see DESIGN.md "Age bands").

export const AGE_BANDS = ['3-5', '6-8', '9-12', '13-17'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The oldest age a case can have: cases close when the child turns 18. */
export const MAX_CASE_AGE = 17;

/** Parses an ISO date (YYYY-MM-DD) strictly; null when it is not a real calendar date. */
export function parseDate(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
    ? date
    : null;
}

/** Today as YYYY-MM-DD in local time. */
export function isoDate(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Whole years between a birth date and a day (both YYYY-MM-DD). */
export function yearsBetween(birth: string, on: string): number | null {
  const b = parseDate(birth);
  const o = parseDate(on);
  if (!b || !o) return null;
  let years = o.getUTCFullYear() - b.getUTCFullYear();
  const beforeBirthday =
    o.getUTCMonth() < b.getUTCMonth() ||
    (o.getUTCMonth() === b.getUTCMonth() && o.getUTCDate() < b.getUTCDate());
  if (beforeBirthday) years--;
  return years;
}

/** The band for an age, or null under 3 (too young for the activities). */
export function bandForAge(age: number): AgeBand | null {
  if (age < 3) return null;
  if (age <= 5) return '3-5';
  if (age <= 8) return '6-8';
  if (age <= 12) return '9-12';
  return '13-17';
}
