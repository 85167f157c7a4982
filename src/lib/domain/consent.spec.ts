import { describe, expect, it } from 'vitest';
import { makeConsent } from '../../../tests/fixtures/factories';
import {
  assentItems,
  assentMethod,
  confirmBeforeDeleting,
  consentProblems,
  currentConsents,
  hashShownText,
  isGranted,
  mayKeep,
  sharedWithGuardian,
  withdrawal,
  type ConsentInput,
  type ConsentRecord
} from './consent';

const HASH = 'a'.repeat(64);
function rec(over: Partial<ConsentRecord> = {}): ConsentRecord {
  return makeConsent({ textHash: HASH, ...over });
}

const signed = {
  relation: 'Aunt',
  signature: [
    [
      [0.1, 0.1],
      [0.5, 0.6]
    ]
  ] as [number, number][][]
};

describe('assent by band', () => {
  it('asks the youngest to share all or nothing, and older children item by item', () => {
    expect(assentItems('3-5')).toContain('share-guardian');
    expect(assentItems('9-12')).not.toContain('share-guardian');
    expect(assentItems('13-17')).toContain('share-guardian-words');
  });
  it('uses behaviour for 3–5, words for 6–8 and a tap from 9', () => {
    expect(['3-5', '6-8', '9-12', '13-17'].map((b) => assentMethod(b as '3-5'))).toEqual([
      'behavioural',
      'verbal',
      'tap',
      'tap'
    ]);
  });
});

describe('consent records', () => {
  it('need a guardian’s relation and signature, but not for a withdrawal', () => {
    const base: ConsentInput = {
      ...rec({ subject: 'guardian', role: 'guardian', scope: 'services', who: 'Rosa' })
    };
    expect(consentProblems(base)).toEqual(expect.arrayContaining(['relation', 'signature']));
    expect(consentProblems({ ...base, ...signed })).toEqual([]);
  });

  it('need a recipient for information sharing and a reason when there is no guardian', () => {
    const sharing = {
      ...rec({ subject: 'guardian', role: 'guardian', scope: 'information-sharing' }),
      ...signed
    };
    expect(consentProblems(sharing)).toContain('recipient');
    expect(consentProblems({ ...sharing, recipient: 'Lakeside school' })).toEqual([]);
    const none = rec({
      subject: 'guardian',
      role: 'case-manager',
      scope: 'no-guardian',
      decision: 'recorded',
      method: 'case-manager'
    });
    expect(consentProblems(none)).toContain('reason');
    expect(consentProblems({ ...none, noGuardian: 'unaccompanied-not-appointed' })).toEqual([]);
    expect(consentProblems({ ...none, noGuardian: 'other' })).toContain('reason');
  });

  it('refuse an assent item given as a guardian scope, and a hash that is not SHA-256', () => {
    expect(consentProblems(rec({ subject: 'guardian', role: 'guardian', ...signed }))).toContain(
      'scope'
    );
    expect(consentProblems(rec({ textHash: 'abc' }))).toContain('hash');
  });

  it('a withdrawal is a new record pointing to the grant; the grant stays as it was', () => {
    const grant = rec();
    const w = withdrawal(
      grant,
      { who: 'Amani', role: 'child', method: 'tap' },
      { lang: 'en', version: 'v', textHash: HASH }
    );
    expect(consentProblems(w, [grant])).toEqual([]);
    const saved = { ...w, id: 'w1', at: '2026-11-26T11:00:00Z' };
    const all = [grant, saved];
    expect(grant.decision).toBe('granted');
    expect(isGranted(all, 'child', 'keep-voice')).toBe(false);
    expect(currentConsents(all)).toEqual([saved]);
    // Withdrawing it again, or withdrawing something already replaced, is refused.
    expect(consentProblems(w, all)).toContain('supersedes');
  });

  it('may keep what the child makes until the child says no or takes it back', () => {
    expect(mayKeep([], 'keep-voice')).toBe(true);
    expect(mayKeep([rec({ decision: 'refused' })], 'keep-voice')).toBe(false);
    expect(mayKeep([rec({ scope: 'keep-drawings' })], 'keep-drawings')).toBe(true);
  });

  it('shows the guardian only the kinds of views the child agreed to share', () => {
    expect(sharedWithGuardian([], 'drawings')).toBe(false);
    const some = [
      rec({ scope: 'share-guardian-drawings' }),
      rec({ scope: 'share-guardian-words', decision: 'refused' })
    ];
    expect(sharedWithGuardian(some, 'drawings')).toBe(true);
    expect(sharedWithGuardian(some, 'words')).toBe(false);
    expect(sharedWithGuardian([rec({ scope: 'share-guardian' })], 'choices')).toBe(true);
  });

  it('keeps one current decision per recipient', () => {
    const a = rec({
      subject: 'guardian',
      scope: 'information-sharing',
      recipient: 'Lakeside school'
    });
    const b = rec({
      subject: 'guardian',
      scope: 'information-sharing',
      recipient: 'Harbour clinic',
      decision: 'refused'
    });
    expect(currentConsents([a, b])).toHaveLength(2);
    expect(isGranted([a, b], 'guardian', 'information-sharing', 'lakeside school')).toBe(true);
  });
});

describe('hash of the text shown', () => {
  it('changes with any word, the language or the version', async () => {
    const h = await hashShownText(['Keep my drawings?'], 'en', '1');
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(await hashShownText(['Keep my drawings?'], 'en', '1')).toBe(h);
    expect(await hashShownText(['Keep my drawing?'], 'en', '1')).not.toBe(h);
    expect(await hashShownText(['Keep my drawings?'], 'fr', '1')).not.toBe(h);
    expect(await hashShownText(['Keep my drawings?'], 'en', '2')).not.toBe(h);
  });
});

describe('confirming before a "no" deletes recordings or drawings', () => {
  it('asks when there are some, and when they could not be counted; not when there are none', () => {
    expect(confirmBeforeDeleting(3)).toBe(true);
    expect(confirmBeforeDeleting(null)).toBe(true);
    expect(confirmBeforeDeleting(0)).toBe(false);
  });
});
