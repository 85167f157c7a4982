import { chooseLanguage, expect, open, test } from './fixtures';

// The service worker's own requests (its precache) are watched too.
test.use({ serviceWorkers: 'allow' });

test('no request ever leaves the app’s origin across every screen and language', async ({
  page,
  foreignRequests
}) => {
  const seen: string[] = [];
  page.on('request', (r) => seen.push(r.url()));
  for (const path of ['/', '/settings', '/about', '/missing']) {
    await open(page, path);
  }
  await open(page, '/');
  for (const name of ['Français', 'Español', 'العربية', 'English']) {
    await chooseLanguage(page, name);
  }
  await open(page, '/settings');
  await page.getByRole('button', { name: 'Check for updates' }).click();
  await expect(page.getByRole('status').filter({ hasText: /up to date|Checking/ })).toBeVisible();
  // The listener saw real traffic, and all of it was to the app itself.
  expect(seen.length).toBeGreaterThan(5);
  expect(foreignRequests).toEqual([]);
});
