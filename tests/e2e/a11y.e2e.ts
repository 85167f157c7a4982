import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';
import { addCase, createSpace } from './workspace';

const SCREENS = [
  { path: '/', heading: 1 },
  { path: '/settings', heading: 1 },
  { path: '/about', heading: 1 },
  { path: '/no/such/page', heading: 1 }
];
const LANGUAGES = [
  { code: 'en', dir: 'ltr' },
  { code: 'ar', dir: 'rtl' }
];

async function useLanguage(page: Page, code: string, dir: string) {
  await page.addInitScript(
    ([c, d]) => {
      localStorage.setItem('heard.lang', c!);
      localStorage.setItem('heard.dir', d!);
    },
    [code, dir]
  );
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const { code, dir } of LANGUAGES) {
  for (const { path } of SCREENS) {
    test(`${path} in ${code} has no serious or critical axe violation`, async ({ page }) => {
      await useLanguage(page, code, dir);
      await open(page, path);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

test('the storage-unavailable alert passes axe too', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => undefined });
  });
  await open(page, '/');
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('a settings form showing a validation error passes axe, in en and ar', async ({ page }) => {
  for (const { code, dir } of LANGUAGES) {
    await useLanguage(page, code, dir);
    await open(page, '/settings');
    await page.locator('#device-name').fill('x'.repeat(80));
    await expect(page.locator('#device-name-error')).toBeVisible();
    await expect(page.locator('#device-name')).toHaveAttribute('aria-invalid', 'true');
    expect(await seriousViolations(page)).toEqual([]);
  }
});

for (const { code, dir } of LANGUAGES) {
  test(`every workspace screen in ${code} has no serious or critical axe violation`, async ({
    page
  }) => {
    await createSpace(page);
    await addCase(page, { alias: 'Noor', ref: 'CP-2026-0042' });
    await page.getByRole('link', { name: 'Plan a session' }).click();
    await page.getByRole('button', { name: 'Save the plan' }).click();
    await expect(page.getByTestId('session-state')).toBeVisible();
    if (code !== 'en') {
      await page.locator('a[href="/settings"]').first().click();
      await page.locator(`button[lang="${code}"]`).first().click();
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
    }
    const scan = async (what: string) => {
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await seriousViolations(page), what).toEqual([]);
    };
    await scan('settings (unlocked)');
    await page.locator('nav a[href="/cases"]').click();
    await scan('case list');
    await page.locator('main a[href^="/cases/"][href$="/new"]').first().click();
    await scan('new case form');
    await page.locator('nav a[href="/cases"]').click();
    await page.locator('main ul a[href^="/cases/"]').first().click();
    await scan('case page');
    await page.locator('main a[href$="/edit"]').first().click();
    await scan('case edit form');
    await page.locator('nav a[href="/cases"]').click();
    await page.locator('main ul a[href^="/cases/"]').first().click();
    await page.locator('main a[href*="/sessions/"]:not([href$="/new"])').first().click();
    await scan('session page');
    await page.locator('main a[href$="/edit"]').first().click();
    await scan('session form');
    await page.locator('header button').last().click();
    await expect(page.locator('main a[href^="/unlock/"]').first()).toBeVisible();
    await scan('start screen with a space');
    await page.locator('main a[href^="/unlock/"]').first().click();
    await scan('unlock');
    await page.locator('details summary').click();
    await scan('forgot passphrase');
    await page.goto('/profiles/new');
    await scan('new space');
  });
}
