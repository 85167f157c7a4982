// The case screens' loads and saves: the list (with damaged records kept apart), one case with
// its sessions, the new-case and edit forms. An edit saves over the version it read; a newer
// save made meanwhile in another window is merged when the changes do not overlap.
import { CASE_FIELDS, type CaseDraft, type ChildCase } from '$lib/domain/case';
import { mergeEdits, type MergeResult } from '$lib/domain/merge';
import { sortSessions, type Session } from '$lib/domain/session';
import {
  createCase as storeCase,
  deleteCase as dropCase,
  deleteDamagedCases,
  getCaseVersioned,
  listCases,
  updateCase
} from '$lib/storage/cases.repo';
import { clearDraft } from '$lib/storage/drafts.repo';
import { StorageError } from '$lib/storage/errors';
import { getCase } from '$lib/storage/cases.repo';
import type { DamagedRecord, Space } from '$lib/storage/records.repo';
import { listSessions } from '$lib/storage/sessions.repo';
import { storage } from '$lib/storage/storage.svelte';

export type { DamagedRecord, Space };

/** Every case of the open space, with the records that could not be read listed apart. */
export function loadCases(space: Space): Promise<{ cases: ChildCase[]; damaged: DamagedRecord[] }> {
  return listCases(space);
}

/** Deletes the damaged cases for good; returns the damaged records still left. */
export async function removeDamagedCases(
  space: Space,
  damaged: readonly DamagedRecord[]
): Promise<DamagedRecord[]> {
  await deleteDamagedCases(space, damaged);
  return (await listCases(space)).damaged;
}

/**
 * One case and its sessions in order; `child` is null when there is no such case. Never
 * throws: a failure comes back as `error`, with the case if it was read before the sessions
 * failed (the case page still shows it then). `space` is read inside, so a locked workspace
 * is reported the same way.
 */
export async function loadCaseOverview(
  space: () => Space,
  caseId: string
): Promise<{ child: ChildCase | null; sessions: Session[]; error: unknown }> {
  let child: ChildCase | null = null;
  try {
    const sp = space();
    child = (await getCase(sp, caseId)) ?? null;
    const sessions = child ? sortSessions(await listSessions(sp, child.id)) : [];
    return { child, sessions, error: null };
  } catch (error) {
    return { child, sessions: [], error };
  }
}

/** One case, or null when there is no such case. */
export async function loadCase(space: Space, caseId: string): Promise<ChildCase | null> {
  return (await getCase(space, caseId)) ?? null;
}

/** Archives a case (or brings it back); returns it as saved. */
export function setCaseArchived(space: Space, c: ChildCase, archived: boolean): Promise<ChildCase> {
  return updateCase(space, { ...c, archived });
}

/** Deletes a case for good, with everything filed under it. */
export function deleteCase(space: Space, caseId: string): Promise<void> {
  return dropCase(space, caseId);
}

/** Saves a new case; the first real save asks the browser to keep storage. */
export async function createCase(space: Space, draft: CaseDraft): Promise<ChildCase> {
  const c = await storeCase(space, draft);
  await storage.afterSave();
  return c;
}

/** A case with the stored version the edit form starts from, or null when it is gone. */
export async function loadCaseForEdit(
  space: Space,
  caseId: string
): Promise<{ value: ChildCase; version: number } | null> {
  return (await getCaseVersioned(space, caseId)) ?? null;
}

/** Forgets the unsaved copy of the edit form (best effort: a failure is not the user's). */
export async function clearCaseDraft(space: Space, caseId: string): Promise<void> {
  await clearDraft(space, `case-${caseId}`).catch(() => undefined);
}

/** Fields both windows changed: the newer stored case, its version and the merge to resolve. */
export interface CaseConflict {
  mine: ChildCase;
  theirs: ChildCase;
  theirsVersion: number;
  result: MergeResult<ChildCase>;
}

export const isConflict = (err: unknown) => err instanceof StorageError && err.code === 'conflict';

/**
 * Saves an edit over the version it started from. When another window saved meanwhile,
 * changes that do not overlap are merged and saved ('saved'); fields both changed come back
 * as a conflict to choose from. Other failures throw.
 */
export async function saveCaseEdit(
  space: Space,
  current: ChildCase,
  version: number,
  draft: CaseDraft
): Promise<{ saved: true } | { saved: false; conflict: CaseConflict }> {
  const mine: ChildCase = { ...current, ...draft };
  try {
    await updateCase(space, mine, new Date(), { expectedVersion: version });
    return { saved: true };
  } catch (err) {
    if (!isConflict(err)) throw err;
  }
  const newer = await getCaseVersioned(space, current.id);
  if (!newer) throw new StorageError('conflict');
  const result = mergeEdits(current, mine, newer.value, CASE_FIELDS);
  if (result.conflicts.length === 0) {
    await updateCase(space, result.merged, new Date(), { expectedVersion: newer.version });
    return { saved: true };
  }
  return {
    saved: false,
    conflict: { mine, theirs: newer.value, theirsVersion: newer.version, result }
  };
}

/** Saves the case as resolved from a conflict, over the newer version it was merged with. */
export async function saveMergedCase(
  space: Space,
  value: ChildCase,
  theirsVersion: number
): Promise<void> {
  await updateCase(space, value, new Date(), { expectedVersion: theirsVersion });
}
