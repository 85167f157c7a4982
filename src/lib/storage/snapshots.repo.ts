// Imported records: exports from another tablet or profile, checked on import and kept
// encrypted as read-only snapshots (kind "snapshot", one record each). They are not part of
// any case here, so they stay until the case manager deletes them.
import type { RecordExport } from '$lib/domain/export';
import { keepWellFormed, wellFormed } from './record-shapes';
import { deleteRecord, getRecord, listRecords, putRecord, type Space } from './records.repo';

export const SNAPSHOT_KIND = 'snapshot';

export interface Snapshot {
  id: string;
  importedAt: string;
  record: RecordExport;
}

export async function saveSnapshot(space: Space, s: Snapshot): Promise<void> {
  await putRecord(space, SNAPSHOT_KIND, s.id, s, new Date(s.importedAt));
}

/** Every imported record, newest first. */
export async function listSnapshots(space: Space): Promise<Snapshot[]> {
  const { items } = await listRecords<Snapshot>(space, SNAPSHOT_KIND);
  return keepWellFormed(SNAPSHOT_KIND, items)
    .good.map((i) => i.value)
    .sort((a, b) => b.importedAt.localeCompare(a.importedAt));
}

export async function getSnapshot(space: Space, id: string): Promise<Snapshot | undefined> {
  return wellFormed(SNAPSHOT_KIND, (await getRecord<Snapshot>(space, SNAPSHOT_KIND, id))?.value);
}

export async function deleteSnapshot(space: Space, id: string): Promise<void> {
  await deleteRecord(space, SNAPSHOT_KIND, id);
}
