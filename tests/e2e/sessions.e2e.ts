import { expect, test } from './fixtures';
import { addCase, createSpace, unlock, lockNow } from './workspace';

test('a case manager plans a session, changes the plan and runs it through its states', async ({
  page
}) => {
  await createSpace(page);
  await addCase(page, { alias: 'Noor', birth: '2019-01-10' });
  await page.getByRole('link', { name: 'Plan a session' }).click();
  await expect(page.getByRole('heading', { name: 'Plan a session with Noor' })).toBeVisible();

  // The band comes from the age on the session date.
  await page.getByLabel('Date', { exact: true }).fill('2026-12-02');
  await expect(page.getByText('The child will be 7 years old: band 6-8.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Place' }).fill('Counselling room, Riverside centre');

  // An option adds its explaining card, with the case's facts.
  await page.getByRole('checkbox', { name: 'Kinship or extended-family care' }).check();
  await page
    .getByRole('textbox', { name: 'Who the child would live with' })
    .fill('your aunt Samira');
  await page.getByRole('textbox', { name: 'Where' }).fill('Lakeside');
  const plan = page.getByRole('group', { name: 'Activities' }).getByRole('listitem');
  await expect(
    plan.filter({ hasText: 'Option card: Kinship or extended-family care' })
  ).toHaveCount(1);

  // Reorder, remove and add.
  const first = await plan.first().textContent();
  await page
    .getByRole('button', { name: /^Move .* down$/ })
    .first()
    .click();
  await expect(plan.nth(1)).toHaveText(first!);
  const count = await plan.count();
  await page
    .getByRole('button', { name: /^Remove / })
    .last()
    .click();
  await expect(plan).toHaveCount(count - 1);
  await page.getByLabel('Add an activity').selectOption('three-houses');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(plan.last()).toContainText('Three houses');

  // Overriding the band needs a reason.
  await page.getByRole('checkbox', { name: /Use another age band/ }).check();
  await page.getByRole('button', { name: 'Save the plan' }).click();
  await expect(page.getByText('Say why another age band is used.')).toBeVisible();
  await page.getByLabel('Why').fill('Speech delay; pictures work better');
  await page.getByLabel('Age band to use').selectOption('3-5');
  await page.getByRole('button', { name: 'Save the plan' }).click();

  await expect(
    page.getByRole('heading', { name: 'Session with Noor, December 2, 2026' })
  ).toBeVisible();
  await expect(page.getByText('chosen because: Speech delay; pictures work better')).toBeVisible();
  await expect(page.getByText('with your aunt Samira, in Lakeside')).toBeVisible();
  await expect(page.getByTestId('session-state')).toHaveText('Planned');

  await page.getByText('Set the state by hand').click();
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page.getByTestId('session-state')).toHaveText('In progress');
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByTestId('session-state')).toHaveText('Paused');
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.getByLabel(/If the child stopped/).fill('I am tired');
  await page.getByRole('button', { name: 'The child stopped the session' }).click();
  await expect(page.getByTestId('session-state')).toHaveText('Stopped by the child');
  await expect(page.getByText('the child said: “I am tired”')).toBeVisible();

  // The case lists its sessions in order.
  await page.getByRole('link', { name: 'Back to Noor' }).click();
  await page.getByRole('link', { name: 'Plan a session' }).click();
  await page.getByLabel('Date', { exact: true }).fill('2026-11-30');
  await page.getByRole('button', { name: 'Save the plan' }).click();
  await page.getByRole('link', { name: 'Back to Noor' }).click();
  const sessions = page.getByRole('region', { name: 'Sessions' }).getByRole('listitem');
  await expect(sessions).toHaveCount(2);
  await expect(sessions.nth(0)).toContainText('Session of November 30, 2026');
  await expect(sessions.nth(0)).toContainText('Planned');
  await expect(sessions.nth(1)).toContainText('Session of December 2, 2026');
  await expect(sessions.nth(1)).toContainText('Stopped by the child');
});

test('a session plan being written survives a lock', async ({ page }) => {
  await createSpace(page);
  await addCase(page, { alias: 'Noor' });
  await page.getByRole('link', { name: 'Plan a session' }).click();
  await page.getByRole('textbox', { name: 'Place' }).fill('Garden room, Hillside centre');
  await page.getByRole('checkbox', { name: 'Foster care' }).check();
  await lockNow(page);
  await unlock(page);
  await page.getByRole('link', { name: /Noor/ }).click();
  await page.getByRole('link', { name: 'Plan a session' }).click();
  await expect(page.getByText(/were brought back/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Place' })).toHaveValue(
    'Garden room, Hillside centre'
  );
  await expect(page.getByRole('checkbox', { name: 'Foster care' })).toBeChecked();
  await page.getByRole('button', { name: 'Save the plan' }).click();
  await expect(page.getByText('Garden room, Hillside centre')).toBeVisible();
});
