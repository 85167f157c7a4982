// Loads the pictogram images that stamps draw with, once per page.
import { pictogramUrl, type Pictogram } from '$lib/ui/pictograms';
import type { Mark } from './model';
import type { PictureSource } from './render';

const images = new Map<string, Promise<HTMLImageElement | null>>();

function load(name: string): Promise<HTMLImageElement | null> {
  let p = images.get(name);
  if (!p) {
    p = new Promise((resolve) => {
      const img = new Image();
      img.onload = () => resolve(img);
      img.onerror = () => resolve(null);
      img.src = pictogramUrl(name as Pictogram);
    });
    images.set(name, p);
  }
  return p;
}

/** A picture source holding every stamp used by these marks. */
export async function picturesFor(marks: readonly Mark[]): Promise<PictureSource> {
  const names = [...new Set(marks.flatMap((m) => (m.type === 'stamp' ? [m.picture] : [])))];
  const loaded = new Map<string, HTMLImageElement>();
  await Promise.all(
    names.map(async (n) => {
      const img = await load(n);
      if (img) loaded.set(n, img);
    })
  );
  return (name) => loaded.get(name) ?? null;
}
