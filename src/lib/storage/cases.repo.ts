// Children's cases, each an encrypted record of kind "case" in the open profile's space. Each
// case has its own key (in the `keys` store, sealed by the space key) that encrypts the case
// and everything about it; deleting a case deletes that key with its records, at once.
import type { CaseDraft, ChildCase } from '$lib/domain/case';
import {
  getRecord,
  listRecords,
  putRecord,
  shredRecords,
  type DamagedRecord,
  type PutOptions,
  type Space
} from './records.repo';
import { DRAWOP_KIND, VOICE_KIND } from './media.repo';
import { OBSERVATION_KIND, RESULT_KIND } from './results.repo';
import { CONSENT_KIND } from './consents.repo';
import { ASSESSMENT_KIND, AUDIT_KIND, FEEDBACK_KIND } from './assessments.repo';
import { keepWellFormed, wellFormed } from './record-shapes';

const SESSION_DATA_KINDS = [RESULT_KIND, OBSERVATION_KIND, DRAWOP_KIND, VOICE_KIND];

const KIND = 'case';

/** Every case of the open profile; records that fail their integrity check are listed apart. */
export async function listCases(
  space: Space
): Promise<{ cases: ChildCase[]; damaged: DamagedRecord[] }> {
  const { items, damaged } = await listRecords<ChildCase>(space, KIND);
  // A value of the wrong shape (a restored `null`) is damaged too, never handed to the list.
  const { good, bad } = keepWellFormed(KIND, items);
  return { cases: good.map((i) => i.value), damaged: [...damaged, ...bad] };
}

/** One case, or undefined. Throws VaultError('tampered') if it was altered. */
export async function getCase(space: Space, id: string): Promise<ChildCase | undefined> {
  return wellFormed(KIND, (await getRecord<ChildCase>(space, KIND, id))?.value);
}

/** Saves a new case from a (validated, cleaned) draft. */
export async function createCase(
  space: Space,
  draft: CaseDraft,
  now = new Date()
): Promise<ChildCase> {
  const at = now.toISOString();
  const c: ChildCase = {
    ...draft,
    id: crypto.randomUUID(),
    archived: false,
    createdAt: at,
    updatedAt: at
  };
  await putRecord(space, KIND, c.id, c, now);
  return c;
}

/** One case with its stored version, to pass back to updateCase as `expectedVersion`. */
export async function getCaseVersioned(
  space: Space,
  id: string
): Promise<{ value: ChildCase; version: number } | undefined> {
  const item = await getRecord<ChildCase>(space, KIND, id);
  return item && { value: item.value, version: item.version };
}

/**
 * Saves changes to an existing case. With `expectedVersion`, a newer save made meanwhile (in
 * another tab) throws StorageError('conflict') and nothing is overwritten.
 */
export async function updateCase(
  space: Space,
  c: ChildCase,
  now = new Date(),
  options: PutOptions = {}
): Promise<ChildCase> {
  const next: ChildCase = { ...c, updatedAt: now.toISOString() };
  await putRecord(space, KIND, next.id, next, now, options);
  return next;
}

/**
 * Deletes damaged cases (as listCases reported them) for good, with everything filed under
 * them: they cannot be opened, so this is the only way to clear them from the list.
 */
export async function deleteDamagedCases(
  space: Space,
  damaged: readonly DamagedRecord[]
): Promise<void> {
  // Records that failed decryption are reported by their stored key ("<profile>/case/<id>").
  const stored = `${space.profileId}/${KIND}/`;
  for (const d of damaged) {
    if (d.kind !== KIND) continue;
    await deleteCase(space, d.id.startsWith(stored) ? d.id.slice(stored.length) : d.id);
  }
}

/**
 * Deletes a case for good, with its sessions, what was made in them, its consents and
 * assessment, any unsaved form drafts about it, and its key: all in one transaction.
 */
export async function deleteCase(space: Space, id: string): Promise<void> {
  const { items } = await listRecords<{ caseId: string }>(space, 'session');
  const sessionIds = items.filter((s) => s.value.caseId === id).map((s) => s.id);
  await shredRecords(space, {
    deletes: [
      { kind: KIND, id },
      ...sessionIds.map((sid) => ({ kind: 'session', id: sid })),
      // Drafts of the forms about this case (see CaseForm and SessionForm draft keys).
      { kind: 'draft', id: `case-${id}` },
      { kind: 'draft', id: `session-new-${id}` },
      ...sessionIds.map((sid) => ({ kind: 'draft', id: `session-${sid}` }))
    ],
    ranges: [
      // What the child made in each session: results, drawings, recordings, observations.
      ...sessionIds.flatMap((sid) =>
        SESSION_DATA_KINDS.map((kind) => ({ kind, prefix: `${sid}/` }))
      ),
      // Assent and consent, the assessment with its audit trail, the child's feedback answers.
      ...[CONSENT_KIND, ASSESSMENT_KIND, AUDIT_KIND, FEEDBACK_KIND].map((kind) => ({
        kind,
        prefix: `${id}/`
      }))
    ],
    caseIds: [id]
  });
}
