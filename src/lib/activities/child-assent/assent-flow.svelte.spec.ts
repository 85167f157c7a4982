import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AgeBand } from '$lib/domain/age';
import type { ConsentInput, ConsentRecord, KeepItem } from '$lib/domain/consent';
import type { ResultInput } from '$lib/domain/results';
import { I18nState } from '$lib/i18n/i18n.svelte';
import { makeConsent } from '../../../../tests/fixtures/factories';
import type { ActivityContext } from '../types';
import { AssentFlow } from './assent-flow.svelte';

let i18n: I18nState;

beforeAll(async () => {
  vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => {}, removeItem: () => {} });
  vi.stubGlobal('navigator', { languages: ['en'] });
  i18n = new I18nState();
  await i18n.init();
  await i18n.ready();
});
afterAll(() => vi.unstubAllGlobals());

interface Fake {
  ctx: ActivityContext;
  added: ConsentInput[][];
  recorded: ResultInput[];
  effects: KeepItem[];
  calls: string[];
}

/** A context that keeps what the flow sends it; mediaCount answers with `count`. */
function fake(
  band: AgeBand,
  opts: {
    count?: () => Promise<number>;
    add?: (inputs: readonly ConsentInput[]) => Promise<ConsentRecord[]>;
    occurrence?: number;
    records?: ConsentRecord[];
  } = {}
): Fake {
  const f: Fake = { added: [], recorded: [], effects: [], calls: [], ctx: null! };
  const ctx: Partial<ActivityContext> = {
    caseId: 'case-1',
    sessionId: 's1',
    band,
    lang: 'en',
    childName: 'Amani',
    caseManager: 'Sam',
    occurrence: opts.occurrence ?? 0,
    record: (input) => {
      f.recorded.push(input);
      return { id: `r${f.recorded.length}`, ...input } as ReturnType<ActivityContext['record']>;
    },
    assent: {
      records: opts.records ?? [],
      add: async (inputs) => {
        if (opts.add) return opts.add(inputs);
        f.added.push([...inputs]);
        return [];
      },
      withdraw: () => Promise.reject(new Error('not in this flow')),
      mayKeep: () => true,
      mediaCount: opts.count ?? (() => Promise.resolve(2)),
      applyEffects: async (item) => {
        f.effects.push(item);
      }
    },
    stop: () => f.calls.push('stop'),
    finish: () => f.calls.push('finish'),
    explain: (err) => `explained: ${(err as Error).message}`
  };
  f.ctx = ctx as ActivityContext;
  return f;
}

/** Pages through the information. */
function readAll(flow: AssentFlow) {
  const steps: string[] = [];
  while (flow.step === 'info') {
    steps.push(`info ${flow.page}`);
    flow.nextPage();
  }
  return steps;
}

/** Answers every item with yes, noting the step before each answer. */
async function yesToAll(flow: AssentFlow) {
  const asked: string[] = [];
  while (flow.step === 'items') {
    asked.push(flow.item!);
    await flow.answer('granted');
  }
  return asked;
}

describe('AssentFlow', () => {
  it('3–5: a page at a time, the items as the case manager sees them, then the witness', async () => {
    const f = fake('3-5');
    const flow = new AssentFlow(f.ctx, i18n.t);
    expect(readAll(flow)).toEqual(['info 0', 'info 1', 'info 2', 'info 3', 'info 4']);
    expect(flow.adaptation.method).toBe('behavioural');
    expect(await yesToAll(flow)).toEqual([
      'take-part',
      'keep-drawings',
      'keep-voice',
      'share-guardian'
    ]);
    expect(flow.step).toBe('witness');
    await flow.witnessed();
    expect(flow.step).toBe('thanks');
    expect(f.added[0]!.every((i) => i.method === 'behavioural')).toBe(true);
  });

  it('6–8: the teach-back comes after the pages and is recorded as a result', async () => {
    const f = fake('6-8');
    const flow = new AssentFlow(f.ctx, i18n.t);
    readAll(flow);
    expect(flow.step).toBe('check');
    flow.answerCheck(false);
    expect(flow.step).toBe('checked');
    expect(flow.checkRight).toBe(false);
    expect(f.recorded).toEqual([
      { kind: 'assent-check', payload: { question: 'can-stop', understood: false } }
    ]);
    flow.toItems();
    expect(await yesToAll(flow)).toHaveLength(4);
    expect(flow.step).toBe('witness');
  });

  it('9+: everything on one page, six items, then the child signs before the witness', async () => {
    const f = fake('13-17');
    const flow = new AssentFlow(f.ctx, i18n.t);
    expect(readAll(flow)).toEqual(['info 0']);
    expect(await yesToAll(flow)).toEqual([
      'take-part',
      'keep-drawings',
      'keep-voice',
      'share-guardian-drawings',
      'share-guardian-words',
      'share-guardian-choices'
    ]);
    expect(flow.step).toBe('sign');
    expect(flow.signed).toBe(false);
    flow.signWith = 'typed-name';
    flow.typedName = '   ';
    expect(flow.signed).toBe(false);
    flow.typedName = ' Amani ';
    expect(flow.signed).toBe(true);
    flow.toWitness();
    expect(flow.step).toBe('witness');
  });

  it('changing the answers starts again from the first item with none kept', async () => {
    const flow = new AssentFlow(fake('9-12').ctx, i18n.t);
    readAll(flow);
    await yesToAll(flow);
    flow.change();
    expect([flow.step, flow.at, flow.decisions]).toEqual(['items', 0, {}]);
  });

  it('a no to taking part saves only that decision and ends the session path', async () => {
    const f = fake('9-12');
    const flow = new AssentFlow(f.ctx, i18n.t);
    readAll(flow);
    await flow.answer('refused');
    expect(flow.step).toBe('not-taking-part');
    expect(f.added).toHaveLength(1);
    expect(f.added[0]!.map((i) => [i.scope, i.decision])).toEqual([['take-part', 'refused']]);
    expect(f.effects).toEqual([]);
    flow.stop();
    expect(f.calls).toEqual(['stop']);
  });

  it('a no to taking part that cannot be saved stays on the question and says so', async () => {
    const f = fake('9-12', { add: () => Promise.reject(new Error('disk full')) });
    const flow = new AssentFlow(f.ctx, i18n.t);
    readAll(flow);
    await flow.answer('refused');
    expect([flow.step, flow.failed, flow.failure]).toEqual(['items', true, 'explained: disk full']);
  });

  it('a no to keeping drawings asks before deleting when some would be deleted', async () => {
    const flow = new AssentFlow(fake('9-12', { count: () => Promise.resolve(3) }).ctx, i18n.t);
    readAll(flow);
    await flow.answer('granted');
    await flow.answer('refused');
    expect([flow.step, flow.item]).toEqual(['confirm-delete', 'keep-drawings']);
  });

  it('a no to keeping drawings goes straight on when there is nothing to delete', async () => {
    const flow = new AssentFlow(fake('9-12', { count: () => Promise.resolve(0) }).ctx, i18n.t);
    readAll(flow);
    await flow.answer('granted');
    await flow.answer('refused');
    expect([flow.step, flow.item]).toEqual(['items', 'keep-voice']);
    expect(flow.decisions['keep-drawings']).toBe('refused');
  });

  it('a no to keeping recordings still asks when they cannot be counted', async () => {
    const count = () => Promise.reject(new Error('locked'));
    const flow = new AssentFlow(fake('9-12', { count }).ctx, i18n.t);
    readAll(flow);
    await flow.answer('granted');
    await flow.answer('granted');
    await flow.answer('refused');
    expect([flow.step, flow.item]).toEqual(['confirm-delete', 'keep-voice']);
  });

  it('confirming the deletion keeps the no, and the recordings are deleted once saved', async () => {
    const f = fake('6-8');
    const flow = new AssentFlow(f.ctx, i18n.t);
    readAll(flow);
    flow.answerCheck(true);
    flow.toItems();
    await flow.answer('granted');
    await flow.answer('granted');
    await flow.answer('refused');
    flow.confirmDelete(true);
    expect([flow.step, flow.item]).toEqual(['items', 'share-guardian']);
    expect(flow.decisions['keep-voice']).toBe('refused');
    await flow.answer('granted');
    expect(f.effects).toEqual([]);
    await flow.witnessed();
    expect(f.effects).toEqual(['keep-voice']);
  });

  it('keeping them after all turns the no into a yes and deletes nothing', async () => {
    const f = fake('6-8');
    const flow = new AssentFlow(f.ctx, i18n.t);
    readAll(flow);
    flow.answerCheck(true);
    flow.toItems();
    await flow.answer('granted');
    await flow.answer('refused');
    flow.confirmDelete(false);
    expect(flow.decisions['keep-drawings']).toBe('granted');
    expect(flow.item).toBe('keep-voice');
    await yesToAll(flow);
    await flow.witnessed();
    expect(f.effects).toEqual([]);
  });

  it('saves one witnessed record per item, with the mark and the text the child was shown', async () => {
    const f = fake('9-12');
    const flow = new AssentFlow(f.ctx, i18n.t);
    readAll(flow);
    await yesToAll(flow);
    flow.signWith = 'mark';
    flow.mark = [
      [
        [0.1, 0.2],
        [0.3, 0.4]
      ]
    ];
    flow.toWitness();
    await flow.witnessed();
    expect(flow.step).toBe('thanks');
    const saved = f.added[0]!;
    expect(saved.map((i) => i.scope)).toEqual(flow.items);
    for (const input of saved) {
      expect(input).toMatchObject({
        caseId: 'case-1',
        sessionId: 's1',
        subject: 'child',
        who: 'Amani',
        role: 'child',
        decision: 'granted',
        method: 'mark',
        witness: 'Sam',
        signature: [
          [
            [0.1, 0.2],
            [0.3, 0.4]
          ]
        ],
        lang: 'en'
      });
      expect(input.textHash).toMatch(/^[0-9a-f]{64}$/);
      expect(input).not.toHaveProperty('typedName');
    }
    // Each item was shown with its own question: each hash differs.
    expect(new Set(saved.map((i) => i.textHash)).size).toBe(saved.length);
  });

  it('a child who already gave assent revisits their choices and goes on', () => {
    const f = fake('9-12', { occurrence: 1, records: [makeConsent()] });
    const flow = new AssentFlow(f.ctx, i18n.t);
    expect(flow.revisit).toBe(true);
    flow.finish();
    expect(f.calls).toEqual(['finish']);
    expect(new AssentFlow(fake('9-12', { occurrence: 1 }).ctx, i18n.t).revisit).toBe(false);
  });
});
