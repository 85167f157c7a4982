// Whole sessions in child mode, as a 4-, a 7-, a 10- and a 15-year-old, each with the plan the
// app suggests for the band. Each test checks what the child sees and what was kept.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  addCase,
  createSpace,
  giveAssent,
  handOver,
  keepChoices,
  leaveChildMode,
  planSession,
  throughCard
} from './workspace';

async function heading(page: Page, name: string | RegExp) {
  await expect(page.getByRole('heading', { name })).toBeVisible();
}

/** Draws a wavy line on the paper with a pen. */
async function drawLine(page: Page, y = 0.5) {
  const paper = page.getByTestId('paper');
  const box = (await paper.boundingBox())!;
  const before = Number(await paper.getAttribute('data-marks'));
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) {
    await page.mouse.move(
      box.x + box.width * (0.2 + i * 0.05),
      box.y + box.height * (y + (i % 2 ? 0.05 : -0.05))
    );
  }
  await page.mouse.up();
  await expect(paper).toHaveAttribute('data-marks', String(before + 1));
}

/** Drags with the mouse (a pointer like a finger), in small steps, from one element onto another. */
async function dragTo(page: Page, from: Locator, to: Locator) {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) {
    await page.mouse.move(
      a.x + a.width / 2 + ((b.x + b.width / 2 - a.x - a.width / 2) * i) / 10,
      a.y + a.height / 2 + ((b.y + b.height / 4 - a.y - a.height / 2) * i) / 10
    );
  }
  await page.mouse.up();
}

/** Every button the child can reach is at least this big. */
async function expectTargets(page: Page, min: number) {
  const small = await page.getByTestId('child-mode').evaluate((root, min) => {
    const out: string[] = [];
    for (const el of root.querySelectorAll<HTMLElement>(
      'button, [role="button"], input, select, textarea'
    )) {
      if (el.closest('dialog') || el.textContent?.includes('For grown-ups')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0) continue;
      if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
        const label = el.closest('label')?.getBoundingClientRect();
        if (label && label.height >= min) continue;
      }
      if (r.width < min || r.height < min)
        out.push(
          `${el.tagName} ${el.textContent?.trim() || el.getAttribute('aria-label')} ${Math.round(r.width)}×${Math.round(r.height)}`
        );
    }
    return out;
  }, min);
  expect(small).toEqual([]);
}

test('a 4-year-old plays a whole session with pictures, big targets and no reading', async ({
  page
}) => {
  // A whole flow in a real browser: long by nature.
  test.setTimeout(60_000);
  await createSpace(page);
  await addCase(page, { alias: 'Lina', birth: '2022-03-01' });
  await planSession(page, {
    options: [{ name: 'Kinship or extended-family care', who: 'Aunt Rima', where: 'Hillview' }]
  });
  await handOver(page);

  // Assent first: the case manager records what the child shows.
  await heading(page, 'Before we start');
  await expectTargets(page, 64);
  await giveAssent(page, '3-5');

  await heading(page, 'How are you feeling today?');
  await expect(page.getByRole('group', { name: 'Faces' }).getByRole('button')).toHaveCount(3);
  await expectTargets(page, 64);
  await page.getByRole('button', { name: 'Happy', exact: true }).click();

  await heading(page, 'Who would you like as your buddy today?');
  await expectTargets(page, 64);
  await page.getByRole('button', { name: 'Turtle' }).click();
  await page.getByRole('button', { name: 'Next' }).click();

  await heading(page, 'Draw anything you like.');
  await expectTargets(page, 64);
  await drawLine(page);
  await page.getByRole('button', { name: "I'm finished" }).click();

  // The option card, one picture page at a time, and "show me where you would sleep".
  await heading(page, 'Living with relatives');
  await expect(page.getByText('You would live with Aunt Rima in Hillview.')).toBeVisible();
  await expectTargets(page, 64);
  await throughCard(page);

  // The sorting mat: practice first (never kept), then the cards about here and now.
  await heading(page, "Let's practise first. Do you like this?");
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'I like it' }).click();
  await page.getByRole('button', { name: "Let's start" }).click();
  await heading(page, 'How do you feel about these, here and now?');
  await expectTargets(page, 64);
  await page.getByRole('button', { name: 'I like it' }).click();
  await page.getByRole('button', { name: "I don't like it" }).click();
  await page.getByRole('button', { name: "I don't want to say" }).click();
  await page.getByRole('button', { name: 'Not sure' }).click();
  await heading(page, /Here is your mat/);
  await page.getByRole('button', { name: 'Next' }).click();

  await heading(page, 'What would you like to draw?');
  await page.getByRole('button', { name: 'A place I like' }).click();
  await drawLine(page, 0.4);
  await page.getByRole('button', { name: "I'm finished" }).click();

  await heading(page, 'What would you like to say? These are your own words.');
  await page.getByRole('button', { name: 'Write it' }).click();
  await page.getByLabel('My words').fill('I want to see my cat.');
  await page.getByRole('button', { name: 'Keep my words' }).click();
  await expect(page.getByRole('status')).toHaveText('Your words are kept. You can add more.');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: "I'm finished" }).click();

  await keepChoices(page);
  await heading(page, 'How are you feeling now?');
  await page.getByRole('button', { name: 'Happy', exact: true }).click();
  await heading(page, 'All done! Thank you, Lina.');

  await leaveChildMode(page);
  await expect(page.getByTestId('session-state')).toHaveText('Completed');
  const results = page.getByRole('region', { name: 'What the child made and said' });
  await expect(results.getByText('“I want to see my cat.”')).toBeVisible();
  await expect(results.getByText('Declined: Playing')).toBeVisible();
});

test('a 7-year-old places close people, sorts cards about an option and fills three houses', async ({
  page
}) => {
  // A whole flow in a real browser: long by nature.
  test.setTimeout(60_000);
  await createSpace(page);
  await addCase(page, { alias: 'Omar', birth: '2019-02-01' });
  await planSession(page, { options: [{ name: 'Foster care' }] });
  await handOver(page);
  await giveAssent(page, '6-8');

  await page.getByRole('button', { name: 'So-so' }).click();
  await page.getByRole('button', { name: 'Owl' }).click();
  await page.getByRole('button', { name: 'Next' }).click();

  await heading(page, 'Who is close to you? Add the people in your life.');
  await expectTargets(page, 64);
  await page.getByRole('button', { name: 'Add a person' }).click();
  await page.getByLabel('Name').fill('Grandma Suha');
  await page.getByRole('button', { name: 'Grandmother' }).click();
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('button', { name: 'Very close to me' }).click();
  await page.getByRole('button', { name: 'Add a person' }).click();
  await page.getByLabel('Name').fill('Coach Ben');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('button', { name: 'A bit further away' }).click();
  // Moving someone later keeps the history.
  await page.getByRole('button', { name: 'Move Coach Ben' }).click();
  await page.getByRole('button', { name: 'Close to me', exact: true }).click();
  await expect(
    page
      .getByRole('list', { name: 'Ring: Close to me' })
      .getByRole('button', { name: 'Move Coach Ben' })
  ).toBeVisible();
  await page.getByRole('button', { name: "That's everyone" }).click();

  await heading(page, 'Living with a foster family');
  await throughCard(page);

  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Not sure' }).click();
  await page.getByRole('button', { name: "Let's start" }).click();
  // The first card is dragged onto its column with a finger; the rest are tapped.
  await dragTo(page, page.getByTestId('mat-card'), page.locator('[data-column="dislike"]'));
  await expect(page.getByTestId('mat-card')).toHaveAccessibleName('My family');
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'I like it' }).click();
  await expect(
    page
      .getByRole('list', { name: "Cards in I don't like it" })
      .getByRole('button', { name: 'Where I live' })
  ).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await heading(page, 'Living with a foster family: would you want this?');
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Sometimes' }).click();
  await page.getByRole('button', { name: 'I want it' }).click();
  // On the review the child moves a card to another column.
  await page.getByRole('button', { name: 'School' }).click();
  await page.getByRole('button', { name: "I don't want it" }).click();
  await expect(
    page
      .getByRole('list', { name: "Cards in I don't want it" })
      .getByRole('button', { name: 'School' })
  ).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();

  await heading(page, 'Three houses: the good things, the worries and the dreams.');
  await drawLine(page);
  await page.getByLabel('Words in this house').fill('My friend Dana and football.');
  await page.getByRole('button', { name: 'Keep this house' }).click();
  await expect(page.getByRole('tab', { name: /House of worries/ })).toHaveAttribute(
    'aria-selected',
    'true'
  );
  await page.getByLabel('Give this house a name (if you like)').fill('Rainy house');
  await page.getByLabel('Words in this house').fill('Loud noises at night.');
  await page.getByRole('button', { name: 'Keep this house' }).click();
  await page.getByRole('button', { name: "I'm finished" }).click();

  await keepChoices(page);
  await page.getByRole('button', { name: 'Happy', exact: true }).click();
  await heading(page, 'All done! Thank you, Omar.');
  await leaveChildMode(page);
  const results = page.getByRole('region', { name: 'What the child made and said' });
  await expect(results.getByText('Coach Ben: Close to me')).toBeVisible();
  await expect(results.getByText('moved 1 time')).toHaveCount(2);
  await expect(results.getByText('“Loud noises at night.”')).toBeVisible();
});

test('a 10-year-old checks in with five faces, tells likes, and ranks the options with a tie', async ({
  page
}) => {
  // A whole flow in a real browser: long by nature.
  test.setTimeout(60_000);
  await createSpace(page);
  await addCase(page, { alias: 'Yara', birth: '2016-01-15' });
  await planSession(page, {
    options: [
      { name: 'Kinship or extended-family care' },
      { name: 'Foster care' },
      { name: 'Staying where the child is now' }
    ]
  });
  // A shorter plan: only the check-in, likes and ranking.
  await page.getByRole('link', { name: 'Change the plan' }).click();
  const plan = page.getByRole('group', { name: 'Activities' }).getByRole('listitem');
  for (const name of [
    'Circles of close people',
    'Sorting mat',
    'Three houses',
    'Child’s assent',
    'Child’s assent',
    'Option card',
    'Option card',
    'Option card'
  ]) {
    await plan
      .filter({ hasText: name })
      .first()
      .getByRole('button', { name: /^Remove / })
      .click();
  }
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await handOver(page);

  await expect(page.getByRole('group', { name: 'Faces' }).getByRole('button')).toHaveCount(5);
  await expect(page.getByText(/Step 1 of \d+/)).toBeVisible();
  await expectTargets(page, 48);
  await page.getByRole('button', { name: 'Very happy' }).click();

  await heading(page, 'Do you like this?');
  for (let i = 0; i < 8; i++) {
    await page
      .getByRole('button', { name: i % 3 === 2 ? 'Skip' : i % 2 ? 'Not for me' : 'I like it' })
      .click();
  }

  await heading(page, 'Put these in order: the one you want most at the top.');
  // Dragged to the top by its handle.
  const list = page.getByRole('list', {
    name: 'Put these in order: the one you want most at the top.'
  });
  await dragTo(
    page,
    list.getByRole('listitem').filter({ hasText: 'Staying here' }).locator('.handle'),
    list.getByRole('listitem').first()
  );
  const rows = page
    .getByRole('list', { name: 'Put these in order: the one you want most at the top.' })
    .getByRole('listitem');
  await expect(rows.first()).toContainText('Staying here');
  await rows.nth(1).getByRole('checkbox', { name: 'Same as the one above' }).check();
  await page.getByRole('button', { name: 'This is my order' }).click();

  await page.getByRole('button', { name: 'So-so' }).click();
  await heading(page, 'All done! Thank you, Yara.');
  await leaveChildMode(page);
  const results = page.getByRole('region', { name: 'What the child made and said' });
  await expect(
    results.getByText('1. Staying where the child is now = Kinship or extended-family care')
  ).toBeVisible();
});

test('a 15-year-old gets a text-first session: about me, own words with a translation, ranking', async ({
  page
}) => {
  // A whole flow in a real browser: long by nature.
  test.setTimeout(60_000);
  await createSpace(page);
  await addCase(page, { alias: 'Dawit', birth: '2011-06-20' });
  await planSession(page, {
    options: [
      { name: 'Resettlement to a third country' },
      { name: 'Staying where the child is now' }
    ]
  });
  await handOver(page);
  await giveAssent(page, '13-17');

  await page.getByRole('button', { name: 'Happy', exact: true }).click();
  await heading(page, 'About me');
  await page.getByLabel("Something I'm good at").fill('Fixing bikes');
  await page.getByRole('button', { name: 'Save and go on' }).click();

  // Text first, with pros, cons and a timeline; "what would change for you?" in own words.
  for (const option of ['Moving to a new country', 'Staying here']) {
    await heading(page, option);
    await expect(page.getByRole('heading', { name: 'When things would happen' })).toBeVisible();
    await throughCard(page);
  }

  await page.getByRole('button', { name: 'Write it' }).click();
  await page.getByRole('radio', { name: 'My grown-up, writing my exact words' }).check();
  await page.getByLabel('Language the words are in').selectOption('fr');
  await page.getByLabel('My words').fill('Je veux finir l’école ici.');
  await page.getByLabel('Translation (for the grown-up)').fill('I want to finish school here.');
  await page.getByRole('button', { name: 'Keep my words' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: "I'm finished" }).click();

  await page.getByRole('button', { name: 'This is my order' }).click();
  await keepChoices(page);
  await page.getByRole('button', { name: 'Sad', exact: true }).click();
  await heading(page, 'All done! Thank you, Dawit.');
  await leaveChildMode(page);
  const results = page.getByRole('region', { name: 'What the child made and said' });
  await expect(results.getByText('“Je veux finir l’école ici.”')).toBeVisible();
  await expect(results.getByText('Translation: I want to finish school here.')).toBeVisible();
  await expect(results.getByText('Fixing bikes')).toBeVisible();
});
