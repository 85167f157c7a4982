// Shared by the accessibility and language suites: the app's language set before it starts,
// and the serious or critical axe violations of a page.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** Starts the app in a language (as if chosen before) on every load of this page. */
export async function useLanguage(page: Page, code: string, dir: string) {
  await page.addInitScript(
    ([c, d]) => {
      localStorage.setItem('heard.lang', c!);
      localStorage.setItem('heard.dir', d!);
    },
    [code, dir]
  );
}

/** The serious and critical axe violations on the page, one line each. */
export async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
