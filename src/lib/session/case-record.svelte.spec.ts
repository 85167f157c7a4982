import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeDraft, makeSession } from '../../../tests/fixtures/factories';
import { useFreshStore } from '../../../tests/fixtures/space';
import { listAssessments, listAudit } from '$lib/storage/assessments.repo';
import { createCase } from '$lib/storage/cases.repo';
import type { Space } from '$lib/storage/records.repo';
import { createSession } from '$lib/storage/sessions.repo';
import { CaseRecordState, loadRecordSources } from './case-record.svelte';

const store = useFreshStore();
let tick = 0;
const clock = () => new Date(Date.parse('2026-11-26T10:00:00.000Z') + ++tick * 1000);

async function setUp(space: Space) {
  const c = await createCase(space, makeDraft({ alias: 'Amani' }));
  await createSession(space, c.id, makeSession({ state: 'completed' }));
  const sources = (await loadRecordSources(space, c.id))!;
  return { c, rec: new CaseRecordState(space, sources, 'Ana Ruiz', clock) };
}

describe('CaseRecordState', () => {
  it('saves a version with one audit entry per changed field, and undoes unsaved edits', async () => {
    const space = await store.space();
    const { c, rec } = await setUp(space);
    expect(rec.saved).toBeNull();
    rec.draft.community = 'Children’s council';
    rec.draft.understanding.options = 'yes';
    await rec.save();
    expect(rec.dirty).toBe(false);
    expect((await listAudit(space, c.id)).map((e) => [e.field, e.new, e.who])).toEqual([
      ['understanding.options', 'yes', 'Ana Ruiz'],
      ['community', 'Children’s council', 'Ana Ruiz']
    ]);
    rec.draft.community = 'Something else';
    expect(rec.changes).toBe(1);
    rec.discard();
    expect(rec.draft.community).toBe('Children’s council');
    expect(rec.record.status.community).toBe('partly');
  });

  it('locks a signed version and keeps it when the next one starts', async () => {
    const space = await store.space();
    const { c, rec } = await setUp(space);
    expect(rec.problems('Ana Ruiz')).toEqual(['recommendation', 'weights']);
    rec.draft.recommendation.option = 'kinship-care';
    rec.draft.weights['kinship-care'] = { weight: 'significant', reasoning: 'Clear' };
    await rec.complete('Ana Ruiz');
    expect(rec.locked).toBe(true);
    await rec.countersign('Jo Marsh');
    await rec.reopen();
    expect(rec.locked).toBe(false);
    const versions = await listAssessments(space, c.id);
    expect(versions.map((v) => [v.version, v.state, v.supervisor?.name ?? null])).toEqual([
      [1, 'complete', 'Jo Marsh'],
      [2, 'draft', null]
    ]);
  });

  it('keeps the edits on screen and writes nothing when the save fails', async () => {
    const space = await store.space();
    const { c, rec } = await setUp(space);
    rec.draft.community = 'Weekly group';
    const broken: Space = {
      ...space,
      db: () => Promise.reject(new DOMException('full', 'QuotaExceededError'))
    };
    const failing = new CaseRecordState(broken, rec.sources, 'Ana Ruiz', clock);
    failing.draft.community = 'Weekly group';
    await expect(failing.save()).rejects.toThrow();
    expect(failing.draft.community).toBe('Weekly group');
    expect(failing.dirty).toBe(true);
    expect(failing.saving).toBe(false);
    expect(await listAudit(space, c.id)).toEqual([]);
  });

  it('refuses a save over what another window saved meanwhile, and the audit lists only saved changes', async () => {
    const space = await store.space();
    const { c } = await setUp(space);
    const sources = (await loadRecordSources(space, c.id))!;
    const a = new CaseRecordState(space, sources, 'Ana Ruiz', clock);
    const b = new CaseRecordState(space, structuredClone(sources), 'Ana Ruiz', clock);
    a.draft.community = 'Children’s council';
    await a.save();
    b.draft.community = 'Youth group';
    await expect(b.save()).rejects.toMatchObject({ code: 'conflict' });
    // B keeps its edit on screen; nothing of it was written.
    expect(b.draft.community).toBe('Youth group');
    expect((await listAssessments(space, c.id)).map((v) => v.community)).toEqual([
      'Children’s council'
    ]);
    expect((await listAudit(space, c.id)).map((e) => e.new)).toEqual(['Children’s council']);
    // A window that read the newer version saves over it as usual.
    const fresh = new CaseRecordState(
      space,
      (await loadRecordSources(space, c.id))!,
      'Ana Ruiz',
      clock
    );
    fresh.draft.community = 'Youth group';
    await fresh.save();
    await a.save({ ...a.draft, community: 'Children’s council, monthly' }).catch((e: unknown) => e);
    expect((await listAssessments(space, c.id)).map((v) => v.community)).toEqual(['Youth group']);
  });
});
