// Results: one thing the child did or said, append-only. A moved card is a new result that
// supersedes the old one, so the history of every choice is kept (DESIGN.md, domain model).
import type { ActivityId, Phase } from './activities';
import { OPTION_KINDS, type OptionKind } from './options';
import type { Payloads, ResultKind } from './payloads';

export type { Payloads, ResultKind } from './payloads';

export const FACTORS = ['safety', 'family', 'home', 'school', 'health', 'play', 'culture'] as const;
export type Factor = (typeof FACTORS)[number];

export const TIMES = ['past', 'present', 'future'] as const;
export type Time = (typeof TIMES)[number];

/** What a result is about: a factor, an option (or none) and a time, each when known. */
export interface ResultTags {
  factor?: Factor;
  option?: OptionKind | 'none';
  time?: Time;
}

/** What every result has, whatever its kind. */
export interface ResultBase extends ResultTags {
  id: string;
  sessionId: string;
  caseId: string;
  /** The plan item (ActivityInstance.key) this came from. */
  activityKey: string;
  activity: ActivityId;
  phase: Phase;
  /** The child chose not to say: recorded as declined, never as missing. */
  declined?: boolean;
  /** The id of the earlier result this one replaces (a moved card). */
  supersedes?: string;
  createdAt: string;
}

/**
 * A result of one kind, its payload typed by the kind (payloads.ts). `Result` alone is any
 * kind: checking `r.kind` narrows `r.payload`.
 */
type AnyResult = {
  [P in ResultKind]: ResultBase & { kind: P; payload: Payloads[P] };
}[ResultKind];
export type Result<K extends ResultKind = ResultKind> = Extract<AnyResult, { kind: K }>;

/** What an activity gives to record: the kind, its payload and what it is about. */
type AnyInput = {
  [P in ResultKind]: Pick<ResultBase, 'declined' | 'supersedes' | 'factor' | 'option' | 'time'> & {
    kind: P;
    payload: Payloads[P];
  };
}[ResultKind];
export type ResultInput<K extends ResultKind = ResultKind> = Extract<AnyInput, { kind: K }>;

/** Whether a result is of a kind (narrows its payload). */
export function isKind<K extends ResultKind>(r: Result, kind: K): r is Result<K> {
  return r.kind === kind;
}

/** The results of one kind, typed. */
export function ofKind<K extends ResultKind>(results: readonly Result[], kind: K): Result<K>[] {
  return results.filter((r): r is Result<K> => r.kind === kind);
}

export type ResultProblem = 'kind' | 'payload' | 'factor' | 'option' | 'time' | 'supersedes';

/** What is wrong with a result before it is saved (empty when it is fine). */
export function resultProblems(
  input: Pick<ResultBase, 'factor' | 'option' | 'time' | 'supersedes'> & {
    kind: unknown;
    payload?: unknown;
  },
  sessionOptions: readonly OptionKind[],
  earlier: readonly Pick<Result, 'id'>[] = []
): ResultProblem[] {
  const problems: ResultProblem[] = [];
  if (!input.kind || typeof input.kind !== 'string') problems.push('kind');
  if (input.factor !== undefined && !FACTORS.includes(input.factor)) problems.push('factor');
  if (
    input.option !== undefined &&
    input.option !== 'none' &&
    !(OPTION_KINDS.includes(input.option) && sessionOptions.includes(input.option))
  )
    problems.push('option');
  if (input.time !== undefined && !TIMES.includes(input.time)) problems.push('time');
  if (input.supersedes !== undefined && !earlier.some((r) => r.id === input.supersedes))
    problems.push('supersedes');
  return problems;
}

export class ResultError extends Error {
  readonly problems: ResultProblem[];
  readonly i18nKey = 'child:errors.result';
  constructor(problems: ResultProblem[]) {
    super(`result: ${problems.join(', ')}`);
    this.name = 'ResultError';
    this.problems = problems;
  }
}

/** The results that stand: every result not replaced by a later one, oldest first. */
export function currentResults<R extends Pick<Result, 'id' | 'supersedes' | 'createdAt'>>(
  results: readonly R[]
): R[] {
  const replaced = new Set(results.map((r) => r.supersedes).filter(Boolean));
  return results
    .filter((r) => !replaced.has(r.id))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** The chain of earlier versions of a result, newest first (a card's history of moves). */
export function historyOf<R extends Pick<Result, 'id' | 'supersedes'>>(
  results: readonly R[],
  id: string
): R[] {
  const byId = new Map(results.map((r) => [r.id, r]));
  const chain: R[] = [];
  let at = byId.get(id);
  const seen = new Set<string>();
  while (at && !seen.has(at.id)) {
    seen.add(at.id);
    chain.push(at);
    at = at.supersedes ? byId.get(at.supersedes) : undefined;
  }
  return chain;
}

/**
 * Whether a result counts as a view on the options (checklist question 2). Joining results
 * are kept for the case manager but never counted as views.
 */
export function countsAsView(r: Pick<Result, 'phase'>): boolean {
  return r.phase === 'views';
}

/** An observation: the case manager's own note, stored apart from the child's words. */
export interface Observation {
  id: string;
  sessionId: string;
  caseId: string;
  /** The plan item it is about, when it is about one. */
  activityKey?: string;
  text: string;
  createdAt: string;
}
