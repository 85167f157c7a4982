// Sessions, each an encrypted record of kind "session" in the open profile's space, under the
// key of their case (records.repo).
import type { Session, SessionDraft } from '$lib/domain/session';
import { keepWellFormed, wellFormed } from './record-shapes';
import { getRecord, listRecords, putRecord, type PutOptions, type Space } from './records.repo';

const KIND = 'session';

/** The sessions of one case (unsorted; the domain orders them). */
export async function listSessions(space: Space, caseId: string): Promise<Session[]> {
  const { items } = await listRecords<Session>(space, KIND);
  const { good } = keepWellFormed(KIND, items);
  return good.map((i) => i.value).filter((s) => s.caseId === caseId);
}

export async function getSession(space: Space, id: string): Promise<Session | undefined> {
  return wellFormed(KIND, (await getRecord<Session>(space, KIND, id))?.value);
}

/** Plans a new session for a case. */
export async function createSession(
  space: Space,
  caseId: string,
  draft: SessionDraft,
  now = new Date()
): Promise<Session> {
  const at = now.toISOString();
  const s: Session = {
    ...draft,
    id: crypto.randomUUID(),
    caseId,
    state: 'planned',
    history: [{ state: 'planned', at }],
    createdAt: at,
    updatedAt: at
  };
  await putRecord(space, KIND, s.id, s, now);
  return s;
}

/** Saves a changed session; with `expectedVersion`, a newer save throws a conflict. */
export async function saveSession(
  space: Space,
  s: Session,
  now = new Date(),
  options: PutOptions = {}
): Promise<Session> {
  const next = { ...s, updatedAt: now.toISOString() };
  await putRecord(space, KIND, next.id, next, now, options);
  return next;
}
