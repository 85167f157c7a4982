import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { addCase, createSpace, lockNow } from './workspace';

const FIXTURES = 'tests/fixtures/backups';

test('a backup made on one space restores into another, showing what it will do first', async ({
  page
}) => {
  await createSpace(page, 'Ana Ruiz');
  await addCase(page, { alias: 'Noor', notes: 'Loves football.' });
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByLabel('Passphrase for the backup file').fill('backup file pass 2026');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download backup' }).click()
  ]);
  await expect(page.getByText('Backup of 1 record downloaded.')).toBeVisible();
  const path = await download.path();
  const text = readFileSync(path, 'utf8');
  expect(text).toContain('heard-backup');
  expect(text).not.toContain('Noor');

  // A second case manager restores it into their own space.
  await lockNow(page);
  await createSpace(page, 'Tomas Berg', 'green river under moon');
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByLabel('Backup file', { exact: true }).setInputFiles(path);
  await page.getByLabel(/^Passphrase of /).fill('wrong passphrase here');
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByText('That passphrase does not open this backup file.')).toBeVisible();
  await page.getByLabel(/^Passphrase of /).fill('backup file pass 2026');
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByText('1 record will be added.')).toBeVisible();
  await page.getByRole('button', { name: 'Restore 1 record' }).click();
  await expect(page.getByText('1 record restored.')).toBeVisible();
  await page.getByRole('link', { name: 'Cases', exact: true }).click();
  await expect(page.getByRole('link', { name: /Noor/ })).toBeVisible();
});

test('restoring over changed records replaces them only when asked', async ({ page }) => {
  await createSpace(page);
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const restore = async () => {
    await page.getByLabel('Backup file', { exact: true }).setInputFiles(`${FIXTURES}/valid.json`);
    await page.getByLabel(/^Passphrase of /).fill('fixture backup passphrase');
    await page.getByRole('button', { name: 'Check the file' }).click();
  };
  await restore();
  await expect(page.getByText('3 records will be added.')).toBeVisible();
  await page.getByRole('button', { name: 'Restore 3 records' }).click();
  await expect(page.getByText('3 records restored.')).toBeVisible();

  // Change Dalia's case on the tablet, then restore the same file again.
  await page.getByRole('link', { name: 'Cases', exact: true }).click();
  await page.getByRole('link', { name: /Dalia/ }).click();
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByRole('textbox', { name: 'Your notes' }).fill('Met her sister today.');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await restore();
  await expect(page.getByText('1 record on this tablet is different in the backup.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: /^Dalia$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Restore 0 records' })).toBeDisabled();
  await page.getByRole('checkbox', { name: /Also replace this 1 record/ }).check();
  await page.getByRole('button', { name: 'Restore 1 record' }).click();
  await expect(page.getByText('1 record restored.')).toBeVisible();
});

for (const [file, message] of <[string, string][]>[
  ['truncated.json', 'This backup file is incomplete'],
  ['tampered.json', 'This backup file has been changed or damaged'],
  ['downgraded.json', 'protected with settings weaker than Heard allows'],
  ['unknown-version.json', 'made by a newer version of Heard'],
  ['not-a-backup.json', 'This is not a Heard backup file'],
  ['iterations-2e9.json', 'protection settings outside what Heard accepts']
]) {
  test(`a bad backup (${file}) is refused with a clear message and changes nothing`, async ({
    page
  }) => {
    await createSpace(page);
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByLabel('Backup file', { exact: true }).setInputFiles(`${FIXTURES}/${file}`);
    if (await page.getByLabel(/^Passphrase of /).isVisible()) {
      await page.getByLabel(/^Passphrase of /).fill('fixture backup passphrase');
      await page.getByRole('button', { name: 'Check the file' }).click();
    }
    await expect(page.getByText(message)).toBeVisible();
    await expect(page.getByText('Nothing was changed.')).toBeVisible();
    await page.getByRole('link', { name: 'Cases', exact: true }).click();
    await expect(page.getByText('No cases yet.')).toBeVisible();
  });
}
