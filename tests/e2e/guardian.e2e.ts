// Guardian mode and the child's assent: the guardian reads the leaflet in their language and
// consents per scope with a signature; the child's assent is asked item by item and can be
// taken back; the guardian sees only what the child agreed to share.
import { readFileSync } from 'node:fs';
import { CHROMIUM, CHROMIUM_ARGS } from '../../playwright.config';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { keepScreenshot } from './screens';
import {
  addCase,
  createSpace,
  drawStroke,
  giveAssent,
  handOver,
  handToGuardian,
  leaveChildMode,
  planSession,
  sign
} from './workspace';

const ar = JSON.parse(readFileSync('locales/ar/guardian.json', 'utf8'));
const fill = (s: string, v: Record<string, string>) =>
  s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => v[k] ?? '');

test.use({
  launchOptions: {
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream']
  },
  permissions: ['microphone']
});

test('a guardian reads the leaflet in Arabic and gives consent per scope with a signature', async ({
  page
}) => {
  // A whole flow in a real browser: long by nature.
  test.setTimeout(60_000);
  await createSpace(page);
  await addCase(page, { alias: 'Samir', birth: '2016-04-02', caregiver: 'Huda' });
  await planSession(page, {
    options: [{ name: 'Kinship or extended-family care', who: 'Aunt Rima', where: 'Hillview' }]
  });
  await handToGuardian(page, 'ar', 'Family tracing service, Lakeside');

  // The leaflet, right to left, in Arabic, with the case's facts as text.
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(
    page.getByRole('heading', { level: 1, name: fill(ar.title, { name: 'Samir' }) })
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: ar.process.heading })).toBeVisible();
  await expect(
    page.getByText(
      fill(ar.options.facts.both, { name: 'Samir', who: 'Aunt Rima', where: 'Hillview' })
    )
  ).toBeVisible();
  // The child gave no assent to share: no views are shown.
  await expect(page.getByTestId('guardian-views')).toContainText(
    fill(ar.views.none, { name: 'Samir' })
  );
  expect(await seriousViolations(page)).toEqual([]);
  await keepScreenshot(page, 'test-results/screens/guardian-ar-leaflet.png', { fullPage: true });

  // Nothing is saved until every scope has an answer, the relation and a signature.
  await page.getByRole('button', { name: ar.consent.submit }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(ar.consent.undecided);
  await expect(alert).toContainText(ar.consent.signatureEmpty);
  const scope = (label: string) => page.getByRole('group', { name: label });
  await scope(ar.consent.scopes.services.label)
    .getByRole('radio', { name: ar.consent.give, exact: true })
    .check();
  await scope(ar.consent.scopes['family-tracing'].label)
    .getByRole('radio', { name: ar.consent.give, exact: true })
    .check();
  await scope(
    fill(ar.consent.scopes['information-sharing'].label, {
      recipient: 'Family tracing service, Lakeside'
    })
  )
    .getByRole('radio', { name: ar.consent.give, exact: true })
    .check();
  await scope(ar.consent.scopes['keep-media'].label)
    .getByRole('radio', { name: ar.consent.give, exact: true })
    .check();
  const drawings = scope(ar.consent.scopes['show-drawings'].label);
  await drawings.getByRole('radio', { name: ar.consent.refuse, exact: true }).check();
  await drawings.getByLabel(ar.consent.reason).fill('لا أريد ذلك الآن');
  await expect(page.getByLabel(ar.consent.name)).toHaveValue('Huda');
  await page.getByLabel(fill(ar.consent.relation, { name: 'Samir' })).fill('الأم');
  await sign(page);
  await page.getByRole('button', { name: ar.consent.submit }).click();
  await expect(page.getByRole('heading', { name: ar.done.heading })).toBeVisible();
  await expect(page.getByText(ar.decision.refused)).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);
  await keepScreenshot(page, 'test-results/screens/guardian-ar-done.png');

  // Back to the case manager, in English; the case shows each decision with its proof.
  await page.getByRole('button', { name: ar.forCaseManager }).click();
  await page.getByRole('dialog').getByRole('textbox').fill('1357');
  await page.getByRole('dialog').getByRole('button', { name: ar.leave }).click();
  await expect(page.getByTestId('session-state')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await page.getByRole('link', { name: 'Samir' }).first().click();
  const consents = page.getByRole('region', { name: 'Assent and consent' });
  const row = consents.getByRole('row', { name: /Guardian: drawings in reports/ });
  await expect(row).toContainText('Refused');
  await expect(row).toContainText('Signature');
  await expect(row).toContainText('Language ar');
  await expect(
    consents.getByRole('row', {
      name: /Guardian: share information with Family tracing service, Lakeside/
    })
  ).toContainText('Given');
});

test('the child’s assent item by item, a withdrawal that deletes the voice, and a guardian who sees only what was shared', async ({
  page
}) => {
  // A whole flow in a real browser: long by nature.
  test.setTimeout(60_000);
  await createSpace(page);
  await addCase(page, { alias: 'Ilyas', birth: '2015-06-01' });
  // Assent (and its revisit), then the child's own words and a drawing.
  await planSession(page, { keep: ['Child’s assent'], add: ['own-words', 'drawing-prompt'] });
  await handOver(page);

  // 9–12: everything on one page, with who will see it as faces.
  await expect(page.getByRole('heading', { name: 'Before we start' })).toBeVisible();
  await expect(page.getByText('The people who help decide where you will live')).toBeVisible();
  await expect(page.getByText(/I will tell someone who can help keep you safe/)).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  const answer = async (q: string, a: 'Yes' | 'No') => {
    await expect(page.getByRole('heading', { name: q })).toBeVisible();
    await page.getByRole('button', { name: a, exact: true }).click();
  };
  await answer('Do you want to play and talk with me today?', 'Yes');
  await answer('Can I keep your drawings?', 'Yes');
  await answer('Can I keep your voice, if you record something?', 'Yes');
  await answer('Can your grown-up at home see your drawings?', 'Yes');
  await answer('Can your grown-up at home read your words and hear your voice?', 'No');
  await answer('Can your grown-up at home see your choices?', 'No');
  await expect(page.getByRole('heading', { name: 'These are your choices' })).toBeVisible();
  await page.getByRole('button', { name: 'Write my name' }).click();
  await page.getByLabel('My name').fill('Ilyas');
  await page.getByRole('button', { name: "That's me" }).click();
  await page.getByRole('button', { name: 'I saw this' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Are these still your choices?' })).toBeVisible();
  await page.getByRole('button', { name: 'Yes, these are my choices' }).click();

  // Own words: typed, and a voice note.
  await page.getByRole('button', { name: 'Write it' }).click();
  await page.getByLabel('My words').fill('I miss my cousins');
  await page.getByRole('button', { name: 'Keep my words' }).click();
  await expect(page.getByText('Your words are kept. You can add more.')).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Say it' }).click();
  await page.getByRole('button', { name: 'Yes, you can keep it' }).click();
  await page.getByRole('button', { name: 'Start recording' }).click();
  await expect(page.getByRole('status')).toHaveText('Recording…');
  await page.waitForTimeout(1000); // a second of the fake microphone's tone
  await page.getByRole('button', { name: 'Stop recording' }).click();
  await page.getByRole('button', { name: 'Keep this recording' }).click();
  await expect(page.getByRole('status')).toHaveText('Your recording is kept.');

  // "My choices": the child takes back keeping their voice; the recording is deleted after asking.
  await page.getByRole('button', { name: 'My choices' }).click();
  const mine = page.getByRole('dialog', { name: 'My choices' });
  await mine.getByRole('button', { name: /Take it back.*keep your voice/ }).click();
  await expect(
    mine.getByText('If you take this back, your voice recordings will be deleted. Is that OK?')
  ).toBeVisible();
  await mine.getByRole('button', { name: 'Yes, delete them' }).click();
  await expect(mine.getByText('Thank you. It is changed.')).toBeVisible();
  await mine.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  // A child who does not let us keep their voice is not offered a recording any more.
  await expect(page.getByRole('button', { name: 'Say it' })).toHaveCount(0);
  await page.getByRole('button', { name: "I'm finished" }).click();

  // A drawing on a prompt.
  await page.getByRole('button', { name: 'A place I like' }).click();
  await drawStroke(page);
  await page.getByRole('button', { name: "I'm finished" }).click();
  await leaveChildMode(page);

  // The case manager sees the assent, its method and witness, and the withdrawal.
  const results = page.getByRole('region', { name: 'What the child made and said' });
  await expect(results.getByText(/^Voice note/)).toHaveCount(1);
  await page.getByRole('link', { name: 'Ilyas' }).first().click();
  const consents = page.getByRole('region', { name: 'Assent and consent' });
  await expect(consents.getByRole('row', { name: /Child: keep my voice/ })).toContainText(
    'Withdrawn'
  );
  await expect(
    consents.getByRole('row', { name: /Child: show my drawings to my guardian/ })
  ).toContainText('Typed name');
  await keepScreenshot(consents, 'test-results/screens/case-consents.png');
  await expect(
    consents.getByRole('row', { name: /Child: share my words with my guardian/ })
  ).toContainText('Refused');
  await page
    .getByRole('link', { name: /Session of/ })
    .first()
    .click();
  const voiceNote = page
    .getByRole('region', { name: 'What the child made and said' })
    .getByRole('listitem')
    .filter({ hasText: /Voice note/ });
  await voiceNote.getByRole('button', { name: 'Play' }).click();
  await expect(voiceNote.getByText('This recording was deleted.')).toBeVisible();

  // The guardian sees the drawing the child shared, and never the words the child kept private.
  await handToGuardian(page, 'en');
  const views = page.getByTestId('guardian-views');
  await expect(views.getByRole('heading', { name: 'Drawing on a prompt' })).toBeVisible();
  await expect(views.locator('canvas')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await expect(page.getByText('I miss my cousins')).toHaveCount(0);
  await expect(views.getByRole('heading', { name: 'My own words' })).toHaveCount(0);
  // Nor can the guardian reach the case manager's screens: every address leads back here.
  await page.goto('/cases');
  await expect(page).toHaveURL(/\/guardian$/);
  await expect(page.getByText('I miss my cousins')).toHaveCount(0);
  await page.goBack();
  await expect(page.getByTestId('guardian-mode')).toBeVisible();
});

test('the case manager records a withdrawal the child asked for, and that there is no guardian', async ({
  page
}) => {
  // A whole flow in a real browser: long by nature.
  test.setTimeout(60_000);
  await createSpace(page);
  await addCase(page, { alias: 'Tarik', birth: '2015-03-03' });
  await planSession(page, { keep: ['Child’s assent'], add: ['drawing-prompt'] });
  await handOver(page);
  await giveAssent(page, '9-12');
  await page.getByRole('button', { name: 'Yes, these are my choices' }).click();
  await page.getByRole('button', { name: 'Me and the people I love' }).click();
  await drawStroke(page);
  await page.getByRole('button', { name: "I'm finished" }).click();
  await leaveChildMode(page);
  const results = page.getByRole('region', { name: 'What the child made and said' });
  await expect(results.locator('[data-ops]')).toHaveAttribute('data-ops', '1');

  // Later the child tells the case manager they do not want their drawings kept.
  await page.getByRole('link', { name: 'Tarik' }).first().click();
  const consents = page.getByRole('region', { name: 'Assent and consent' });
  await consents
    .getByRole('row', { name: /Child: keep my drawings/ })
    .getByRole('button', { name: /Record a withdrawal/ })
    .click();
  const withdraw = page.getByRole('dialog', { name: 'Record a withdrawal' });
  await expect(
    withdraw.getByText('1 drawing of this child will be deleted from every session.', {
      exact: false
    })
  ).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await withdraw
    .getByLabel('What they said, if anything (optional)')
    .fill('I want to keep it private');
  await withdraw.getByRole('button', { name: 'Record the withdrawal' }).click();
  const row = consents.getByRole('row', { name: /Child: keep my drawings/ });
  await expect(row).toContainText('Withdrawn');
  await expect(row).toContainText('Recorded by the case manager');
  await expect(row).toContainText('I want to keep it private');
  // The grant is kept in the history; the withdrawal is a new record.
  await consents.getByText(/All records/).click();
  await expect(
    consents.getByRole('listitem').filter({ hasText: 'Child: keep my drawings' })
  ).toHaveCount(2);

  // There is no guardian: another reason needs saying which.
  await consents.getByRole('button', { name: 'Record that there is no guardian' }).click();
  const none = page.getByRole('dialog', { name: 'There is no guardian to ask' });
  await none.getByRole('radio', { name: 'Another reason (say which)' }).check();
  expect(await seriousViolations(page)).toEqual([]);
  await none.getByRole('button', { name: 'Record it' }).click();
  await expect(page.getByText('Say what the other reason is.')).toBeVisible();
  await none.getByLabel('Details').fill('The father is in hospital in Lakeside until March.');
  await none.getByRole('button', { name: 'Record it' }).click();
  await expect(consents.getByRole('row', { name: /There is no guardian to ask/ })).toContainText(
    'The father is in hospital'
  );

  // The drawing is gone from the session.
  await page
    .getByRole('link', { name: /Session of/ })
    .first()
    .click();
  await expect(page.getByRole('region', { name: 'What the child made and said' })).toBeVisible();
  await expect(results.locator('[data-ops]')).toHaveAttribute('data-ops', '0');
});
