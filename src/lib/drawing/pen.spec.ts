import { describe, expect, it } from 'vitest';
import { Pen, STAMP_SIZE, type PenEvent, type PenSettings } from './pen';

const PEN: PenSettings = { tool: 'pen', color: '#d94f3d', size: 'large', stamp: 'star' };

/** A pen whose marks are named m1, m2… */
function pen() {
  let n = 0;
  return new Pen(() => `m${++n}`);
}

function ev(pointerId: number, x: number, y: number, more: Partial<PenEvent> = {}): PenEvent {
  return { pointerId, pointerType: 'pen', point: [x, y, 0.6], ...more };
}

describe('Pen', () => {
  it('draws a stroke from down to up, with the pen kind, colour and size chosen', () => {
    const p = pen();
    expect(p.state).toBe('idle');
    expect(p.down(ev(1, 10, 20), PEN)).toEqual({ kind: 'started' });
    expect(p.state).toBe('drawing');
    expect(p.move(ev(1, 30, 40))).toEqual({ kind: 'moved' });
    expect(p.live?.points).toEqual([
      [10, 20, 0.6],
      [30, 40, 0.6]
    ]);
    expect(p.up(ev(1, 30, 40))).toEqual({
      kind: 'stroke',
      pointer: 'pen',
      mark: {
        type: 'stroke',
        id: 'm1',
        tool: 'pen',
        color: '#d94f3d',
        size: 'large',
        pointer: 'pen',
        points: [
          [10, 20, 0.6],
          [30, 40, 0.6]
        ]
      }
    });
    expect([p.state, p.live]).toEqual(['idle', null]);
  });

  it('takes every coalesced point of a move', () => {
    const p = pen();
    p.down(ev(1, 0, 0), PEN);
    p.move(
      ev(1, 3, 3, {
        coalesced: [
          [1, 1, 0.2],
          [2, 2, 0.4],
          [3, 3, 0.6]
        ]
      })
    );
    expect(p.live?.points).toHaveLength(4);
  });

  it('ignores a second pointer while drawing: its down, moves and up change nothing', () => {
    const p = pen();
    p.down(ev(1, 10, 10), PEN);
    const palm = { pointerType: 'touch' };
    expect(p.down(ev(2, 500, 500, palm), PEN)).toEqual({ kind: 'ignored' });
    expect(p.move(ev(2, 600, 600, palm))).toEqual({ kind: 'ignored' });
    expect(p.up(ev(2, 600, 600, palm))).toEqual({ kind: 'ignored' });
    expect(p.state).toBe('drawing');
    const out = p.up(ev(1, 10, 10));
    expect(out.kind === 'stroke' && out.mark?.points).toEqual([[10, 10, 0.6]]);
  });

  it('keeps what was drawn when the browser cancels the pointer', () => {
    const p = pen();
    p.down(ev(1, 10, 10, { pointerType: 'touch' }), PEN);
    p.move(ev(1, 20, 20, { pointerType: 'touch' }));
    const out = p.cancel({ pointerId: 1 });
    expect(out.kind).toBe('stroke');
    expect(out.kind === 'stroke' && [out.pointer, out.mark?.points.length]).toEqual(['touch', 2]);
    expect(p.state).toBe('idle');
  });

  it('ignores moves and ups while idle, and a mouse button other than the main one', () => {
    const p = pen();
    expect(p.move(ev(1, 1, 1))).toEqual({ kind: 'ignored' });
    expect(p.up(ev(1, 1, 1))).toEqual({ kind: 'ignored' });
    expect(p.down(ev(1, 1, 1, { pointerType: 'mouse', button: 2 }), PEN)).toEqual({
      kind: 'ignored'
    });
    expect(p.state).toBe('idle');
    expect(p.down(ev(1, 1, 1, { pointerType: 'mouse', button: 0 }), PEN).kind).toBe('started');
  });

  it('puts a stamp down on a tap with the stamp tool, staying idle', () => {
    const p = pen();
    const out = p.down(ev(1, 300, 200), { ...PEN, tool: 'stamp', stamp: 'heart' });
    expect(out).toEqual({
      kind: 'stamp',
      mark: { type: 'stamp', id: 'm1', picture: 'heart', x: 300, y: 200, size: STAMP_SIZE }
    });
    expect(p.state).toBe('idle');
  });

  it('rubs out with the eraser, and counts a pressure of 0 as a medium press', () => {
    const p = pen();
    p.down(ev(1, 5, 5, { pointerType: 'mouse', point: [5, 5, 0] }), { ...PEN, tool: 'eraser' });
    const out = p.up({ pointerId: 1 });
    expect(out.kind === 'stroke' && out.mark).toMatchObject({
      tool: 'eraser',
      pointer: 'mouse',
      points: [[5, 5, 0.5]]
    });
  });

  it('names anything other than a pen or a finger a mouse', () => {
    const p = pen();
    p.down(ev(1, 5, 5, { pointerType: '' }), PEN);
    expect(p.up({ pointerId: 1 })).toMatchObject({ kind: 'stroke', pointer: 'mouse' });
  });
});
