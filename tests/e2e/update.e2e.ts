import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, open, test, waitForServiceWorker } from './fixtures';

// The update prompt comes from the service worker: it is installed as in any browser.
test.use({ serviceWorkers: 'allow' });

// Serves a private copy of the build, so the test can deploy a "new version" into it.
async function serveCopy(port: number): Promise<{ dir: string; server: ChildProcess }> {
  const dir = mkdtempSync(join(tmpdir(), 'heard-deploy-'));
  cpSync('build', dir, { recursive: true });
  const server = spawn(process.execPath, ['scripts/serve.mjs', dir, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit']
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout?.once('data', () => resolve());
    server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { dir, server };
}

/** A new deploy: the service worker script changes, as it does with every real release. */
function deployNewVersion(dir: string) {
  appendFileSync(join(dir, 'sw.js'), '\n// next release\n');
  for (const ext of ['.gz', '.br']) rmSync(join(dir, `sw.js${ext}`), { force: true });
}

const PORT = 4399;
const ORIGIN = `http://127.0.0.1:${PORT}`;
test.use({ appOrigin: ORIGIN });

test('a new version shows the update prompt, waits for work in progress, never reloads by itself', async ({
  page
}) => {
  // Two service-worker installs (the first version, then the new one), each precaching the whole
  // app, plus a private server: long by nature.
  test.setTimeout(60_000);
  const { dir, server } = await serveCopy(PORT);
  try {
    await open(page, `${ORIGIN}/`);
    await waitForServiceWorker(page);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

    deployNewVersion(dir);
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('button', { name: 'Check for updates' }).click();

    const prompt = page.getByRole('status').filter({ hasText: 'A new version of Heard is ready' });
    await expect(prompt).toBeVisible();
    // Still the same page: nothing reloaded behind the user's back.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);

    // Unsaved work blocks the update until it is saved or undone.
    await page.getByRole('textbox', { name: 'Name of this tablet' }).fill('Tablet 9');
    await expect(prompt).toContainText('Finish or save what you are doing first');
    await expect(prompt.getByRole('button', { name: 'Update now' })).toBeDisabled();
    await page.getByRole('button', { name: 'Undo changes' }).click();
    await expect(prompt.getByRole('button', { name: 'Update now' })).toBeEnabled();
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);

    // Accepting applies the new version: the page reloads under the new service worker.
    await Promise.all([
      page.waitForEvent('load'),
      prompt.getByRole('button', { name: 'Update now' }).click()
    ]);
    await expect(page.locator('html[data-ready="true"]')).toBeAttached();
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(
      undefined
    );
    await expect(page.getByText('A new version of Heard is ready')).toHaveCount(0);
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});
