// Drawing in child mode: pen, finger and mouse; undo, redo, clear, stamps; a rotation keeps
// the drawing; the page never scrolls or zooms; a crash loses no finished stroke; the case
// manager replays the drawing and saves it as PNG. Invented children only.
import { chromium, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS } from '../../playwright.config';
import { APP_ORIGIN, expect, test, watchForeignRequests } from './fixtures';
import {
  addCase,
  createSpace,
  giveAssent,
  handOver,
  leaveChildMode,
  planSession,
  PASS
} from './workspace';

/** A 4-year-old's session, played up to the free drawing. */
async function toDrawing(page: Page) {
  await createSpace(page);
  await addCase(page, { alias: 'Tala', birth: '2022-05-01' });
  await planSession(page);
  await handOver(page);
  await giveAssent(page, '3-5');
  await page.getByRole('button', { name: "I don't want to say" }).click();
  await page.getByRole('button', { name: 'Bear' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Draw anything you like.' })).toBeVisible();
}

/** Chromium on a profile of its own, so it can die and come back on the same data. */
function launchProfile(dir: string) {
  return chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    baseURL: APP_ORIGIN,
    viewport: { width: 800, height: 1280 },
    acceptDownloads: true
  });
}

async function paperBox(page: Page) {
  return (await page.getByTestId('paper').boundingBox())!;
}

const marks = (page: Page) => page.getByTestId('paper');

async function mouseStroke(page: Page, y: number, up = true) {
  const box = await paperBox(page);
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) {
    await page.mouse.move(box.x + box.width * (0.2 + i * 0.05), box.y + box.height * y);
  }
  if (up) await page.mouse.up();
}

test('a child draws with a pen, a finger and a mouse, and uses every tool', async ({ page }) => {
  // A whole flow in a real browser: long by nature.
  test.setTimeout(60_000);
  await toDrawing(page);
  const cdp = await page.context().newCDPSession(page);
  let box = await paperBox(page);

  // A pen, with pressure.
  const pen = (
    type: 'mousePressed' | 'mouseMoved' | 'mouseReleased',
    x: number,
    y: number,
    force: number
  ) =>
    cdp.send('Input.dispatchMouseEvent', {
      type,
      x,
      y,
      button: 'left',
      buttons: type === 'mouseReleased' ? 0 : 1,
      clickCount: 1,
      pointerType: 'pen',
      force
    });
  await pen('mousePressed', box.x + 50, box.y + 50, 0.2);
  for (let i = 1; i <= 20; i++) await pen('mouseMoved', box.x + 50 + i * 10, box.y + 60, i / 20);
  await pen('mouseReleased', box.x + 250, box.y + 60, 0);
  await expect(marks(page)).toHaveAttribute('data-marks', '1');
  await expect(marks(page)).toHaveAttribute('data-pointer', 'pen');

  // A finger: the page neither scrolls nor zooms.
  const touch = (
    type: 'touchStart' | 'touchMove' | 'touchEnd',
    points: { x: number; y: number }[]
  ) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
  await touch('touchStart', [{ x: box.x + 60, y: box.y + 150 }]);
  for (let i = 1; i <= 20; i++)
    await touch('touchMove', [{ x: box.x + 60 + i * 8, y: box.y + 150 + i * 6 }]);
  await touch('touchEnd', []);
  await expect(marks(page)).toHaveAttribute('data-marks', '2');
  await expect(marks(page)).toHaveAttribute('data-pointer', 'touch');
  expect(await page.evaluate(() => [window.scrollY, window.visualViewport?.scale ?? 1])).toEqual([
    0, 1
  ]);
  expect(await marks(page).evaluate((el) => getComputedStyle(el).touchAction)).toBe('none');

  // A mouse.
  await mouseStroke(page, 0.7);
  await expect(marks(page)).toHaveAttribute('data-marks', '3');
  await expect(marks(page)).toHaveAttribute('data-pointer', 'mouse');

  // Undo, redo, and clearing only after saying yes; clearing can be undone.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(marks(page)).toHaveAttribute('data-marks', '2');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(marks(page)).toHaveAttribute('data-marks', '3');
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('button', { name: 'No, keep it' }).click();
  await expect(marks(page)).toHaveAttribute('data-marks', '3');
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('button', { name: 'Yes, empty page' }).click();
  await expect(marks(page)).toHaveAttribute('data-marks', '0');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(marks(page)).toHaveAttribute('data-marks', '3');

  // A colour, a size, the eraser and a sticker.
  await page.getByRole('radio', { name: 'Blue' }).click();
  await page.getByRole('radio', { name: 'Thick' }).click();
  await mouseStroke(page, 0.85);
  await page.getByRole('button', { name: 'Eraser' }).click();
  await mouseStroke(page, 0.85);
  await page.getByRole('radio', { name: 'Star' }).click();
  box = await paperBox(page);
  await page.mouse.click(box.x + box.width * 0.8, box.y + box.height * 0.3);
  await expect(marks(page)).toHaveAttribute('data-marks', '6');

  // Turning the tablet keeps the drawing and the paper's shape.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(async () => {
    const b = await paperBox(page);
    expect(b.width / b.height).toBeCloseTo(4 / 3, 1);
    expect(b.y + b.height).toBeLessThanOrEqual(800);
  }).toPass();
  await expect(marks(page)).toHaveAttribute('data-marks', '6');
  await expect(page.getByRole('button', { name: "I'm finished" })).toBeInViewport();
  await page.setViewportSize({ width: 800, height: 1280 });
  await expect(marks(page)).toHaveAttribute('data-marks', '6');
  await expect(page.getByRole('button', { name: "I'm finished" })).toBeInViewport();
});

test('a crash mid-drawing loses no finished stroke; the case manager replays it and saves a PNG', async () => {
  // A whole flow in a real browser: long by nature.
  test.setTimeout(60_000);
  const dir = mkdtempSync(join(tmpdir(), 'heard-crash-'));
  const launch = () => launchProfile(dir);
  let context = await launch();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await toDrawing(page);
    for (const y of [0.2, 0.4, 0.6]) await mouseStroke(page, y);
    await expect(marks(page)).toHaveAttribute('data-marks', '3');
    // The browser dies in the middle of a fourth stroke.
    await mouseStroke(page, 0.8, false);
    await context.close();

    context = await launch();
    const foreign = watchForeignRequests(context);
    const again = context.pages()[0] ?? (await context.newPage());
    await again.goto('/cases');
    await expect(again).toHaveURL(/\/child$/);
    await again.getByLabel('Passphrase').fill(PASS);
    await again.getByRole('button', { name: 'Unlock and go on' }).click();
    await expect(again.getByRole('heading', { name: 'Draw anything you like.' })).toBeVisible();
    await expect(marks(again)).toHaveAttribute('data-marks', '3');
    // The reopened drawing can be added to.
    await mouseStroke(again, 0.9);
    await expect(marks(again)).toHaveAttribute('data-marks', '4');
    await again.getByRole('button', { name: "I'm finished" }).click();
    await expect(again.getByRole('heading', { name: /Let's practise first/ })).toBeVisible();
    await leaveChildMode(again, PASS);

    const results = again.getByRole('region', { name: 'What the child made and said' });
    await expect(results.getByText('A drawing (4 marks)')).toBeVisible();
    const view = results.getByTestId('drawing-view');
    await expect(view).toHaveAttribute('data-ops', '4');
    await results.getByRole('button', { name: 'Replay stroke by stroke' }).click();
    await expect(results.getByRole('button', { name: 'Stop the replay' })).toBeVisible();
    await expect(results.getByRole('button', { name: 'Replay stroke by stroke' })).toBeVisible();
    const [download] = await Promise.all([
      again.waitForEvent('download'),
      results.getByRole('button', { name: 'Save as PNG' }).click()
    ]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(download.suggestedFilename()).toMatch(/^drawing-2026-12-02-a\d+\.png$/);
    expect(foreign).toEqual([]);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Kills every process of the Chromium that uses this profile, at once, as a dead battery would. */
function killBrowser(profileDir: string) {
  const out = spawnSync('pgrep', ['-f', '--', `--user-data-dir=${profileDir}`], {
    encoding: 'utf8'
  });
  const pids = out.stdout.split('\n').filter(Boolean).map(Number);
  expect(pids.length).toBeGreaterThan(0);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone with its parent
    }
  }
}

test('a burst of fast strokes killed with SIGKILL loses nothing the paper acknowledged', async () => {
  // Two browser launches around a kill: long by nature.
  test.setTimeout(60_000);
  const dir = mkdtempSync(join(tmpdir(), 'heard-kill-'));
  const launch = () => launchProfile(dir);
  let context = await launch();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await toDrawing(page);
    const box = await paperBox(page);
    // Five quick strokes, one straight after the other.
    for (let i = 0; i < 5; i++) {
      const y = box.y + box.height * (0.15 + i * 0.15);
      await page.mouse.move(box.x + box.width * 0.2, y);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.7, y, { steps: 3 });
      await page.mouse.up();
    }
    await expect(marks(page)).toHaveAttribute('data-marks', '5');
    // Acknowledged: every stroke is durably saved. Then the battery dies.
    await expect(marks(page)).toHaveAttribute('data-saved', '5');
    killBrowser(dir);
    await context.close().catch(() => {});

    context = await launch();
    const again = context.pages()[0] ?? (await context.newPage());
    await again.goto('/cases');
    await expect(again).toHaveURL(/\/child$/);
    await again.getByLabel('Passphrase').fill(PASS);
    await again.getByRole('button', { name: 'Unlock and go on' }).click();
    await expect(again.getByRole('heading', { name: 'Draw anything you like.' })).toBeVisible();
    await expect(marks(again)).toHaveAttribute('data-marks', '5');
  } finally {
    await context.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a drawing that cannot be read asks the child to show a grown-up, tells the case manager, and opens on a retry', async ({
  page
}) => {
  // A whole flow in a real browser: long by nature.
  test.setTimeout(60_000);
  // A storage fault on reading drawings only, switched on and off by the test (as a full or
  // failing disk would, for a moment).
  await page.addInitScript(() => {
    const w = window as unknown as { __failDrawings?: boolean };
    w.__failDrawings = true;
    const getAll = IDBObjectStore.prototype.getAll;
    IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, query, count) {
      if (
        w.__failDrawings &&
        query instanceof IDBKeyRange &&
        String(query.lower).includes('/drawop/')
      )
        throw new DOMException('The disk could not be read.', 'UnknownError');
      return getAll.call(this, query, count);
    };
  });
  const fault = (on: boolean) =>
    page.evaluate(
      (v) => ((window as unknown as { __failDrawings?: boolean }).__failDrawings = v),
      on
    );

  await toDrawing(page);

  // The child sees a gentle request, never an empty paper that would lose their strokes.
  const ask = page.getByRole('alert').filter({ hasText: 'Please show this to your grown-up.' });
  await expect(ask).toBeVisible();
  await expect(marks(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: "I'm finished" })).toBeDisabled();
  await fault(false);
  await ask.getByRole('button', { name: 'Try again' }).click();
  await expect(marks(page)).toHaveAttribute('data-marks', '0');
  await mouseStroke(page, 0.4);
  await expect(marks(page)).toHaveAttribute('data-saved', '1');
  await page.getByRole('button', { name: "I'm finished" }).click();
  await expect(page.getByRole('heading', { name: /Let's practise first/ })).toBeVisible();
  await leaveChildMode(page);

  // The case manager is told, and can try again once the store reads again.
  await page.getByRole('link', { name: 'Cases', exact: true }).click();
  await fault(true);
  await page.getByRole('link', { name: /Tala/ }).click();
  await page.locator('main a[href*="/sessions/"]:not([href$="/new"])').first().click();
  const results = page.getByRole('region', { name: 'What the child made and said' });
  await expect(results.getByRole('alert')).toContainText('This drawing could not be read.');
  await fault(false);
  await results.getByRole('button', { name: 'Try again' }).click();
  await expect(results.getByTestId('drawing-view')).toHaveAttribute('data-ops', '1');
  await expect(results.getByRole('alert')).toHaveCount(0);
  await expect(results.getByRole('button', { name: 'Try again' })).toHaveCount(0);

  // A withdrawal whose drawings cannot be counted still warns that they will be deleted.
  await page.getByRole('link', { name: 'Tala' }).first().click();
  await fault(true);
  await page
    .getByRole('region', { name: 'Assent and consent' })
    .getByRole('row', { name: /Child: keep my drawings/ })
    .getByRole('button', { name: /Record a withdrawal/ })
    .click();
  const withdraw = page.getByRole('dialog', { name: 'Record a withdrawal' });
  await expect(
    withdraw.getByText("Heard could not count this child's drawings.", { exact: false })
  ).toBeVisible();
  await withdraw.getByRole('button', { name: 'Cancel' }).click();
  await expect(withdraw).toBeHidden();
  await fault(false);
});
