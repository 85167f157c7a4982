import { describe, expect, it } from 'vitest';
import {
  apply,
  canRedo,
  canUndo,
  emptyDrawing,
  isDrawOp,
  PAPER,
  replay,
  StrokeBuilder,
  type DrawOp,
  type Stroke
} from './model';

const at = '2026-11-25T10:00:00.000Z';
function stroke(id: string): Stroke {
  return {
    type: 'stroke',
    id,
    tool: 'pen',
    color: '#1e2a2a',
    size: 'medium',
    pointer: 'pen',
    points: [
      [10, 10, 0.5],
      [20, 20, 0.6]
    ]
  };
}
const add = (seq: number, id: string): DrawOp => ({ seq, at, op: 'add', mark: stroke(id) });
const op = (seq: number, o: 'undo' | 'redo' | 'clear'): DrawOp => ({ seq, at, op: o });
const ids = (ops: DrawOp[]) => replay(ops).marks.map((m) => m.id);

describe('the drawing log', () => {
  it('adds strokes in order', () => {
    expect(ids([add(0, 'a'), add(1, 'b')])).toEqual(['a', 'b']);
  });

  it('undoes the last stroke and redoes it', () => {
    expect(ids([add(0, 'a'), add(1, 'b'), op(2, 'undo')])).toEqual(['a']);
    expect(ids([add(0, 'a'), add(1, 'b'), op(2, 'undo'), op(3, 'redo')])).toEqual(['a', 'b']);
  });

  it('forgets what could be redone once something new is drawn', () => {
    const s = replay([add(0, 'a'), op(1, 'undo'), add(2, 'b')]);
    expect(s.marks.map((m) => m.id)).toEqual(['b']);
    expect(canRedo(s)).toBe(false);
  });

  it('clears the page, and an undo brings everything back', () => {
    expect(ids([add(0, 'a'), add(1, 'b'), op(2, 'clear')])).toEqual([]);
    expect(ids([add(0, 'a'), add(1, 'b'), op(2, 'clear'), op(3, 'undo')])).toEqual(['a', 'b']);
  });

  it('ignores an undo or redo with nothing to undo or redo', () => {
    const s = replay([op(0, 'undo'), op(1, 'redo')]);
    expect(s.marks).toEqual([]);
    expect(canUndo(s)).toBe(false);
    expect(s.nextSeq).toBe(2);
  });

  it('replays a log read back out of order in sequence order', () => {
    expect(ids([add(2, 'c'), add(0, 'a'), add(1, 'b')])).toEqual(['a', 'b', 'c']);
  });

  it('numbers the next operation after the highest one seen', () => {
    expect(apply(emptyDrawing(), add(7, 'a')).nextSeq).toBe(8);
  });
});

describe('isDrawOp', () => {
  it('accepts strokes, stamps and the three commands', () => {
    expect(isDrawOp(add(0, 'a'))).toBe(true);
    expect(isDrawOp(op(1, 'clear'))).toBe(true);
    expect(
      isDrawOp({
        seq: 2,
        at,
        op: 'add',
        mark: { type: 'stamp', id: 's', picture: 'star', x: 1, y: 2, size: 100 }
      })
    ).toBe(true);
  });

  it('refuses malformed operations', () => {
    expect(isDrawOp(null)).toBe(false);
    expect(isDrawOp({ seq: -1, op: 'undo' })).toBe(false);
    expect(isDrawOp({ seq: 1, op: 'paint' })).toBe(false);
    expect(isDrawOp({ seq: 1, op: 'add', mark: { ...stroke('a'), size: 'huge' } })).toBe(false);
    expect(isDrawOp({ seq: 1, op: 'add', mark: { ...stroke('a'), points: [[1, 2]] } })).toBe(false);
  });
});

describe('StrokeBuilder', () => {
  it('keeps points on the paper, treats zero pressure as a medium press and skips repeats', () => {
    const b = new StrokeBuilder('pen', '#000', 'small', 'mouse');
    b.add(-5, 10, 0);
    b.add(-5, 10, 0);
    b.add(PAPER.width + 50, PAPER.height + 50, 1.4);
    const s = b.finish('s1')!;
    expect(s.points).toEqual([
      [0, 10, 0.5],
      [PAPER.width, PAPER.height, 1]
    ]);
  });

  it('gives nothing for a tap that drew no point', () => {
    expect(new StrokeBuilder('pen', '#000', 'small', 'touch').finish('x')).toBeNull();
  });
});
