import { describe, expect, it } from 'vitest';
import { makeCase, makeDraft } from '../../../tests/fixtures/factories';
import { bandForAge, parseDate, yearsBetween } from './age';
import { ageOn, cleanDraft, queryCases, validateCase, type CaseQuery } from './case';

const TODAY = '2026-11-25';

describe('ages', () => {
  it('parses only real calendar dates', () => {
    expect(parseDate('2020-02-29')).not.toBeNull();
    expect(parseDate('2021-02-29')).toBeNull();
    expect(parseDate('12/04/2016')).toBeNull();
  });

  it('counts whole years, turning a year older on the birthday', () => {
    expect(yearsBetween('2016-11-25', TODAY)).toBe(10);
    expect(yearsBetween('2016-11-26', TODAY)).toBe(9);
  });

  it('puts ages in the four bands and nothing under 3', () => {
    expect([2, 3, 5, 6, 8, 9, 12, 13, 17].map(bandForAge)).toEqual([
      null,
      '3-5',
      '3-5',
      '6-8',
      '6-8',
      '9-12',
      '9-12',
      '13-17',
      '13-17'
    ]);
  });

  it('ages an estimated age with the years since it was estimated', () => {
    expect(ageOn({ birth: { kind: 'estimate', age: 7, asOf: '2024-06-01' } }, TODAY)).toBe(9);
  });
});

describe('validateCase', () => {
  it('accepts a complete draft', () => {
    expect(validateCase(makeDraft(), TODAY)).toEqual({});
  });

  it('refuses an empty name', () => {
    expect(validateCase(makeDraft({ alias: '   ' }), TODAY).alias).toBe('alias.empty');
  });

  it('refuses a birth date in the future, an impossible date, and a child over 17', () => {
    const at = (date: string) =>
      validateCase(makeDraft({ birth: { kind: 'date', date } }), TODAY).birth;
    expect(at('2027-01-01')).toBe('birth.future');
    expect(at('2016-02-30')).toBe('birth.invalid');
    expect(at('2008-11-25')).toBe('birth.tooOld');
    expect(at('2008-11-26')).toBeUndefined();
  });

  it('refuses an estimated age outside 0–17', () => {
    const at = (age: number) =>
      validateCase(makeDraft({ birth: { kind: 'estimate', age, asOf: TODAY } }), TODAY).birth;
    expect(at(18)).toBe('age.tooOld');
    expect(at(-1)).toBe('age.invalid');
    expect(at(0)).toBeUndefined();
  });

  it('needs a caregiver or the reason there is none', () => {
    const none = makeDraft({ caregivers: [], noCaregiverReason: '' });
    expect(validateCase(none, TODAY).caregivers).toBe('caregivers.missing');
    expect(
      validateCase({ ...none, noCaregiverReason: 'Unaccompanied, guardian being appointed' }, TODAY)
    ).toEqual({});
    expect(
      validateCase(
        makeDraft({ caregivers: [{ name: '', relation: 'uncle', language: '' }] }),
        TODAY
      ).caregivers
    ).toBe('caregivers.nameMissing');
  });

  it('cleans a draft: trims and drops empty caregiver rows', () => {
    const clean = cleanDraft(
      makeDraft({
        alias: '  Mina ',
        caregivers: [
          { name: ' Samira ', relation: 'aunt', language: '' },
          { name: '', relation: '', language: '' }
        ]
      })
    );
    expect(clean.alias).toBe('Mina');
    expect(clean.caregivers).toEqual([{ name: 'Samira', relation: 'aunt', language: '' }]);
  });

  it('removes bidi overrides from the names and the reference, so none shows reversed', () => {
    const clean = cleanDraft(
      makeDraft({
        alias: 'Mina\u202Eabc',
        externalRef: '\u2066CP-7\u2069',
        caregivers: [{ name: 'Sami\u202Dra', relation: 'au\u202Ent', language: '' }]
      })
    );
    expect(clean.alias).toBe('Minaabc');
    expect(clean.externalRef).toBe('CP-7');
    expect(clean.caregivers[0]).toEqual({ name: 'Samira', relation: 'aunt', language: '' });
  });
});

describe('queryCases', () => {
  const q = (over: Partial<CaseQuery> = {}): CaseQuery => ({
    text: '',
    status: 'active',
    band: 'all',
    sort: 'alias',
    ...over
  });
  const cases = [
    makeCase({ alias: 'Yonas', externalRef: 'CP-7', birth: { kind: 'date', date: '2012-01-01' } }),
    makeCase({ alias: 'amal', externalRef: 'CP-8', birth: { kind: 'date', date: '2021-05-01' } }),
    makeCase({
      alias: 'Bilal',
      externalRef: 'X-9',
      archived: true,
      birth: { kind: 'date', date: '2018-01-01' }
    })
  ];

  it('searches by name or reference, case-insensitively', () => {
    expect(queryCases(cases, q({ text: 'YON' }), TODAY).map((c) => c.alias)).toEqual(['Yonas']);
    expect(queryCases(cases, q({ text: 'cp-8' }), TODAY).map((c) => c.alias)).toEqual(['amal']);
  });

  it('filters by active or archived and by age band', () => {
    expect(queryCases(cases, q({ status: 'archived' }), TODAY).map((c) => c.alias)).toEqual([
      'Bilal'
    ]);
    expect(queryCases(cases, q({ status: 'all', band: '3-5' }), TODAY).map((c) => c.alias)).toEqual(
      ['amal']
    );
    expect(queryCases(cases, q({ band: '13-17' }), TODAY).map((c) => c.alias)).toEqual(['Yonas']);
  });

  it('sorts by name (ignoring case), by age, or by last change', () => {
    expect(queryCases(cases, q(), TODAY).map((c) => c.alias)).toEqual(['amal', 'Yonas']);
    expect(queryCases(cases, q({ sort: 'age', status: 'all' }), TODAY).map((c) => c.alias)).toEqual(
      ['amal', 'Bilal', 'Yonas']
    );
  });

  it('handles 1,000 cases', () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      makeCase({ alias: `Child ${i}`, externalRef: `CP-${i}` })
    );
    expect(queryCases(many, q({ text: 'CP-99' }), TODAY)).toHaveLength(11);
  });
});
