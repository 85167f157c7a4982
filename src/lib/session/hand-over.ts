// What the screens of a handed-over tablet (the child's session, the guardian's leaflet, the
// child's feedback) read and save. Only the handed-over case and session are read: no other
// case is ever in memory while a child or guardian holds the tablet.
import type { FeedbackRecord } from '$lib/domain/assessment';
import type { ChildCase } from '$lib/domain/case';
import type { Result } from '$lib/domain/results';
import type { Session } from '$lib/domain/session';
import { saveFeedback } from '$lib/storage/assessments.repo';
import { getCase } from '$lib/storage/cases.repo';
import type { Space } from '$lib/storage/records.repo';
import { listResults } from '$lib/storage/results.repo';
import { getSession } from '$lib/storage/sessions.repo';
import { ConsentKeeper } from './consents.svelte';

export interface HandedOver {
  child: ChildCase;
  session: Session;
  results: Result[];
  consents: ConsentKeeper;
}

/** The handed-over case, session, its results so far and the case's consents; null when gone. */
export async function loadHandOver(
  space: Space,
  caseId: string,
  sessionId: string
): Promise<HandedOver | null> {
  const [child, session, { results }, consents] = await Promise.all([
    getCase(space, caseId),
    getSession(space, sessionId),
    listResults(space, sessionId),
    ConsentKeeper.load(space, caseId)
  ]);
  if (!child || !session) return null;
  return { child, session, results, consents };
}

/** Saves the child's answer to what became of their views. */
export function sendFeedback(space: Space, f: FeedbackRecord): Promise<void> {
  return saveFeedback(space, f);
}
