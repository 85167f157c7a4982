import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeDraft, makeSession } from '../../../tests/fixtures/factories';
import { useFreshStore } from '../../../tests/fixtures/space';
import { createCase } from '$lib/storage/cases.repo';
import { createSession } from '$lib/storage/sessions.repo';
import { loadHandOver } from './hand-over';

const store = useFreshStore();

describe('loadHandOver', () => {
  it('gives the handed-over case, session, results and consents', async () => {
    const space = await store.space();
    const c = await createCase(space, makeDraft({ alias: 'Amani' }));
    const s = await createSession(space, c.id, makeSession());
    const got = await loadHandOver(space, c.id, s.id);
    expect(got?.child.alias).toBe('Amani');
    expect(got?.session.id).toBe(s.id);
    expect(got?.results).toEqual([]);
    expect(got?.consents.caseId).toBe(c.id);
  });

  it('gives null when the case or the session is gone', async () => {
    const space = await store.space();
    const c = await createCase(space, makeDraft());
    const s = await createSession(space, c.id, makeSession());
    expect(await loadHandOver(space, 'gone', s.id)).toBeNull();
    expect(await loadHandOver(space, c.id, 'gone')).toBeNull();
  });
});
