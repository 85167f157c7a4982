// Screenshots to look at, not to assert on: taken when HEARD_SCREENSHOTS is set (for example
// `HEARD_SCREENSHOTS=1 npx playwright test tests/e2e/child-screens.e2e.ts`), so the default run
// spends its time on what the tests check.
import type { Locator, Page } from '@playwright/test';

/** Saves a picture of the page (or one part of it) when screenshots are asked for. */
export async function keepScreenshot(
  target: Page | Locator,
  path: string,
  opts: { fullPage?: boolean } = {}
): Promise<void> {
  if (!process.env.HEARD_SCREENSHOTS) return;
  await target.screenshot({ path, ...('goto' in target ? opts : {}) });
}
