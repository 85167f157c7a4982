// One lock for every tab: a second tab of the same browser never keeps a case open once the
// first one locks, or hands the tablet to a child or a guardian. Invented names only.
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
