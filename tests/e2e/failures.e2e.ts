import type { Page } from '@playwright/test';
import { chooseLanguage, expect, open, test } from './fixtures';
import { addCase, createSpace, planSession } from './workspace';

/** Makes every IndexedDB write fail as a full disk would, while window.diskFull is true. */
async function diskThatFills(page: Page) {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
      if ((window as unknown as { diskFull?: boolean }).diskFull)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    } as typeof put;
  });
}

test.describe('when the browser has no IndexedDB', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { get: () => undefined });
    });
  });

  test('the app explains that nothing will be saved and keeps working', async ({ page }) => {
    await open(page, '/');
    const alert = page.getByRole('alert').filter({ hasText: 'Heard cannot save on this device' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('nothing will be saved');
    // The start screen still works, and so does changing the language.
    await expect(page.getByText('This tablet has no name yet.')).toBeVisible();
    await chooseLanguage(page, 'Français');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });

  test('creating a space explains that it cannot be saved', async ({ page }) => {
    await open(page, '/profiles/new');
    await page.getByRole('textbox', { name: 'Your name' }).fill('Ana Ruiz');
    await page.getByLabel('Passphrase', { exact: true }).fill('blue kite over hills');
    await page.getByLabel('Type the passphrase again').fill('blue kite over hills');
    await page.getByRole('button', { name: 'Create my space' }).click();
    await expect(
      page.locator('form').getByRole('alert').filter({ hasText: 'nothing will be saved' })
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Create your space' })).toBeVisible();
  });

  test('settings disable saving and say why', async ({ page }) => {
    await open(page, '/settings');
    await expect(page.getByRole('textbox', { name: 'Name of this tablet' })).toBeDisabled();
    await expect(
      page.getByText("The name cannot be saved because this device's storage is not available.")
    ).toBeVisible();
  });
});

test('a refused persistence request after the first save gives advice', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.storage.persist = () => Promise.resolve(false);
    navigator.storage.persisted = () => Promise.resolve(false);
  });
  await open(page, '/settings');
  await page.getByRole('textbox', { name: 'Name of this tablet' }).fill('Tablet 1');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  const notice = page
    .getByRole('status')
    .filter({ hasText: 'Your browser may clear saved work when space runs low' });
  await expect(notice).toBeVisible();
  await expect(page.getByTestId('storage-persistent')).toContainText('Not yet');
  await expect(page.getByRole('heading', { name: 'How to keep your data safe' })).toBeVisible();
  // The save itself went through.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Name of this tablet' })).toHaveValue('Tablet 1');
});

test('a full disk while saving gives a clear message and keeps what was typed', async ({
  page
}) => {
  await diskThatFills(page);
  await open(page, '/settings');
  await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = true));
  const field = page.getByRole('textbox', { name: 'Name of this tablet' });
  await field.fill('Tablet 5');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByText('The tablet is out of storage space. Nothing was changed.')
  ).toBeVisible();
  await expect(field).toHaveValue('Tablet 5');
});

test('a record that cannot be saved keeps the assessment on screen, and saves once there is space', async ({
  page
}) => {
  await diskThatFills(page);
  await createSpace(page);
  await addCase(page, { alias: 'Dawit' });
  await page.getByRole('link', { name: 'Open the record' }).click();
  const community = page.getByLabel('Opportunities for the child to keep sharing views');
  await community.fill('A youth group on Saturdays');
  await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = true));
  const signoff = page.getByRole('region', { name: 'Sign-off' });
  await signoff.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(signoff.getByRole('alert')).toContainText(
    'The record could not be saved. Your changes are still on the screen.'
  );
  await expect(signoff.getByRole('alert')).toContainText('The tablet is out of storage space.');
  await expect(community).toHaveValue('A youth group on Saturdays');
  await expect(signoff.getByText('1 change not saved yet.')).toBeVisible();
  await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = false));
  await signoff.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(signoff.getByRole('status')).toHaveText(/^Saved\./);
  await signoff.getByText('Changes (1)').click();
  await expect(signoff.getByRole('row', { name: /A youth group on Saturdays/ })).toBeVisible();
});

test('a language that cannot be loaded falls back to English with a notice', async ({ page }) => {
  // Without the service worker every chunk comes from the network, where this test breaks it.
  await page.context().route('**/_app/immutable/**/*.js', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes('Paramètres')) await route.abort();
    else await route.fulfill({ response, body });
  });
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'serviceWorker', { get: () => undefined });
  });
  await open(page, '/');
  await chooseLanguage(page, 'Français');
  await expect(
    page.getByRole('status').filter({ hasText: 'Some texts in Français could not be loaded' })
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Settings', exact: true })).toBeVisible();
});

test('a guardian’s answers that cannot be saved stay on screen with a clear message, and save on “Try again”', async ({
  page
}) => {
  await diskThatFills(page);
  await createSpace(page);
  await addCase(page, { alias: 'Lior', birth: '2016-02-02', caregiver: 'Dana' });
  await planSession(page, { keep: ['Feelings check-in'] });
  await page.getByRole('button', { name: 'Hand to the guardian' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hand the tablet to the guardian' });
  await dialog.getByRole('textbox', { name: 'PIN for this hand-over' }).fill('1357');
  await dialog.getByRole('button', { name: 'Start guardian mode' }).click();
  for (const scope of [
    'Services and support',
    'Family tracing',
    'Keeping drawings and recordings',
    'Drawings in reports'
  ])
    await page.getByRole('group', { name: scope }).getByRole('radio', { name: 'I agree' }).check();
  await page.getByLabel('Your relation to Lior').fill('Mother');
  const pad = page.getByTestId('signature');
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 40, box.y + 60);
  await page.mouse.down();
  await page.mouse.move(box.x + 200, box.y + 90, { steps: 6 });
  await page.mouse.up();
  await expect(pad).toHaveAttribute('data-strokes', '1');

  await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = true));
  await page.getByRole('button', { name: 'Give my answers' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Your answers could not be saved. Please show this to the case manager.'
  );
  await expect(page.getByRole('alert')).toContainText('out of storage space');
  // Nothing typed or drawn is lost; once there is room, the same answers are saved.
  await expect(page.getByLabel('Your relation to Lior')).toHaveValue('Mother');
  await expect(pad).toHaveAttribute('data-strokes', '1');
  await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = false));
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you' })).toBeVisible();
});

test('a microphone that cannot be used says so on the recordings page', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () =>
      Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
  });
  await createSpace(page);
  await page.locator('a[href="/settings"]').first().click();
  await page.getByRole('link', { name: 'Read-aloud recordings' }).click();
  const row = page.locator('[data-text-id="option/foster-care/9-12"]');
  await row.getByRole('button', { name: /^Record/ }).click();
  await expect(row.getByRole('alert')).toHaveText(
    'The microphone could not be used. Allow it in the browser’s settings and try again.'
  );
});
