import { describe, expect, it } from 'vitest';
import { makeCase, makeSession } from '../../../tests/fixtures/factories';
import { activitiesFor, moveItem, nextKey, suggestedPlan } from './activities';
import { optionsForAge } from './options';
import {
  derivedBand,
  nextStates,
  sessionBand,
  sortSessions,
  transition,
  validateSession
} from './session';

const child = makeCase({ birth: { kind: 'date', date: '2019-12-01' } }); // 6 on 2026-11-25

describe('session band', () => {
  it('comes from the age on the session date', () => {
    expect(derivedBand(child, '2026-11-25')).toBe('6-8');
    expect(derivedBand(child, '2025-11-25')).toBe('3-5');
  });

  it('can be overridden, with a reason', () => {
    const s = makeSession({ bandOverride: { band: '3-5', reason: 'Developmental delay' } });
    expect(sessionBand(child, s)).toBe('3-5');
    const missing = validateSession(child, { ...s, bandOverride: { band: '3-5', reason: ' ' } });
    expect(missing.band).toBe('band.reasonMissing');
  });
});

describe('validateSession', () => {
  it('accepts a complete plan', () => {
    expect(validateSession(child, makeSession())).toEqual({});
  });

  it('needs a real date, an interpreter’s name and at least one activity', () => {
    const p = validateSession(
      child,
      makeSession({ date: '2026-02-30', interpreter: { name: '', language: 'ar' }, plan: [] })
    );
    expect(p).toEqual({
      date: 'date.invalid',
      interpreter: 'interpreter.nameMissing',
      plan: 'plan.empty'
    });
  });

  it('needs a band override for a child under 3', () => {
    const baby = makeCase({ birth: { kind: 'date', date: '2025-01-01' } });
    expect(validateSession(baby, makeSession()).band).toBe('band.missing');
  });
});

describe('states', () => {
  it('goes planned → in progress → paused → in progress → completed, recording each change', () => {
    let s = makeSession();
    s = transition(s, 'in-progress', '2026-11-25T10:00:00Z');
    s = transition(s, 'paused', '2026-11-25T10:10:00Z');
    s = transition(s, 'in-progress', '2026-11-25T10:15:00Z');
    s = transition(s, 'completed', '2026-11-25T10:40:00Z');
    expect(s.history.map((h) => h.state)).toEqual([
      'planned',
      'in-progress',
      'paused',
      'in-progress',
      'completed'
    ]);
    expect(nextStates('completed')).toEqual([]);
  });

  it('records the child’s reason for stopping', () => {
    const s = transition(
      transition(makeSession(), 'in-progress', 't1'),
      'stopped',
      't2',
      ' I am tired '
    );
    expect(s.history.at(-1)).toEqual({ state: 'stopped', at: 't2', reason: 'I am tired' });
  });

  it('refuses a move that is not allowed', () => {
    expect(() => transition(makeSession(), 'completed', 't')).toThrow();
  });

  it('lists a case’s sessions by date', () => {
    const a = makeSession({ date: '2026-12-01' });
    const b = makeSession({ date: '2026-11-01' });
    expect(sortSessions([a, b]).map((s) => s.date)).toEqual(['2026-11-01', '2026-12-01']);
  });
});

describe('plans', () => {
  it('suggests consent first, a check-in at both ends and one card per option', () => {
    const plan = suggestedPlan('6-8', ['kinship-care', 'foster-care']);
    expect(plan[0]!.activity).toBe('guardian-consent');
    expect(plan.filter((a) => a.activity === 'feelings-check-in')).toHaveLength(2);
    expect(plan.filter((a) => a.activity === 'explain-option').map((a) => a.option)).toEqual([
      'kinship-care',
      'foster-care'
    ]);
    expect(plan.at(-1)!.activity).toBe('feelings-check-in');
    expect(new Set(plan.map((a) => a.key)).size).toBe(plan.length);
  });

  it('offers only activities that fit the band', () => {
    expect(activitiesFor('3-5', 'joining').map((a) => a.id)).not.toContain('about-me');
    expect(activitiesFor('13-17', 'joining').map((a) => a.id)).toContain('about-me');
  });

  it('reorders and keys plan items', () => {
    const plan = suggestedPlan('13-17', []);
    const moved = moveItem(plan, plan[1]!.key, -1);
    expect(moved[0]!.key).toBe(plan[1]!.key);
    expect(moveItem(plan, plan[0]!.key, -1)).toEqual(plan);
    expect(plan.map((a) => a.key)).not.toContain(nextKey(plan));
  });

  it('offers supported independent living only from 16', () => {
    expect(optionsForAge(15)).not.toContain('independent-living');
    expect(optionsForAge(16)).toContain('independent-living');
  });
});
