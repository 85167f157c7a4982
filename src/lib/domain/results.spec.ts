import { describe, expect, it } from 'vitest';
import { makeResult } from '../../../tests/fixtures/factories';
import { countsAsView, currentResults, historyOf, resultProblems } from './results';

describe('resultProblems', () => {
  it('accepts a result tagged with a factor, one of the session options and a time', () => {
    expect(
      resultProblems(
        { kind: 'placement', payload: {}, factor: 'school', option: 'foster-care', time: 'future' },
        ['foster-care']
      )
    ).toEqual([]);
  });

  it('accepts "none" as the option and no tags at all', () => {
    expect(resultProblems({ kind: 'words', payload: {}, option: 'none' }, [])).toEqual([]);
    expect(resultProblems({ kind: 'words', payload: {} }, [])).toEqual([]);
  });

  it('refuses an option the session does not consider, an unknown factor or time', () => {
    expect(
      resultProblems(
        {
          kind: 'placement',
          payload: {},
          option: 'resettlement',
          factor: 'weather' as never,
          time: 'someday' as never
        },
        ['foster-care']
      )
    ).toEqual(['factor', 'option', 'time']);
  });

  it('refuses a result without a kind, and one that supersedes an unknown result', () => {
    expect(resultProblems({ kind: '', payload: {}, supersedes: 'nope' }, [])).toEqual([
      'kind',
      'supersedes'
    ]);
  });
});

describe('currentResults and historyOf', () => {
  const a = makeResult({ id: 'a', createdAt: '2026-11-25T10:00:00.000Z' });
  const b = makeResult({ id: 'b', supersedes: 'a', createdAt: '2026-11-25T10:01:00.000Z' });
  const c = makeResult({ id: 'c', supersedes: 'b', createdAt: '2026-11-25T10:02:00.000Z' });
  const d = makeResult({ id: 'd', createdAt: '2026-11-25T09:59:00.000Z' });

  it('keeps only the results nobody replaced, oldest first', () => {
    expect(currentResults([c, a, b, d]).map((r) => r.id)).toEqual(['d', 'c']);
  });

  it('gives the history of a moved card, newest first', () => {
    expect(historyOf([a, b, c, d], 'c').map((r) => r.id)).toEqual(['c', 'b', 'a']);
    expect(historyOf([a, b, c, d], 'd').map((r) => r.id)).toEqual(['d']);
  });

  it('stops on a loop in a tampered history instead of hanging', () => {
    const x = makeResult({ id: 'x', supersedes: 'y' });
    const y = makeResult({ id: 'y', supersedes: 'x' });
    expect(historyOf([x, y], 'x').map((r) => r.id)).toEqual(['x', 'y']);
  });
});

describe('countsAsView', () => {
  it('counts views, never joining results', () => {
    expect(countsAsView({ phase: 'views' })).toBe(true);
    expect(countsAsView({ phase: 'joining' })).toBe(false);
  });
});
