// The drawing benchmark page for tests/bench/run.mjs. `?mode=app` mounts the app's own
// DrawingCanvas; `?mode=bare` is the baseline: a bare canvas drawing with lineTo in its
// pointermove handler. Both report the main-thread time spent per pointer event (a capture
// listener on window starts the clock, a bubble listener on window stops it) and the frames
// dropped while the stroke was drawn. The app page also times saving the finished stroke.
import { mount } from 'svelte';
import DrawingCanvas from '../../../src/lib/drawing/DrawingCanvas.svelte';
import { DrawingDocument } from '../../../src/lib/drawing/document.svelte';
import type { DrawOp } from '../../../src/lib/drawing/model';
import { openHeardDb } from '../../../src/lib/storage/db';
import { saveDrawOp } from '../../../src/lib/storage/media.repo';
import { createProfile } from '../../../src/lib/storage/profiles.repo';

declare global {
  interface Window {
    benchStart(): void;
    benchStop(): { perEvent: number[]; dropped: number; frames: number };
    benchSave(): Promise<number>;
  }
}

const mode = new URLSearchParams(location.search).get('mode') ?? 'app';
const target = document.getElementById('app')!;
let lastOp: DrawOp | null = null;

if (mode === 'bare') {
  const canvas = document.createElement('canvas');
  canvas.id = 'bare';
  canvas.width = 768;
  canvas.height = 576;
  canvas.dataset.testid = 'paper';
  target.append(canvas);
  const ctx = canvas.getContext('2d')!;
  let down = false;
  canvas.addEventListener('pointerdown', (e) => {
    down = true;
    canvas.setPointerCapture(e.pointerId);
    const r = canvas.getBoundingClientRect();
    ctx.beginPath();
    ctx.moveTo(e.clientX - r.left, e.clientY - r.top);
  });
  canvas.addEventListener('pointermove', (e) => {
    if (!down) return;
    const r = canvas.getBoundingClientRect();
    ctx.lineTo(e.clientX - r.left, e.clientY - r.top);
    ctx.stroke();
  });
  canvas.addEventListener('pointerup', () => (down = false));
} else {
  mount(DrawingCanvas, {
    target,
    props: {
      doc: new DrawingDocument(),
      label: 'Benchmark',
      onop: (op: DrawOp) => {
        lastOp = op;
      }
    }
  });
}

let t0 = 0;
let perEvent: number[] = [];
let frames: number[] = [];
let running = false;
addEventListener('pointermove', () => (t0 = performance.now()), { capture: true });
addEventListener('pointermove', () => {
  if (running) perEvent.push(performance.now() - t0);
});

function frame(t: number) {
  if (!running) return;
  frames.push(t);
  requestAnimationFrame(frame);
}

window.benchStart = () => {
  perEvent = [];
  frames = [];
  running = true;
  requestAnimationFrame(frame);
};

window.benchStop = () => {
  running = false;
  let dropped = 0;
  for (let i = 1; i < frames.length; i++) {
    dropped += Math.max(0, Math.round((frames[i]! - frames[i - 1]!) / 16.67) - 1);
  }
  return { perEvent, dropped, frames: frames.length };
};

// Saving the finished stroke the way the runner does: encrypted, strict durability.
const space = (async () => {
  const db = await openHeardDb({ name: 'heard-draw-bench' });
  const { profile, key } = await createProfile(db, 'Bench', 'bench passphrase 2026');
  return { db: () => Promise.resolve(db), profileId: profile.id, key };
})();

window.benchSave = async () => {
  const s = await space;
  if (!lastOp) return NaN;
  const t = performance.now();
  await saveDrawOp(s, 'bench-session', 'bench-drawing', lastOp);
  return performance.now() - t;
};

void space.then(() => (document.body.dataset.ready = 'true'));
