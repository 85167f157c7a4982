import { describe, expect, it } from 'vitest';
import { questionsFor } from '$lib/domain/teach-back';
import { ExplainFlow } from './explain.svelte';

describe('ExplainFlow', () => {
  it('pages through the card, then asks each question', () => {
    const f = new ExplainFlow(3, questionsFor('kinship-care', '6-8', []));
    f.previous();
    expect(f.page).toBe(0);
    f.next();
    f.next();
    f.next();
    expect(f.page).toBe(2);
    expect(f.lastPage).toBe(true);
    f.seen();
    expect(f.question?.id).toBe('where');
    f.answered('understood');
    expect(f.question?.id).toBe('who');
    f.answered('understood');
    expect(f.step).toBe('thanks');
  });

  it('leads a misunderstanding back to the card, then asks only that question again', () => {
    const f = new ExplainFlow(2, questionsFor('return-reunification', '6-8', []));
    f.seen();
    f.answered('understood');
    f.answered('not-yet');
    expect(f.step).toBe('again');
    f.lookAgain();
    expect([f.step, f.page, f.attempt]).toEqual(['card', 0, 2]);
    f.seen();
    expect(f.question?.id).toBe('country');
    f.answered('not-yet');
    // Nobody fails: after the second look the child goes on.
    expect(f.step).toBe('thanks');
  });
});
