// Explaining options in child mode: the card in the child's words with the case's facts,
// read aloud by the device's voice (sentence by sentence) or by a human recording, and a
// teach-back in which a misunderstanding leads back to the card.
import { expect, test } from './fixtures';
import { fakeVoice } from './voice-stub';
import { addCase, createSpace, handOver, leaveChildMode, planSession } from './workspace';

test('a 6-year-old hears two options read aloud and shows what they understood', async ({
  page
}) => {
  // A whole flow in a real browser: long by nature.
  test.setTimeout(60_000);
  await fakeVoice(page);
  await createSpace(page);
  await addCase(page, { alias: 'Noor', birth: '2020-05-10' });
  await planSession(page, {
    options: [
      { name: 'Kinship or extended-family care', who: 'Aunt Rima', where: 'Hillview' },
      { name: 'Return and family reunification' }
    ],
    keep: ['Option card']
  });
  await handOver(page);

  // The first card: the option in the child's words, the case's facts, one page at a time.
  await expect(page.getByRole('heading', { name: 'Living with relatives' })).toBeVisible();
  await expect(page.getByText('You would live with Aunt Rima in Hillview.')).toBeVisible();
  await page.getByRole('button', { name: /^Listen/ }).click();
  // The sentence being read lights up, then the voice stops by itself.
  await expect(page.locator('.reading')).toHaveCount(1);
  await expect(page.getByRole('button', { name: /^Listen/ })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).toEqual([
    'Living with relatives',
    'You would live with Aunt Rima in Hillview.'
  ]);
  for (let i = 0; i < 7; i++) await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('8 of 8')).toBeVisible();
  await page.getByRole('button', { name: "I've seen it all" }).click();

  // Teach-back: two picture questions; a wrong answer leads back to the card, kindly.
  await expect(page.getByRole('heading', { name: 'Where would you live?' })).toBeVisible();
  await page.getByRole('button', { name: 'With my relatives' }).click();
  await expect(page.getByRole('heading', { name: 'Who would you live with?' })).toBeVisible();
  await page.getByRole('button', { name: 'My family' }).click();
  await expect(
    page.getByRole('heading', { name: "Let's look at the card again together." })
  ).toBeVisible();
  await page.getByRole('button', { name: 'Look again' }).click();
  await expect(page.getByRole('heading', { name: 'Living with relatives' })).toBeVisible();
  for (let i = 0; i < 7; i++) await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: "I've seen it all" }).click();
  await expect(page.getByRole('heading', { name: 'Who would you live with?' })).toBeVisible();
  await page.getByRole('button', { name: 'My relatives' }).click();
  await expect(page.getByRole('heading', { name: /Thank you for listening/ })).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();

  // The second card, swiped through with a finger.
  await expect(
    page.getByRole('heading', { name: 'Going back to live with my family' })
  ).toBeVisible();
  await expect(page.getByText(/You would live with/)).toHaveCount(0);
  const card = page.getByRole('region', { name: 'Going back to live with my family' });
  const box = (await card.boundingBox())!;
  for (let i = 0; i < 7; i++) {
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5, { steps: 5 });
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.5, { steps: 5 });
    await page.mouse.up();
    await expect(page.getByText(`${i + 2} of 8`)).toBeVisible();
  }
  await page.getByRole('button', { name: "I've seen it all" }).click();
  await page.getByRole('button', { name: 'At home with my family' }).click();
  await page.getByRole('button', { name: 'In the country where my family lives' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: /All done/ })).toBeVisible();

  // The case manager sees what was explained, how, and what the child understood.
  await leaveChildMode(page);
  const results = page.getByRole('region', { name: 'What the child made and said' });
  await expect(
    results.getByText(/Explained: Kinship or extended-family care\. Read aloud: device voice/)
  ).toBeVisible();
  await expect(
    results.getByText(
      /Explained: Return and family reunification\. Read aloud: not read aloud by the app/
    )
  ).toBeVisible();
  await expect(
    results.getByText('Teach-back, who they would live with: understood (2 tries)')
  ).toBeVisible();
  await expect(results.getByText('Teach-back, which country: understood (1 try)')).toBeVisible();
});

test('without a voice or a recording, the card is shown with no listen button', async ({
  page
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'speechSynthesis', {
      value: { getVoices: () => [], speak: () => {}, cancel: () => {}, addEventListener: () => {} }
    });
  });
  await createSpace(page);
  await addCase(page, { alias: 'Tomas', birth: '2014-02-01' });
  await planSession(page, {
    options: [{ name: 'Foster care', who: '<b>the Okafor family</b>', where: 'Lakeside' }],
    keep: ['Option card']
  });
  await handOver(page);
  await expect(page.getByRole('heading', { name: 'Living with a foster family' })).toBeVisible();
  // The facts are text: no markup gets in.
  await expect(
    page.getByText('You would live with <b>the Okafor family</b> in Lakeside.')
  ).toBeVisible();
  await expect(page.locator('[data-activity] b')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Listen/ })).toHaveCount(0);
  // Nine and older: the whole card at once, with what stays and what changes.
  await expect(page.getByRole('heading', { name: 'What changes' })).toBeVisible();
  await page.getByRole('button', { name: "I've seen it all" }).click();
  await expect(page.getByRole('heading', { name: 'What would change for you?' })).toBeVisible();
  await page.getByRole('button', { name: 'Where I live' }).click();
  await page.getByRole('button', { name: 'Who I live with' }).click();
  await page.getByRole('textbox').fill('I would have a new room');
  await page.getByRole('button', { name: "That's my answer" }).click();
  await expect(page.getByRole('heading', { name: /Thank you for listening/ })).toBeVisible();
});
