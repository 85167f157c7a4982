// The Content-Security-Policy: every page carries it (as a <meta> tag and, from the bundled
// server, as a header), and it really stops injected inline scripts and requests to other
// origins. That it allows no eval is read from the policy itself: a test's own page.evaluate
// runs with eval allowed by the DevTools protocol, so it cannot show it. Every other e2e test
// fails on any violation (fixtures.ts).
import { expect, open, test } from './fixtures';

// The service worker's script and precache run under the policy too.
test.use({ serviceWorkers: 'allow' });

test('every page states a Content-Security-Policy with default-src self and no unsafe-eval', async ({
  page,
  request
}) => {
  for (const path of ['/', '/settings', '/profiles/new', '/cases/some-id/sessions/other-id']) {
    const res = await request.get(path);
    const header = res.headers()['content-security-policy'] ?? '';
    expect(header, path).toContain("default-src 'self'");
    expect(header, path).toContain("connect-src 'self'");
    expect(header, path).toContain("frame-ancestors 'none'");
    expect(header, path).not.toContain('unsafe-eval');
    expect(header, path).toMatch(/script-src 'self' 'sha256-/);
    const html = await res.text();
    expect(html, path).toMatch(/<meta http-equiv="content-security-policy"/i);
  }
  await open(page, '/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test.describe('on purpose', () => {
  test.use({ cspViolationsExpected: true });

  test('the policy blocks an injected inline script and a request to another origin', async ({
    page,
    cspViolations
  }) => {
    await open(page, '/');
    const outcome = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.head.append(s);
      let fetched = false;
      try {
        await fetch('http://127.0.0.1:9/');
        fetched = true;
      } catch {
        fetched = false;
      }
      return {
        injected: (window as unknown as { __injected?: boolean }).__injected === true,
        fetched
      };
    });
    expect(outcome).toEqual({ injected: false, fetched: false });
    // One report per blocked thing, from the page's own securitypolicyviolation listener.
    await expect
      .poll(() => cspViolations.filter((v) => v.startsWith('CSP violation')).length)
      .toBeGreaterThanOrEqual(2);
  });
});
