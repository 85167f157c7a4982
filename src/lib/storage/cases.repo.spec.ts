import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeCase, makeResult, makeSession } from '../../../tests/fixtures/factories';
import { useFreshStore } from '../../../tests/fixtures/space';
import {
  createCase,
  deleteCase,
  deleteDamagedCases,
  getCase,
  getCaseVersioned,
  listCases,
  updateCase
} from './cases.repo';
import { saveDraft } from './drafts.repo';
import { putRecord, putRecords, type Space } from './records.repo';
import { listResults } from './results.repo';
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

describe('a stored value of the wrong shape', () => {
  it('is listed as damaged, and the other cases still list', async () => {
    const good = await createCase(space, makeCase({ alias: 'Noor' }));
    await putRecord(space, 'case', 'case-null', null);
    await putRecord(space, 'case', 'case-text', 'not a case');
    const { cases, damaged } = await listCases(space);
    expect(cases.map((c) => c.id)).toEqual([good.id]);
    expect(damaged.map((d) => d.id).sort()).toEqual(['case-null', 'case-text']);
    await expect(getCase(space, 'case-null')).rejects.toMatchObject({ code: 'tampered' });
  });

  it('can be removed for good, with whatever is filed under it, leaving the others', async () => {
    const good = await createCase(space, makeCase({ alias: 'Noor' }));
    await putRecord(space, 'case', 'case-null', null);
    await createSession(space, 'case-null', makeSession());
    // A ciphertext moved under another id fails its integrity check: damaged too.
    const moved = await store.db.get('records', `${space.profileId}/case/${good.id}`);
    await store.db.put('records', { ...moved!, id: `${space.profileId}/case/case-moved` });
    const { damaged } = await listCases(space);
    expect(damaged).toHaveLength(2);
    await deleteDamagedCases(space, damaged);
    const after = await listCases(space);
    expect(after).toEqual({ cases: [expect.objectContaining({ id: good.id })], damaged: [] });
    expect(await listSessions(space, 'case-null')).toEqual([]);
  });

  it('is counted as damaged among a session’s results', async () => {
    const ok = makeResult({
      sessionId: 's1',
      payload: { round: 'now', item: 'school', points: 3 }
    });
    const bad = makeResult({ sessionId: 's1', activity: 'ranking', kind: 'ranking', payload: 7 });
    await putRecords(space, [
      { kind: 'result', id: `s1/${ok.id}`, value: ok },
      { kind: 'result', id: `s1/${bad.id}`, value: bad },
      { kind: 'result', id: 's1/null', value: null }
    ]);
    const { results, damaged } = await listResults(space, 's1');
    expect(results.map((r) => r.id)).toEqual([ok.id]);
    expect(damaged).toBe(2);
  });
});
