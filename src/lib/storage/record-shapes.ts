// The shape of every kind of record this app stores, checked on what a backup brings in and on
// what a repository lists, so one malformed value (a `null` case) is reported as damaged and
// skipped instead of reaching a page. Required fields are those the app reads without looking;
// the others are checked only when present, so records written by an older version still fit.
import { ACCOMPANIMENT } from '$lib/domain/case';
import { CONSENT_SUBJECTS } from '$lib/domain/consent';
import { AGE_BANDS } from '$lib/domain/age';
import { OPTION_KINDS } from '$lib/domain/options';
import { resultShape } from '$lib/domain/result-shapes';
import type { DamagedRecord } from './records.repo';
import { SESSION_STATES } from '$lib/domain/session';
import {
  any,
  arrayOf,
  bool,
  int,
  nullable,
  num,
  object,
  oneOf,
  recordOf,
  str,
  type Shape
} from '$lib/domain/shape';
import { isDrawOp } from '$lib/drawing/model';
import { VaultError } from './vault';

const option = oneOf(OPTION_KINDS);

const caseShape = object(
  {
    id: str,
    alias: str,
    birth: (v, p) =>
      object({ kind: oneOf(['date']), date: str })(v, p) === null
        ? null
        : object({ kind: oneOf(['estimate']), age: num, asOf: str })(v, p),
    externalRef: str,
    caregivers: arrayOf(object({ name: str }, { relation: str, language: str })),
    archived: bool,
    createdAt: str,
    updatedAt: str
  },
  {
    gender: str,
    childLanguage: str,
    guardianLanguage: str,
    accompaniment: oneOf(ACCOMPANIMENT),
    noCaregiverReason: str,
    notes: str
  }
);

const sessionShape = object(
  {
    id: str,
    caseId: str,
    date: str,
    state: oneOf(SESSION_STATES),
    history: arrayOf(object({ state: oneOf(SESSION_STATES), at: str }, { reason: str })),
    options: arrayOf(object({ kind: option }, { who: str, where: str, notes: str })),
    plan: arrayOf(object({ key: str, activity: str, phase: str }, { option })),
    createdAt: str,
    updatedAt: str
  },
  {
    place: str,
    present: str,
    language: str,
    interpreter: nullable(object({ name: str, language: str })),
    bandOverride: nullable(object({ band: oneOf(AGE_BANDS), reason: str })),
    sharingRecipients: arrayOf(str),
    cursor: nullable(str),
    done: arrayOf(str)
  }
);

const observationShape = object(
  { id: str, sessionId: str, caseId: str, text: str, createdAt: str },
  { activityKey: str }
);

const voiceShape = object({ id: str, sessionId: str, mime: str, audio: str, createdAt: str });

const readingShape = object({
  textId: str,
  lang: str,
  textHash: str,
  mime: str,
  durationMs: num,
  createdAt: str,
  audio: str
});

const consentShape = object(
  {
    id: str,
    caseId: str,
    subject: oneOf(CONSENT_SUBJECTS),
    who: str,
    role: oneOf(['child', 'guardian', 'case-manager']),
    scope: str,
    decision: oneOf(['granted', 'refused', 'withdrawn', 'recorded']),
    method: str,
    at: str,
    lang: str,
    version: str,
    textHash: str
  },
  {
    sessionId: nullable(str),
    relation: str,
    recipient: str,
    reason: str,
    noGuardian: str,
    witness: str,
    signature: arrayOf(arrayOf(arrayOf(num))),
    typedName: str,
    supersedes: str
  }
);

const signer = nullable(object({ name: str, at: str }));

const assessmentShape = object({
  caseId: str,
  version: int,
  understanding: object({
    options: str,
    consistent: str,
    consequences: str,
    pressure: str,
    narrative: str
  }),
  weights: recordOf(object({ weight: str, reasoning: str })),
  recommendation: object({ option: str, reasoning: str, departure: str }),
  audience: arrayOf(object({ who: str, date: str })),
  feedback: object({ because: str, lang: str }),
  community: str,
  confirmed: recordOf(bool),
  state: oneOf(['draft', 'complete']),
  signedBy: signer,
  supervisor: signer,
  createdAt: str,
  updatedAt: str
});

const auditShape = object({
  id: str,
  caseId: str,
  version: int,
  at: str,
  who: str,
  field: str,
  old: str,
  new: str
});

const feedbackShape = object({
  id: str,
  caseId: str,
  sessionId: str,
  at: str,
  lang: str,
  response: oneOf(['agrees', 'more', 'disagrees']),
  words: str,
  textHash: str
});

/** An imported record: the envelope here; the record itself is checked against its schema. */
const snapshotShape = object({
  id: str,
  importedAt: str,
  record: object({
    format: oneOf(['heard-record']),
    case: object({ id: str, alias: str, externalRef: str }),
    record: object({}),
    drawings: arrayOf(any)
  })
});

const drawOpShape: Shape = (v, p = '') => (isDrawOp(v) ? null : p);

/** Record kind → the shape of its decrypted value. */
export const RECORD_SHAPES: Readonly<Record<string, Shape>> = {
  case: caseShape,
  session: sessionShape,
  result: resultShape,
  observation: observationShape,
  drawop: drawOpShape,
  voice: voiceShape,
  consent: consentShape,
  reading: readingShape,
  assessment: assessmentShape,
  audit: auditShape,
  feedback: feedbackShape,
  snapshot: snapshotShape
};

/**
 * Where a stored value of a kind is not the right shape: "value" for the whole value, else the
 * path of the field; null when it fits (or the kind has no known shape).
 */
export function shapeProblem(kind: string, value: unknown): string | null {
  const shape = Object.hasOwn(RECORD_SHAPES, kind) ? RECORD_SHAPES[kind] : undefined;
  if (!shape) return null;
  const bad = shape(value, '');
  return bad === null ? null : bad || 'value';
}

/** Splits listed items into those of the right shape and those to report as damaged. */
export function keepWellFormed<T extends { id: string; value: unknown }>(
  kind: string,
  items: readonly T[]
): { good: T[]; bad: DamagedRecord[] } {
  const good: T[] = [];
  const bad: DamagedRecord[] = [];
  for (const i of items) {
    if (shapeProblem(kind, i.value) === null) good.push(i);
    else bad.push({ id: i.id, kind, reason: 'malformed' });
  }
  return { good, bad };
}

/** A value read on its own: returned when well formed, else refused as damaged. */
export function wellFormed<T>(kind: string, value: T | undefined): T | undefined {
  if (value === undefined || shapeProblem(kind, value) === null) return value;
  throw new VaultError('tampered');
}
