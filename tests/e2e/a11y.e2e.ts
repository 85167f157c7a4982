import { LANGUAGES as ALL_LANGUAGES } from '../../src/lib/i18n/languages';
import { seriousViolations, useLanguage } from './axe';
import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';
import { addCase, createSpace } from './workspace';

// Every test here scans several whole screens with axe (about 3 s each on two busy cores): long
// by nature, so they get a minute; each stays far from it.
test.describe.configure({ timeout: 60_000 });

const SCREENS = [
  { path: '/', heading: 1 },
  { path: '/settings', heading: 1 },
  { path: '/about', heading: 1 },
  { path: '/no/such/page', heading: 1 }
];
// Every language the app ships, left to right and right to left.
const LANGUAGES = ALL_LANGUAGES.map(({ code, dir }) => ({ code, dir }));

for (const { code, dir } of LANGUAGES) {
  test(`every screen in ${code} has no serious or critical axe violation`, async ({ page }) => {
    await useLanguage(page, code, dir);
    for (const { path } of SCREENS) {
      await open(page, path);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await seriousViolations(page), path).toEqual([]);
    }
  });
}

test('the scan itself finds a serious violation when a page has one', async ({ page }) => {
  // The helper runs axe in the page itself (tests/e2e/axe.ts): prove it still sees a nameless
  // button and an image with no text, after a client-side navigation kept axe in the document.
  await open(page, '/settings');
  expect(await seriousViolations(page)).toEqual([]);
  await page.locator('a[href="/about"]').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML('beforeend', '<button id="nameless"></button><img id="textless">');
  });
  const found = await seriousViolations(page);
  expect(found).toContainEqual(expect.stringMatching(/^button-name: .*#nameless/));
  expect(found).toContainEqual(expect.stringMatching(/^image-alt: .*#textless/));
});

test('the storage-unavailable alert passes axe too', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => undefined });
  });
  await open(page, '/');
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('a settings form showing a validation error passes axe, in en, ar, prs and am', async ({
  page
}) => {
  for (const { code, dir } of LANGUAGES.filter((l) => ['en', 'ar', 'prs', 'am'].includes(l.code))) {
    await useLanguage(page, code, dir);
    await open(page, '/settings');
    await page.locator('#device-name').fill('x'.repeat(80));
    await expect(page.locator('#device-name-error')).toBeVisible();
    await expect(page.locator('#device-name')).toHaveAttribute('aria-invalid', 'true');
    expect(await seriousViolations(page)).toEqual([]);
  }
});

// The workspace screens in each script and direction: Latin, Arabic (ar, prs), Ethiopic, Khmer.
// (Every language's start, settings, about and error screens are checked above.) One test per
// group of screens and language, so each stays far from its timeout on two busy cores.
const WORKSPACE_LANGUAGES = LANGUAGES.filter((l) =>
  ['en', 'ar', 'prs', 'am', 'km'].includes(l.code)
);

/** A space with one case and one planned session, shown in the language under test. */
async function workspaceIn(page: Page, code: string, dir: string, withSession: boolean) {
  await createSpace(page);
  await addCase(page, { alias: 'Noor', ref: 'CP-2026-0042' });
  if (withSession) {
    await page.getByRole('link', { name: 'Plan a session' }).click();
    await page.getByRole('button', { name: 'Save the plan' }).click();
    await expect(page.getByTestId('session-state')).toBeVisible();
  }
  if (code !== 'en') {
    await page.locator('a[href="/settings"]').first().click();
    await page.locator(`button[lang="${code}"]`).first().click();
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
  }
}

async function scan(page: Page, what: string) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await seriousViolations(page), what).toEqual([]);
}

for (const { code, dir } of WORKSPACE_LANGUAGES) {
  test(`case screens in ${code} have no serious or critical axe violation`, async ({ page }) => {
    await workspaceIn(page, code, dir, false);
    await scan(page, 'settings (unlocked)');
    await page.locator('nav a[href="/cases"]').click();
    await scan(page, 'case list');
    await page.locator('main a[href^="/cases/"][href$="/new"]').first().click();
    await scan(page, 'new case form');
    await page.locator('nav a[href="/cases"]').click();
    await page.locator('main ul a[href^="/cases/"]').first().click();
    await scan(page, 'case page');
    await page.locator('main a[href$="/edit"]').first().click();
    await scan(page, 'case edit form');
  });

  test(`session screens in ${code} have no serious or critical axe violation`, async ({ page }) => {
    await workspaceIn(page, code, dir, true);
    await page.locator('nav a[href="/cases"]').click();
    await page.locator('main ul a[href^="/cases/"]').first().click();
    await page.locator('main a[href*="/sessions/"]:not([href$="/new"])').first().click();
    await scan(page, 'session page');
    await page.locator('main a[href^="/recordings"]').click();
    await expect(page.locator('[data-text-id]').first()).toBeVisible();
    await scan(page, 'read-aloud recordings');
    await page.goBack();
    await expect(page.getByTestId('session-state')).toBeVisible();
    await page.locator('main a[href$="/edit"]').first().click();
    await scan(page, 'session form');
  });

  test(`start, unlock and new-space screens in ${code} have no serious or critical axe violation`, async ({
    page
  }) => {
    await workspaceIn(page, code, dir, false);
    await page.locator('header button').last().click();
    await expect(page.locator('main a[href^="/unlock/"]').first()).toBeVisible();
    await scan(page, 'start screen with a space');
    await page.locator('main a[href^="/unlock/"]').first().click();
    await scan(page, 'unlock');
    await page.locator('details summary').click();
    await scan(page, 'forgot passphrase');
    await page.goto('/profiles/new');
    await scan(page, 'new space');
  });
}

test('high contrast is remembered, applies before the first paint, and passes axe', async ({
  page
}) => {
  await open(page, '/settings');
  await page.getByRole('checkbox', { name: 'High contrast (for bright light and glare)' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  expect(await seriousViolations(page)).toEqual([]);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  await expect(
    page.getByRole('checkbox', { name: 'High contrast (for bright light and glare)' })
  ).toBeChecked();
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(255, 255, 255)');
  await open(page, '/');
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto('/settings');
  await page
    .getByRole('checkbox', { name: 'High contrast (for bright light and glare)' })
    .uncheck();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'normal');
});

test('Settings lists every language with its translation status and offline voice', async ({
  page
}) => {
  await open(page, '/settings');
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(13);
  const en = table.getByRole('row', { name: /English/ });
  await expect(en).toContainText('Reference (the source text)');
  const km = table.getByRole('row', { name: /Khmer/ });
  await expect(km).toContainText("Drafted: needs a native speaker's review");
  // Headless Chromium has no offline voices: every language says so.
  await expect(km).toContainText('No: read aloud yourself');
});
