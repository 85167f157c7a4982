// Shared Playwright fixtures. Every test fails if the page makes a request to any origin other
// than the app's own, throws an uncaught error, or breaks the Content-Security-Policy.
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export const APP_ORIGIN = new URL(`http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`).origin;

/** Records every request of a context whose origin is not the app's. */
export function watchForeignRequests(context: BrowserContext, origin = APP_ORIGIN): string[] {
  const foreign: string[] = [];
  context.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  return foreign;
}

/** Reports every Content-Security-Policy violation of a context's pages to the console. */
export async function reportCspViolations(context: BrowserContext) {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
}

export const test = base.extend<{
  appOrigin: string;
  foreignRequests: string[];
  pageErrors: string[];
  cspViolations: string[];
  /** A test that breaks the policy on purpose reads `cspViolations` itself. */
  cspViolationsExpected: boolean;
}>({
  cspViolationsExpected: [false, { option: true }],
  /** The one origin the app may talk to; a test serving its own copy overrides it. */
  appOrigin: [APP_ORIGIN, { option: true }],
  foreignRequests: [
    async ({ context, appOrigin }, use) => {
      const foreign = watchForeignRequests(context, appOrigin);
      await use(foreign);
      expect(foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true }
  ],
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(err.message));
      await use(errors);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true }
  ],
  cspViolations: [
    async ({ context, page, cspViolationsExpected }, use) => {
      const violations: string[] = [];
      await reportCspViolations(context);
      page.on('console', (msg) => {
        const text = msg.text();
        if (/CSP violation|Content Security Policy/i.test(text)) violations.push(text);
      });
      await use(violations);
      if (!cspViolationsExpected)
        expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true }
  ]
});

export { expect };

/** Opens a path and waits until the app has started. */
export async function open(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.locator('html[data-ready="true"]')).toBeAttached();
}

/** Waits until the service worker controls the page (the app is then available offline). */
export async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.ready;
    return !!reg.active && !!navigator.serviceWorker.controller;
  });
}

/** Chooses a language on the start screen by its native name. */
export async function chooseLanguage(page: Page, nativeName: string) {
  await page.getByRole('button', { name: nativeName, exact: true }).first().click();
}
