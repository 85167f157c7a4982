import { describe, expect, it } from 'vitest';
import { DrawingDocument } from './document.svelte';
import type { DrawOp, Mark } from './model';

const AT = '2026-12-01T10:00:00.000Z';
const stamp = (id: string): Mark => ({ type: 'stamp', id, picture: 'star', x: 1, y: 2, size: 140 });

describe('DrawingDocument', () => {
  it('opens a saved log in sequence order and goes on numbering after it', () => {
    const saved: DrawOp[] = [
      { seq: 1, at: AT, op: 'add', mark: stamp('b') },
      { seq: 0, at: AT, op: 'add', mark: stamp('a') }
    ];
    const doc = new DrawingDocument(saved);
    expect(doc.marks.map((m) => m.id)).toEqual(['a', 'b']);
    expect(doc.add(stamp('c'), AT)).toEqual({ seq: 2, at: AT, op: 'add', mark: stamp('c') });
  });

  it('counts the marks on the paper through adds, undo, redo and clear', () => {
    const doc = new DrawingDocument();
    expect([doc.marks.length, doc.canUndo, doc.canRedo]).toEqual([0, false, false]);
    expect(doc.apply(doc.add(stamp('a')))).toBe(true);
    expect(doc.apply(doc.add(stamp('b')))).toBe(true);
    expect(doc.apply(doc.next('undo'))).toBe(false);
    expect([doc.marks.length, doc.canUndo, doc.canRedo]).toEqual([1, true, true]);
    doc.apply(doc.next('redo'));
    expect(doc.marks.length).toBe(2);
    doc.apply(doc.next('clear'));
    expect(doc.marks.length).toBe(0);
    doc.apply(doc.next('undo'));
    expect(doc.marks.length).toBe(2);
  });
});
