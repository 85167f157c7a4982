import { describe, expect, it } from 'vitest';
import { makeConsent, makeRecordInput } from '../../../tests/fixtures/factories';
import { emptyAssessment } from './assessment';
import { feedbackSummary } from './feedback';
import { buildRecord } from './record';

describe('feedbackSummary', () => {
  it('tells the child their wish, their words, their drawings, the decision and why', () => {
    const a = emptyAssessment('case-r', '2026-11-21T09:00:00.000Z', 'ar');
    a.recommendation.option = 'kinship-care';
    a.feedback.because = '  You feel safe with your aunt.  ';
    const s = feedbackSummary(buildRecord(makeRecordInput({ assessment: a })));
    expect(s).toEqual({
      wish: 'kinship-care',
      words: [{ text: 'I want to stay with my aunt', lang: 'ar' }],
      drawings: ['s2/d1'],
      decided: 'kinship-care',
      because: 'You feel safe with your aunt.'
    });
  });

  it('never shows again what the child took back or did not let us keep', () => {
    const input = makeRecordInput({ media: { drawings: new Set(), voices: new Set() } });
    input.consents.push(
      makeConsent({
        caseId: 'case-r',
        who: 'Mina',
        scope: 'take-part',
        decision: 'withdrawn',
        supersedes: input.consents[0]!.id,
        at: '2026-11-21T09:00:00.000Z'
      })
    );
    const s = feedbackSummary(buildRecord(input));
    expect(s.wish).toBeNull();
    expect(s.words).toEqual([]);
    expect(s.drawings).toEqual([]);
    expect(s.decided).toBeNull();
  });
});
