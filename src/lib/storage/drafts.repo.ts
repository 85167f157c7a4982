// Unsaved form drafts, each an encrypted record of kind "draft", so that typing survives a lock,
// a reload or a dead battery. A draft is removed when its form is saved or discarded.
import { deleteRecord, getRecord, putRecord, type Space } from './records.repo';

const KIND = 'draft';

export interface Draft<T> {
  value: T;
  savedAt: string;
}

export async function saveDraft<T>(space: Space, key: string, value: T): Promise<void> {
  await putRecord(space, KIND, key, value);
}

/** The draft for a form, or undefined; a damaged draft is dropped rather than shown. */
export async function loadDraft<T>(space: Space, key: string): Promise<Draft<T> | undefined> {
  try {
    const item = await getRecord<T>(space, KIND, key);
    return item ? { value: item.value, savedAt: item.updatedAt } : undefined;
  } catch {
    await clearDraft(space, key).catch(() => undefined);
    return undefined;
  }
}

export async function clearDraft(space: Space, key: string): Promise<void> {
  await deleteRecord(space, KIND, key);
}
