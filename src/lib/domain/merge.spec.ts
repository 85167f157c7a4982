import { describe, expect, it } from 'vitest';
import { canKeepBoth, mergeEdits, resolveMerge } from './merge';

const base = {
  alias: 'Noor',
  notes: 'Met on Monday',
  ref: 'CP-1',
  caregivers: [{ name: 'Layla' }]
};
const FIELDS = ['alias', 'notes', 'ref', 'caregivers'] as const;

describe('mergeEdits', () => {
  it('keeps a change made in only one window, from either side', () => {
    const mine = { ...base, alias: 'Nour' };
    const theirs = { ...base, ref: 'CP-2', caregivers: [{ name: 'Samira' }] };
    const r = mergeEdits(base, mine, theirs, FIELDS);
    expect(r.conflicts).toEqual([]);
    expect(r.merged).toEqual({
      ...base,
      alias: 'Nour',
      ref: 'CP-2',
      caregivers: [{ name: 'Samira' }]
    });
  });

  it('never lets the last save win where both changed the same field differently', () => {
    const mine = { ...base, notes: 'Met on Tuesday' };
    const theirs = { ...base, notes: 'Met on Wednesday' };
    const r = mergeEdits(base, mine, theirs, FIELDS);
    expect(r.conflicts).toEqual(['notes']);
    // Until a person chooses, the newer save stands.
    expect(r.merged.notes).toBe('Met on Wednesday');
  });

  it('sees no conflict where both made the same change', () => {
    const r = mergeEdits(base, { ...base, ref: 'CP-9' }, { ...base, ref: 'CP-9' }, FIELDS);
    expect(r.conflicts).toEqual([]);
    expect(r.merged.ref).toBe('CP-9');
  });
});

describe('resolveMerge', () => {
  const mine = { ...base, notes: 'Mine', alias: 'Nour' };
  const theirs = { ...base, notes: 'Theirs', alias: 'Nora' };
  const r = mergeEdits(base, mine, theirs, FIELDS);

  it('takes mine, theirs, or both texts, as chosen per field', () => {
    expect(resolveMerge(r, mine, { notes: 'both', alias: 'mine' })).toMatchObject({
      notes: 'Theirs\n\nMine',
      alias: 'Nour'
    });
    expect(resolveMerge(r, mine, { notes: 'theirs', alias: 'theirs' })).toMatchObject({
      notes: 'Theirs',
      alias: 'Nora'
    });
  });

  it('offers "both" only for text', () => {
    expect(canKeepBoth('a', 'b')).toBe(true);
    expect(canKeepBoth([{ name: 'a' }], [{ name: 'b' }])).toBe(false);
  });
});
