// A voice note in "my own words": kept only after the child says yes, stored encrypted, played
// back by the case manager. Chromium's fake microphone stands in for the child's voice.
import { CHROMIUM, CHROMIUM_ARGS } from '../../playwright.config';
import { expect, test } from './fixtures';
import {
  addCase,
  createSpace,
  giveAssent,
  handOver,
  leaveChildMode,
  planSession,
  throughCard
} from './workspace';

test.use({
  launchOptions: {
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream']
  },
  permissions: ['microphone']
});

test('a voice note is asked for, recorded, kept and played back later', async ({ page }) => {
  // A whole flow in a real browser: long by nature.
  test.setTimeout(60_000);
  await createSpace(page);
  await addCase(page, { alias: 'Nadia', birth: '2011-02-03' });
  await planSession(page, { options: [{ name: 'Foster care' }] });
  await handOver(page);
  await giveAssent(page, '13-17');
  await page.getByRole('button', { name: 'Happy', exact: true }).click();
  await page.getByRole('button', { name: 'Save and go on' }).click();
  await throughCard(page);

  await page.getByRole('button', { name: 'Say it' }).click();
  await expect(
    page.getByRole('heading', { name: /May we keep a recording of your voice/ })
  ).toBeVisible();
  // "No" is respected: nothing is recorded.
  await page.getByRole('button', { name: 'No, thank you' }).click();
  await page.getByRole('button', { name: 'Say it' }).click();
  await page.getByRole('button', { name: 'Yes, you can keep it' }).click();
  await page.getByRole('button', { name: 'Start recording' }).click();
  await expect(page.getByRole('status')).toHaveText('Recording…');
  await page.waitForTimeout(1200); // a second of the fake microphone's tone
  await page.getByRole('button', { name: 'Stop recording' }).click();
  await page.getByRole('button', { name: 'Keep this recording' }).click();
  await expect(page.getByRole('status')).toHaveText('Your recording is kept.');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: "I'm finished" }).click();
  await expect(page.getByRole('heading', { name: /Put these in order/ })).toBeVisible();
  await leaveChildMode(page);

  const results = page.getByRole('region', { name: 'What the child made and said' });
  await expect(results.getByText('The child did not want a voice recording')).toBeVisible();
  await expect(results.getByText('The child agreed to keep a voice recording')).toBeVisible();
  await expect(results.getByText(/^Voice note \(\d+ seconds?\)$/)).toBeVisible();
  await results.getByRole('button', { name: 'Play' }).click();
  const audio = results.locator('audio');
  await expect(audio).toBeVisible();
  await expect
    .poll(() => audio.evaluate((a: HTMLAudioElement) => a.src.startsWith('blob:')))
    .toBe(true);
});
