// Turns the record into its export snapshot: renders each shareable drawing to PNG (only those
// the record lets out), then seals it with exportRecord. Also saves files for the case manager
// to hand over. The app never sends them anywhere.
import { shareableDrawingKeys } from '$lib/domain/evidence';
import { exportRecord, toPrimero, type RecordExport } from '$lib/domain/export';
import type { OptionKind } from '$lib/domain/options';
import type { CaseRecord } from '$lib/domain/record';
import { replay } from '$lib/drawing/model';
import { picturesFor } from '$lib/drawing/pictures';
import { toPng } from '$lib/drawing/render';
import { loadDrawing } from '$lib/storage/media.repo';
import type { Space } from '$lib/storage/records.repo';

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('png'));
    reader.readAsDataURL(blob);
  });
}

/** Renders drawings to PNG data URLs, one by one, reporting progress. */
export async function renderDrawings(
  space: Space,
  keys: readonly string[],
  progress: (done: number, total: number) => void = () => {}
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  progress(0, keys.length);
  for (const key of keys) {
    const [sessionId, drawingId] = key.split('/') as [string, string];
    const { ops } = await loadDrawing(space, sessionId, drawingId);
    const marks = replay(ops).marks;
    const png = await toPng(marks, await picturesFor(marks));
    out.set(key, await dataUrl(png));
    progress(out.size, keys.length);
  }
  return out;
}

/** The record as a sealed export snapshot. */
export async function snapshot(
  space: Space,
  r: CaseRecord,
  meta: { exportedBy: string; lang: string },
  progress?: (done: number, total: number) => void
): Promise<RecordExport> {
  const pngs = await renderDrawings(space, shareableDrawingKeys(r), progress);
  return exportRecord(r, { ...meta, exportedAt: new Date().toISOString() }, pngs);
}

/** A safe file name part: letters, digits and dashes only. */
function slug(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'record';
}

/** Downloads a JSON file; returns its name. */
export function download(name: string, value: unknown): string {
  const blob = new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return name;
}

export function exportFileName(e: RecordExport, kind: 'record' | 'primero'): string {
  const who = slug(e.case.externalRef || e.case.alias);
  return `heard-${kind}-${who}-${e.exportedAt.slice(0, 10)}.json`;
}

export function primeroFile(e: RecordExport, label: (o: OptionKind) => string) {
  return toPrimero(e, label);
}
