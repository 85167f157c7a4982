import { describe, expect, it } from 'vitest';
import { JSON_MAX_DEPTH, nestsDeeperThan } from './json-limits';

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('nestsDeeperThan', () => {
  it('allows nesting up to the limit and refuses one level more', () => {
    expect(nestsDeeperThan(nested(JSON_MAX_DEPTH))).toBe(false);
    expect(nestsDeeperThan(nested(JSON_MAX_DEPTH + 1))).toBe(true);
    expect(nestsDeeperThan(`{"a":${nested(20_000)}}`)).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(nestsDeeperThan(JSON.stringify({ text: '['.repeat(1000) }))).toBe(false);
    expect(nestsDeeperThan(JSON.stringify({ text: `"\\"${'{'.repeat(1000)}` }))).toBe(false);
  });

  it('counts objects and arrays alike, and siblings do not add up', () => {
    expect(nestsDeeperThan('{"a":[{"b":[1]}]}', 4)).toBe(false);
    expect(nestsDeeperThan('{"a":[{"b":[1]}]}', 3)).toBe(true);
    expect(nestsDeeperThan(`[${Array(1000).fill('[1]').join(',')}]`, 2)).toBe(false);
  });
});
