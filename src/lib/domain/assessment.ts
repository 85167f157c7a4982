// The case manager's assessment (DESIGN.md "The record"): understanding and maturity, weight
// per option, the recommendation, with whom the views were shared, feedback to the child and
// community. Versioned: a completed version is locked and signed; a change after that starts
// the next version. Every change is audited (who, when, which field, old and new value).
import { OPTION_KINDS, type OptionKind } from './options';

export const RATINGS = ['yes', 'partly', 'no'] as const;
export type Rating = (typeof RATINGS)[number];
export const PRESSURE = ['none', 'some', 'strong'] as const;
export type Pressure = (typeof PRESSURE)[number];
export const WEIGHTS = ['significant', 'considered', 'limited'] as const;
export type Weight = (typeof WEIGHTS)[number];
/** The child's answer to the feedback: agrees, wants to say more, disagrees. */
export const RESPONSES = ['agrees', 'more', 'disagrees'] as const;
export type FeedbackResponse = (typeof RESPONSES)[number];

/** The parts of the record, in the order of the Lundy model and General Comment 12. */
export const PARTS = [
  'space',
  'information',
  'views',
  'understanding',
  'weight',
  'audience',
  'community',
  'consent'
] as const;
export type PartId = (typeof PARTS)[number];

export interface Assessment {
  caseId: string;
  /** 1, 2, …: a completed version is locked; a change starts the next one. */
  version: number;
  understanding: {
    options: Rating | '';
    consistent: Rating | '';
    consequences: Rating | '';
    pressure: Pressure | '';
    narrative: string;
  };
  /** Per option considered. */
  weights: Partial<Record<OptionKind, { weight: Weight | ''; reasoning: string }>>;
  recommendation: {
    option: OptionKind | '';
    reasoning: string;
    /** Why the recommendation departs from what the child wished, when it does. */
    departure: string;
  };
  /** With whom the child's views were shared and when. */
  audience: { who: string; date: string }[];
  /** What the child is told: the decision's "because", in the child's language. */
  feedback: { because: string; lang: string };
  community: string;
  /** The case manager's confirmation that a part is complete. */
  confirmed: Partial<Record<PartId, boolean>>;
  state: 'draft' | 'complete';
  signedBy: { name: string; at: string } | null;
  supervisor: { name: string; at: string } | null;
  createdAt: string;
  updatedAt: string;
}

/** One change to the assessment, kept for good. */
export interface AuditEntry {
  id: string;
  caseId: string;
  version: number;
  at: string;
  who: string;
  /** A dotted path, e.g. "weights.return-reunification.weight". */
  field: string;
  old: string;
  new: string;
}

/** The child's answer to the feedback, recorded in child mode. */
export interface FeedbackRecord {
  id: string;
  caseId: string;
  sessionId: string;
  at: string;
  lang: string;
  response: FeedbackResponse;
  /** What the child wanted to add, as said. */
  words: string;
  /** SHA-256 of the summary the child was shown. */
  textHash: string;
}

/** A blank first version. */
/**
 * The saved assessment: the last of its versions, oldest first (null when none was saved). The
 * record, the report and the feedback to the child always show this one, never a draft.
 */
export function savedAssessment(versions: readonly Assessment[]): Assessment | null {
  return versions.at(-1) ?? null;
}

export function emptyAssessment(caseId: string, at: string, lang = ''): Assessment {
  return {
    caseId,
    version: 1,
    understanding: { options: '', consistent: '', consequences: '', pressure: '', narrative: '' },
    weights: {},
    recommendation: { option: '', reasoning: '', departure: '' },
    audience: [],
    feedback: { because: '', lang },
    community: '',
    confirmed: {},
    state: 'draft',
    signedBy: null,
    supervisor: null,
    createdAt: at,
    updatedAt: at
  };
}

/** The fields a change can touch, flattened to dotted paths and text values. */
export function flatten(a: Assessment): Map<string, string> {
  const out = new Map<string, string>();
  const u = a.understanding;
  for (const [k, v] of Object.entries(u)) out.set(`understanding.${k}`, v);
  for (const kind of OPTION_KINDS) {
    const w = a.weights[kind];
    if (!w) continue;
    out.set(`weights.${kind}.weight`, w.weight);
    out.set(`weights.${kind}.reasoning`, w.reasoning);
  }
  for (const [k, v] of Object.entries(a.recommendation)) out.set(`recommendation.${k}`, v);
  out.set('audience', a.audience.map((e) => `${e.who} (${e.date})`).join('; '));
  out.set('feedback.because', a.feedback.because);
  out.set('feedback.lang', a.feedback.lang);
  out.set('community', a.community);
  for (const [k, v] of Object.entries(a.confirmed)) out.set(`confirmed.${k}`, v ? 'yes' : 'no');
  out.set('state', a.state);
  out.set('signedBy', a.signedBy ? `${a.signedBy.name} (${a.signedBy.at})` : '');
  out.set('supervisor', a.supervisor ? `${a.supervisor.name} (${a.supervisor.at})` : '');
  return out;
}

/** What changed between two versions of the assessment, field by field. */
export function diffAssessment(
  before: Assessment,
  after: Assessment
): { field: string; old: string; new: string }[] {
  const a = flatten(before);
  const b = flatten(after);
  const fields = new Set([...a.keys(), ...b.keys()]);
  const out: { field: string; old: string; new: string }[] = [];
  for (const field of fields) {
    const old = a.get(field) ?? '';
    const now = b.get(field) ?? '';
    if (old !== now) out.push({ field, old, new: now });
  }
  return out;
}

export type CompleteProblem = 'signer' | 'recommendation' | 'departure' | 'weights';

/**
 * What keeps an assessment from being marked complete: a signer, a recommendation, a weight
 * for every option, and the reason when the recommendation departs from the child's wish.
 */
export function completeProblems(
  a: Assessment,
  options: readonly OptionKind[],
  childWish: OptionKind | null,
  signer: string
): CompleteProblem[] {
  const p: CompleteProblem[] = [];
  if (!signer.trim()) p.push('signer');
  if (!a.recommendation.option) p.push('recommendation');
  if (options.some((o) => !a.weights[o]?.weight)) p.push('weights');
  if (departs(a, childWish) && !a.recommendation.departure.trim()) p.push('departure');
  return p;
}

/** Whether the recommendation departs from the option the child wished for. */
export function departs(a: Pick<Assessment, 'recommendation'>, childWish: OptionKind | null) {
  return !!childWish && !!a.recommendation.option && a.recommendation.option !== childWish;
}

/** Marks a version complete and signed: it is locked from now on. */
export function complete(a: Assessment, signer: string, at: string): Assessment {
  return { ...a, state: 'complete', signedBy: { name: signer.trim(), at }, updatedAt: at };
}

/** A supervisor's counter-signature on a completed version. */
export function countersign(a: Assessment, supervisor: string, at: string): Assessment {
  if (a.state !== 'complete')
    throw new Error('assessment: only a completed version is countersigned');
  return { ...a, supervisor: { name: supervisor.trim(), at }, updatedAt: at };
}

/** The next version, a draft copy of a completed one: a locked version is never edited. */
export function nextVersion(a: Assessment, at: string): Assessment {
  return {
    ...structuredClone(a),
    version: a.version + 1,
    state: 'draft',
    signedBy: null,
    supervisor: null,
    createdAt: at,
    updatedAt: at
  };
}
