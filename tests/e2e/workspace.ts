// Helpers for workspace tests: create a space, unlock it, add a case. Invented names only.
import type { Page } from '@playwright/test';
import { expect, open } from './fixtures';

export const PASS = 'blue kite over hills';

export async function createSpace(page: Page, name = 'Ana Ruiz', pass = PASS) {
  await open(page, '/profiles/new');
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByLabel('Passphrase', { exact: true }).fill(pass);
  await page.getByLabel('Type the passphrase again').fill(pass);
  await page.getByRole('button', { name: 'Create my space' }).click();
  await expect(page.getByRole('heading', { name: 'Cases', level: 1 })).toBeVisible();
}

export async function unlock(page: Page, name = 'Ana Ruiz', pass = PASS) {
  await open(page, '/');
  await page.getByRole('link', { name }).click();
  await page.getByLabel('Passphrase').fill(pass);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Cases', level: 1 })).toBeVisible();
}

export interface CaseInput {
  alias: string;
  birth?: string;
  caregiver?: string;
  ref?: string;
  notes?: string;
}

export async function addCase(page: Page, c: CaseInput) {
  await page.getByRole('link', { name: 'New case' }).click();
  await page.getByRole('textbox', { name: 'Name the child wants to be called' }).fill(c.alias);
  await page.getByLabel('Date of birth', { exact: true }).fill(c.birth ?? '2017-03-04');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(c.caregiver ?? 'Layla');
  if (c.ref) await page.getByRole('textbox', { name: 'Case reference' }).fill(c.ref);
  if (c.notes) await page.getByRole('textbox', { name: 'Your notes' }).fill(c.notes);
  await page.getByRole('button', { name: 'Create case' }).click();
  // Heard removes bidi control characters from names as it saves them.
  const shown = c.alias.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
  await expect(page.getByRole('heading', { name: shown, level: 1 })).toBeVisible();
}

/** Locks the workspace and waits until the start screen is back. */
export async function lockNow(page: Page) {
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { name: 'Who is working?' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lock now' })).toHaveCount(0);
}

/** Plans a session from a case page with the suggested plan; returns at the session page. */
export async function planSession(
  page: Page,
  opts: {
    date?: string;
    language?: string;
    options?: { name: string; who?: string; where?: string }[];
    /** Activity ids to add to the suggested plan. */
    add?: string[];
    /** Keep only plan items whose name starts with one of these (e.g. "Option card"). */
    keep?: string[];
  } = {}
) {
  await page.getByRole('link', { name: 'Plan a session' }).click();
  await page.getByLabel('Date', { exact: true }).fill(opts.date ?? '2026-12-02');
  if (opts.language) await page.getByLabel('Session language').selectOption(opts.language);
  for (const o of opts.options ?? []) {
    await page.getByRole('checkbox', { name: o.name }).check();
    if (o.who)
      await page.getByRole('textbox', { name: 'Who the child would live with' }).last().fill(o.who);
    if (o.where) await page.getByRole('textbox', { name: 'Where' }).last().fill(o.where);
  }
  if (opts.keep) {
    const items = page.getByRole('group', { name: 'Activities' }).getByRole('listitem');
    for (let i = (await items.count()) - 1; i >= 0; i--) {
      const text = (await items.nth(i).textContent()) ?? '';
      if (!opts.keep.some((k) => text.includes(k)))
        await items
          .nth(i)
          .getByRole('button', { name: /^Remove / })
          .click();
    }
  }
  for (const id of opts.add ?? []) {
    await page.getByLabel('Add an activity').selectOption(id);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
  }
  await page.getByRole('button', { name: 'Save the plan' }).click();
  await expect(page.getByTestId('session-state')).toBeVisible();
}

/** Hands the tablet to the child with a PIN; returns once child mode shows. */
export async function handOver(page: Page, pin: string | null = '2468') {
  await page.getByRole('button', { name: /^Hand (back )?to the child$/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Hand the tablet to the child' });
  if (pin) await dialog.getByRole('textbox', { name: 'PIN for this hand-over' }).fill(pin);
  else await dialog.getByRole('checkbox', { name: 'Set a short PIN for this hand-over' }).uncheck();
  await dialog.getByRole('button', { name: 'Start child mode' }).click();
  await expect(page.getByTestId('child-mode')).toBeVisible();
}

/** Leaves child mode with the PIN (or passphrase). */
export async function leaveChildMode(page: Page, secret = '2468') {
  await page.getByRole('button', { name: 'For grown-ups' }).click();
  const dialog = page.getByRole('dialog', { name: 'Leave child mode' });
  await dialog.getByLabel(/^(PIN or passphrase|Passphrase)$/).fill(secret);
  await dialog.getByRole('button', { name: 'Leave child mode' }).click();
  await expect(page.getByTestId('session-state')).toBeVisible();
}

/** The child's assent with every answer yes, in the band's own way; returns at the next activity. */
export async function giveAssent(page: Page, band: '3-5' | '6-8' | '9-12' | '13-17') {
  await expect(page.getByRole('heading', { name: 'Before we start' })).toBeVisible();
  const click = (name: string) => page.getByRole('button', { name, exact: true }).click();
  const young = band === '3-5' || band === '6-8';
  for (let i = 0; i < (young ? 5 : 1); i++) await click('Next');
  if (band === '6-8') {
    await click('Yes');
    await expect(
      page.getByRole('heading', { name: /You can stop whenever you want/ })
    ).toBeVisible();
    await click('Next');
  }
  for (let i = 0; i < (young ? 4 : 6); i++) {
    await expect(page.getByText(`Question ${i + 1} of ${young ? 4 : 6}`)).toBeVisible();
    await click(band === '3-5' ? 'Yes: nodded, smiled or said yes' : 'Yes');
  }
  if (!young) {
    await click('Yes, these are my choices');
    await click("That's me");
  }
  await click('I saw this');
  await expect(
    page.getByRole('heading', { name: 'Thank you! Your choices are kept.' })
  ).toBeVisible();
  await click('Next');
}

/** Looks through an option card and answers its teach-back until the child moves on. */
export async function throughCard(page: Page) {
  const thanks = page.getByRole('heading', { name: /Thank you for listening/ });
  for (let i = 0; i < 40 && !(await thanks.isVisible()); i++) {
    const seen = page.getByRole('button', { name: "I've seen it all" });
    const answer = page.getByRole('button', { name: "That's my answer" });
    const again = page.getByRole('button', { name: 'Look again' });
    const next = page.getByRole('button', { name: 'Next', exact: true });
    const choice = page.locator('.question [role="group"] button').first();
    await expect(seen.or(answer).or(again).or(next).or(choice).or(thanks).first()).toBeVisible();
    if (await thanks.isVisible()) break;
    if (await seen.isVisible()) await seen.click();
    else if (await answer.isVisible()) await answer.click();
    else if (await again.isVisible()) await again.click();
    else if (await next.isVisible()) await next.click();
    else await choice.click();
  }
  await page.getByRole('button', { name: 'Next', exact: true }).click();
}

/** At the end of a suggested plan: the child keeps their choices. */
export async function keepChoices(page: Page) {
  await expect(page.getByRole('heading', { name: 'Are these still your choices?' })).toBeVisible();
  await page.getByRole('button', { name: 'Yes, these are my choices' }).click();
}

/** Signs the guardian's signature pad with one zigzag stroke. */
export async function sign(page: Page) {
  const pad = page.getByTestId('signature');
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.15, box.y + box.height * 0.6);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++)
    await page.mouse.move(
      box.x + box.width * (0.15 + i * 0.06),
      box.y + box.height * (0.6 + (i % 2 ? -0.15 : 0.1))
    );
  await page.mouse.up();
  await expect(pad).toHaveAttribute('data-strokes', '1');
}

/** Hands the tablet to the guardian from a session page, PIN 1357; returns in guardian mode. */
export async function handToGuardian(page: Page, lang: string, recipients = '') {
  await page.getByRole('button', { name: 'Hand to the guardian' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hand the tablet to the guardian' });
  await dialog.getByLabel('Language of the leaflet').selectOption(lang);
  if (recipients) await dialog.getByLabel('Share information with (one per line)').fill(recipients);
  await dialog.getByRole('textbox', { name: 'PIN for this hand-over' }).fill('1357');
  await dialog.getByRole('button', { name: 'Start guardian mode' }).click();
  await expect(page.getByTestId('guardian-mode')).toBeVisible();
}

/** Draws one stroke on the child's paper and waits until it is kept. */
export async function drawStroke(page: Page) {
  const paper = page.getByTestId('paper');
  const box = (await paper.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.4);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.6, { steps: 8 });
  await page.mouse.up();
  await expect(paper).toHaveAttribute('data-marks', '1');
}

/**
 * In guardian mode: answers every consent question ("I do not agree" for the first when
 * `refuseFirst` gives a reason), names the guardian, signs, gives the answers and hands the
 * tablet back with the PIN; returns at the session page.
 */
export async function guardianConsents(
  page: Page,
  opts: { child: string; relation: string; name?: string; refuseFirst?: string; questions?: number }
) {
  const agree = page.getByRole('radio', { name: 'I agree', exact: true });
  // Every question is on screen before any is answered.
  await expect(agree).toHaveCount(opts.questions ?? 4);
  const count = await agree.count();
  for (let i = opts.refuseFirst ? 1 : 0; i < count; i++) await agree.nth(i).check();
  if (opts.refuseFirst) {
    await page.getByRole('radio', { name: 'I do not agree', exact: true }).first().check();
    await page.getByLabel('Reason (optional)').fill(opts.refuseFirst);
  }
  if (opts.name) await page.getByLabel('Your name').fill(opts.name);
  await page.getByLabel(`Your relation to ${opts.child}`).fill(opts.relation);
  await sign(page);
  await page.getByRole('button', { name: 'Give my answers' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you' })).toBeVisible();
  await page.getByRole('button', { name: 'For the case manager' }).click();
  await page.getByRole('dialog').getByRole('textbox').fill('1357');
  await page.getByRole('dialog').getByRole('button', { name: 'Leave guardian mode' }).click();
  await expect(page.getByTestId('session-state')).toBeVisible();
}
