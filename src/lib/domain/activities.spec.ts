import { describe, expect, it } from 'vitest';
import { addToPlan, suggestedPlan } from './activities';

describe('addToPlan', () => {
  it('puts a views activity after the last views activity, with a new key', () => {
    const plan = suggestedPlan('9-12', ['kinship-care']);
    const next = addToPlan(plan, 'sorting-mat');
    const lastView = plan.findLastIndex((a) => a.phase === 'views');
    expect(next).toHaveLength(plan.length + 1);
    expect(next[lastView + 1]).toMatchObject({ activity: 'sorting-mat', phase: 'views' });
    expect(new Set(next.map((a) => a.key)).size).toBe(next.length);
  });

  it('goes before the closing check-in when the plan has no views yet', () => {
    const plan = [
      { key: 'a1', activity: 'feelings-check-in' as const, phase: 'joining' as const },
      { key: 'a2', activity: 'child-assent' as const, phase: 'consent' as const },
      { key: 'a3', activity: 'feelings-check-in' as const, phase: 'joining' as const }
    ];
    expect(addToPlan(plan, 'own-words').map((a) => a.activity)).toEqual([
      'feelings-check-in',
      'child-assent',
      'own-words',
      'feelings-check-in'
    ]);
    const withExplaining = [
      ...plan.slice(0, 2),
      { key: 'a4', activity: 'explain-option' as const, phase: 'explaining' as const },
      ...plan.slice(2)
    ];
    expect(addToPlan(withExplaining, 'ranking').map((a) => a.activity)).toEqual([
      'feelings-check-in',
      'child-assent',
      'explain-option',
      'ranking',
      'feelings-check-in'
    ]);
  });

  it('gives a per-option activity its option', () => {
    expect(addToPlan([], 'explain-option', 'foster-care')[0]).toMatchObject({
      activity: 'explain-option',
      option: 'foster-care'
    });
  });
});
