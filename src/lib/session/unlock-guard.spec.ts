import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { stubLocalStorage } from '../../../tests/fixtures/local-storage';
import {
  clearFailures,
  delayAfter,
  failuresOf,
  recordFailure,
  waitBeforeTry
} from './unlock-guard';

let data = new Map<string, string>();

describe('the unlock back-off', () => {
  beforeEach(() => {
    data = stubLocalStorage();
  });

  it('waits longer after each wrong passphrase past the fifth, up to five minutes', () => {
    expect(delayAfter(4)).toBe(0);
    expect(delayAfter(5)).toBe(2000);
    expect(delayAfter(6)).toBe(4000);
    expect(delayAfter(40)).toBe(5 * 60 * 1000);
  });

  it('keeps the count durably: losing the quick copy (a kill right after a try) gives no try back', async () => {
    const now = 1_000_000;
    for (let i = 0; i < 6; i++) await recordFailure('p1', now);
    expect(await waitBeforeTry('p1', now)).toBe(4000);
    // The browser had not written localStorage yet when the app was killed.
    data.clear();
    expect(await failuresOf('p1')).toBe(6);
    expect(await waitBeforeTry('p1', now + 1000)).toBe(3000);
    // Another profile is not slowed down.
    expect(await waitBeforeTry('p2', now)).toBe(0);
  });

  it('forgets the count after a right passphrase, in both copies', async () => {
    for (let i = 0; i < 7; i++) await recordFailure('p3', 5);
    await clearFailures('p3');
    expect(await failuresOf('p3')).toBe(0);
    expect(data.size).toBe(0);
  });
});
