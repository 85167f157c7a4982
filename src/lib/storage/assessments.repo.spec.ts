import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeDraft, makeSession } from '../../../tests/fixtures/factories';
import { useFreshStore } from '../../../tests/fixtures/space';
import { complete, emptyAssessment, nextVersion, type AuditEntry } from '$lib/domain/assessment';
import {
  listAssessments,
  listAudit,
  listFeedback,
  saveAssessment,
  saveFeedback
} from './assessments.repo';
import { createCase, deleteCase } from './cases.repo';
import { mediaKeys, saveDrawOp, saveVoice } from './media.repo';
import { createSession } from './sessions.repo';

const store = useFreshStore();
const at = '2026-11-26T10:00:00.000Z';

function entry(caseId: string, field: string, now: string, when = at): AuditEntry {
  return {
    id: crypto.randomUUID(),
    caseId,
    version: 1,
    at: when,
    who: 'Lena',
    field,
    old: '',
    new: now
  };
}

describe('assessments, audit and feedback', () => {
  it('keep every version and every change, encrypted, and go with the case', async () => {
    const space = await store.space();
    const c = await createCase(space, makeDraft({ alias: 'Amani' }));
    const other = await createCase(space, makeDraft({ alias: 'Bilal' }));
    const v1 = emptyAssessment(c.id, at);
    v1.community = 'Children’s council at Riverside';
    await saveAssessment(space, v1, [entry(c.id, 'community', v1.community)]);
    const done = complete(v1, 'Lena', at);
    await saveAssessment(space, done, [
      entry(c.id, 'state', 'complete', '2026-11-26T10:05:00.000Z')
    ]);
    await saveAssessment(space, nextVersion(done, at), []);
    await saveAssessment(space, emptyAssessment(other.id, at), []);
    await saveFeedback(space, {
      id: 'f1',
      caseId: c.id,
      sessionId: 's1',
      at,
      lang: 'ar',
      response: 'agrees',
      words: 'Thank you',
      textHash: 'c'.repeat(64)
    });

    const versions = await listAssessments(space, c.id);
    expect(versions.map((a) => [a.version, a.state])).toEqual([
      [1, 'complete'],
      [2, 'draft']
    ]);
    expect((await listAudit(space, c.id)).map((e) => e.field)).toEqual(['community', 'state']);
    expect((await listFeedback(space, c.id))[0]?.response).toBe('agrees');

    const raw = JSON.stringify(await store.db.getAll('records'));
    expect(raw).not.toContain('Riverside');
    expect(raw).not.toContain('Thank you');

    await deleteCase(space, c.id);
    expect(await listAssessments(space, c.id)).toEqual([]);
    expect(await listAudit(space, c.id)).toEqual([]);
    expect(await listFeedback(space, c.id)).toEqual([]);
    expect(await listAssessments(space, other.id)).toHaveLength(1);
  });

  it('say which drawings and voice notes are still kept without decrypting them', async () => {
    const space = await store.space();
    const c = await createCase(space, makeDraft());
    const s = await createSession(space, c.id, makeSession());
    await saveDrawOp(space, s.id, 'a1-drawing', { seq: 0, at: 'x', op: 'clear' });
    await saveDrawOp(space, s.id, 'a1-drawing', { seq: 1, at: 'x', op: 'undo' });
    await saveVoice(
      space,
      { id: 'v1', sessionId: s.id, mime: 'audio/webm', durationMs: 5, createdAt: 'x' },
      new Blob([new Uint8Array([1, 2])])
    );
    expect(await mediaKeys(space, [s.id])).toEqual({
      drawings: new Set([`${s.id}/a1-drawing`]),
      voices: new Set([`${s.id}/v1`])
    });
  });
});
