import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { stubLocalStorage } from '../../../tests/fixtures/local-storage';
import { ChildMode, PIN_TRIES, validPin } from './child-mode.svelte';

const marker = { profileId: 'p1', caseId: 'c1', sessionId: 's1', lang: 'ar', adultLang: 'en' };

describe('child mode', () => {
  beforeEach(() => {
    stubLocalStorage();
  });

  it('takes a PIN of 4 to 8 digits', () => {
    expect(validPin('1234')).toBe(true);
    expect(validPin('12345678')).toBe(true);
    expect(validPin('123')).toBe(false);
    expect(validPin('12a4')).toBe(false);
  });

  it('stays on across a reload (a new instance reads the marker) until left', async () => {
    const a = new ChildMode();
    await a.enter(marker, '2468');
    // A marker written before guardian mode existed reads as child mode.
    expect(new ChildMode().marker).toEqual({ ...marker, mode: 'child', caregiver: null });
    expect(new ChildMode().route).toBe('/child');
    a.leave();
    expect(new ChildMode().active).toBe(false);
  });

  it('guardian mode holds the tablet on the guardian’s leaflet, naming the caregiver by index only', async () => {
    await new ChildMode().enter({ ...marker, mode: 'guardian', caregiver: 0 }, null);
    const reloaded = new ChildMode();
    expect(reloaded.route).toBe('/guardian');
    expect(reloaded.marker?.caregiver).toBe(0);
    reloaded.leave();
  });

  it('forgets the PIN on reload: only the passphrase opens then', async () => {
    await new ChildMode().enter(marker, '2468');
    const reloaded = new ChildMode();
    expect(reloaded.pinUsable).toBe(false);
    expect(await reloaded.checkPin('2468')).toBe(false);
  });

  it('checks the PIN and stops accepting it after five wrong tries', async () => {
    const m = new ChildMode();
    await m.enter(marker, '2468');
    expect(await m.checkPin('2468')).toBe(true);
    for (let i = 0; i < PIN_TRIES; i++) expect(await m.checkPin('0000')).toBe(false);
    expect(m.pinUsable).toBe(false);
    expect(await m.checkPin('2468')).toBe(false);
  });

  it('ignores a marker that is not well formed', () => {
    localStorage.setItem('heard.childMode', '{"profileId": 3}');
    expect(new ChildMode().active).toBe(false);
    localStorage.setItem('heard.childMode', 'not json');
    expect(new ChildMode().active).toBe(false);
  });

  it('a hand-over survives losing its quick copy: the durable marker restores child mode', async () => {
    await new ChildMode().enter(marker, '2468');
    // The app was killed before the browser wrote localStorage.
    localStorage.clear();
    const restarted = new ChildMode();
    expect(restarted.active).toBe(false);
    await restarted.restore();
    expect(restarted.active).toBe(true);
    expect(restarted.marker?.sessionId).toBe('s1');
    expect(localStorage.getItem('heard.childMode')).toContain('s1');
    restarted.leave();
  });
});
