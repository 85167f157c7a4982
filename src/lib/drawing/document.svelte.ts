// One drawing being made: its operation log replayed into what is on the paper, owned in one
// place. The activity opens it from what was saved, the canvas applies each finished operation
// to it, and the activity reads how many marks there are when the child finishes.
import {
  apply,
  canRedo,
  canUndo,
  replay,
  type DrawingState,
  type DrawOp,
  type Mark
} from './model';

/** When an operation was made, as saved with it. */
const now = (): string => new Date().toISOString();

export class DrawingDocument {
  // Replaced whole on every operation, never changed in place: no deep proxy needed.
  #state = $state.raw<DrawingState>(replay([]));

  /** Opens a drawing from its saved log (in any order); an empty log is a new drawing. */
  constructor(ops: readonly DrawOp[] = []) {
    this.#state = replay(ops);
  }

  /** What is on the paper, in drawing order. */
  get marks(): readonly Mark[] {
    return this.#state.marks;
  }
  get canUndo(): boolean {
    return canUndo(this.#state);
  }
  get canRedo(): boolean {
    return canRedo(this.#state);
  }

  /** The operation that adds a mark, next in sequence (apply it to add it). */
  add(mark: Mark, at: string = now()): DrawOp {
    return { seq: this.#state.nextSeq, at, op: 'add', mark };
  }

  /** The undo, redo or clear operation, next in sequence (apply it to do it). */
  next(op: 'undo' | 'redo' | 'clear', at: string = now()): DrawOp {
    return { seq: this.#state.nextSeq, at, op };
  }

  /** Applies an operation; true when it only appended a mark (it can be drawn on top). */
  apply(op: DrawOp): boolean {
    const before = this.#state.marks.length;
    this.#state = apply(this.#state, op);
    return op.op === 'add' && this.#state.marks.length === before + 1;
  }
}
