import { expect, open, test } from './fixtures';
import { addCase, createSpace, PASS, unlock, lockNow } from './workspace';

test('a case manager creates a space, adds, edits, archives, restores and deletes a case', async ({
  page
}) => {
  await createSpace(page);
  await expect(page.getByText('No cases yet.')).toBeVisible();

  // Validation: nothing is saved until the form is right.
  await page.getByRole('link', { name: 'New case' }).click();
  await page.getByLabel('Date of birth', { exact: true }).fill('2099-01-01');
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByText('Enter the name the child wants to be called.')).toBeVisible();
  await expect(page.getByText('The date of birth cannot be in the future.')).toBeVisible();
  await expect(
    page.getByRole('textbox', { name: 'Name the child wants to be called' })
  ).toBeFocused();
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Cancel' }).click();

  await addCase(page, { alias: 'Noor', ref: 'CP-2026-0042', notes: 'Likes drawing boats.' });
  await expect(page.getByText('Layla')).toBeVisible();

  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByRole('textbox', { name: 'Name the child wants to be called' }).fill('Nouri');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Nouri', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Archive case' }).click();
  await expect(page.getByText('Case archived.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Archive case' })).toBeVisible();
  await page.getByRole('button', { name: 'Archive case' }).click();
  await page.getByRole('link', { name: 'Back to cases' }).click();
  await expect(page.getByText('0 cases')).toBeVisible();
  await page.getByLabel('Show').selectOption('archived');
  await page.getByRole('link', { name: /Nouri/ }).click();
  await page.getByRole('button', { name: 'Restore case' }).click();
  await expect(page.getByText('Case restored.')).toBeVisible();

  await page.getByRole('button', { name: 'Delete case…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete the case of Nouri?' });
  await expect(dialog.getByRole('button', { name: 'Delete for good' })).toBeDisabled();
  await dialog.getByRole('textbox').fill('Nour');
  await expect(dialog.getByRole('button', { name: 'Delete for good' })).toBeDisabled();
  await dialog.getByRole('textbox').fill('Nouri');
  await dialog.getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByRole('heading', { name: 'Cases', level: 1 })).toBeVisible();
  await expect(page.getByText('No cases yet.')).toBeVisible();
});

test('the case list searches by name or reference and sorts', async ({ page }) => {
  await createSpace(page);
  await addCase(page, { alias: 'Yonas', ref: 'CP-7', birth: '2012-01-01' });
  await page.getByRole('link', { name: 'Cases', exact: true }).click();
  await addCase(page, { alias: 'Amal', ref: 'CP-8', birth: '2021-05-01' });
  await page.getByRole('link', { name: 'Cases', exact: true }).click();
  const rows = page.getByRole('list').last().getByRole('link');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Amal');
  await page.getByLabel('Search by name or reference').fill('cp-7');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Yonas');
  await page.getByLabel('Search by name or reference').fill('');
  await page.getByLabel('Age').selectOption('3-5');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Amal');
});

test('locking drops the space: typed URLs go back to the start screen', async ({ page }) => {
  await createSpace(page);
  await addCase(page, { alias: 'Noor' });
  const caseUrl = page.url();
  await lockNow(page);
  await expect(page.getByRole('heading', { name: 'Who is working?' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lock now' })).toHaveCount(0);
  await page.goto(caseUrl);
  await expect(page.getByRole('heading', { name: 'Who is working?' })).toBeVisible();
  await expect(page.getByText('Noor')).toHaveCount(0);
  await unlock(page);
  await expect(page.getByRole('link', { name: /Noor/ })).toBeVisible();
});

test('the workspace locks itself after 5 idle minutes', async ({ page }) => {
  await page.clock.install();
  await createSpace(page);
  await page.clock.runFor(4 * 60_000);
  await expect(page.getByRole('button', { name: 'Lock now' })).toBeVisible();
  await page.clock.runFor(61_000);
  await expect(page.getByRole('heading', { name: 'Who is working?' })).toBeVisible();
});

test('a wrong passphrase is refused, and after 5 the next try must wait', async ({ page }) => {
  await createSpace(page);
  await lockNow(page);
  await page.getByRole('link', { name: 'Ana Ruiz' }).click();
  const field = page.getByLabel('Passphrase');
  for (let i = 1; i <= 5; i++) {
    await field.fill(`wrong guess ${i}`);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByText(new RegExp(`\\(${i} wrong tr`))).toBeVisible();
  }
  await expect(page.getByText(/Too many wrong tries. Wait \d+ seconds?/)).toBeVisible();
  await field.fill(PASS);
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeDisabled();
  // Once the wait is over the right passphrase opens the space.
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeEnabled({ timeout: 10_000 });
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Cases', level: 1 })).toBeVisible();
});

test('two case managers share a tablet without seeing each other’s cases', async ({ page }) => {
  await createSpace(page, 'Ana Ruiz');
  await addCase(page, { alias: 'Noor' });
  await lockNow(page);
  await createSpace(page, 'Tomas Berg', 'green river under moon');
  await expect(page.getByText('No cases yet.')).toBeVisible();
  await lockNow(page);
  await expect(page.getByRole('link', { name: 'Ana Ruiz' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tomas Berg' })).toBeVisible();
  await unlock(page, 'Ana Ruiz');
  await expect(page.getByRole('link', { name: /Noor/ })).toBeVisible();
});

test('a forgotten passphrase: the space is erased only after its name is typed', async ({
  page
}) => {
  await createSpace(page, 'Ana Ruiz');
  await lockNow(page);
  await createSpace(page, 'Tomas Berg', 'green river under moon');
  await lockNow(page);
  await page.getByRole('link', { name: 'Ana Ruiz' }).click();
  await page.getByText('Forgot your passphrase?').click();
  await expect(page.getByText('cannot be recovered without it')).toBeVisible();
  const erase = page.getByRole('button', { name: 'Erase the space of Ana Ruiz' });
  await expect(erase).toBeDisabled();
  await page.getByLabel('To confirm, type the name').fill('Ana Ruiz');
  await erase.click();
  await expect(page.getByRole('heading', { name: 'Who is working?' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ana Ruiz' })).toHaveCount(0);
  await unlock(page, 'Tomas Berg', 'green river under moon');
});

test('a new space asks for a long enough passphrase, typed twice', async ({ page }) => {
  await open(page, '/profiles/new');
  await page.getByRole('textbox', { name: 'Your name' }).fill('Ana Ruiz');
  await page.getByLabel('Passphrase', { exact: true }).fill('short');
  await expect(page.getByText('Too short')).toBeVisible();
  await page.getByLabel('Type the passphrase again').fill('shorter');
  await page.getByRole('button', { name: 'Create my space' }).click();
  await expect(page.getByText('The passphrase needs at least 10 characters.')).toBeVisible();
  await expect(page.getByText('The two passphrases are not the same.')).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill('Lantern river 42 orange!');
  await expect(page.getByText('Strong')).toBeVisible();
});

test('the passphrase can be changed and the idle time set in Settings', async ({ page }) => {
  await createSpace(page);
  await addCase(page, { alias: 'Noor' });
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByLabel('Lock automatically after').selectOption('12');
  await expect(page.getByText('Your space now locks after 12 idle minutes.')).toBeVisible();

  await page.getByLabel('Current passphrase').fill('not my passphrase');
  await page.getByLabel('New passphrase').fill('orange boat at dawn');
  await page.getByLabel('Type the passphrase again').fill('orange boat at dawn');
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByText('That passphrase is not right. Nothing was changed.')).toBeVisible();

  await page.getByLabel('Current passphrase').fill(PASS);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByText('Your passphrase was changed.')).toBeVisible();
  await lockNow(page);
  await unlock(page, 'Ana Ruiz', 'orange boat at dawn');
  await expect(page.getByRole('link', { name: /Noor/ })).toBeVisible();
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(page.getByLabel('Lock automatically after')).toHaveValue('12');
});

test('typing in a case form survives locking: the draft comes back, or can be discarded', async ({
  page
}) => {
  await createSpace(page);
  await page.getByRole('link', { name: 'New case' }).click();
  await page.getByRole('textbox', { name: 'Name the child wants to be called' }).fill('Samir');
  await page.getByRole('textbox', { name: 'Your notes' }).fill('Drew a big red boat.');
  await lockNow(page);
  await unlock(page);
  await page.getByRole('link', { name: 'New case' }).click();
  await expect(page.getByText(/Your unsaved changes from .* were brought back\./)).toBeVisible();
  await expect(
    page.getByRole('textbox', { name: 'Name the child wants to be called' })
  ).toHaveValue('Samir');
  await expect(page.getByRole('textbox', { name: 'Your notes' })).toHaveValue(
    'Drew a big red boat.'
  );
  await page.getByRole('button', { name: 'Discard them' }).click();
  await expect(
    page.getByRole('textbox', { name: 'Name the child wants to be called' })
  ).toHaveValue('');
  // Cancelling a changed form asks first.
  await page.getByRole('textbox', { name: 'Name the child wants to be called' }).fill('Sam');
  page.once('dialog', (d) => void d.dismiss());
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: 'New case' })).toBeVisible();
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: 'Cases', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'New case' }).click();
  await expect(page.getByText(/were brought back/)).toHaveCount(0);
});

test('a link to a case or session that does not exist says so, and offers the way back', async ({
  page
}) => {
  await createSpace(page);
  await addCase(page, { alias: 'Noor' });
  const caseId = new URL(page.url()).pathname.split('/').pop()!;
  // Follow in-app links (a full page load would lock the workspace first).
  const follow = async (href: string) => {
    await page.evaluate((h) => {
      const a = document.createElement('a');
      a.href = h;
      a.textContent = 'test link';
      document.querySelector('main')!.append(a);
      a.click();
    }, href);
  };
  await follow('/cases/no-such-case');
  await expect(page.getByRole('heading', { name: 'This case does not exist' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to cases' }).click();
  await expect(page.getByRole('link', { name: /Noor/ })).toBeVisible();
  await follow(`/cases/${caseId}/sessions/no-such-session`);
  await expect(page.getByRole('heading', { name: 'This session does not exist' })).toBeVisible();
});

test('a case can be added with the keyboard alone', async ({ page }) => {
  await createSpace(page);
  const tabTo = async (
    name: string | RegExp,
    role: 'link' | 'button' | 'textbox' | 'radio' | 'spinbutton'
  ) => {
    const target = page.getByRole(role, { name, exact: typeof name === 'string' });
    for (let i = 0; i < 60; i++) {
      if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`could not reach ${String(name)} with Tab`);
  };
  await tabTo('New case', 'link');
  await page.keyboard.press('Enter');
  await tabTo('Name the child wants to be called', 'textbox');
  await page.keyboard.type('Amani');
  await tabTo('Date of birth known', 'radio');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Estimated age' })).toBeChecked();
  await tabTo('Estimated age in years', 'spinbutton');
  await page.keyboard.type('11');
  await tabTo('Name', 'textbox');
  await page.keyboard.type('Halima');
  await tabTo('Create case', 'button');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Amani', level: 1 })).toBeVisible();
  await expect(page.getByText('11 years old (estimated)')).toBeVisible();
});
