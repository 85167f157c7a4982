import { describe, expect, it } from 'vitest';
import { makeResult } from '../../../tests/fixtures/factories';
import { ACTIVITIES } from './activities';
import schema from './record.schema.json';
import { RESULT_KINDS, resultShape } from './result-shapes';

describe('result shapes', () => {
  it('say the same kinds and activities as the record schema', () => {
    const inSchema = schema.$defs.result.allOf.map((rule) => [
      rule.if.properties.kind.const,
      rule.then.properties.activity.enum
    ]);
    expect(Object.fromEntries(inSchema)).toEqual(
      Object.fromEntries(Object.entries(RESULT_KINDS).map(([k, v]) => [k, [...v.activities]]))
    );
    expect(schema.$defs.result.properties.kind.enum).toEqual(Object.keys(RESULT_KINDS));
  });

  it('name only activities that exist', () => {
    const ids = new Set<string>(ACTIVITIES.map((a) => a.id));
    for (const { activities } of Object.values(RESULT_KINDS))
      for (const a of activities) expect(ids.has(a), a).toBe(true);
  });

  it('point at what is wrong: the payload, the kind or the activity', () => {
    const placement = { round: 'now', item: 'school', points: 3 };
    expect(resultShape(makeResult({ payload: placement }))).toBeNull();
    expect(resultShape(makeResult({ payload: { ...placement, points: 4 } }))).toBe(
      'payload.points'
    );
    expect(resultShape(makeResult({ kind: 'spell', payload: placement }))).toBe('kind');
    expect(resultShape(makeResult({ activity: 'ranking', payload: placement }))).toBe('activity');
    expect(resultShape(null)).toBe('');
  });
});
