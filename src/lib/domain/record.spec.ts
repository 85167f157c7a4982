import { describe, expect, it } from 'vitest';
import { makeConsent, makeRecordInput, makeResult } from '../../../tests/fixtures/factories';
import {
  complete,
  completeProblems,
  countersign,
  diffAssessment,
  emptyAssessment,
  nextVersion
} from './assessment';
import { buildRecord, explainedFacts, gaps } from './record';

const cell = (r: ReturnType<typeof buildRecord>, factor: string, option: string) =>
  r.views.grid.find((c) => c.factor === factor && c.option === option)!;

describe('buildRecord', () => {
  it('lists the sessions in date order and every option considered', () => {
    const r = buildRecord(makeRecordInput());
    expect(r.sessions.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(r.options).toEqual(['return-reunification', 'kinship-care']);
    expect(r.sessions[0]!.band).toBe('9-12');
  });

  it('fills the coverage grid: a view, a declined view and what was never asked', () => {
    const r = buildRecord(makeRecordInput());
    expect(cell(r, 'home', 'kinship-care')).toMatchObject({
      state: 'view',
      times: ['future'],
      evidence: ['v1']
    });
    expect(cell(r, 'school', 'kinship-care')).toMatchObject({ state: 'declined' });
    expect(cell(r, 'health', 'kinship-care').state).toBe('never');
    expect(cell(r, 'family', 'none').state).toBe('view');
    // A ranking is a view on every option it ranks.
    expect(cell(r, 'general', 'return-reunification').evidence).toEqual(['v4']);
    expect(gaps(r.views.grid)).toContainEqual(expect.objectContaining({ factor: 'health' }));
  });

  it('takes the wish from the latest ranking, and no wish from a tie', () => {
    expect(buildRecord(makeRecordInput()).weight.childWish).toBe('kinship-care');
    const input = makeRecordInput();
    const tie = makeResult({
      caseId: 'case-r',
      sessionId: 's2',
      activity: 'ranking',
      kind: 'ranking',
      supersedes: 'v4',
      createdAt: '2026-11-20T12:00:00.000Z',
      payload: { order: [], groups: [['kinship-care', 'return-reunification']] }
    });
    const r = buildRecord({ ...input, results: [...input.results, tie] });
    expect(r.weight.childWish).toBeNull();
    expect(r.weight.ranking?.result.id).toBe(tie.id);
  });

  it('reports what was explained, how and what the child understood', () => {
    const r = buildRecord(makeRecordInput());
    const kin = r.information.options.find((o) => o.option === 'kinship-care')!;
    expect(kin.understanding).toBe('understood');
    expect(explainedFacts(kin)).toEqual({
      langs: ['ar'],
      versions: ['2026-11.1'],
      modes: ['speech']
    });
    const back = r.information.options.find((o) => o.option === 'return-reunification')!;
    expect(back.explained).toEqual([]);
    expect(back.understanding).toBeNull();
  });

  it('leaves every view out when the child took back taking part, and says so', () => {
    const input = makeRecordInput();
    const grant = input.consents[0]!;
    const back = makeConsent({
      caseId: 'case-r',
      who: 'Mina',
      scope: 'take-part',
      decision: 'withdrawn',
      supersedes: grant.id,
      at: '2026-11-21T09:00:00.000Z'
    });
    const r = buildRecord({ ...input, consents: [...input.consents, back] });
    expect(r.views.evidence.every((e) => e.withheld === 'take-part-withdrawn')).toBe(true);
    expect(r.withheld).toContainEqual({ reason: 'take-part-withdrawn', count: 5 });
  });

  it('leaves views out when the child was never asked to take part', () => {
    const r = buildRecord({ ...makeRecordInput(), consents: [] });
    expect(r.views.evidence[0]!.withheld).toBe('take-part-never');
    expect(r.status.consent).toBe('not-started');
  });

  it('leaves a drawing out when it was deleted or the guardian did not agree to show it', () => {
    const input = makeRecordInput();
    const gone = buildRecord({ ...input, media: { drawings: new Set(), voices: new Set() } });
    expect(gone.views.evidence.find((e) => e.result.id === 'v3')!.drawing).toEqual({
      key: 's2/d1',
      withheld: 'drawing-not-kept'
    });
    const noConsent = buildRecord({ ...input, consents: input.consents.slice(0, 2) });
    expect(noConsent.views.evidence.find((e) => e.result.id === 'v3')!.drawing?.withheld).toBe(
      'drawing-no-consent'
    );
    const shown = buildRecord(input);
    expect(shown.views.evidence.find((e) => e.result.id === 'v3')!.drawing).toEqual({
      key: 's2/d1'
    });
    expect(shown.withheld).toEqual([]);
  });

  it('derives each part status from the evidence and the case manager confirmation', () => {
    const input = makeRecordInput();
    const none = buildRecord(input);
    expect(none.status.views).toBe('partly');
    expect(none.status.understanding).toBe('not-started');
    expect(none.status.information).toBe('partly'); // return was never explained
    const a = emptyAssessment('case-r', '2026-11-21T09:00:00.000Z');
    a.confirmed = { views: true, space: true };
    const r = buildRecord({ ...input, assessment: a });
    expect(r.status.views).toBe('done');
    expect(r.status.space).toBe('done');
    expect(r.status.community).toBe('not-started');
  });

  it('needs the reason when the recommendation departs from the wish', () => {
    const a = emptyAssessment('case-r', '2026-11-21T09:00:00.000Z');
    a.recommendation = { option: 'return-reunification', reasoning: 'Safety', departure: '' };
    a.weights = {
      'kinship-care': { weight: 'significant', reasoning: 'Clear' },
      'return-reunification': { weight: 'considered', reasoning: '' }
    };
    const r = buildRecord({ ...makeRecordInput(), assessment: a });
    expect(r.weight.departs).toBe(true);
    expect(completeProblems(a, r.options, r.weight.childWish, 'Lena Ortiz')).toEqual(['departure']);
    expect(completeProblems(a, r.options, r.weight.childWish, ' ')).toEqual([
      'signer',
      'departure'
    ]);
  });

  it('never mixes in another case’s sessions or superseded results', () => {
    const input = makeRecordInput();
    const moved = makeResult({
      caseId: 'case-r',
      sessionId: 's1',
      kind: 'placement',
      factor: 'home',
      option: 'kinship-care',
      supersedes: 'v1',
      createdAt: '2026-11-10T11:00:00.000Z',
      payload: { round: 'r1', item: 'home', column: 'dislike', points: 3 }
    });
    const stray = makeResult({ caseId: 'other', sessionId: 'elsewhere', factor: 'health' });
    const r = buildRecord({ ...input, results: [...input.results, moved, stray] });
    expect(cell(r, 'home', 'kinship-care').evidence).toEqual([moved.id]);
    expect(cell(r, 'health', 'none').state).toBe('never');
  });
});

describe('assessment versions and audit', () => {
  const at = '2026-11-21T09:00:00.000Z';

  it('lists each changed field with its old and new value', () => {
    const a = emptyAssessment('case-r', at);
    const b = structuredClone(a);
    b.understanding.options = 'yes';
    b.weights['kinship-care'] = { weight: 'significant', reasoning: 'She is clear' };
    expect(diffAssessment(a, b)).toEqual([
      { field: 'understanding.options', old: '', new: 'yes' },
      { field: 'weights.kinship-care.weight', old: '', new: 'significant' },
      { field: 'weights.kinship-care.reasoning', old: '', new: 'She is clear' }
    ]);
  });

  it('locks a completed version: a change starts the next, unsigned', () => {
    const done = complete(emptyAssessment('case-r', at), ' Lena Ortiz ', at);
    expect(done).toMatchObject({ state: 'complete', signedBy: { name: 'Lena Ortiz' } });
    const signed = countersign(done, 'Jo Marsh', at);
    expect(signed.supervisor?.name).toBe('Jo Marsh');
    const next = nextVersion(signed, '2026-11-22T09:00:00.000Z');
    expect(next).toMatchObject({ version: 2, state: 'draft', signedBy: null, supervisor: null });
    expect(() => countersign(next, 'Jo Marsh', at)).toThrow();
  });
});
