import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeCase, makeSession } from '../../../tests/fixtures/factories';
import { useFreshStore } from '../../../tests/fixtures/space';
import {
  createCase,
  deleteCase,
  getCase,
  getCaseVersioned,
  listCases,
  updateCase
} from './cases.repo';
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

describe('editing a case in two windows', () => {
  it('refuses the save from the older copy with conflict, keeping the newer one', async () => {
    const c = await createCase(space, makeCase({ alias: 'Noor' }));
    const inA = (await getCaseVersioned(space, c.id))!;
    const inB = (await getCaseVersioned(space, c.id))!;
    await updateCase(space, { ...inA.value, alias: 'Nour' }, new Date(), {
      expectedVersion: inA.version
    });
    await expect(
      updateCase(space, { ...inB.value, alias: 'Noora' }, new Date(), {
        expectedVersion: inB.version
      })
    ).rejects.toMatchObject({ code: 'conflict' });
    expect((await getCase(space, c.id))?.alias).toBe('Nour');
  });
});
