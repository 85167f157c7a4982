import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeCase, makeSession } from '../../../tests/fixtures/factories';
import { useFreshStore } from '../../../tests/fixtures/space';
import { createCase, deleteCase, getCase, listCases } from './cases.repo';
import { saveDraft } from './drafts.repo';
import type { Space } from './records.repo';
import { createSession, listSessions } from './sessions.repo';

const store = useFreshStore();
let space: Space;
beforeEach(async () => {
  space = await store.space();
});

describe('deleting a case', () => {
  it('removes its sessions and drafts and leaves other cases whole', async () => {
    const a = await createCase(space, makeCase({ alias: 'Noor' }));
    const b = await createCase(space, makeCase({ alias: 'Yonas' }));
    const s = await createSession(space, a.id, makeSession());
    await createSession(space, b.id, makeSession());
    await saveDraft(space, `case-${a.id}`, { alias: 'Noo' });
    await saveDraft(space, `session-${s.id}`, { place: 'x' });
    await deleteCase(space, a.id);
    expect(await getCase(space, a.id)).toBeUndefined();
    expect(await listSessions(space, a.id)).toEqual([]);
    expect((await listCases(space)).cases.map((c) => c.alias)).toEqual(['Yonas']);
    expect(await listSessions(space, b.id)).toHaveLength(1);
    expect(
      await store.db.countFromIndex('records', 'byProfileKind', [space.profileId, 'draft'])
    ).toBe(0);
  });
});
