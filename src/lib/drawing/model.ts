// The drawing model: a drawing is an append-only log of operations (a stroke, a stamp, undo,
// redo, clear). Replaying the log gives what is on the paper, the undo and redo stacks, and a
// stroke-by-stroke replay for the case manager. Pure: no DOM, no storage.

/** The paper every drawing is made on, in logical units; the canvas scales it to fit. */
export const PAPER = { width: 1200, height: 900 } as const;

export const PALETTE = [
  '#1e2a2a', // ink
  '#d94f3d', // tomato
  '#f28c28', // orange
  '#f5c400', // sunflower
  '#3fa34d', // leaf
  '#2f80c8', // sky
  '#7b4fc9', // plum
  '#e46ca6', // pink
  '#8b5a2b', // earth
  '#ffffff' // white
] as const;

export const SIZES = { small: 8, medium: 18, large: 36 } as const;
export type SizeName = keyof typeof SIZES;

export type Tool = 'pen' | 'eraser';
export type PointerKind = 'pen' | 'touch' | 'mouse';

/** One point: x and y on the paper, and pressure 0..1. */
export type StrokePoint = [x: number, y: number, pressure: number];

export interface Stroke {
  type: 'stroke';
  id: string;
  tool: Tool;
  color: string;
  size: SizeName;
  pointer: PointerKind;
  points: StrokePoint[];
}

export interface Stamp {
  type: 'stamp';
  id: string;
  /** A pictogram name from the bundled set. */
  picture: string;
  x: number;
  y: number;
  size: number;
}

export type Mark = Stroke | Stamp;

export type DrawOp =
  | { seq: number; at: string; op: 'add'; mark: Mark }
  | { seq: number; at: string; op: 'undo' }
  | { seq: number; at: string; op: 'redo' }
  | { seq: number; at: string; op: 'clear' };

type Action = { kind: 'add'; mark: Mark } | { kind: 'clear'; marks: Mark[] };

export interface DrawingState {
  /** What is on the paper, in drawing order. */
  marks: Mark[];
  done: Action[];
  undone: Action[];
  /** The next operation's sequence number. */
  nextSeq: number;
}

export function emptyDrawing(): DrawingState {
  return { marks: [], done: [], undone: [], nextSeq: 0 };
}

/** Applies one operation; an undo or redo with nothing to undo or redo changes nothing. */
export function apply(state: DrawingState, op: DrawOp): DrawingState {
  const nextSeq = Math.max(state.nextSeq, op.seq + 1);
  switch (op.op) {
    case 'add':
      return {
        marks: [...state.marks, op.mark],
        done: [...state.done, { kind: 'add', mark: op.mark }],
        undone: [],
        nextSeq
      };
    case 'clear':
      if (state.marks.length === 0) return { ...state, nextSeq };
      return {
        marks: [],
        done: [...state.done, { kind: 'clear', marks: state.marks }],
        undone: [],
        nextSeq
      };
    case 'undo': {
      const last = state.done.at(-1);
      if (!last) return { ...state, nextSeq };
      const marks =
        last.kind === 'add' ? state.marks.filter((m) => m.id !== last.mark.id) : last.marks;
      return {
        marks,
        done: state.done.slice(0, -1),
        undone: [...state.undone, last],
        nextSeq
      };
    }
    case 'redo': {
      const next = state.undone.at(-1);
      if (!next) return { ...state, nextSeq };
      const marks = next.kind === 'add' ? [...state.marks, next.mark] : [];
      return {
        marks,
        done: [...state.done, next],
        undone: state.undone.slice(0, -1),
        nextSeq
      };
    }
  }
}

/** Replays a log in sequence order (a log read back from storage may come unordered). */
export function replay(ops: readonly DrawOp[]): DrawingState {
  return [...ops].sort((a, b) => a.seq - b.seq).reduce(apply, emptyDrawing());
}

export function canUndo(s: DrawingState): boolean {
  return s.done.length > 0;
}
export function canRedo(s: DrawingState): boolean {
  return s.undone.length > 0;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Whether a value read back from storage is a well-formed operation. */
export function isDrawOp(value: unknown): value is DrawOp {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (typeof v.seq !== 'number' || !Number.isInteger(v.seq) || v.seq < 0) return false;
  if (v.op === 'undo' || v.op === 'redo' || v.op === 'clear') return true;
  if (v.op !== 'add' || typeof v.mark !== 'object' || v.mark === null) return false;
  const m = v.mark as Record<string, unknown>;
  if (typeof m.id !== 'string') return false;
  if (m.type === 'stamp')
    return typeof m.picture === 'string' && typeof m.x === 'number' && typeof m.y === 'number';
  return (
    m.type === 'stroke' &&
    (m.tool === 'pen' || m.tool === 'eraser') &&
    typeof m.color === 'string' &&
    typeof m.size === 'string' &&
    m.size in SIZES &&
    Array.isArray(m.points) &&
    m.points.every(
      (p) => Array.isArray(p) && p.length === 3 && p.every((n) => typeof n === 'number')
    )
  );
}

/** Collects points for the stroke being drawn; the pointer handler only appends. */
export class StrokeBuilder {
  readonly points: StrokePoint[] = [];
  constructor(
    readonly tool: Tool,
    readonly color: string,
    readonly size: SizeName,
    readonly pointer: PointerKind
  ) {}

  /** Adds a point on the paper; pressure 0 (a mouse or finger) counts as a medium press. */
  add(x: number, y: number, pressure: number) {
    const p = pressure > 0 ? clamp(pressure, 0, 1) : 0.5;
    const cx = clamp(x, 0, PAPER.width);
    const cy = clamp(y, 0, PAPER.height);
    const last = this.points.at(-1);
    // Skip repeats: a pen at rest still reports moves.
    if (last && last[0] === cx && last[1] === cy) return;
    this.points.push([cx, cy, p]);
  }

  /** The finished stroke, or null when there was nothing to draw. */
  finish(id: string): Stroke | null {
    if (this.points.length === 0) return null;
    return {
      type: 'stroke',
      id,
      tool: this.tool,
      color: this.color,
      size: this.size,
      pointer: this.pointer,
      points: this.points.map((p) => [round(p[0]), round(p[1]), round(p[2], 100)])
    };
  }
}

function round(v: number, by = 10) {
  return Math.round(v * by) / by;
}
