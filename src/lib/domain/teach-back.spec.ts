import { describe, expect, it } from 'vitest';
import { AGE_BANDS } from './age';
import { OPTION_KINDS, optionFacts } from './options';
import { bestUnderstanding, gradeChanges, gradePick, questionsFor } from './teach-back';

describe('teach-back questions', () => {
  it('asks the youngest to pick where they would sleep among three pictures, one of them right', () => {
    const [q] = questionsFor('foster-care', '3-5', ['foster-care', 'kinship-care']);
    expect(q).toMatchObject({ id: 'where', kind: 'pick', answer: 'foster-home' });
    if (q?.kind !== 'pick') throw new Error('pick expected');
    expect(q.choices).toHaveLength(3);
    expect(new Set(q.choices).size).toBe(3);
    expect(q.choices).toContain('foster-home');
    // The other option of the session comes first among the distractors.
    expect(q.choices).toContain('relatives-home');
  });

  it('asks 6–8-year-olds two two-choice questions', () => {
    const qs = questionsFor('return-reunification', '6-8', ['return-reunification']);
    expect(qs.map((q) => q.id)).toEqual(['where', 'country']);
    for (const q of qs) if (q.kind === 'pick') expect(q.choices).toHaveLength(2);
    expect(questionsFor('kinship-care', '6-8', []).map((q) => q.id)).toEqual(['where', 'who']);
  });

  it('asks from nine "what would change for you?"', () => {
    for (const band of ['9-12', '13-17'] as const)
      expect(questionsFor('resettlement', band, [])[0]?.id).toBe('changes');
  });

  it('has questions for every option and band, each with its right answer among the choices', () => {
    for (const kind of OPTION_KINDS)
      for (const band of AGE_BANDS)
        for (const q of questionsFor(kind, band, OPTION_KINDS)) {
          if (q.kind === 'pick') expect(q.choices).toContain(q.answer);
          else expect(q.choices.length).toBeGreaterThan(2);
        }
  });
});

describe('grading', () => {
  it('a wrong picture is "not yet", never a failure to show', () => {
    const [q] = questionsFor('residential-care', '3-5', []);
    if (q?.kind !== 'pick') throw new Error('pick expected');
    expect(gradePick(q, optionFacts('residential-care').place)).toBe('understood');
    expect(gradePick(q, 'new-country')).toBe('not-yet');
  });

  it('changes: all the sure changes is understood, some is partly, none is not yet', () => {
    expect(gradeChanges('resettlement', ['home', 'country', 'language', 'school'])).toBe(
      'understood'
    );
    expect(gradeChanges('resettlement', ['school', 'country'])).toBe('partly');
    expect(gradeChanges('resettlement', ['school'])).toBe('not-yet');
  });

  it('staying: choosing that the country changes shows a misunderstanding', () => {
    expect(gradeChanges('local-integration', [])).toBe('understood');
    expect(gradeChanges('local-integration', ['school'])).toBe('understood');
    expect(gradeChanges('local-integration', ['country'])).toBe('not-yet');
    expect(gradeChanges('local-integration', ['country', 'school'])).toBe('partly');
  });

  it('keeps the best answer per question across tries', () => {
    expect(
      bestUnderstanding([
        { question: 'where', understanding: 'not-yet' },
        { question: 'where', understanding: 'understood' },
        { question: 'who', understanding: 'partly' }
      ])
    ).toEqual({ where: 'understood', who: 'partly' });
  });
});
