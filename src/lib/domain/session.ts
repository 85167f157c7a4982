// A session: one meeting with the child, planned by the case manager and then run.
import type { ActivityInstance } from './activities';
import { AGE_BANDS, bandForAge, parseDate, type AgeBand } from './age';
import { ageOn, type ChildCase } from './case';
import type { OptionConsidered } from './options';

export const SESSION_STATES = ['planned', 'in-progress', 'paused', 'completed', 'stopped'] as const;
export type SessionState = (typeof SESSION_STATES)[number];

export interface StateChange {
  state: SessionState;
  at: string;
  /** Why the child stopped, in their words, if they wanted to give one. */
  reason?: string;
}

export interface Session {
  id: string;
  caseId: string;
  /** YYYY-MM-DD */
  date: string;
  place: string;
  /** Who is present, as the case manager writes it. */
  present: string;
  interpreter: { name: string; language: string } | null;
  /** Language code of the session (from the language table). */
  language: string;
  /** Set when the case manager chooses another band than the child's age gives. */
  bandOverride: { band: AgeBand; reason: string } | null;
  options: OptionConsidered[];
  plan: ActivityInstance[];
  state: SessionState;
  history: StateChange[];
  /** Who the guardian is asked to let information be shared with, one consent each. */
  sharingRecipients?: string[];
  /** Where the child is in the plan: the key of the activity to play next (absent: the start). */
  cursor?: string | null;
  /** Plan items the child has finished. */
  done?: string[];
  createdAt: string;
  updatedAt: string;
}

export type SessionDraft = Pick<
  Session,
  'date' | 'place' | 'present' | 'interpreter' | 'language' | 'bandOverride' | 'options' | 'plan'
>;

/** The band the child's age gives on the session date (null under 3 or unknown). */
export function derivedBand(c: Pick<ChildCase, 'birth'>, date: string): AgeBand | null {
  const age = ageOn(c, date);
  return age === null ? null : bandForAge(age);
}

/** The band the session uses: the override if there is one, else the derived band. */
export function sessionBand(
  c: Pick<ChildCase, 'birth'>,
  s: Pick<Session, 'date' | 'bandOverride'>
): AgeBand | null {
  return s.bandOverride?.band ?? derivedBand(c, s.date);
}

export type SessionProblem =
  | 'date.missing'
  | 'date.invalid'
  | 'band.missing'
  | 'band.reasonMissing'
  | 'interpreter.nameMissing'
  | 'plan.empty';

/** Field → problem for everything that keeps the plan from being saved. */
export function validateSession(
  c: Pick<ChildCase, 'birth'>,
  d: SessionDraft
): Partial<Record<string, SessionProblem>> {
  const problems: Partial<Record<string, SessionProblem>> = {};
  if (!d.date) problems.date = 'date.missing';
  else if (!parseDate(d.date)) problems.date = 'date.invalid';
  if (d.bandOverride) {
    if (!AGE_BANDS.includes(d.bandOverride.band)) problems.band = 'band.missing';
    else if (!d.bandOverride.reason.trim()) problems.band = 'band.reasonMissing';
  } else if (!problems.date && derivedBand(c, d.date) === null) {
    problems.band = 'band.missing';
  }
  if (d.interpreter && !d.interpreter.name.trim()) problems.interpreter = 'interpreter.nameMissing';
  if (d.plan.length === 0) problems.plan = 'plan.empty';
  return problems;
}

const TRANSITIONS: Record<SessionState, readonly SessionState[]> = {
  planned: ['in-progress'],
  'in-progress': ['paused', 'completed', 'stopped'],
  paused: ['in-progress', 'completed', 'stopped'],
  completed: [],
  stopped: ['in-progress']
};

/** The states a session may move to from its current one. */
export function nextStates(state: SessionState): readonly SessionState[] {
  return TRANSITIONS[state];
}

/** Moves a session to a new state, recording when (and why, when the child stopped). */
export function transition(s: Session, to: SessionState, at: string, reason?: string): Session {
  if (!TRANSITIONS[s.state].includes(to))
    throw new Error(`session: ${s.state} → ${to} is not allowed`);
  const change: StateChange = reason?.trim()
    ? { state: to, at, reason: reason.trim() }
    : { state: to, at };
  return { ...s, state: to, history: [...s.history, change], updatedAt: at };
}

/** Sessions of a case in order: by date, then by when they were planned. */
export function sortSessions(sessions: readonly Session[]): Session[] {
  return [...sessions].sort(
    (a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt)
  );
}
