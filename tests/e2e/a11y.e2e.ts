import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

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
