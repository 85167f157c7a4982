// Loads a case and one of its sessions for the session pages. A session that belongs to
// another case is treated as missing, so a hand-edited URL never mixes two children.
import type { ChildCase } from '$lib/domain/case';
import type { Session } from '$lib/domain/session';
import { workspace } from '$lib/session/workspace.svelte';
import { getCase } from '$lib/storage/cases.repo';
import { getSession } from '$lib/storage/sessions.repo';

export interface CaseSession {
  child: ChildCase | null;
  session: Session | null;
  error: unknown;
}

export async function loadCaseSession(caseId: string, sessionId: string): Promise<CaseSession> {
  try {
    const space = workspace.space();
    const child = (await getCase(space, caseId)) ?? null;
    const s = await getSession(space, sessionId);
    return { child, session: s && s.caseId === caseId ? s : null, error: null };
  } catch (error) {
    return { child: null, session: null, error };
  }
}
