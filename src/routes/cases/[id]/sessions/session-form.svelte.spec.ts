import { describe, expect, it } from 'vitest';
import { suggestedPlan } from '$lib/domain/activities';
import { makeCase } from '../../../../../tests/fixtures/factories';
import { explainingSlot, SessionForm } from './session-form.svelte';

describe('explaining cards in a plan', () => {
  it('go before the views when the plan has no card yet', () => {
    const plan = suggestedPlan('9-12', []);
    const slot = explainingSlot(plan);
    expect(plan[slot]!.phase).toBe('views');
  });

  it('follow the last card, and leave with their option', () => {
    const child = makeCase({ birth: { kind: 'date', date: '2015-01-01' } });
    const form = new SessionForm(child, {
      date: '2026-11-25',
      place: '',
      present: '',
      interpreter: null,
      language: 'en',
      bandOverride: null,
      options: [],
      plan: suggestedPlan('9-12', [])
    });
    form.toggleOption('foster-care', true);
    form.toggleOption('kinship-care', true);
    const cards = form.draft.plan.filter((a) => a.activity === 'explain-option');
    expect(cards.map((c) => c.option)).toEqual(['foster-care', 'kinship-care']);
    const i = form.draft.plan.indexOf(cards[1]!);
    expect(form.draft.plan[i + 1]!.phase).toBe('views');
    form.toggleOption('foster-care', false);
    expect(form.draft.plan.filter((a) => a.activity === 'explain-option')).toHaveLength(1);
    expect(form.draft.options.map((o) => o.kind)).toEqual(['kinship-care']);
  });
});
