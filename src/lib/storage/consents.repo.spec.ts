import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeConsent, makeDraft, makeSession } from '../../../tests/fixtures/factories';
import { useFreshStore } from '../../../tests/fixtures/space';
import type { ConsentRecord } from '$lib/domain/consent';
import { createCase, deleteCase } from './cases.repo';
import { listConsents, saveConsent } from './consents.repo';
import { countMedia, deleteMedia, saveDrawOp, saveVoice } from './media.repo';
import { deleteReading, listReadings, loadReading, saveReading } from './readings.repo';
import { createSession } from './sessions.repo';

const store = useFreshStore();

function consent(caseId: string, over: Partial<ConsentRecord> = {}): ConsentRecord {
  return makeConsent({
    id: crypto.randomUUID(),
    caseId,
    sessionId: null,
    at: '2026-11-26T10:00:00.000Z',
    ...over
  });
}

describe('consent records', () => {
  it('are kept per case, in time order, encrypted, and deleted with the case', async () => {
    const space = await store.space();
    const a = await createCase(space, makeDraft({ alias: 'Amani' }));
    const b = await createCase(space, makeDraft({ alias: 'Bilal' }));
    await saveConsent(
      space,
      consent(a.id, { at: '2026-11-26T11:00:00.000Z', decision: 'withdrawn' })
    );
    await saveConsent(space, consent(a.id));
    await saveConsent(space, consent(b.id));
    const { consents } = await listConsents(space, a.id);
    expect(consents.map((c) => c.decision)).toEqual(['granted', 'withdrawn']);

    const raw = await store.db.getAll('records');
    expect(JSON.stringify(raw)).not.toContain('Amani');
    expect(JSON.stringify(raw)).not.toContain('keep-voice');

    await deleteCase(space, a.id);
    expect((await listConsents(space, a.id)).consents).toEqual([]);
    expect((await listConsents(space, b.id)).consents).toHaveLength(1);
  });
});

describe('withdrawn assent', () => {
  it('counts and deletes the voice notes of a case’s sessions, leaving drawings', async () => {
    const space = await store.space();
    const c = await createCase(space, makeDraft());
    const s = await createSession(space, c.id, makeSession());
    const audio = new Blob([new Uint8Array([1, 2])], { type: 'audio/webm' });
    for (const id of ['v1', 'v2'])
      await saveVoice(
        space,
        { id, sessionId: s.id, mime: 'audio/webm', durationMs: 5, createdAt: 'x' },
        audio
      );
    await saveDrawOp(space, s.id, 'a1-drawing', { seq: 0, at: 'x', op: 'clear' });
    await saveDrawOp(space, s.id, 'a1-drawing', { seq: 1, at: 'x', op: 'undo' });
    expect(await countMedia(space, [s.id])).toEqual({ voices: 2, drawings: 1 });
    await deleteMedia(space, [s.id], 'voices');
    expect(await countMedia(space, [s.id])).toEqual({ voices: 0, drawings: 1 });
  });
});

describe('read-aloud recordings', () => {
  it('are kept per language and text, replaced when recorded again, and outlive a case', async () => {
    const space = await store.space();
    const c = await createCase(space, makeDraft());
    const reading = {
      textId: 'option/foster-care/6-8',
      lang: 'ar',
      textHash: 'h1',
      mime: 'audio/webm',
      durationMs: 900,
      createdAt: '2026-11-26T10:00:00.000Z'
    };
    await saveReading(
      space,
      reading,
      new Blob([new Uint8Array([9, 8, 7])], { type: 'audio/webm' })
    );
    await saveReading(
      space,
      { ...reading, textHash: 'h2' },
      new Blob([new Uint8Array([1])], { type: 'audio/webm' })
    );
    await saveReading(space, { ...reading, lang: 'fr' }, new Blob([new Uint8Array([2])]));
    const got = await loadReading(space, 'ar', 'option/foster-care/6-8');
    expect(got?.reading.textHash).toBe('h2');
    expect(new Uint8Array(await got!.audio.arrayBuffer())).toEqual(new Uint8Array([1]));
    expect((await listReadings(space, 'ar')).map((r) => r.textId)).toEqual([
      'option/foster-care/6-8'
    ]);
    await deleteCase(space, c.id);
    expect(await listReadings(space, 'ar')).toHaveLength(1);
    await deleteReading(space, 'ar', 'option/foster-care/6-8');
    expect(await loadReading(space, 'ar', 'option/foster-care/6-8')).toBeNull();
  });
});
