#!/usr/bin/env node
// `npm run bench`: builds the app, serves it on 127.0.0.1 and measures it in Debian Chromium.
// Prints a table of figures against their budgets. Figures are reported, never asserted:
// tests check behaviour, this checks cost. Each timed figure is the median of RUNS runs.
import { chromium } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { CHROMIUM, CHROMIUM_ARGS as ARGS } from '../chromium.mjs';
import { join } from 'node:path';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 4510);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const LIGHTHOUSE = 'lighthouse@13.5.0';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x) => `${Math.round(x)} ms`;
const ratio = (x) => `${x.toFixed(2)}×`;

function step(label) {
  process.stderr.write(`… ${label}\n`);
}

// 1. Build, and serve a copy with a blank baseline page beside the app.
step('building');
const build = spawnSync('npx', ['--no-install', 'vite', 'build'], { stdio: 'ignore' });
if (build.status !== 0) {
  console.error('Build failed; run `npm run build` to see why.');
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'heard-bench-'));
cpSync('build', dir, { recursive: true });
writeFileSync(
  join(dir, 'blank.html'),
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" ' +
    'content="width=device-width, initial-scale=1"><title>Blank</title></head>' +
    '<body><h1>Blank page</h1><p>A static page with no script, the baseline.</p></body></html>'
);
const harness = spawnSync(
  'npx',
  ['--no-install', 'vite', 'build', '--config', 'tests/bench/harness/vite.config.ts'],
  { stdio: 'ignore', env: { ...process.env, HEARD_HARNESS_OUT: join(dir, 'harness') } }
);
if (harness.status !== 0) {
  console.error('The storage benchmark harness did not build.');
  process.exit(1);
}
const server = spawn(process.execPath, ['scripts/serve.mjs', dir, '--port', String(PORT)], {
  stdio: ['ignore', 'pipe', 'inherit']
});
await new Promise((resolve) => server.stdout.once('data', resolve));

const results = [];
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });

async function newPage({ throttle = 4, gzipOnly = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 800, height: 1280 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (gzipOnly)
    await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': 'gzip' } });
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { context, page, cdp };
}

/** Creates a space in the app and restores a backup into it, through the app's own screens. */
async function restoreInNewSpace(page, name, backupPath) {
  await page.goto(`${ORIGIN}/profiles/new`);
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByLabel('Passphrase', { exact: true }).fill('bench passphrase 2026');
  await page.getByLabel('Type the passphrase again').fill('bench passphrase 2026');
  await page.getByRole('button', { name: 'Create my space' }).click();
  await page.getByRole('heading', { name: 'Cases', level: 1 }).waitFor();
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByLabel('Backup file', { exact: true }).setInputFiles(backupPath);
  await page.getByLabel(/^Passphrase of /).fill('bench backup passphrase');
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.getByRole('button', { name: /^Restore \d+ records$/ }).click();
  await page.getByText(/records restored\./).waitFor({ timeout: 120_000 });
}

const readyTime = (page) =>
  page.evaluate(async () => {
    await new Promise((resolve) => {
      const check = () =>
        document.documentElement.dataset.ready === 'true' ? resolve() : setTimeout(check, 5);
      check();
    });
    return performance.getEntriesByName('heard-ready')[0]?.startTime ?? NaN;
  });
const loadTime = (page) =>
  page.evaluate(async () => {
    if (document.readyState !== 'complete') await new Promise((r) => addEventListener('load', r));
    await new Promise((r) => setTimeout(r, 0));
    return performance.getEntriesByType('navigation')[0].loadEventEnd;
  });

try {
  // 2. App-shell JS + CSS transferred on a cold load of the start page, gzip.
  step('app shell transfer');
  {
    const sizes = [];
    for (let i = 0; i < RUNS; i++) {
      const { context, page, cdp } = await newPage({ throttle: 1, gzipOnly: true });
      const types = new Map();
      let total = 0;
      cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
      cdp.on('Network.loadingFinished', (e) => {
        const t = types.get(e.requestId);
        if (t === 'Script' || t === 'Stylesheet') total += e.encodedDataLength;
      });
      await page.goto(`${ORIGIN}/`);
      await readyTime(page);
      await page.waitForLoadState('networkidle');
      sizes.push(total);
      await context.close();
    }
    results.push([
      'App shell JS+CSS transferred (gzip)',
      kb(median(sizes)),
      '≤ 120 KB',
      median(sizes) <= 120 * 1024
    ]);
  }

  // 3. Precache: what the service worker stores for offline use.
  step('precache');
  {
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
    let bytes = 0;
    for (const url of urls) {
      const file = join(dir, url === '/' ? 'index.html' : url);
      for (const candidate of [file, `${file}.html`]) {
        try {
          bytes += statSync(candidate).size;
          break;
        } catch {
          /* try the next candidate */
        }
      }
    }
    results.push([
      'Precache size (uncompressed)',
      kb(bytes),
      '≤ 6 MB (with all languages and fonts)',
      bytes <= 6 * 1024 * 1024
    ]);
    results.push(['Precache entries', String(urls.length), '—', null]);
    const fonts = urls.filter((u) => u.endsWith('.woff2'));
    let fontBytes = 0;
    for (const u of fonts) fontBytes += statSync(join(dir, u)).size;
    results.push(['Fonts in the precache (all 7 scripts)', kb(fontBytes), '—', null]);
  }

  // 4. Cold load to interactive, 4× CPU throttling, against a blank static page.
  step('cold loads');
  {
    const app = [];
    const blank = [];
    for (let i = 0; i < RUNS; i++) {
      let p = await newPage();
      await p.page.goto(`${ORIGIN}/blank.html`);
      blank.push(await loadTime(p.page));
      await p.context.close();
      p = await newPage();
      await p.page.goto(`${ORIGIN}/`);
      app.push(await readyTime(p.page));
      await p.context.close();
    }
    results.push(['Blank page load (4× CPU)', ms(median(blank)), 'baseline', null]);
    results.push(['Cold load to interactive (4× CPU)', ms(median(app)), '—', null]);
    results.push(['Cold load ÷ blank page', ratio(median(app) / median(blank)), '—', null]);
  }

  // 5. Offline reload against an online warm reload, both under the service worker.
  step('offline and warm reloads');
  {
    const warm = [];
    const offline = [];
    const { context, page } = await newPage();
    await page.goto(`${ORIGIN}/`);
    await readyTime(page);
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, {
      timeout: 30000
    });
    for (let i = 0; i < RUNS; i++) {
      await context.setOffline(false);
      await page.reload();
      warm.push(await readyTime(page));
      await context.setOffline(true);
      await page.reload();
      offline.push(await readyTime(page));
    }
    await context.close();
    results.push(['Online warm reload (4× CPU)', ms(median(warm)), 'baseline', null]);
    results.push(['Offline reload (4× CPU)', ms(median(offline)), '—', null]);
    const r = median(offline) / median(warm);
    results.push(['Offline reload ÷ warm reload', ratio(r), '≤ 1.10×', r <= 1.1]);
  }

  // 6. Storage: unlock, encrypted save against a plain put (the app's own code, real IndexedDB).
  step('storage (1,000 saves)');
  let backupPath = null;
  {
    const { context, page } = await newPage({ throttle: 1 });
    await page.goto(`${ORIGIN}/harness/`);
    await page.waitForSelector('body[data-ready="true"]');
    const r = await page.evaluate((n) => window.runBench(n), 1000);
    await context.close();
    backupPath = join(dir, 'bench-1000-cases.json');
    writeFileSync(backupPath, r.backup);
    results.push([
      'Unlock (PBKDF2 600k + unwrap)',
      ms(r.unlockMs),
      '≤ 1000 ms',
      r.unlockMs <= 1000
    ]);
    results.push([
      'Plain idb put (strict), median of 1,000',
      `${r.plainPutMs.toFixed(2)} ms`,
      'baseline',
      null
    ]);
    results.push([
      'Encrypted save, median of 1,000',
      `${r.encryptedSaveMs.toFixed(2)} ms`,
      '—',
      null
    ]);
    const ratioSave = r.encryptedSaveMs / r.plainPutMs;
    results.push(['Encrypted save ÷ plain put', ratio(ratioSave), '≤ 2×', ratioSave <= 2]);
  }

  // 8. Drawing a 500-point stroke at 4× CPU: the app's canvas against a bare lineTo canvas in
  // the same run; then saving the finished stroke (encrypted, strict durability).
  step('drawing (500-point stroke, 4× CPU)');
  {
    const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];
    const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const draw = async (mode) => {
      const { context, page, cdp } = await newPage({ throttle: 4 });
      await page.goto(`${ORIGIN}/harness/draw.html?mode=${mode}`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
      const box = await page.locator('[data-testid="paper"]').boundingBox();
      const send = (type, x, y) =>
        cdp.send('Input.dispatchMouseEvent', {
          type,
          x,
          y,
          button: 'left',
          buttons: type === 'mouseReleased' ? 0 : 1,
          clickCount: 1,
          pointerType: 'pen',
          force: 0.6
        });
      const at = (t) => [
        box.x + 20 + t * (box.width - 40),
        box.y + box.height / 2 + Math.sin(t * 20) * box.height * 0.35
      ];
      await page.evaluate(() => window.benchStart());
      await send('mousePressed', ...at(0));
      for (let i = 1; i <= 500; i++) await send('mouseMoved', ...at(i / 500));
      await send('mouseReleased', ...at(1));
      // Let the last frame paint before the clock stops.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
      const r = await page.evaluate(() => window.benchStop());
      const save = mode === 'app' ? await page.evaluate(() => window.benchSave()) : NaN;
      await context.close();
      return { mean: mean(r.perEvent), p95: p95(r.perEvent), dropped: r.dropped, save };
    };
    const bare = [];
    const app = [];
    for (let i = 0; i < RUNS; i++) {
      bare.push(await draw('bare'));
      app.push(await draw('app'));
    }
    const m = (xs, k) => median(xs.map((x) => x[k]));
    const us = (x) => `${(x * 1000).toFixed(0)} µs`;
    results.push([
      'Pointer event, bare lineTo canvas (mean)',
      us(m(bare, 'mean')),
      'baseline',
      null
    ]);
    results.push(['Pointer event, Heard canvas (mean)', us(m(app, 'mean')), '—', null]);
    const r = m(app, 'mean') / m(bare, 'mean');
    results.push(['Heard canvas ÷ bare canvas, per event', ratio(r), '≤ 1.5×', r <= 1.5]);
    const p = m(app, 'p95');
    results.push(['Pointer event, Heard canvas (p95)', us(p), '≤ 1 ms', p <= 1]);
    results.push([
      'Dropped frames during the stroke, bare / Heard',
      `${m(bare, 'dropped')} / ${m(app, 'dropped')}`,
      '—',
      null
    ]);
    results.push(['Save a finished 500-point stroke (4× CPU)', ms(m(app, 'save')), '—', null]);
  }

  // 9. Font bytes one language fetches: the About page in each language, fresh, no service
  // worker yet. The largest is reported against the budget share.
  step('fonts fetched per language');
  {
    const langs = ['en', 'fr', 'es', 'ar', 'prs', 'am', 'bn', 'ne', 'km', 'th', 'vi', 'id'];
    const perLang = {};
    for (const code of langs) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      await context.addInitScript((c) => localStorage.setItem('heard.lang', c), code);
      const page = await context.newPage();
      let bytes = 0;
      page.on('response', async (res) => {
        if (res.url().endsWith('.woff2'))
          bytes += (await res.body().catch(() => Buffer.alloc(0))).length;
      });
      await page.goto(`${ORIGIN}/about`);
      await page.waitForSelector('html[data-ready="true"]');
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(300);
      perLang[code] = bytes;
      await context.close();
    }
    const [maxCode, maxBytes] = Object.entries(perLang).sort((a, b) => b[1] - a[1])[0];
    results.push([
      'Font bytes fetched for one language (About page)',
      `${kb(maxBytes)} (${maxCode}, the largest); en ${kb(perLang.en)}`,
      '—',
      null
    ]);
  }

  // 7. Opening the case list with 1,000 cases (restored from a backup through the app).
  step('case list with 1,000 cases');
  {
    const { context, page } = await newPage({ throttle: 1 });
    await restoreInNewSpace(page, 'Bench', backupPath);
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      await page.getByRole('link', { name: 'Settings', exact: true }).click();
      await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
      await page.evaluate(() => {
        const w = window;
        w.__t1 = undefined;
        const obs = new MutationObserver(() => {
          if (document.querySelectorAll('main ul li a[href^="/cases/"]').length >= 1000) {
            w.__t1 = performance.now();
            obs.disconnect();
          }
        });
        obs.observe(document.body, { childList: true, subtree: true });
        w.__t0 = performance.now();
      });
      await page.getByRole('link', { name: 'Cases', exact: true }).click();
      await page.waitForFunction(() => window.__t1 !== undefined, null, { timeout: 60_000 });
      times.push(await page.evaluate(() => window.__t1 - window.__t0));
    }
    await context.close();
    const t = median(times);
    results.push(['Open case list, 1,000 cases', ms(t), '≤ 300 ms', t <= 300]);
  }

  // 8. The record: buildRecord over 10,000 results, and the printable report with 50 drawings
  // (restored from a backup through the app, then opened from the record screen).
  step('record: buildRecord over 10,000 results, report with 50 drawings');
  {
    let context;
    let page;
    ({ context, page } = await newPage({ throttle: 1 }));
    await page.goto(`${ORIGIN}/harness/record.html`);
    await page.waitForSelector('body[data-ready="true"]');
    const r = await page.evaluate(() => window.benchRecord(10_000, 50));
    results.push(['buildRecord, 10,000 results', ms(r.buildMs), '≤ 200 ms', r.buildMs <= 200]);
    const path = join(dir, 'bench-report.json');
    writeFileSync(path, r.backup);
    await context.close();

    ({ context, page } = await newPage({ throttle: 1 }));
    await restoreInNewSpace(page, 'Bench report', path);
    await page.getByRole('link', { name: 'Cases', exact: true }).click();
    await page.getByRole('link', { name: /Bench child/ }).click();
    await page.getByRole('link', { name: 'Open the record' }).click();
    const times = [];
    for (let i = 0; i < Math.min(RUNS, 3); i++) {
      await page.getByRole('heading', { name: /Record of Bench child/, level: 1 }).waitFor();
      const t0 = await page.evaluate(() => performance.now());
      await page.getByRole('link', { name: 'Printable report' }).click();
      await page.getByTestId('content-hash').waitFor({ timeout: 120_000 });
      await page.evaluate(() =>
        Promise.all([...document.images].map((img) => img.decode().catch(() => {})))
      );
      const imgs = await page.evaluate(() => document.images.length);
      if (imgs < 50) throw new Error(`the report shows ${imgs} drawings, not 50`);
      times.push((await page.evaluate(() => performance.now())) - t0);
      await page.getByRole('link', { name: 'Back to the record' }).click();
    }
    await context.close();
    const t = median(times);
    results.push([
      'Printable report, 50 drawings (open to all shown)',
      ms(t),
      '≤ 3000 ms',
      t <= 3000
    ]);
  }
} finally {
  await browser.close();
}

// 6. Lighthouse, mobile preset, start page and blank page in the same run.
step(`lighthouse (${LIGHTHOUSE}, fetched from npm for this run only)`);
function lighthouse(url) {
  const out = join(dir, `lh-${Math.random().toString(36).slice(2)}.json`);
  const r = spawnSync(
    'npx',
    [
      '--yes',
      LIGHTHOUSE,
      url,
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
      '--only-categories=performance,accessibility',
      `--chrome-flags=--headless=new ${ARGS.join(' ')}`
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'ignore', 'pipe'] }
  );
  if (r.status !== 0) return { error: r.stderr.toString().split('\n').slice(-3).join(' ') };
  const report = JSON.parse(readFileSync(out, 'utf8'));
  return {
    lcp: report.audits['largest-contentful-paint'].numericValue,
    tbt: report.audits['total-blocking-time'].numericValue,
    score: report.categories.performance.score,
    a11y: report.categories.accessibility.score
  };
}
// Alternating runs, so both pages see the same machine state; the median of each figure.
const lhRuns = { app: [], blank: [] };
for (let i = 0; i < RUNS; i++) {
  lhRuns.app.push(lighthouse(`${ORIGIN}/`));
  lhRuns.blank.push(lighthouse(`${ORIGIN}/blank.html`));
}
const summarise = (runs) => {
  const failed = runs.find((r) => r.error);
  if (failed) return failed;
  const pick = (k) => median(runs.map((r) => r[k]));
  return { lcp: pick('lcp'), tbt: pick('tbt'), score: pick('score'), a11y: pick('a11y') };
};
const lhApp = summarise(lhRuns.app);
const lhBlank = summarise(lhRuns.blank);
if (lhApp.error || lhBlank.error) {
  results.push(['Lighthouse', `not run: ${lhApp.error ?? lhBlank.error}`, '—', null]);
} else {
  results.push(['Lighthouse LCP, start page (mobile)', ms(lhApp.lcp), '—', null]);
  results.push(['Lighthouse LCP, blank page (mobile)', ms(lhBlank.lcp), 'baseline', null]);
  const r = lhApp.lcp / lhBlank.lcp;
  results.push(['Lighthouse LCP ÷ blank page', ratio(r), '≤ 3×', r <= 3]);
  results.push(['Lighthouse TBT, start page', ms(lhApp.tbt), '≤ 50 ms', lhApp.tbt <= 50]);
  results.push(['Lighthouse performance score', lhApp.score.toFixed(2), '—', null]);
  results.push(['Lighthouse accessibility score', lhApp.a11y.toFixed(2), '—', null]);
}

server.kill();
rmSync(dir, { recursive: true, force: true });

// 7. The table.
const rows = [
  ['Figure', 'Value', 'Budget', 'Within'],
  ...results.map(([a, b, c, d]) => [a, b, c, d === null ? '' : d ? 'yes' : 'NO'])
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
const line = (r) => `| ${r.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
console.log(
  `\nHeard benchmarks — median of ${RUNS} runs, Debian Chromium, ${new Date().toISOString()}\n`
);
console.log(line(rows[0]));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows.slice(1)) console.log(line(r));
console.log(
  '\nFor scale (same measurement elsewhere): Enketo form page 559 KB, LCP 8.7× blank; Primero login 1.9 MB, 21.6×.'
);
