import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeDraft, makeSession } from '../../../tests/fixtures/factories';
import { useFreshStore } from '../../../tests/fixtures/space';
import { createCase, getCase, getCaseVersioned, updateCase } from '$lib/storage/cases.repo';
import { createSession } from '$lib/storage/sessions.repo';
import { loadCaseOverview, saveCaseEdit } from './cases';

const store = useFreshStore();

describe('loadCaseOverview', () => {
  it('gives the case with its sessions in order, and only its own', async () => {
    const space = await store.space();
    const c = await createCase(space, makeDraft({ alias: 'Amani' }));
    const other = await createCase(space, makeDraft({ alias: 'Bilal' }));
    const later = await createSession(space, c.id, makeSession({ date: '2026-11-28' }));
    const earlier = await createSession(space, c.id, makeSession({ date: '2026-11-02' }));
    await createSession(space, other.id, makeSession());
    const { child, sessions, error } = await loadCaseOverview(() => space, c.id);
    expect(error).toBeNull();
    expect(child?.alias).toBe('Amani');
    expect(sessions.map((s) => s.id).sort()).toEqual([earlier.id, later.id].sort());
    expect(sessions).toHaveLength(2);
  });

  it('gives a null case and no sessions for an id that does not exist', async () => {
    const space = await store.space();
    expect(await loadCaseOverview(() => space, 'nope')).toEqual({
      child: null,
      sessions: [],
      error: null
    });
  });

  it('reports a failure as the error, never throws', async () => {
    const failure = new Error('locked');
    const got = await loadCaseOverview(() => {
      throw failure;
    }, 'c');
    expect(got).toEqual({ child: null, sessions: [], error: failure });
  });
});

describe('saveCaseEdit', () => {
  it('saves over the version it read', async () => {
    const space = await store.space();
    const c = await createCase(space, makeDraft({ alias: 'Amani' }));
    const { version } = (await getCaseVersioned(space, c.id))!;
    const outcome = await saveCaseEdit(space, c, version, makeDraft({ alias: 'Amani K.' }));
    expect(outcome).toEqual({ saved: true });
    expect((await getCase(space, c.id))?.alias).toBe('Amani K.');
  });

  it('merges a newer save of other fields and keeps both changes', async () => {
    const space = await store.space();
    const c = await createCase(space, makeDraft({ alias: 'Amani', notes: '' }));
    const { version } = (await getCaseVersioned(space, c.id))!;
    await updateCase(space, { ...c, notes: 'Met the aunt' });
    const outcome = await saveCaseEdit(space, c, version, makeDraft({ alias: 'Amani K.' }));
    expect(outcome).toEqual({ saved: true });
    const saved = await getCase(space, c.id);
    expect(saved?.alias).toBe('Amani K.');
    expect(saved?.notes).toBe('Met the aunt');
  });

  it('returns the fields both changed as a conflict and saves nothing', async () => {
    const space = await store.space();
    const c = await createCase(space, makeDraft({ alias: 'Amani' }));
    const { version } = (await getCaseVersioned(space, c.id))!;
    await updateCase(space, { ...c, alias: 'Amina' });
    const outcome = await saveCaseEdit(space, c, version, makeDraft({ alias: 'Amani K.' }));
    expect(outcome.saved).toBe(false);
    if (outcome.saved) return;
    expect(outcome.conflict.result.conflicts).toEqual(['alias']);
    expect(outcome.conflict.theirs.alias).toBe('Amina');
    expect(outcome.conflict.mine.alias).toBe('Amani K.');
    expect(outcome.conflict.theirsVersion).toBeGreaterThan(version);
    expect((await getCase(space, c.id))?.alias).toBe('Amina');
  });
});
