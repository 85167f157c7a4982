import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { useFreshStore } from '../../../tests/fixtures/space';
import { putRecord, type Space } from './records.repo';
import { getSnapshot, listSnapshots } from './snapshots.repo';

const store = useFreshStore();
let space: Space;
beforeEach(async () => {
  space = await store.space();
});

describe('a stored imported record of the wrong shape', () => {
  it('is refused as damaged when opened, and left out of the list', async () => {
    await putRecord(space, 'snapshot', 'snap-null', null);
    await putRecord(space, 'snapshot', 'snap-no-record', {
      id: 'snap-no-record',
      importedAt: '2026-12-01T10:00:00.000Z',
      record: { format: 'heard-record' }
    });
    await expect(getSnapshot(space, 'snap-null')).rejects.toMatchObject({ code: 'tampered' });
    await expect(getSnapshot(space, 'snap-no-record')).rejects.toMatchObject({
      code: 'tampered'
    });
    expect(await listSnapshots(space)).toEqual([]);
  });
});
