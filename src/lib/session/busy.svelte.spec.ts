import { describe, expect, it } from 'vitest';
import { BusyState } from './busy.svelte';

describe('BusyState', () => {
  it('is busy while any work is registered and idle once all is done', () => {
    const busy = new BusyState();
    const endA = busy.begin('form');
    const endB = busy.begin('session');
    expect(busy.busy).toBe(true);
    endA();
    expect(busy.busy).toBe(true);
    endB();
    expect(busy.busy).toBe(false);
  });

  it('ignores a second call to the same end function', () => {
    const busy = new BusyState();
    const endA = busy.begin('same');
    busy.begin('same');
    endA();
    endA();
    expect(busy.busy).toBe(true);
  });
});
