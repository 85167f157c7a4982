// The case manager's assessment of a case, its audit trail and the child's feedback answers,
// each an encrypted record whose id starts with the case id, so they are read by key range and
// deleted with the case. Assessment versions ("<case>/<version>") are kept side by side: a
// completed version is never overwritten. Audit entries are only ever added.
import type { Assessment, AuditEntry, FeedbackRecord } from '$lib/domain/assessment';
import { keepWellFormed } from './record-shapes';
import { getRecord, listRecordsByPrefix, putRecord, putRecords, type Space } from './records.repo';

export const ASSESSMENT_KIND = 'assessment';
export const AUDIT_KIND = 'audit';
export const FEEDBACK_KIND = 'feedback';

const versionId = (a: Pick<Assessment, 'caseId' | 'version'>) =>
  `${a.caseId}/${String(a.version).padStart(4, '0')}`;

/**
 * Saves a version of the assessment and the audit entries of the change: both, or neither.
 * `expectedVersion` is the stored version of that assessment record this window last read or
 * wrote (0: none yet): when another window saved it meanwhile, StorageError('conflict') is
 * thrown and nothing is written, so the audit never lists a change the record does not hold.
 * Resolves to the record's new stored version.
 */
export async function saveAssessment(
  space: Space,
  a: Assessment,
  audit: readonly AuditEntry[],
  expectedVersion?: number
): Promise<number> {
  const [stored] = await putRecords(space, [
    { kind: ASSESSMENT_KIND, id: versionId(a), value: a, updatedAt: a.updatedAt, expectedVersion },
    // The position keeps the changes of one save in the order they were listed.
    ...audit.map((e, i) => ({
      kind: AUDIT_KIND,
      id: `${e.caseId}/${e.at}-${String(i).padStart(4, '0')}-${e.id}`,
      value: e,
      updatedAt: e.at
    }))
  ]);
  return stored ?? 0;
}

/** The stored version of one assessment version's record (0 when it was never saved). */
export async function assessmentRecordVersion(
  space: Space,
  a: Pick<Assessment, 'caseId' | 'version'>
): Promise<number> {
  return (await getRecord(space, ASSESSMENT_KIND, versionId(a)))?.version ?? 0;
}

/** Every version of a case's assessment, oldest first. */
export async function listAssessments(space: Space, caseId: string): Promise<Assessment[]> {
  const { items } = await listRecordsByPrefix<Assessment>(space, ASSESSMENT_KIND, `${caseId}/`);
  return keepWellFormed(ASSESSMENT_KIND, items)
    .good.map((i) => i.value)
    .sort((a, b) => a.version - b.version);
}

/** Every change ever made to a case's assessment, oldest first. */
export async function listAudit(space: Space, caseId: string): Promise<AuditEntry[]> {
  const { items } = await listRecordsByPrefix<AuditEntry>(space, AUDIT_KIND, `${caseId}/`);
  return keepWellFormed(AUDIT_KIND, items)
    .good.sort((a, b) => a.id.localeCompare(b.id))
    .map((i) => i.value);
}

/** Saves the child's answer to the feedback. */
export async function saveFeedback(space: Space, f: FeedbackRecord): Promise<void> {
  await putRecord(space, FEEDBACK_KIND, `${f.caseId}/${f.id}`, f, new Date(f.at));
}

export async function listFeedback(space: Space, caseId: string): Promise<FeedbackRecord[]> {
  const { items } = await listRecordsByPrefix<FeedbackRecord>(space, FEEDBACK_KIND, `${caseId}/`);
  return keepWellFormed(FEEDBACK_KIND, items)
    .good.map((i) => i.value)
    .sort((a, b) => a.at.localeCompare(b.at));
}
