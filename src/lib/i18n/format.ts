// Dates as people read them in each language. Calendar days are stored as YYYY-MM-DD and shown
// in the language's own format (UTC, so a day never shifts with the tablet's time zone).
import { parseDate } from '$lib/domain/age';

/** "2026-11-25" → "25 November 2026" (en), "25 novembre 2026" (fr), "٢٥ نوفمبر ٢٠٢٦" (ar)… */
export function formatDay(iso: string, lang: string): string {
  const d = parseDate(iso);
  if (!d) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

/** A moment (ISO timestamp) with date and time, in the tablet's time zone. */
export function formatMoment(iso: string, lang: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}
