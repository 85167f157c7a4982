// The record of one case as screen state: everything buildRecord needs, read once; the
// assessment being edited (a draft of the latest version); and the actions that change it.
// Each save writes the new version with its audit entries in one transaction; a completed
// version is locked, and editing it starts the next version.
import {
  complete,
  completeProblems,
  countersign,
  diffAssessment,
  emptyAssessment,
  nextVersion,
  savedAssessment,
  type Assessment,
  type AuditEntry,
  type CompleteProblem,
  type FeedbackRecord
} from '$lib/domain/assessment';
import type { ChildCase } from '$lib/domain/case';
import type { ConsentRecord } from '$lib/domain/consent';
import { buildRecord, type CaseRecord } from '$lib/domain/record';
import type { Result } from '$lib/domain/results';
import { sortSessions, type Session } from '$lib/domain/session';
import {
  listAssessments,
  listAudit,
  listFeedback,
  saveAssessment,
  assessmentRecordVersion
} from '$lib/storage/assessments.repo';
import { getCase } from '$lib/storage/cases.repo';
import { listConsents } from '$lib/storage/consents.repo';
import { mediaKeys } from '$lib/storage/media.repo';
import type { Space } from '$lib/storage/records.repo';
import { listResults } from '$lib/storage/results.repo';
import { listSessions, saveSession } from '$lib/storage/sessions.repo';

export interface RecordSources {
  child: ChildCase;
  sessions: Session[];
  results: Result[];
  media: { drawings: Set<string>; voices: Set<string> };
  consents: ConsentRecord[];
  feedback: FeedbackRecord[];
  versions: Assessment[];
  /** The stored version of the latest assessment's record, to refuse saving over a newer one. */
  latestRecordVersion: number;
  audit: AuditEntry[];
  /** Records that could not be read (shown as a warning, never as data). */
  damaged: number;
}

/** The record as saved: with the saved assessment, never unsaved edits. */
export function savedRecord(sources: RecordSources): CaseRecord {
  return buildRecord({ ...sources, assessment: savedAssessment(sources.versions) });
}

/** Reads everything about a case the record is built from; undefined when the case is gone. */
export async function loadRecordSources(
  space: Space,
  caseId: string
): Promise<RecordSources | undefined> {
  const child = await getCase(space, caseId);
  if (!child) return undefined;
  const sessions = sortSessions(await listSessions(space, caseId));
  const ids = sessions.map((s) => s.id);
  const lists = await Promise.all(ids.map((id) => listResults(space, id)));
  const [media, consents, feedback, versions, audit] = await Promise.all([
    mediaKeys(space, ids),
    listConsents(space, caseId),
    listFeedback(space, caseId),
    listAssessments(space, caseId),
    listAudit(space, caseId)
  ]);
  const latest = savedAssessment(versions);
  const latestRecordVersion = latest ? await assessmentRecordVersion(space, latest) : 0;
  return {
    child,
    sessions,
    results: lists.flatMap((l) => l.results),
    media,
    consents: consents.consents,
    feedback,
    versions,
    latestRecordVersion,
    audit,
    damaged: lists.reduce((n, l) => n + l.damaged, consents.damaged)
  };
}

const clone = <T>(v: T): T => structuredClone($state.snapshot(v) as T);

export class CaseRecordState {
  readonly sources: RecordSources;
  #space: Space;
  #who: string;
  #now: () => Date;
  /** The latest saved version (null: nothing saved yet). */
  saved = $state<Assessment | null>(null);
  draft = $state<Assessment>() as Assessment;
  audit = $state<AuditEntry[]>([]);
  sessions = $state<Session[]>([]);
  saving = $state(false);
  /** The stored version of the saved assessment's record, as this window knows it. */
  #recordVersion = 0;

  constructor(
    space: Space,
    sources: RecordSources,
    who: string,
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a clock, not state
    now: () => Date = () => new Date()
  ) {
    this.#space = space;
    this.sources = sources;
    this.#who = who;
    this.#now = now;
    this.saved = savedAssessment(sources.versions);
    this.#recordVersion = sources.latestRecordVersion ?? 0;
    this.audit = sources.audit;
    this.sessions = sources.sessions;
    this.draft = this.saved
      ? clone(this.saved)
      : emptyAssessment(sources.child.id, now().toISOString(), sources.child.childLanguage);
  }

  /** The record as it stands with the assessment being edited. */
  readonly record: CaseRecord = $derived.by(() =>
    buildRecord({
      child: this.sources.child,
      sessions: this.sessions,
      results: this.sources.results,
      media: this.sources.media,
      consents: this.sources.consents,
      feedback: this.sources.feedback,
      assessment: this.draft,
      audit: this.audit
    })
  );

  /** The record with the saved assessment only: what the report and exports show. */
  readonly savedRecord: CaseRecord = $derived.by(() =>
    buildRecord({
      child: this.sources.child,
      sessions: this.sessions,
      results: this.sources.results,
      media: this.sources.media,
      consents: this.sources.consents,
      feedback: this.sources.feedback,
      assessment: this.saved,
      audit: this.audit
    })
  );

  /** A completed version is locked: it is read, never edited. */
  get locked(): boolean {
    return this.draft.state === 'complete';
  }

  /** What the draft is compared with: the saved version, or a blank one before the first save. */
  get #base(): Assessment {
    return (
      this.saved ??
      emptyAssessment(this.draft.caseId, this.draft.createdAt, this.draft.feedback.lang)
    );
  }

  /** How many fields have changed since the last save. */
  get changes(): number {
    return diffAssessment(this.#base, this.draft).length;
  }

  /** Unsaved changes. */
  get dirty(): boolean {
    return this.changes > 0;
  }

  /** Saves the draft as its version, with one audit entry per changed field. */
  async save(next: Assessment = this.draft): Promise<void> {
    const at = this.#now().toISOString();
    const before = this.#base;
    const value: Assessment = { ...clone(next), updatedAt: at };
    const entries: AuditEntry[] = diffAssessment(before, value)
      .filter((d) => d.field !== 'updatedAt')
      .map((d) => ({
        id: crypto.randomUUID(),
        caseId: value.caseId,
        version: value.version,
        at,
        who: this.#who,
        ...d
      }));
    this.saving = true;
    try {
      // Over the same version: the stored one must be the one this window had. A new version
      // number: nobody may have started it in another window (0).
      const sameSlot = this.saved !== null && this.saved.version === value.version;
      this.#recordVersion = await saveAssessment(
        this.#space,
        value,
        entries,
        sameSlot ? this.#recordVersion : 0
      );
      this.saved = value;
      this.draft = clone(value);
      this.audit = [...this.audit, ...entries];
    } finally {
      this.saving = false;
    }
  }

  /** Goes back to the last saved version of the draft. */
  discard(): void {
    if (this.saved) this.draft = clone(this.saved);
  }

  problems(signer: string): CompleteProblem[] {
    return completeProblems(this.draft, this.record.options, this.record.weight.childWish, signer);
  }

  /** Marks the version complete and signed, saving any last changes with it. */
  async complete(signer: string): Promise<void> {
    await this.save(complete(clone(this.draft), signer, this.#now().toISOString()));
  }

  async countersign(supervisor: string): Promise<void> {
    await this.save(countersign(clone(this.draft), supervisor, this.#now().toISOString()));
  }

  /** Starts the next version from a locked one. */
  async reopen(): Promise<void> {
    await this.save(nextVersion(clone(this.draft), this.#now().toISOString()));
  }

  /** Saves a session's new plan (a gap added to the next session). */
  async savePlan(s: Session): Promise<void> {
    const saved = await saveSession(this.#space, s);
    this.sessions = this.sessions.map((x) => (x.id === saved.id ? saved : x));
  }
}
