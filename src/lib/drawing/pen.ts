// Pen input as a small state machine (idle / drawing), apart from the DOM: the canvas turns
// pointer events into PenEvents on the paper and applies what the pen says happened. One pointer
// draws at a time; a second finger or the heel of a hand while drawing is ignored. Pure: no DOM.
import {
  StrokeBuilder,
  type PointerKind,
  type SizeName,
  type Stamp,
  type Stroke,
  type StrokePoint
} from './model';

/** The stamps a child can put on the paper (pictogram names). */
export const STAMPS = ['star', 'heart', 'sun', 'flower', 'tree', 'rainbow', 'ball', 'car'] as const;
export type StampName = (typeof STAMPS)[number];

export type PenTool = 'pen' | 'eraser' | 'stamp';

/** What the toolbar has chosen when a pointer goes down. */
export interface PenSettings {
  tool: PenTool;
  color: string;
  size: SizeName;
  stamp: StampName;
}

/** A pointer event, already on the paper. */
export interface PenEvent {
  pointerId: number;
  /** The browser's pointerType: "pen", "touch", "mouse" (or anything else, drawn as a mouse). */
  pointerType: string;
  /** Which mouse button (0 is the main one); ignored for pens and fingers. */
  button?: number;
  /** On the paper, with pressure 0..1 (0 when the device has none). */
  point: StrokePoint;
  /** Points the browser coalesced into this move, on the paper (a pen reports many). */
  coalesced?: readonly StrokePoint[];
}

/** What an event did: the canvas reacts to each. */
export type PenOutput =
  /** Not for this pen (a second pointer, a right click, a move while idle). */
  | { kind: 'ignored' }
  /** A stroke began: capture the pointer and paint it live. */
  | { kind: 'started' }
  /** The stroke being drawn grew. */
  | { kind: 'moved' }
  /** A stamp was put down (a tap with the stamp tool): apply and save it. */
  | { kind: 'stamp'; mark: Stamp }
  /** The stroke ended: apply and save it (null when nothing was drawn). */
  | { kind: 'stroke'; mark: Stroke | null; pointer: PointerKind };

/** How big a stamp is on the paper. */
export const STAMP_SIZE = 140;

const IGNORED: PenOutput = { kind: 'ignored' };

export function pointerKind(pointerType: string): PointerKind {
  return pointerType === 'pen' ? 'pen' : pointerType === 'touch' ? 'touch' : 'mouse';
}

export class Pen {
  #builder: StrokeBuilder | null = null;
  #pointer = -1;
  #newId: () => string;

  /** `newId` names each finished mark (random by default; fixed in tests). */
  constructor(newId: () => string = () => crypto.randomUUID()) {
    this.#newId = newId;
  }

  get state(): 'idle' | 'drawing' {
    return this.#builder ? 'drawing' : 'idle';
  }

  /** The stroke being drawn, to paint live (null when idle or nothing drawn yet). */
  get live(): Stroke | null {
    return this.#builder?.finish('live') ?? null;
  }

  down(e: PenEvent, settings: PenSettings): PenOutput {
    if (this.#builder || (e.pointerType === 'mouse' && (e.button ?? 0) !== 0)) return IGNORED;
    const [x, y] = e.point;
    if (settings.tool === 'stamp') {
      const mark: Stamp = {
        type: 'stamp',
        id: this.#newId(),
        picture: settings.stamp,
        x,
        y,
        size: STAMP_SIZE
      };
      return { kind: 'stamp', mark };
    }
    this.#pointer = e.pointerId;
    this.#builder = new StrokeBuilder(
      settings.tool,
      settings.color,
      settings.size,
      pointerKind(e.pointerType)
    );
    this.#builder.add(...e.point);
    return { kind: 'started' };
  }

  move(e: PenEvent): PenOutput {
    const b = this.#builder;
    if (!b || e.pointerId !== this.#pointer) return IGNORED;
    // Pens report more points than there are events: take them all for a smooth line.
    const points = e.coalesced && e.coalesced.length > 1 ? e.coalesced : [e.point];
    for (const p of points) b.add(...p);
    return { kind: 'moved' };
  }

  up(e: Pick<PenEvent, 'pointerId'>): PenOutput {
    const b = this.#builder;
    if (!b || e.pointerId !== this.#pointer) return IGNORED;
    const mark = b.finish(this.#newId());
    this.#builder = null;
    this.#pointer = -1;
    return { kind: 'stroke', mark, pointer: b.pointer };
  }

  /**
   * The browser took the pointer away (a scroll gesture, a palm, the pen leaving range): what
   * was drawn so far is kept, as when the pointer is lifted.
   */
  cancel(e: Pick<PenEvent, 'pointerId'>): PenOutput {
    return this.up(e);
  }
}
