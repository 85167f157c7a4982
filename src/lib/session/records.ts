// Imported records (export snapshots from another tablet) on the Records screens.
import type { Space } from '$lib/storage/records.repo';
import {
  deleteSnapshot,
  getSnapshot,
  listSnapshots,
  saveSnapshot,
  type Snapshot
} from '$lib/storage/snapshots.repo';

export type { Snapshot };

/** Every imported record of the open space. */
export function loadSnapshots(space: Space): Promise<Snapshot[]> {
  return listSnapshots(space);
}

/** One imported record, or null when there is none. */
export async function loadSnapshot(space: Space, id: string): Promise<Snapshot | null> {
  return (await getSnapshot(space, id)) ?? null;
}

/** Saves an imported record (also to put back one just deleted). */
export function keepSnapshot(space: Space, s: Snapshot): Promise<void> {
  return saveSnapshot(space, s);
}

/** Deletes an imported record. */
export function removeSnapshot(space: Space, id: string): Promise<void> {
  return deleteSnapshot(space, id);
}
