// Turns marks into pixels: perfect-freehand outlines filled on a 2D context. Pure of state:
// the caller passes the context and a way to find stamp pictures.
import { getStroke } from 'perfect-freehand';
import { PAPER, SIZES, type Mark, type Stroke } from './model';

/** The outline of a stroke as an SVG path (also used for Path2D). */
export function strokePath(stroke: Pick<Stroke, 'points' | 'size' | 'pointer'>, last = true) {
  const outline = getStroke(stroke.points, {
    size: SIZES[stroke.size],
    thinning: stroke.pointer === 'pen' ? 0.6 : 0.35,
    smoothing: 0.5,
    streamline: 0.4,
    simulatePressure: stroke.pointer !== 'pen',
    last
  });
  if (outline.length === 0) return '';
  let d = `M${outline[0]![0].toFixed(1)},${outline[0]![1].toFixed(1)}`;
  for (let i = 1; i < outline.length; i++) {
    d += `L${outline[i]![0].toFixed(1)},${outline[i]![1].toFixed(1)}`;
  }
  return d + 'Z';
}

export type PictureSource = (name: string) => CanvasImageSource | null;

/** Draws one mark in paper units (the context is already scaled to the canvas). */
export function drawMark(ctx: CanvasRenderingContext2D, mark: Mark, pictures: PictureSource) {
  if (mark.type === 'stamp') {
    const img = pictures(mark.picture);
    if (img) {
      ctx.globalCompositeOperation = 'source-over';
      ctx.drawImage(img, mark.x - mark.size / 2, mark.y - mark.size / 2, mark.size, mark.size);
    }
    return;
  }
  const d = strokePath(mark);
  if (!d) return;
  ctx.globalCompositeOperation = mark.tool === 'eraser' ? 'destination-out' : 'source-over';
  ctx.fillStyle = mark.tool === 'eraser' ? '#000' : mark.color;
  ctx.fill(new Path2D(d));
  ctx.globalCompositeOperation = 'source-over';
}

/** Clears the context and draws every mark, scaled from paper to canvas pixels. */
export function drawAll(
  ctx: CanvasRenderingContext2D,
  marks: readonly Mark[],
  pictures: PictureSource,
  pixelWidth: number,
  pixelHeight: number
) {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, pixelWidth, pixelHeight);
  ctx.setTransform(pixelWidth / PAPER.width, 0, 0, pixelHeight / PAPER.height, 0, 0);
  for (const m of marks) drawMark(ctx, m, pictures);
}

/** A PNG of the marks on white paper, for the report. */
export async function toPng(
  marks: readonly Mark[],
  pictures: PictureSource,
  width = PAPER.width
): Promise<Blob> {
  const height = Math.round((width * PAPER.height) / PAPER.width);
  const layer = document.createElement('canvas');
  layer.width = width;
  layer.height = height;
  drawAll(layer.getContext('2d')!, marks, pictures, width, height);
  const out = document.createElement('canvas');
  out.width = width;
  out.height = height;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(layer, 0, 0);
  return new Promise((resolve, reject) =>
    out.toBlob((b) => (b ? resolve(b) : reject(new Error('png'))), 'image/png')
  );
}
