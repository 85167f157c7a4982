// Renders the app icons (static/icons/*.png) from the SVG sources beside this script, with
// Debian's Chromium. Run after changing an icon: node scripts/icons/render.mjs
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';

const jobs = [
  ['icon.svg', 192, 'icon-192.png'],
  ['icon.svg', 512, 'icon-512.png'],
  ['icon-maskable.svg', 512, 'icon-maskable-512.png']
];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
const page = await browser.newPage();
for (const [src, size, out] of jobs) {
  const svg = readFileSync(new URL(src, import.meta.url), 'utf8');
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`
  );
  await page.screenshot({
    path: new URL(`../../static/icons/${out}`, import.meta.url).pathname,
    omitBackground: true
  });
}
await browser.close();
