// The session screens' loads and saves: a case with one of its sessions, a new session's
// suggested plan, the case manager's observations, and what the child made (results, drawings,
// voice notes). A session that belongs to another case is treated as missing, so a hand-edited
// URL never mixes two children.
import { suggestedPlan } from '$lib/domain/activities';
import { isoDate } from '$lib/domain/age';
import type { ChildCase } from '$lib/domain/case';
import type { Observation, Result } from '$lib/domain/results';
import { derivedBand, type Session, type SessionDraft } from '$lib/domain/session';
import type { DrawOp } from '$lib/drawing/model';
import { isLanguageCode, LANGUAGES } from '$lib/i18n/languages';
import { getCase } from '$lib/storage/cases.repo';
import { loadDrawing as readDrawing, loadVoice as readVoice } from '$lib/storage/media.repo';
import type { Space } from '$lib/storage/records.repo';
import { listObservations, listResults, saveObservation } from '$lib/storage/results.repo';
import {
  createSession as storeSession,
  getSession,
  saveSession as storeSessionChange
} from '$lib/storage/sessions.repo';
import { storage } from '$lib/storage/storage.svelte';

export interface CaseSession {
  child: ChildCase | null;
  session: Session | null;
  error: unknown;
}

/**
 * A case and one of its sessions; either is null when missing. Never throws: a failure (a
 * locked workspace included, as `space` is read inside) comes back as `error`.
 */
export async function loadCaseSession(
  space: () => Space,
  caseId: string,
  sessionId: string
): Promise<CaseSession> {
  try {
    const sp = space();
    const child = (await getCase(sp, caseId)) ?? null;
    const s = await getSession(sp, sessionId);
    return { child, session: s && s.caseId === caseId ? s : null, error: null };
  } catch (error) {
    return { child: null, session: null, error };
  }
}

/** A child's language typed as a name ("العربية") or a code ("ar") picks the session language. */
export function sessionLanguageFor(c: ChildCase, fallback: string): string {
  const typed = c.childLanguage.trim();
  if (isLanguageCode(typed)) return typed;
  return LANGUAGES.find((l) => l.nativeName === typed || l.englishName === typed)?.code ?? fallback;
}

/**
 * The case a new session is planned for, and the form's first values: today, the child's
 * language and the plan suggested for their age band. `child` is null when the case is gone.
 */
export async function loadNewSession(
  space: Space,
  caseId: string,
  fallbackLang: string,
  today = new Date()
): Promise<{ child: ChildCase | null; initial: SessionDraft | null }> {
  const child = (await getCase(space, caseId)) ?? null;
  if (!child) return { child, initial: null };
  const date = isoDate(today);
  const band = derivedBand(child, date);
  return {
    child,
    initial: {
      date,
      place: '',
      present: '',
      interpreter: null,
      language: sessionLanguageFor(child, fallbackLang),
      bandOverride: null,
      options: [],
      plan: band ? suggestedPlan(band, []) : []
    }
  };
}

/** Plans a new session; the first real save asks the browser to keep storage. */
export async function createSession(
  space: Space,
  caseId: string,
  draft: SessionDraft
): Promise<Session> {
  const s = await storeSession(space, caseId, draft);
  await storage.afterSave();
  return s;
}

/** Saves a changed session; returns it as saved. */
export function saveSession(space: Space, s: Session): Promise<Session> {
  return storeSessionChange(space, s);
}

/** The case manager's observations on a session. */
export function loadObservations(space: Space, sessionId: string): Promise<Observation[]> {
  return listObservations(space, sessionId);
}

/** Saves a new observation (trimmed; `about` names a plan item or is empty); returns it. */
export async function addObservation(
  space: Space,
  session: Pick<Session, 'id' | 'caseId'>,
  text: string,
  about: string,
  now = new Date()
): Promise<Observation> {
  const o: Observation = {
    id: crypto.randomUUID(),
    sessionId: session.id,
    caseId: session.caseId,
    ...(about ? { activityKey: about } : {}),
    text: text.trim(),
    createdAt: now.toISOString()
  };
  await saveObservation(space, o);
  return o;
}

/** What the child made in a session; unreadable records are counted in `damaged`. */
export function loadSessionResults(
  space: Space,
  sessionId: string
): Promise<{ results: Result[]; damaged: number }> {
  return listResults(space, sessionId);
}

/** A drawing's operations in order. */
export function loadDrawing(
  space: Space,
  sessionId: string,
  drawingId: string
): Promise<{ ops: DrawOp[]; damaged: number }> {
  return readDrawing(space, sessionId, drawingId);
}

/** A voice note's audio, or undefined when it was deleted. */
export async function loadVoice(
  space: Space,
  sessionId: string,
  voiceId: string
): Promise<Blob | undefined> {
  return (await readVoice(space, sessionId, voiceId))?.audio;
}
