// Read-aloud recordings of the cards, the assent and the guardian's leaflet, one per text and
// language, in the open space: listed, played, kept and deleted from the Recordings screen,
// and played to the guardian.
import type { Reading } from '$lib/storage/readings.repo';
import { deleteReading, listReadings, loadReading, saveReading } from '$lib/storage/readings.repo';
import type { Space } from '$lib/storage/records.repo';

export type { Reading };

/** What has been recorded in a language (without the audio). */
export function loadRecordings(space: Space, lang: string): Promise<Reading[]> {
  return listReadings(space, lang);
}

/** The recorded audio of a text in a language, or null when there is none. */
export async function recordingAudio(
  space: Space,
  lang: string,
  textId: string
): Promise<Blob | null> {
  return (await loadReading(space, lang, textId))?.audio ?? null;
}

/** Saves (or replaces) the recording of a text. */
export function keepRecording(space: Space, r: Reading, audio: Blob): Promise<void> {
  return saveReading(space, r, audio);
}

/** Deletes the recording of a text in a language. */
export function deleteRecording(space: Space, lang: string, textId: string): Promise<void> {
  return deleteReading(space, lang, textId);
}
