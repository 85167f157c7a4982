// Media: drawings as logs of operations, one encrypted record per operation
// ("<session>/<drawing>/<seq>", kind "drawop"), so each finished stroke is saved on its own;
// and voice notes, one encrypted record each ("<session>/<id>", kind "voice").
import { isDrawOp, type DrawOp } from '$lib/drawing/model';
import {
  deleteRecord,
  deleteRecordsByPrefix,
  getRecord,
  listIdsByPrefix,
  listRecordsByPrefix,
  putRecord,
  type Space
} from './records.repo';
import { fromBase64, toBase64 } from './vault';

export const DRAWOP_KIND = 'drawop';
export const VOICE_KIND = 'voice';

const seqId = (seq: number) => String(seq).padStart(6, '0');

/** Saves one drawing operation (a stroke, a stamp, an undo, a redo or a clear). */
export async function saveDrawOp(
  space: Space,
  sessionId: string,
  drawingId: string,
  op: DrawOp
): Promise<void> {
  await putRecord(space, DRAWOP_KIND, `${sessionId}/${drawingId}/${seqId(op.seq)}`, op);
}

/** A drawing's operations in order; unreadable or malformed ones are counted, not shown. */
export async function loadDrawing(
  space: Space,
  sessionId: string,
  drawingId: string
): Promise<{ ops: DrawOp[]; damaged: number }> {
  const { items, damaged } = await listRecordsByPrefix<unknown>(
    space,
    DRAWOP_KIND,
    `${sessionId}/${drawingId}/`
  );
  const ops = items.map((i) => i.value).filter(isDrawOp);
  ops.sort((a, b) => a.seq - b.seq);
  return { ops, damaged: damaged.length + (items.length - ops.length) };
}

export interface VoiceNote {
  id: string;
  sessionId: string;
  mime: string;
  durationMs: number;
  createdAt: string;
}

interface StoredVoice extends VoiceNote {
  audio: string;
}

/** Saves a recording, encrypted like everything else about the child. */
export async function saveVoice(space: Space, note: VoiceNote, audio: Blob): Promise<void> {
  const bytes = new Uint8Array(await audio.arrayBuffer());
  const stored: StoredVoice = { ...note, audio: toBase64(bytes) };
  await putRecord(space, VOICE_KIND, `${note.sessionId}/${note.id}`, stored);
}

/** A recording as a playable blob, or undefined when it was deleted. */
export async function loadVoice(
  space: Space,
  sessionId: string,
  id: string
): Promise<{ note: VoiceNote; audio: Blob } | undefined> {
  const item = await getRecord<StoredVoice>(space, VOICE_KIND, `${sessionId}/${id}`);
  if (!item) return undefined;
  const { audio, ...note } = item.value;
  return { note, audio: new Blob([fromBase64(audio)], { type: note.mime }) };
}

export async function deleteVoice(space: Space, sessionId: string, id: string): Promise<void> {
  await deleteRecord(space, VOICE_KIND, `${sessionId}/${id}`);
}

/** How many voice notes and drawings sessions hold (to say what a withdrawal would delete). */
export async function countMedia(
  space: Space,
  sessionIds: readonly string[]
): Promise<{ voices: number; drawings: number }> {
  let voices = 0;
  const drawings = new Set<string>();
  for (const sid of sessionIds) {
    voices += (await listRecordsByPrefix(space, VOICE_KIND, `${sid}/`)).items.length;
    for (const i of (await listRecordsByPrefix(space, DRAWOP_KIND, `${sid}/`)).items)
      drawings.add(i.id.split('/').slice(0, 2).join('/'));
  }
  return { voices: voices, drawings: drawings.size };
}

/** Deletes every voice note, or every drawing, of these sessions (a withdrawn assent). */
export async function deleteMedia(
  space: Space,
  sessionIds: readonly string[],
  what: 'voices' | 'drawings'
): Promise<void> {
  const kind = what === 'voices' ? VOICE_KIND : DRAWOP_KIND;
  for (const sid of sessionIds) await deleteRecordsByPrefix(space, [kind], `${sid}/`);
}

/**
 * Which drawings and voice notes of these sessions are still kept, as "<session>/<id>" keys,
 * read from the record keys alone (for the record: a drawing deleted after a "no" is gone).
 */
export async function mediaKeys(
  space: Space,
  sessionIds: readonly string[]
): Promise<{ drawings: Set<string>; voices: Set<string> }> {
  const drawings = new Set<string>();
  const voices = new Set<string>();
  for (const sid of sessionIds) {
    for (const id of await listIdsByPrefix(space, DRAWOP_KIND, `${sid}/`))
      drawings.add(id.split('/').slice(0, 2).join('/'));
    for (const id of await listIdsByPrefix(space, VOICE_KIND, `${sid}/`)) voices.add(id);
  }
  return { drawings, voices };
}
