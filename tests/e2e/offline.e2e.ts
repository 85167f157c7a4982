import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS } from '../../playwright.config';
import {
  APP_ORIGIN,
  chooseLanguage,
  expect,
  open,
  test,
  waitForServiceWorker,
  watchForeignRequests
} from './fixtures';
import { addCase, createSpace, PASS } from './workspace';

// These tests are about the service worker: it is installed as in any browser.
test.use({ serviceWorkers: 'allow' });
// Each installs the service worker, which precaches the whole app (about 350 files), before the
// flow it checks offline: long by nature, so each gets a minute (one took 16 s of 30 on a run).
test.describe.configure({ timeout: 60_000 });

test('the app is installable (Chromium reports no installability errors)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'heard-install-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS
  });
  const foreign = watchForeignRequests(context);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await open(page, `${APP_ORIGIN}/`);
    await waitForServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    expect(foreign).toEqual([]);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('after the first load the app, deep links and saved data work offline', async ({
  page,
  context
}) => {
  await open(page, '/settings');
  await waitForServiceWorker(page);
  const name = page.getByRole('textbox', { name: 'Name of this tablet' });
  await name.fill('Tablet 4, Hillside drop-in centre');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await createSpace(page);
  await addCase(page, { alias: 'Noor' });

  await context.setOffline(true);

  // Mid-flow reload on a case page: the app comes back (locked, at the start screen).
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welcome to Heard' })).toBeVisible();
  await expect(page.getByTestId('device-name')).toHaveText('Tablet 4, Hillside drop-in centre');

  // A deep link to a page served by the SPA fallback, reloaded offline.
  await page.getByRole('link', { name: 'Ana Ruiz' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock Ana Ruiz' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Unlock Ana Ruiz' })).toBeVisible();
  await page.getByLabel('Passphrase').fill(PASS);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('link', { name: /Noor/ })).toBeVisible();

  await page.goto('/settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(name).toHaveValue('Tablet 4, Hillside drop-in centre');

  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'This page does not exist' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('a language chosen online is still in force after an offline reload', async ({
  page,
  context
}) => {
  await open(page, '/');
  await waitForServiceWorker(page);
  await chooseLanguage(page, 'Español');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Le damos la bienvenida a Heard'
  );
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('link', { name: 'Ajustes', exact: true })).toBeVisible();
});

test('a first visit at a deep link registers the service worker for the whole app, and works offline', async ({
  page,
  context
}) => {
  // The very first page this browser opens is a deep one.
  await open(page, '/profiles/new');
  await waitForServiceWorker(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe('/');
  const script = await page.evaluate(
    async () => (await navigator.serviceWorker.ready).active?.scriptURL ?? ''
  );
  expect(new URL(script).pathname).toBe('/sw.js');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Create your space' })).toBeVisible();
  await page.goto('/settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await page.goto('/cases/any-case/sessions/any-session');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
