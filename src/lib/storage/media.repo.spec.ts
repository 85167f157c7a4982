import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeDraft, makeResult } from '../../../tests/fixtures/factories';
import { useFreshStore } from '../../../tests/fixtures/space';
import { createCase, deleteCase } from './cases.repo';
import { deleteVoice, loadDrawing, loadVoice, saveDrawOp, saveVoice } from './media.repo';
import { listObservations, listResults, saveObservation, saveResult } from './results.repo';
import { createSession } from './sessions.repo';
import { putRecord } from './records.repo';

const store = useFreshStore();

describe('media and results', () => {
  it('reads one drawing by its key range, not another drawing or session', async () => {
    const space = await store.space();
    await saveDrawOp(space, 's1', 'a1-drawing', { seq: 1, at: 'x', op: 'undo' });
    await saveDrawOp(space, 's1', 'a1-drawing', { seq: 0, at: 'x', op: 'clear' });
    await saveDrawOp(space, 's1', 'a1-drawing2', { seq: 0, at: 'x', op: 'redo' });
    await saveDrawOp(space, 's2', 'a1-drawing', { seq: 0, at: 'x', op: 'redo' });
    const { ops, damaged } = await loadDrawing(space, 's1', 'a1-drawing');
    expect(ops.map((o) => [o.seq, o.op])).toEqual([
      [0, 'clear'],
      [1, 'undo']
    ]);
    expect(damaged).toBe(0);
  });

  it('counts a malformed operation as damaged instead of drawing it', async () => {
    const space = await store.space();
    await putRecord(space, 'drawop', 's1/d/000000', { seq: 'zero', op: 'add' });
    expect(await loadDrawing(space, 's1', 'd')).toEqual({ ops: [], damaged: 1 });
  });

  it('keeps a voice note encrypted and plays it back; deleted means gone', async () => {
    const space = await store.space();
    const audio = new Blob([new Uint8Array([1, 2, 3, 250])], { type: 'audio/webm' });
    const note = {
      id: 'v1',
      sessionId: 's1',
      mime: 'audio/webm',
      durationMs: 1200,
      createdAt: 'x'
    };
    await saveVoice(space, note, audio);
    const back = await loadVoice(space, 's1', 'v1');
    expect(back?.note).toEqual(note);
    expect(new Uint8Array(await back!.audio.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3, 250]));
    await deleteVoice(space, 's1', 'v1');
    expect(await loadVoice(space, 's1', 'v1')).toBeUndefined();
  });

  it('deleting a case deletes what the child made in its sessions', async () => {
    const space = await store.space();
    const c = await createCase(space, makeDraft());
    const s = await createSession(space, c.id, {
      date: '2026-12-02',
      place: '',
      present: '',
      interpreter: null,
      language: 'en',
      bandOverride: null,
      options: [],
      plan: [{ key: 'a1', activity: 'free-drawing', phase: 'joining' }]
    });
    await saveResult(space, makeResult({ sessionId: s.id, caseId: c.id }));
    await saveObservation(space, {
      id: 'o1',
      sessionId: s.id,
      caseId: c.id,
      text: 'Calm',
      createdAt: '2026-12-02T10:00:00.000Z'
    });
    await saveDrawOp(space, s.id, 'a1-drawing', { seq: 0, at: 'x', op: 'clear' });
    await saveVoice(
      space,
      { id: 'v1', sessionId: s.id, mime: 'audio/webm', durationMs: 1, createdAt: 'x' },
      new Blob([new Uint8Array([1])])
    );
    await deleteCase(space, c.id);
    expect((await listResults(space, s.id)).results).toEqual([]);
    expect(await listObservations(space, s.id)).toEqual([]);
    expect((await loadDrawing(space, s.id, 'a1-drawing')).ops).toEqual([]);
    expect(await loadVoice(space, s.id, 'v1')).toBeUndefined();
    expect(await store.db.count('records')).toBe(0);
  });
});
