// The child's results and the case manager's observations, each an encrypted record whose id
// starts with the session id ("<session>/<uuid>"), so a session's records are read by key
// range and deleted with it.
import type { Observation, Result } from '$lib/domain/results';
import { keepWellFormed } from './record-shapes';
import { listRecordsByPrefix, putRecord, type Space } from './records.repo';

export const RESULT_KIND = 'result';
export const OBSERVATION_KIND = 'observation';

/** Saves a result the moment it happens (strict durability: it survives a crash). */
export async function saveResult(space: Space, r: Result): Promise<void> {
  await putRecord(space, RESULT_KIND, `${r.sessionId}/${r.id}`, r, new Date(r.createdAt));
}

/** Every result of a session, oldest first, and how many could not be read. */
export async function listResults(
  space: Space,
  sessionId: string
): Promise<{ results: Result[]; damaged: number }> {
  const { items, damaged } = await listRecordsByPrefix<Result>(space, RESULT_KIND, `${sessionId}/`);
  const { good, bad } = keepWellFormed(RESULT_KIND, items);
  const results = good.map((i) => i.value).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return { results, damaged: damaged.length + bad.length };
}

export async function saveObservation(space: Space, o: Observation): Promise<void> {
  await putRecord(space, OBSERVATION_KIND, `${o.sessionId}/${o.id}`, o, new Date(o.createdAt));
}

export async function listObservations(space: Space, sessionId: string): Promise<Observation[]> {
  const { items } = await listRecordsByPrefix<Observation>(
    space,
    OBSERVATION_KIND,
    `${sessionId}/`
  );
  return keepWellFormed(OBSERVATION_KIND, items)
    .good.map((i) => i.value)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
