// Assent and consent (DESIGN.md "Assent and consent"): the child's assent item by item and the
// guardian's consent per scope. Every decision is a record that says who, in what role, about
// what, how, when, in which language, and the hash of the exact text and version shown. Records
// are never edited: a withdrawal or a change of mind is a new record.
import { sha256Hex } from './hash';
import type { AgeBand } from './age';

export const CONSENT_SUBJECTS = ['child', 'guardian'] as const;
export type ConsentSubject = (typeof CONSENT_SUBJECTS)[number];

/** What the child is asked, item by item. The youngest share all views or none. */
export const ASSENT_ITEMS = [
  'take-part',
  'keep-drawings',
  'keep-voice',
  'share-guardian',
  'share-guardian-drawings',
  'share-guardian-words',
  'share-guardian-choices'
] as const;
export type AssentItem = (typeof ASSENT_ITEMS)[number];
/** The assent items that decide whether something the child makes is kept. */
export type KeepItem = 'keep-voice' | 'keep-drawings';

/** The assent items asked of a band, in order. */
export function assentItems(band: AgeBand): AssentItem[] {
  return band === '3-5' || band === '6-8'
    ? ['take-part', 'keep-drawings', 'keep-voice', 'share-guardian']
    : [
        'take-part',
        'keep-drawings',
        'keep-voice',
        'share-guardian-drawings',
        'share-guardian-words',
        'share-guardian-choices'
      ];
}

/** The guardian's consent scopes. Information sharing is asked once per named recipient. */
export const CONSENT_SCOPES = [
  'services',
  'family-tracing',
  'information-sharing',
  'keep-media',
  'show-drawings'
] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

/** A record that there is no guardian to ask, and why. */
export const NO_GUARDIAN = 'no-guardian';
export const NO_GUARDIAN_REASONS = [
  'unaccompanied-not-appointed',
  'unaccompanied-appointed-absent',
  'not-reachable',
  'other'
] as const;
export type NoGuardianReason = (typeof NO_GUARDIAN_REASONS)[number];

export type Scope = AssentItem | ConsentScope | typeof NO_GUARDIAN;

export type Decision = 'granted' | 'refused' | 'withdrawn' | 'recorded';

/** How the decision was given (by band for the child; signature for the guardian). */
export const METHODS = [
  'behavioural',
  'verbal',
  'tap',
  'mark',
  'typed-name',
  'signature',
  'case-manager'
] as const;
export type Method = (typeof METHODS)[number];

/** The assent method that fits a band (DESIGN.md "Suggested session plans"). */
export function assentMethod(band: AgeBand): 'behavioural' | 'verbal' | 'tap' {
  return band === '3-5' ? 'behavioural' : band === '6-8' ? 'verbal' : 'tap';
}

/** A stroke of a drawn signature or mark, in the box's own coordinates (0–1). */
export type SignatureStroke = [number, number][];

export interface ConsentRecord {
  id: string;
  caseId: string;
  /** The session it was given in (null when recorded on the case page). */
  sessionId: string | null;
  subject: ConsentSubject;
  /** Who decided: the child's name, the guardian's name, or the case manager. */
  who: string;
  role: 'child' | 'guardian' | 'case-manager';
  /** The guardian's relation to the child. */
  relation?: string;
  scope: Scope;
  /** For information sharing: with whom. */
  recipient?: string;
  decision: Decision;
  method: Method;
  /** Optional for a refusal or a withdrawal; required for "no guardian". */
  reason?: string;
  noGuardian?: NoGuardianReason;
  /** The case manager who saw the child give assent. */
  witness?: string;
  signature?: SignatureStroke[];
  typedName?: string;
  /** The record a withdrawal takes back. */
  supersedes?: string;
  at: string;
  /** Language of the text shown. */
  lang: string;
  /** Version of the text shown (MATERIAL_VERSION). */
  version: string;
  /** SHA-256 (hex) of the exact text shown. */
  textHash: string;
}

export type ConsentInput = Omit<ConsentRecord, 'id' | 'at'>;

export type ConsentProblem =
  'who' | 'relation' | 'signature' | 'scope' | 'recipient' | 'reason' | 'hash' | 'supersedes';

const SCOPES: readonly string[] = [...ASSENT_ITEMS, ...CONSENT_SCOPES, NO_GUARDIAN];

/** What keeps a consent record from being saved (empty when it is fine). */
export function consentProblems(
  input: ConsentInput,
  earlier: readonly ConsentRecord[] = []
): ConsentProblem[] {
  const p: ConsentProblem[] = [];
  if (!SCOPES.includes(input.scope)) p.push('scope');
  const isAssent = (ASSENT_ITEMS as readonly string[]).includes(input.scope);
  if (isAssent !== (input.subject === 'child')) p.push('scope');
  if (!input.who.trim()) p.push('who');
  if (!/^[0-9a-f]{64}$/.test(input.textHash)) p.push('hash');
  if (input.scope === 'information-sharing' && !input.recipient?.trim()) p.push('recipient');
  if (input.scope === NO_GUARDIAN) {
    if (!input.noGuardian || (input.noGuardian === 'other' && !input.reason?.trim()))
      p.push('reason');
  } else if (
    input.subject === 'guardian' &&
    input.role === 'guardian' &&
    input.decision !== 'withdrawn'
  ) {
    if (!input.relation?.trim()) p.push('relation');
    if (!input.signature?.some((s) => s.length > 0)) p.push('signature');
  }
  if (input.decision === 'withdrawn') {
    const was = earlier.find((r) => r.id === input.supersedes);
    if (!was || was.scope !== input.scope || current(earlier, was) !== was) p.push('supersedes');
  }
  return p;
}

/** A typed error for a record that cannot be saved. */
export class ConsentError extends Error {
  constructor(readonly problems: ConsentProblem[]) {
    super(`consent: ${problems.join(', ')}`);
    this.name = 'ConsentError';
  }
}

function slot(r: Pick<ConsentRecord, 'subject' | 'scope' | 'recipient'>): string {
  return `${r.subject}|${r.scope}|${r.recipient?.trim().toLowerCase() ?? ''}`;
}

function current(all: readonly ConsentRecord[], r: ConsentRecord): ConsentRecord | undefined {
  return latestBySlot(all).get(slot(r));
}

function latestBySlot(all: readonly ConsentRecord[]): Map<string, ConsentRecord> {
  const out = new Map<string, ConsentRecord>();
  for (const r of [...all].sort((a, b) => a.at.localeCompare(b.at))) out.set(slot(r), r);
  return out;
}

/** The decision that stands for each scope (and recipient), latest first in time. */
export function currentConsents(all: readonly ConsentRecord[]): ConsentRecord[] {
  return [...latestBySlot(all).values()];
}

/** Whether a scope stands granted (no record: not granted). */
export function isGranted(
  all: readonly ConsentRecord[],
  subject: ConsentSubject,
  scope: Scope,
  recipient?: string
): boolean {
  return latestBySlot(all).get(slot({ subject, scope, recipient }))?.decision === 'granted';
}

/**
 * Whether something the child makes may be kept. Before the child was asked it may (the case
 * manager plans assent first); once the child said no or took it back, it may not.
 */
export function mayKeep(
  all: readonly ConsentRecord[],
  item: 'keep-drawings' | 'keep-voice'
): boolean {
  const r = latestBySlot(all).get(slot({ subject: 'child', scope: item }));
  return !r || r.decision === 'granted';
}

export type ShareCategory = 'drawings' | 'words' | 'choices';

/** Whether the child agreed to show the guardian this kind of view. Without assent: never. */
export function sharedWithGuardian(
  all: readonly ConsentRecord[],
  category: ShareCategory
): boolean {
  return (
    isGranted(all, 'child', 'share-guardian') ||
    isGranted(all, 'child', `share-guardian-${category}`)
  );
}

/** A withdrawal of a granted record: a new record that points to it. */
/**
 * Whether a "no" to keeping recordings or drawings must be confirmed before it deletes them:
 * when there are some, and when they could not be counted (null). Never skipped on a failure.
 */
export function confirmBeforeDeleting(count: number | null): boolean {
  return count === null || count > 0;
}

export function withdrawal(
  r: ConsentRecord,
  by: { who: string; role: ConsentRecord['role']; method: Method; reason?: string },
  shown: { lang: string; version: string; textHash: string }
): ConsentInput {
  const reason = by.reason?.trim();
  return {
    caseId: r.caseId,
    sessionId: r.sessionId,
    subject: r.subject,
    who: by.who,
    role: by.role,
    scope: r.scope,
    ...(r.recipient ? { recipient: r.recipient } : {}),
    decision: 'withdrawn',
    method: by.method,
    ...(reason ? { reason } : {}),
    supersedes: r.id,
    ...shown
  };
}

/** The SHA-256 (hex) of the exact text shown: its version, language and every part in order. */
export async function hashShownText(
  parts: readonly string[],
  lang: string,
  version: string
): Promise<string> {
  return sha256Hex(JSON.stringify({ version, lang, parts }));
}
