// One lock for every tab: a second tab of the same browser never keeps a case open once the
// first one locks, or hands the tablet to a child or a guardian. Invented names only.
import { seriousViolations } from './axe';
import { expect, open, test } from './fixtures';
import {
  addCase,
  createSpace,
  handOver,
  handToGuardian,
  lockNow,
  planSession,
  unlock
} from './workspace';

test('locking in one tab locks every other tab at once', async ({ page, context }) => {
  await createSpace(page);
  await addCase(page, { alias: 'Noor', notes: 'Likes drawing horses' });
  const other = await context.newPage();
  await unlock(other);
  await other.getByRole('link', { name: /Noor/ }).click();
  await expect(other.getByText('Likes drawing horses')).toBeVisible();

  await lockNow(page);
  await expect(other.getByRole('heading', { name: 'Who is working?' })).toBeVisible();
  await expect(other.getByText('Likes drawing horses')).toHaveCount(0);
  await expect(other.getByRole('button', { name: 'Lock now' })).toHaveCount(0);
});

test('handing the tablet to the child locks every other tab, which then shows only the child screen', async ({
  page,
  context
}) => {
  await createSpace(page);
  await addCase(page, { alias: 'Yonas', notes: 'Brother in Lakeside' });
  const other = await context.newPage();
  await unlock(other);
  await other.getByRole('link', { name: /Yonas/ }).click();
  await expect(other.getByText('Brother in Lakeside')).toBeVisible();

  await planSession(page);
  await handOver(page);
  // The other tab dropped its key and the case: it shows the child-mode screen, locked.
  await expect(other.getByRole('heading', { name: 'Hello again!' })).toBeVisible();
  await expect(other.getByText('Brother in Lakeside')).toHaveCount(0);
  // A typed address in the other tab still lands on the child's screen, never a case.
  await open(other, '/cases');
  await expect(other.getByRole('heading', { name: 'Hello again!' })).toBeVisible();
  await expect(other.getByRole('link', { name: /Yonas/ })).toHaveCount(0);
});

test('a tab opened before guardian mode locks when the guardian gets the tablet', async ({
  page,
  context
}) => {
  await createSpace(page);
  await addCase(page, { alias: 'Samir', notes: 'Met his aunt in November' });
  const other = await context.newPage();
  await unlock(other);
  await expect(other.getByRole('link', { name: /Samir/ })).toBeVisible();

  await planSession(page);
  await handToGuardian(page, 'en');
  await expect(other.getByRole('link', { name: /Samir/ })).toHaveCount(0);
  await expect(other.getByTestId('guardian-mode')).toBeVisible();
  await expect(other.getByText('Met his aunt in November')).toHaveCount(0);
});

test('two windows editing one case: nothing is overwritten, overlapping fields are chosen, and both notes can be kept', async ({
  page,
  context
}) => {
  await createSpace(page);
  await addCase(page, { alias: 'Amani', notes: 'Met on Monday' });
  const other = await context.newPage();
  await unlock(other);
  await other.getByRole('link', { name: /Amani/ }).click();
  await other.locator('main a[href$="/edit"]').first().click();
  await page.locator('main a[href$="/edit"]').first().click();

  // The other window saves first.
  await other.getByRole('textbox', { name: 'Your notes' }).fill('Met on Monday with her aunt');
  await other.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(other.getByText('Met on Monday with her aunt')).toBeVisible();

  // This window, still on the older copy, changes the notes too, and the reference.
  await page.getByRole('textbox', { name: 'Your notes' }).fill('Met on Monday; likes football');
  await page.getByRole('textbox', { name: 'Case reference' }).fill('CP-2026-0117');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Saved in another window meanwhile' })
  ).toBeVisible();
  const notes = page.getByRole('group', { name: 'Your notes' });
  await expect(notes).toContainText('Met on Monday with her aunt');
  await expect(notes).toContainText('Met on Monday; likes football');
  // Only the overlapping field is asked about; the reference merges by itself.
  await expect(page.getByRole('group', { name: 'Case reference' })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  await notes.getByRole('radio', { name: 'Keep both' }).check();
  await page.getByRole('button', { name: 'Save the case' }).click();

  await expect(page.getByRole('heading', { name: 'Amani', level: 1 })).toBeVisible();
  await expect(page.getByText('Met on Monday with her aunt')).toBeVisible();
  await expect(page.getByText('likes football')).toBeVisible();
  await expect(page.getByText('CP-2026-0117')).toBeVisible();
});
