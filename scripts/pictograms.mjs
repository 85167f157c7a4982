// Copies the OpenMoji images the app uses into static/pictograms.
// Usage: node scripts/pictograms.mjs <path to an unpacked openmoji package>
//   (npm pack openmoji@17 && tar xzf openmoji-17.0.0.tgz → ./package)
import { copyFileSync, mkdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const from = process.argv[2];
if (!from || !existsSync(join(from, 'color/svg'))) {
  console.error('Give the path of an unpacked openmoji package (it holds color/svg).');
  process.exit(1);
}
const table = readFileSync('src/lib/ui/pictograms.ts', 'utf8');
const entries = [...table.matchAll(/^\s+'?([\w-]+)'?: '([0-9A-F-]+)',?$/gm)];
mkdirSync('static/pictograms', { recursive: true });
for (const [, name, hex] of entries) {
  copyFileSync(join(from, 'color/svg', `${hex}.svg`), join('static/pictograms', `${name}.svg`));
}
console.log(`copied ${entries.length} pictograms`);
