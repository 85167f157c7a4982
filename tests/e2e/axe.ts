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
  // The builder's default run merges per-frame results in a blank page it opens and closes on
  // every scan, and injects axe's 500 kB source twice: about 1.5 s a scan on an idle core. Heard
  // renders no frames (checked below), so the builder's legacy mode, one `axe.run` over the
  // document, sees everything the default would, in a third of the time. A document that already
  // holds axe from an earlier scan (client-side navigation keeps it) is not given it again.
  const { frames, present } = await page.evaluate(() => ({
    frames: document.querySelectorAll('iframe, frame').length,
    present: 'axe' in window
  }));
  if (frames > 0) throw new Error('The page has a frame: legacy mode would not scan it.');
  const results = await new AxeBuilder({ page, ...(present ? { axeSource: ';' } : {}) })
    .setLegacyMode()
    // Only violations are read: axe then skips collecting details of every passing node, which
    // is most of a scan's time on a long page. Rules and tags are unchanged.
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
