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
    // Only violations are read: axe then skips collecting details of every passing node, which
    // is most of a scan's time on a long page. Rules and tags are unchanged.
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
