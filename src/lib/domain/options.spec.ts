import { describe, expect, it } from 'vitest';
import { AGE_BANDS } from './age';
import {
  CHANGES,
  COUNTRIES,
  OPTION_KINDS,
  OPTIONS,
  optionBands,
  optionFacts,
  optionsForAge,
  PEOPLE,
  PLACES
} from './options';

describe('the option table', () => {
  it('has one row per option, and nothing else', () => {
    expect(Object.keys(OPTIONS).sort()).toEqual([...OPTION_KINDS].sort());
  });

  it('gives every option its own place and its own picture, so a child can tell them apart', () => {
    const places = OPTION_KINDS.map((k) => optionFacts(k).place);
    expect(new Set(places).size).toBe(OPTION_KINDS.length);
    expect([...places].sort()).toEqual([...PLACES].sort());
    const pictures = OPTION_KINDS.map((k) => optionFacts(k).picture);
    expect(new Set(pictures).size).toBe(OPTION_KINDS.length);
  });

  it('uses only known countries, people and changes, and never says a thing both changes and stays', () => {
    for (const k of OPTION_KINDS) {
      const f = optionFacts(k);
      if (f.country) expect(COUNTRIES).toContain(f.country);
      if (f.people) expect(PEOPLE).toContain(f.people);
      for (const c of [...f.changes, ...f.stays]) expect(CHANGES).toContain(c);
      expect(
        f.changes.filter((c) => f.stays.includes(c)),
        k
      ).toEqual([]);
      // "What would change for you?" needs something to be right about.
      expect(f.changes.length + f.stays.length, k).toBeGreaterThan(0);
    }
  });

  it('offers supported independent living only from 16, and explains it only to teenagers', () => {
    expect(optionsForAge(15)).not.toContain('independent-living');
    expect(optionsForAge(16)).toContain('independent-living');
    expect(optionsForAge(null)).toEqual([...OPTION_KINDS]);
    expect(optionBands('independent-living')).toEqual(['13-17']);
    expect(optionBands('kinship-care')).toEqual(AGE_BANDS);
  });
});
