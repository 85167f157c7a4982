// Human read-aloud recordings: the case manager reads a card, the assent or a leaflet section
// aloud in a language or dialect, once, and every later session in that language reuses it.
// One encrypted record of kind "reading" per text and language ("<lang>/<text id>"). They
// belong to the profile, not to a case, so deleting a case keeps them.
import {
  deleteRecord,
  getRecord,
  listRecordsByPrefix,
  putRecord,
  type Space
} from './records.repo';
import { keepWellFormed } from './record-shapes';
import { fromBase64, toBase64 } from './vault';

export const READING_KIND = 'reading';

export interface Reading {
  /** The text read: e.g. "option/foster-care/6-8", "assent/9-12", "guardian/process". */
  textId: string;
  lang: string;
  /** Hash of the text when it was read, to tell when the text has changed since. */
  textHash: string;
  mime: string;
  durationMs: number;
  createdAt: string;
}

interface StoredReading extends Reading {
  audio: string;
}

/** Saves (or replaces) the recording of a text in a language. */
export async function saveReading(space: Space, r: Reading, audio: Blob): Promise<void> {
  const bytes = new Uint8Array(await audio.arrayBuffer());
  const stored: StoredReading = { ...r, audio: toBase64(bytes) };
  await putRecord(space, READING_KIND, `${r.lang}/${r.textId}`, stored, new Date(r.createdAt));
}

/** The recording of a text in a language, or null when there is none. */
export async function loadReading(
  space: Space,
  lang: string,
  textId: string
): Promise<{ reading: Reading; audio: Blob } | null> {
  const item = await getRecord<StoredReading>(space, READING_KIND, `${lang}/${textId}`);
  if (!item) return null;
  const { audio, ...reading } = item.value;
  return { reading, audio: new Blob([fromBase64(audio)], { type: reading.mime }) };
}

/** What has been recorded in a language (without the audio). */
export async function listReadings(space: Space, lang: string): Promise<Reading[]> {
  const { items } = await listRecordsByPrefix<StoredReading>(space, READING_KIND, `${lang}/`);
  return keepWellFormed(READING_KIND, items).good.map(
    ({ value: { audio: _audio, ...reading } }) => reading
  );
}

export async function deleteReading(space: Space, lang: string, textId: string): Promise<void> {
  await deleteRecord(space, READING_KIND, `${lang}/${textId}`);
}
