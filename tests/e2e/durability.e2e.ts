import { expect, test } from './fixtures';
import { addCase, createSpace } from './workspace';

test('a database connection closed under the app is reopened and the save goes through', async ({
  page
}) => {
  // Track every connection the app opens, so the test can close them as iPadOS does.
  await page.addInitScript(() => {
    const open = IDBFactory.prototype.open;
    const connections: IDBDatabase[] = [];
    (window as unknown as { closeAllConnections: () => number }).closeAllConnections = () => {
      connections.forEach((c) => c.close());
      return connections.length;
    };
    IDBFactory.prototype.open = function (this: IDBFactory, ...args) {
      const req = open.apply(this, args);
      req.addEventListener('success', () => connections.push(req.result));
      return req;
    } as typeof open;
  });
  await createSpace(page);
  const closed = await page.evaluate(() =>
    (window as unknown as { closeAllConnections: () => number }).closeAllConnections()
  );
  expect(closed).toBeGreaterThan(0);
  // The save reopens the database; the case page then reads the saved case back.
  await addCase(page, { alias: 'Noor' });
  await page.getByRole('link', { name: 'Cases', exact: true }).click();
  await expect(page.getByRole('link', { name: /Noor/ })).toBeVisible();
});

test('a full disk shows that nothing was saved, keeps the form, and saves once space is freed', async ({
  page,
  context
}) => {
  // Leave room for the space itself, but not for a case with a long note pasted into it.
  await page.goto('/');
  const cdp = await context.newCDPSession(page);
  const origin = new URL(page.url()).origin;
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + 1_000_000 });
  await createSpace(page);

  await page.getByRole('link', { name: 'New case' }).click();
  await page.getByRole('textbox', { name: 'Name the child wants to be called' }).fill('Noor');
  await page.getByLabel('Date of birth', { exact: true }).fill('2017-03-04');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Layla');
  const note = 'Notes from the family tracing visit. '.repeat(60_000);
  await page.getByRole('textbox', { name: 'Your notes' }).fill(note);
  await page.getByRole('button', { name: 'Create case' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'The tablet is out of storage space.' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Nothing was changed.');
  await expect(
    page.getByRole('textbox', { name: 'Name the child wants to be called' })
  ).toHaveValue('Noor');
  await expect(page.getByRole('textbox', { name: 'Your notes' })).toHaveValue(note);

  // Space is freed: the same form saves.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByRole('heading', { name: 'Noor', level: 1 })).toBeVisible();
});
