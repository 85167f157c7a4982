// Read-aloud recordings: the case manager reads a card aloud once, in the session's language;
// the child hears that recording in child mode and can replay it. Chromium's fake microphone
// stands in for the case manager's voice.
import { readFileSync } from 'node:fs';
import { CHROMIUM, CHROMIUM_ARGS } from '../../playwright.config';
import { expect, test } from './fixtures';
import { addCase, createSpace, handOver, planSession } from './workspace';

test.use({
  launchOptions: {
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream']
  },
  permissions: ['microphone']
});

test('the case manager records a card once; the child hears it in a later session and it is replayed', async ({
  page
}) => {
  // A whole flow in a real browser: long by nature.
  test.setTimeout(60_000);
  await createSpace(page);
  await addCase(page, { alias: 'Mira', birth: '2019-08-08' });
  await planSession(page, {
    language: 'fr',
    options: [{ name: 'Foster care', who: 'la famille Okafor', where: 'Lacville' }],
    keep: ['Option card']
  });
  // From the session, to the recordings in the session's language.
  await page.getByRole('link', { name: 'Read-aloud recordings' }).click();
  await expect(
    page.getByRole('heading', { name: 'Read-aloud recordings', level: 1 })
  ).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Record in' })).toHaveValue('fr');
  const row = page.locator('[data-text-id="option/foster-care/6-8"]');
  await row.getByText('Show the text to read').click();
  const fr = JSON.parse(readFileSync('locales/fr/options.json', 'utf8'));
  await expect(row.getByText(fr['foster-care']['6-8'].means)).toBeVisible();
  await row.getByRole('button', { name: /^Record/ }).click();
  await expect(row.getByRole('status')).toHaveText('Recording…');
  await page.waitForTimeout(1200); // a second of the fake microphone's tone
  await row.getByRole('button', { name: /^Stop recording/ }).click();
  await row.getByRole('button', { name: /^Keep this recording/ }).click();
  await expect(row.getByText(/^Recorded /)).toBeVisible();
  await expect(page.getByText(/^1 of \d+ texts recorded in this language\.$/)).toBeVisible();
  await page.goBack();

  await handOver(page);
  const listen = page.locator('[data-mode="recording"]');
  await expect(listen).toBeVisible();
  await listen.click();
  await expect(listen).toHaveAttribute('aria-pressed', 'true');
  // It plays to the end by itself, and can be played again at any time.
  await expect(listen).toHaveAttribute('aria-pressed', 'false', { timeout: 15_000 });
  await listen.click();
  await expect(listen).toHaveAttribute('aria-pressed', 'true');
  await listen.click();
  await expect(listen).toHaveAttribute('aria-pressed', 'false');
  for (let i = 0; i < 7; i++) await page.locator('.turn').getByRole('button').last().click();
  await page.locator('.turn').getByRole('button').last().click();
  await expect(page.locator('.question')).toBeVisible();
  // The way out is in French too, in a French session.
  await page.getByRole('button', { name: 'Pour les adultes' }).click();
  await page.getByRole('dialog').getByRole('textbox').fill('2468');
  await page.getByRole('dialog').getByRole('button', { name: 'Quitter le mode enfant' }).click();
  await expect(page.getByTestId('session-state')).toBeVisible();
  const results = page.getByRole('region', { name: 'What the child made and said' });
  await expect(results.getByText(/Read aloud: recorded voice/)).toBeVisible();
});
