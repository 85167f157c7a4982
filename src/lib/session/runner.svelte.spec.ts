import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeCase, makeSession } from '../../../tests/fixtures/factories';
import { useFreshStore } from '../../../tests/fixtures/space';
import { loadDrawing } from '$lib/storage/media.repo';
import { listResults } from '$lib/storage/results.repo';
import { getSession, saveSession } from '$lib/storage/sessions.repo';
import { playableItems, SessionRunner } from './runner.svelte';
import { ConsentKeeper } from './consents.svelte';
import type { ResultInput } from '$lib/domain/results';

const store = useFreshStore();
const child = makeCase({ id: 'case-1', birth: { kind: 'date', date: '2019-01-10' } });
const plan = [
  { key: 'a1', activity: 'guardian-consent', phase: 'consent' },
  { key: 'a2', activity: 'feelings-check-in', phase: 'joining' },
  { key: 'a3', activity: 'choose-buddy', phase: 'joining' },
  { key: 'a4', activity: 'explain-option', phase: 'explaining', option: 'kinship-care' },
  { key: 'a5', activity: 'feelings-check-in', phase: 'joining' }
] as const;

async function setUp() {
  const space = await store.space();
  const session = makeSession({ id: 's1', caseId: 'case-1', date: '2026-12-02', plan: [...plan] });
  await saveSession(space, session);
  return { space, session };
}

describe('playableItems', () => {
  it('plays only what child mode plays (guardian consent is for guardian mode), in plan order', () => {
    expect(playableItems([...plan], '6-8').map((p) => p.item.key)).toEqual([
      'a2',
      'a3',
      'a4',
      'a5'
    ]);
  });
});

describe('SessionRunner', () => {
  it('starts the session, saves each result at once and moves on', async () => {
    const { space, session } = await setUp();
    const r = new SessionRunner(space, child, session, [], new ConsentKeeper(space, child.id, []));
    r.start();
    expect(r.session.state).toBe('in-progress');
    const ctx = r.contextFor(r.current!);
    expect(ctx.band).toBe('6-8');
    expect(ctx.occurrence).toBe(0);
    ctx.record({ kind: 'feeling', payload: { feeling: 'happy', scale: 3, moment: 'start' } });
    ctx.finish();
    expect(r.current?.item.key).toBe('a3');
    await r.settled();
    const { results } = await listResults(space, 's1');
    expect(results.map((x) => x.kind)).toEqual(['feeling']);
    expect(results[0]).toMatchObject({ activityKey: 'a2', phase: 'joining', caseId: 'case-1' });
    const saved = await getSession(space, 's1');
    expect(saved).toMatchObject({ state: 'in-progress', cursor: 'a3', done: ['a2'] });
  });

  it('refuses a result tagged with an option the session does not consider', async () => {
    const { space, session } = await setUp();
    const r = new SessionRunner(space, child, session, [], new ConsentKeeper(space, child.id, []));
    r.start();
    const ctx = r.contextFor(r.current!);
    expect(() =>
      ctx.record({ kind: 'x', payload: {}, option: 'resettlement' } as unknown as ResultInput)
    ).toThrow(/option/);
  });

  it('refuses a kind the activity does not record, and a payload that is not its kind’s', async () => {
    const { space, session } = await setUp();
    const r = new SessionRunner(space, child, session, [], new ConsentKeeper(space, child.id, []));
    r.start();
    const ctx = r.contextFor(r.current!); // the feelings check-in
    const bad = (input: unknown) => () => ctx.record(input as ResultInput);
    // A ranking is not what a check-in records, even with a ranking's payload.
    expect(bad({ kind: 'ranking', payload: { order: [], groups: [] } })).toThrow(/kind/);
    // A check-in with a face the scale does not have, or no moment, is not a check-in.
    expect(bad({ kind: 'feeling', payload: { moment: 'start', scale: 4 } })).toThrow(/payload/);
    expect(bad({ kind: 'feeling', payload: { feeling: 'happy', scale: 3 } })).toThrow(/payload/);
    expect(bad({ kind: 'feeling', payload: null })).toThrow(/payload/);
    // Nothing refused was kept; a good one is.
    ctx.record({ kind: 'feeling', payload: { moment: 'start', feeling: 'happy', scale: 3 } });
    await r.settled();
    expect((await listResults(space, 's1')).results.map((x) => x.kind)).toEqual(['feeling']);
  });

  it('knows the second check-in is the one at the end', async () => {
    const { space, session } = await setUp();
    const r = new SessionRunner(space, child, session, [], new ConsentKeeper(space, child.id, []));
    const last = r.items.at(-1)!;
    expect(r.contextFor(last).occurrence).toBe(1);
  });

  it('pauses, stops with the child reason, and resumes later where it stopped', async () => {
    const { space, session } = await setUp();
    const r = new SessionRunner(space, child, session, [], new ConsentKeeper(space, child.id, []));
    r.start();
    r.contextFor(r.current!).finish();
    r.pause();
    expect(r.view).toBe('paused');
    r.resume();
    r.askStop();
    r.stop('  I am tired ');
    expect(r.view).toBe('stopped');
    await r.settled();
    const saved = (await getSession(space, 's1'))!;
    expect(saved.state).toBe('stopped');
    expect(saved.history.at(-1)).toMatchObject({ state: 'stopped', reason: 'I am tired' });
    expect(saved.history.map((h) => h.state)).toEqual([
      'planned',
      'in-progress',
      'paused',
      'in-progress',
      'stopped'
    ]);

    const again = new SessionRunner(
      space,
      child,
      saved,
      [],
      new ConsentKeeper(space, child.id, [])
    );
    expect(again.current?.item.key).toBe('a3');
    again.start();
    expect(again.session.state).toBe('in-progress');
  });

  it('completes the session after the last activity', async () => {
    const { space, session } = await setUp();
    const r = new SessionRunner(space, child, session, [], new ConsentKeeper(space, child.id, []));
    r.start();
    for (let i = 0; i < 4; i++) r.contextFor(r.current!).finish();
    expect(r.view).toBe('finished');
    await r.settled();
    expect((await getSession(space, 's1'))!.state).toBe('completed');
  });

  it('saves drawing operations under the plan item, in order', async () => {
    const { space, session } = await setUp();
    const r = new SessionRunner(space, child, session, [], new ConsentKeeper(space, child.id, []));
    const ctx = r.contextFor(r.current!);
    const id = ctx.drawing.id('good');
    expect(id).toBe('a2-good');
    // Each save resolves once its operation is durably kept.
    await Promise.all([0, 1, 2].map((seq) => ctx.drawing.save(id, { seq, at: 'x', op: 'undo' })));
    expect((await loadDrawing(space, 's1', id)).ops.map((o) => o.seq)).toEqual([0, 1, 2]);
    expect(await ctx.drawing.load(id)).toHaveLength(3);
  });

  it('remembers the buddy the child chose', async () => {
    const { space, session } = await setUp();
    const r = new SessionRunner(space, child, session, [], new ConsentKeeper(space, child.id, []));
    r.start();
    r.contextFor(r.current!).finish();
    r.contextFor(r.current!).record({ kind: 'buddy', payload: { buddy: 'owl' } });
    expect(r.buddy).toBe('owl');
  });
});

describe('SessionRunner and the child’s assent', () => {
  it('shows but never stores a drawing the child did not let us keep', async () => {
    const { space, session } = await setUp();
    const consents = new ConsentKeeper(space, child.id, []);
    await consents.add([
      {
        caseId: child.id,
        sessionId: 's1',
        subject: 'child',
        who: 'Amani',
        role: 'child',
        scope: 'keep-drawings',
        decision: 'refused',
        method: 'verbal',
        lang: 'en',
        version: '1',
        textHash: 'c'.repeat(64)
      }
    ]);
    const r = new SessionRunner(space, child, session, [], consents);
    const ctx = r.contextFor(r.current!);
    await ctx.drawing.save(ctx.drawing.id(), { seq: 0, at: 'x', op: 'clear' });
    await r.settled();
    expect((await loadDrawing(space, 's1', ctx.drawing.id())).ops).toEqual([]);
    expect(ctx.assent.mayKeep('keep-drawings')).toBe(false);
    expect(ctx.assent.mayKeep('keep-voice')).toBe(true);
  });
});
