import { describe, expect, it } from 'vitest';
import { SaveQueue } from './save-queue';

describe('SaveQueue', () => {
  it('writes in the order it was given', async () => {
    const done: number[] = [];
    const q = new SaveQueue(() => {});
    for (const n of [1, 2, 3]) {
      q.push(async () => {
        await new Promise((r) => setTimeout(r, 3 - n));
        done.push(n);
      });
    }
    await q.settled();
    expect(done).toEqual([1, 2, 3]);
  });

  it('keeps a failed write, reports it, and saves everything on retry', async () => {
    const problems: unknown[] = [];
    const done: string[] = [];
    let fail = true;
    const q = new SaveQueue((err) => problems.push(err));
    q.push(async () => {
      if (fail) throw new Error('disk full');
      done.push('a');
    });
    q.push(async () => {
      done.push('b');
    });
    await q.settled();
    expect(done).toEqual([]);
    expect(q.size).toBe(2);
    expect(String(problems.at(-1))).toMatch(/disk full/);
    fail = false;
    q.retry();
    await q.settled();
    expect(done).toEqual(['a', 'b']);
    expect(problems.at(-1)).toBeNull();
  });
});
