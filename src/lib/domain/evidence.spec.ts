import { describe, expect, it } from 'vitest';
import { makeResult } from '../../../tests/fixtures/factories';
import { allEvidence, rankedGroups, refsOf, shareableDrawingKeys, type Evidence } from './evidence';

describe('refsOf: what a result refers to', () => {
  it('reads a drawing and a house by the drawing they carry', () => {
    const drawing = makeResult({
      activity: 'free-drawing',
      kind: 'drawing',
      phase: 'joining',
      payload: { drawingId: 'a2-drawing', marks: 3 }
    });
    expect(refsOf(drawing)).toEqual({
      drawingId: 'a2-drawing',
      options: ['none'],
      factor: 'general'
    });
    const house = makeResult({
      activity: 'three-houses',
      kind: 'house',
      factor: 'home',
      time: 'future',
      payload: {
        house: 'dreams',
        name: '',
        words: 'a garden',
        typedBy: 'child',
        drawingId: 'a5-dreams',
        marks: 0
      }
    });
    expect(refsOf(house)).toEqual({
      drawingId: 'a5-dreams',
      options: ['none'],
      factor: 'home',
      time: 'future'
    });
  });

  it('reads a voice note by its media, and nothing else as media', () => {
    const voice = makeResult({
      activity: 'own-words',
      kind: 'voice',
      payload: { mediaId: 'v-1', durationMs: 2000 }
    });
    expect(refsOf(voice).voiceId).toBe('v-1');
    expect(refsOf(voice).drawingId).toBeUndefined();
    const words = makeResult({
      activity: 'own-words',
      kind: 'words',
      option: 'kinship-care',
      payload: { text: 'I want to live with my aunt', typedBy: 'child', language: 'en' }
    });
    expect(refsOf(words)).toEqual({ options: ['kinship-care'], factor: 'general' });
  });

  it('ties a ranking to every option it ranks, and a card or teach-back to its option', () => {
    const ranking = makeResult({
      activity: 'ranking',
      kind: 'ranking',
      payload: {
        order: [
          { kind: 'kinship-care', tied: false },
          { kind: 'foster-care', tied: true },
          { kind: 'return-reunification', tied: false }
        ],
        groups: [['kinship-care', 'foster-care'], ['return-reunification']]
      }
    });
    expect(refsOf(ranking).options).toEqual([
      'kinship-care',
      'foster-care',
      'return-reunification'
    ]);
    expect(rankedGroups(ranking)).toEqual([
      ['kinship-care', 'foster-care'],
      ['return-reunification']
    ]);
    // A ranking the child declined (nothing ranked) stays "any option".
    const empty = makeResult({
      activity: 'ranking',
      kind: 'ranking',
      payload: { order: [], groups: [] }
    });
    expect(refsOf(empty).options).toEqual(['none']);
    const teachBack = makeResult({
      activity: 'explain-option',
      phase: 'explaining',
      kind: 'teach-back',
      payload: {
        option: 'resettlement',
        question: 'where',
        answer: 'new-country',
        understanding: 'understood',
        attempt: 1
      }
    });
    expect(refsOf(teachBack).options).toEqual(['resettlement']);
    expect(rankedGroups(teachBack)).toEqual([]);
  });
});

describe('the evidence walk', () => {
  const ev = (id: string, extra: Partial<Evidence> = {}): Evidence => ({
    result: makeResult({ id }),
    date: '2026-12-01',
    ...extra
  });
  const record = {
    views: {
      evidence: [
        ev('v1', { drawing: { key: 's1/a2-drawing' } }),
        ev('v2', { drawing: { key: 's1/a2-drawing' } }),
        ev('v3', { drawing: { key: 's1/a3-drawing', withheld: 'drawing-no-consent' } }),
        ev('v4', { withheld: 'take-part-withdrawn', drawing: { key: 's1/a4-drawing' } })
      ]
    },
    information: {
      options: [
        { explained: [ev('e1')], teachBack: [ev('t1', { drawing: { key: 's2/a6-good' } })] },
        { explained: [ev('e2')], teachBack: [] }
      ]
    }
  };

  it('lists views, then each option’s explanations and teach-back, each once', () => {
    expect(allEvidence(record).map((e) => e.result.id)).toEqual([
      'v1',
      'v2',
      'v3',
      'v4',
      'e1',
      't1',
      'e2'
    ]);
  });

  it('lets out only drawings neither withheld themselves nor part of withheld evidence', () => {
    expect(shareableDrawingKeys(record)).toEqual(['s1/a2-drawing', 's2/a6-good']);
  });
});
