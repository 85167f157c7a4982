// The shape of each kind of result's payload, and which activities record it. Activities read a
// payload by its activity without looking again (a ranking's `groups.map`), so a result read
// from a file or a backup is checked here before anything summarises it. The record's JSON
// schema (record.schema.json) says the same for imported records.
import { AGE_BANDS } from './age';
import { PHASES } from './activities';
import { OPTION_KINDS } from './options';
import type { ResultKind } from './payloads';
import { FACTORS, TIMES } from './results';
import { arrayOf, bool, either, num, object, oneOf, recordOf, str, type Shape } from './shape';

const option = oneOf(OPTION_KINDS);
const drawing = object({ drawingId: str }, { marks: num, prompt: either(str, oneOf([null])) });

/** Result kind → the activities that record it and the payload they give. */
export const RESULT_KINDS: Record<ResultKind, { activities: readonly string[]; payload: Shape }> = {
  feeling: {
    activities: ['feelings-check-in'],
    // A declined check-in keeps only the moment.
    payload: object({ moment: oneOf(['start', 'end']) }, { feeling: str, scale: oneOf([3, 5]) })
  },
  drawing: { activities: ['free-drawing', 'drawing-prompt'], payload: drawing },
  // The summary checks the buddy itself and shows nothing for an unknown one.
  buddy: { activities: ['choose-buddy'], payload: object({}) },
  like: {
    activities: ['likes-dislikes'],
    payload: object({ item: str }, { value: oneOf(['like', 'dislike']) })
  },
  'about-me': { activities: ['about-me'], payload: recordOf(str) },
  circle: {
    activities: ['circles'],
    payload: object({
      person: object({ id: str, name: str, picture: str }),
      ring: oneOf(['inner', 'middle', 'outer'])
    })
  },
  explained: {
    activities: ['explain-option'],
    payload: object({
      option,
      band: oneOf(AGE_BANDS),
      lang: str,
      version: str,
      textHash: str,
      readAloud: arrayOf(oneOf(['speech', 'recording']))
    })
  },
  'teach-back': {
    activities: ['explain-option'],
    payload: object(
      { option, question: str, answer: either(str, arrayOf(str)), understanding: str },
      { words: str, lang: str }
    )
  },
  placement: {
    activities: ['sorting-mat'],
    payload: object(
      { round: str, item: str, points: oneOf([2, 3]) },
      { column: either(str, oneOf([null])) }
    )
  },
  house: {
    activities: ['three-houses'],
    payload: object({
      house: str,
      name: str,
      words: str,
      typedBy: str,
      drawingId: str,
      marks: num
    })
  },
  ranking: {
    activities: ['ranking'],
    payload: object({
      order: arrayOf(object({ kind: option, tied: bool })),
      groups: arrayOf(arrayOf(option))
    })
  },
  words: {
    activities: ['own-words'],
    payload: object({ text: str, typedBy: str, language: str }, { translation: str })
  },
  'voice-permission': { activities: ['own-words'], payload: object({ granted: bool }) },
  voice: { activities: ['own-words'], payload: object({ mediaId: str, durationMs: num }) },
  'assent-check': {
    activities: ['child-assent'],
    payload: object({ question: str, understood: bool })
  }
};

const resultFields = object(
  {
    id: str,
    sessionId: str,
    caseId: str,
    activityKey: str,
    activity: str,
    phase: oneOf(PHASES),
    kind: str,
    createdAt: str
  },
  {
    factor: oneOf(FACTORS),
    option: either(option, oneOf(['none'])),
    time: oneOf(TIMES),
    declined: bool,
    supersedes: str
  }
);

/** Where a result is not what its activity records (null when it is). */
export const resultShape: Shape = (v, p = '') => {
  const bad = resultFields(v, p);
  if (bad !== null) return bad;
  const r = v as { kind: string; activity: string; payload: unknown };
  const known = Object.hasOwn(RESULT_KINDS, r.kind)
    ? RESULT_KINDS[r.kind as ResultKind]
    : undefined;
  if (!known) return p ? `${p}.kind` : 'kind';
  if (!known.activities.includes(r.activity)) return p ? `${p}.activity` : 'activity';
  return known.payload(r.payload, p ? `${p}.payload` : 'payload');
};

/** Whether a string names a result kind. */
export function isResultKind(kind: unknown): kind is ResultKind {
  return typeof kind === 'string' && Object.hasOwn(RESULT_KINDS, kind);
}

/**
 * What is wrong with a payload an activity gives before it is saved: a kind the activity does
 * not record, or a payload that is not that kind's (null when it is fine).
 */
export function payloadProblem(
  activity: string,
  kind: unknown,
  payload: unknown
): 'kind' | 'payload' | null {
  if (!isResultKind(kind) || !RESULT_KINDS[kind].activities.includes(activity)) return 'kind';
  return RESULT_KINDS[kind].payload(payload, 'payload') === null ? null : 'payload';
}
