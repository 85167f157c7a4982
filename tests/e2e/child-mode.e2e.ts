// Child mode: handing the tablet over, playing, pausing, stopping, resuming, and every way a
// child might try to leave. Invented children and places only.
import { expect, open, test, waitForServiceWorker } from './fixtures';
import { readFileSync } from 'node:fs';
import {
  addCase,
  createSpace,
  giveAssent,
  handOver,
  leaveChildMode,
  planSession,
  PASS
} from './workspace';

test('a 7-year-old plays the check-in and buddy, and every escape stays in child mode', async ({
  page
}) => {
  // A whole flow in a real browser: long by nature.
  test.setTimeout(60_000);
  await createSpace(page);
  await addCase(page, { alias: 'Noor', birth: '2019-01-10' });
  await planSession(page);
  const sessionUrl = page.url();
  await handOver(page);
  await giveAssent(page, '6-8');

  await expect(page.getByRole('heading', { name: 'How are you feeling today?' })).toBeVisible();
  // No way to the rest of the app is on screen.
  await expect(page.getByRole('link', { name: 'Cases' })).toHaveCount(0);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await page.getByRole('button', { name: 'Happy', exact: true }).click();
  await expect(
    page.getByRole('heading', { name: 'Who would you like as your buddy today?' })
  ).toBeVisible();

  // The back button.
  await page.goBack();
  await expect(page).toHaveURL(/\/child$/);
  await expect(page.getByTestId('child-mode')).toBeVisible();
  // A typed address and a deep link to a case.
  await page.goto('/cases');
  await expect(page).toHaveURL(/\/child$/);
  await page.goto(sessionUrl);
  await expect(page).toHaveURL(/\/child$/);
  // A reload forgets the key: the grown-up unlocks and the child goes on where they were.
  await expect(page.getByRole('heading', { name: 'Hello again!' })).toBeVisible();
  await expect(page.getByText('Noor')).toHaveCount(0);
  await page.getByLabel('Passphrase').fill(PASS);
  await page.getByRole('button', { name: 'Unlock and go on' }).click();
  await expect(
    page.getByRole('heading', { name: 'Who would you like as your buddy today?' })
  ).toBeVisible();

  await page.getByRole('button', { name: 'Rabbit' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByTestId('buddy')).toBeVisible();

  // A wrong passphrase keeps child mode; the right one leaves it (the PIN died with the reload).
  await page.getByRole('button', { name: 'For grown-ups' }).click();
  const dialog = page.getByRole('dialog', { name: 'Leave child mode' });
  await dialog.getByLabel('Passphrase').fill('not the passphrase');
  await dialog.getByRole('button', { name: 'Leave child mode' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('That did not match. Type your passphrase.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await leaveChildMode(page, PASS);
  await expect(page.getByTestId('session-state')).toHaveText('Paused');
});

test('the hand-over PIN leaves child mode; a stopped session resumes where it stopped', async ({
  page
}) => {
  // A whole flow in a real browser: long by nature.
  test.setTimeout(60_000);
  await createSpace(page);
  await addCase(page, { alias: 'Sami', birth: '2015-05-01' });
  await planSession(page);
  await handOver(page, '1357');
  await giveAssent(page, '9-12');
  await page.getByRole('button', { name: 'So-so' }).click();

  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('heading', { name: 'Do you want to stop?' })).toBeVisible();
  await page.getByLabel("Do you want to say why? You don't have to.").fill('I am tired');
  await page.getByRole('button', { name: 'Yes, stop' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you for today, Sami.' })).toBeVisible();

  await leaveChildMode(page, '1357');
  await expect(page.getByTestId('session-state')).toHaveText('Stopped by the child');
  await expect(page.getByText('the child said: “I am tired”')).toBeVisible();

  await handOver(page);
  await expect(page.getByRole('heading', { name: 'Do you like this?' })).toBeVisible();
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });
  test('offline, a reload in the middle of a session stays in child mode and goes on', async ({
    page,
    context
  }) => {
    // A whole flow in a real browser: long by nature.
    test.setTimeout(60_000);
    await open(page, '/');
    await waitForServiceWorker(page);
    await createSpace(page);
    await addCase(page, { alias: 'Rami', birth: '2018-09-09' });
    await planSession(page);
    await handOver(page);
    await giveAssent(page, '6-8');
    await page.getByRole('button', { name: 'Sad', exact: true }).click();
    await expect(
      page.getByRole('heading', { name: 'Who would you like as your buddy today?' })
    ).toBeVisible();

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Hello again!' })).toBeVisible();
    await page.getByLabel('Passphrase').fill(PASS);
    await page.getByRole('button', { name: 'Unlock and go on' }).click();
    await page.getByRole('button', { name: 'Dog' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(
      page.getByRole('heading', { name: 'Who is close to you? Add the people in your life.' })
    ).toBeVisible();
    await context.setOffline(false);
  });
});

test('child mode speaks the session language and gives the case manager theirs back', async ({
  page
}) => {
  await createSpace(page);
  await addCase(page, { alias: 'Sara', birth: '2016-04-04' });
  await planSession(page, { language: 'fr' });
  await handOver(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const fr = JSON.parse(readFileSync('locales/fr/child.json', 'utf8'));
  await expect(page.getByRole('heading', { name: fr.assent.title })).toBeVisible();
  await page.getByRole('button', { name: 'Pour les adultes' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Code PIN ou phrase secrète').fill('2468');
  await dialog.getByRole('button', { name: 'Quitter le mode enfant' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('session-state')).toHaveText('Paused');
});
