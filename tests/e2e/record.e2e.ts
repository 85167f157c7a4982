// The record of active consideration of the child's views, from a whole case: two sessions
// (joining, explaining with teach-back, assent, guardian consent, views), the case manager's
// assessment, feedback to the child, sign-off, the printed report, the JSON export that
// validates against the schema, and its import into the imported records (a tampered copy is
// refused). Invented child and places only.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Download } from '@playwright/test';
import { Validator } from '@cfworker/json-schema';
import { seriousViolations } from './axe';
import { chooseLanguage, expect, test } from './fixtures';
import { keepScreenshot } from './screens';
import { dumpStorage } from './storage-dump';
import { fakeVoice } from './voice-stub';
import {
  addCase,
  createSpace,
  drawStroke,
  giveAssent,
  handOver,
  handToGuardian,
  keepChoices,
  leaveChildMode,
  planSession,
  guardianConsents,
  throughCard
} from './workspace';

const schema = JSON.parse(readFileSync('src/lib/domain/record.schema.json', 'utf8'));

/** The canonical JSON the content hash is taken over, written independently of the app. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

async function saved(download: Download): Promise<{ path: string; json: Record<string, unknown> }> {
  const path = (await download.path())!;
  return { path, json: JSON.parse(readFileSync(path, 'utf8')) };
}

test('a whole case ends in a signed record, printed, exported, and imported elsewhere', async ({
  page
}) => {
  test.setTimeout(180_000);
  await fakeVoice(page);
  await createSpace(page, 'Lena Ortiz');
  await addCase(page, {
    alias: 'Noor',
    birth: '2016-03-04',
    caregiver: 'Rima',
    ref: 'CP-TEST-0042'
  });

  // Session 1: check-in, assent, two option cards with teach-back, then the guardian's consent.
  await planSession(page, {
    date: '2026-12-02',
    options: [
      { name: 'Kinship or extended-family care', who: 'Aunt Rima', where: 'Hillview' },
      { name: 'Return and family reunification', who: 'your mother', where: 'Riverside' }
    ],
    keep: ['Feelings check-in', 'Child’s assent', 'Option card']
  });
  await handOver(page);
  await giveAssent(page, '9-12');
  await page.getByRole('button', { name: 'Very happy' }).click();
  await throughCard(page);
  await throughCard(page);
  await keepChoices(page);
  await page.getByRole('button', { name: 'Happy', exact: true }).click();
  await expect(page.getByRole('heading', { name: /All done! Thank you, Noor/ })).toBeVisible();
  await leaveChildMode(page);

  await handToGuardian(page, 'en');
  await guardianConsents(page, { child: 'Noor', relation: 'Aunt' });

  // Session 2: the views: a ranking, the child's own words and a drawing.
  await page.getByRole('link', { name: 'Noor' }).first().click();
  await planSession(page, {
    date: '2026-12-09',
    options: [
      { name: 'Kinship or extended-family care' },
      { name: 'Return and family reunification' }
    ],
    keep: ['Ranking'],
    add: ['own-words', 'drawing-prompt']
  });
  await handOver(page);
  await page.getByRole('button', { name: 'This is my order' }).click();
  await page.getByRole('button', { name: 'Write it' }).click();
  await page.getByLabel('My words').fill('I want to live with Aunt Rima and go to my school');
  await page.getByRole('button', { name: 'Keep my words' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: "I'm finished" }).click();
  await page.getByRole('button', { name: 'A place I like' }).click();
  await drawStroke(page);
  await page.getByRole('button', { name: "I'm finished" }).click();
  await leaveChildMode(page);

  // A third session, planned but not held yet: a gap in the record can go into its plan.
  await page.getByRole('link', { name: 'Noor' }).first().click();
  await planSession(page, { date: '2026-12-16', keep: ['Feelings check-in'] });
  await page.getByRole('link', { name: 'Noor' }).first().click();
  await page.getByRole('link', { name: 'Open the record' }).click();
  await expect(
    page.getByRole('heading', { name: 'Record of Noor’s views', level: 1 })
  ).toBeVisible();

  // Evidence linked into the four questions, with the coverage grid.
  const views = page.getByRole('region', { name: '2. Views obtained' });
  await expect(views.getByText('I want to live with Aunt Rima and go to my school')).toBeVisible();
  await expect(views.getByTestId('drawing-view')).toHaveAttribute('data-ops', '1');
  const info = page.getByRole('region', { name: '1. Information given' });
  await expect(
    info.getByRole('heading', { name: 'Kinship or extended-family care' })
  ).toBeVisible();
  await expect(info.getByText(/^Teach-back: /).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Space' })).toContainText(
    'The child was told they could stop at any time'
  );
  await views
    .getByRole('button', { name: 'Health, Kinship or extended-family care: Never asked' })
    .click();
  const gap = page.getByRole('dialog', {
    name: 'Ask about Health: Kinship or extended-family care'
  });
  await gap.getByRole('button', { name: 'Sorting mat' }).click();
  await expect(gap.getByRole('status')).toContainText('Sorting mat was added to the session on');
  await gap.getByRole('button', { name: 'Close' }).click();
  // A cell with a view links to the evidence behind it.
  await views.getByRole('row', { name: /^Home/ }).getByRole('link').click();
  await expect(page).toHaveURL(/#ev-/);
  await expect(page.locator('li:target')).toContainText('Drawing: A place I like');
  expect(await seriousViolations(page)).toEqual([]);

  // The assessment: understanding and maturity, weight, a recommendation that departs.
  const understanding = page.getByRole('region', { name: '3. Understanding and maturity' });
  await expect(understanding.getByRole('note')).toHaveText(/never from age alone/);
  await understanding
    .getByRole('group', { name: 'Understands the options' })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await understanding
    .getByRole('group', { name: 'Views consistent across sessions' })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await understanding
    .getByRole('group', { name: 'Considers consequences' })
    .getByRole('radio', { name: 'Partly' })
    .check();
  await understanding
    .getByRole('group', { name: 'Signs of pressure from others' })
    .getByRole('radio', { name: 'None seen' })
    .check();
  await understanding
    .getByLabel('What you saw')
    .fill('Noor explained in her own words what would change, in both sessions.');
  const weight = page.getByRole('region', { name: '4. Weight and influence' });
  const wish = (await weight.getByText(/^The child put first: /).textContent())!;
  const first = wish.replace('The child put first: ', '').trim();
  const other = ['Kinship or extended-family care', 'Return and family reunification'].find(
    (o) => o !== first
  )!;
  for (const o of [first, other]) {
    const g = weight.getByRole('group', { name: `Weight of the child’s view: ${o}` });
    await g.getByRole('radio', { name: 'Significant' }).check();
    await g.getByLabel('Reasoning').fill('She understood the option and was consistent.');
  }
  await weight.getByLabel('Recommendation', { exact: true }).selectOption({ label: other });
  await weight.getByLabel('Why this recommendation').fill('The family assessment supports it.');
  await expect(
    weight.getByText('This recommendation is not what the child wished for.')
  ).toBeVisible();
  const audience = page.getByRole('region', { name: 'Audience and feedback' });
  await audience.getByLabel('With whom').fill('Best interests panel, Lakeside');
  await audience.getByRole('button', { name: 'Add', exact: true }).click();
  await audience
    .getByLabel(/^Because/)
    .fill('Your mother is ready, and you can still visit Aunt Rima.');
  await page
    .getByRole('region', { name: 'Community' })
    .getByLabel('Opportunities for the child to keep sharing views')
    .fill('The children’s group at the Riverside centre, every Friday.');
  const confirms = page.getByRole('checkbox', { name: 'I confirm this part is complete' });
  for (let i = 0; i < 8; i++) await confirms.nth(i).check();

  // Completing needs the reason for departing from the child's wish.
  const signoff = page.getByRole('region', { name: 'Sign-off' });
  await signoff.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(signoff.getByRole('status')).toHaveText(/^Saved\./);
  await signoff.getByRole('button', { name: 'Mark complete and sign' }).click();
  await expect(signoff.getByRole('alert')).toHaveText(
    'Say why the recommendation departs from the child’s wish.'
  );
  await weight
    .getByLabel('Why it departs from the child’s wish')
    .fill('Return keeps her with her mother; Noor will keep seeing her aunt every month.');
  await signoff.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(signoff.getByRole('status')).toHaveText(/^Saved\./);

  // Feedback to the child, in child mode, and her answer.
  await audience.getByRole('button', { name: 'Tell Noor' }).click();
  const tell = page.getByRole('dialog', { name: 'Hand the tablet to the child' });
  await tell.getByRole('textbox', { name: 'PIN for this hand-over' }).fill('2468');
  await tell.getByRole('button', { name: 'Start child mode' }).click();
  await expect(page.getByTestId('feedback-mode')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What happens next' })).toBeVisible();
  await expect(
    page.getByText('You said: “I want to live with Aunt Rima and go to my school”')
  ).toBeVisible();
  await expect(
    page.getByText('Your mother is ready, and you can still visit Aunt Rima.')
  ).toBeVisible();
  await expect(page.getByRole('img', { name: 'Your drawing' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await keepScreenshot(page, 'test-results/screens/feedback-child.png', { fullPage: true });
  // Read aloud by the device's voice, sentence by sentence, the decision's "because" last.
  await page.getByRole('button', { name: /^Listen/ }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken.at(-1)))
    .toBe('Your mother is ready, and you can still visit Aunt Rima.');
  await page.getByRole('radio', { name: 'I want to say more' }).click();
  await page.getByLabel(/What you want to tell us/).fill('Can I visit Aunt Rima at Eid?');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { name: /Thank you for telling us/ })).toBeVisible();
  await page.getByRole('button', { name: 'For grown-ups' }).click();
  await page
    .getByRole('dialog')
    .getByLabel(/PIN or passphrase/)
    .fill('2468');
  await page.getByRole('dialog').getByRole('button', { name: 'Leave child mode' }).click();
  await expect(
    page.getByRole('heading', { name: 'Record of Noor’s views', level: 1 })
  ).toBeVisible();
  await expect(audience).toContainText('Wants to say more');
  await expect(audience).toContainText('Can I visit Aunt Rima at Eid?');

  // Sign-off locks the version; a supervisor countersigns; every change is in the audit.
  await signoff.getByRole('button', { name: 'Mark complete and sign' }).click();
  await expect(signoff.getByText('This version is complete and locked.')).toBeVisible();
  await expect(signoff).toContainText('Complete. Signed by Lena Ortiz');
  await signoff.getByLabel('Supervisor’s name').fill('Jo Marsh');
  await signoff.getByRole('button', { name: 'Countersign' }).click();
  await expect(signoff).toContainText('Countersigned by Jo Marsh');
  await expect(page.getByLabel('What you saw')).toBeDisabled();
  await signoff.getByText(/^Changes \(\d+\)$/).click();
  await expect(
    signoff.getByRole('row', { name: /Why it departs from the child’s wish/ })
  ).toBeVisible();
  for (const p of ['Space', '1. Information given', '2. Views obtained', '4. Weight and influence'])
    await expect(
      page.getByRole('region', { name: p }).getByText('Done', { exact: true })
    ).toBeVisible();
  await keepScreenshot(page, 'test-results/screens/record.png', { fullPage: true });

  // Right to left: the record in Arabic passes axe too.
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await chooseLanguage(page, 'العربية');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Noor');
  expect(await seriousViolations(page)).toEqual([]);
  await keepScreenshot(page, 'test-results/screens/record-ar.png', { fullPage: true });
  await page.getByRole('navigation').getByRole('link', { name: 'الإعدادات' }).click();
  await chooseLanguage(page, 'English');
  await page.goBack();
  await expect(
    page.getByRole('heading', { name: 'Record of Noor’s views', level: 1 })
  ).toBeVisible();

  // The report, printed to an A4 PDF.
  await page.getByRole('link', { name: 'Printable report' }).click();
  const hash = page.getByTestId('content-hash');
  await expect(hash).toHaveText(/^[0-9a-f]{64}$/);
  await expect(page.getByRole('img', { name: /A drawing by the child/ })).toBeVisible();
  await expect(page.getByText('I want to live with Aunt Rima and go to my school')).toBeVisible();
  await expect(page.getByText('Nothing was left out.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await keepScreenshot(page, 'test-results/screens/report-print.png', { fullPage: true });
  const pdf = await page.pdf({ format: 'A4', path: 'test-results/screens/report.pdf' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });

  // The JSON export validates against the schema, and its hash is over its content.
  await page.getByRole('link', { name: 'Back to the record' }).click();
  let download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the record (JSON)' }).click();
  const exported = await saved(await download);
  const validation = new Validator(schema, '2020-12', false).validate(exported.json);
  expect(validation.errors).toEqual([]);
  const { contentHash, ...content } = exported.json;
  expect(createHash('sha256').update(canonical(content)).digest('hex')).toBe(contentHash);
  expect((exported.json.case as { externalRef: string }).externalRef).toBe('CP-TEST-0042');
  expect((exported.json.drawings as unknown[]).length).toBe(1);

  download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export for Primero' }).click();
  const primero = (await saved(await download)).json as {
    data: Record<string, unknown>;
    attachments: unknown[];
  };
  expect(primero.data).toMatchObject({
    case_id_display: 'CP-TEST-0042',
    consent_for_services: true,
    consent_for_tracing: true,
    consent_source: 'legal_guardian',
    heard_record_hash: expect.stringMatching(/^[0-9a-f]{64}$/)
  });
  expect(primero.attachments).toHaveLength(1);

  // Import: a tampered copy is refused and changes nothing; the real one round-trips.
  const tamperedPath = `${exported.path}.tampered.json`;
  const tampered = structuredClone(exported.json) as {
    record: { assessment: { community: string } };
  };
  tampered.record.assessment.community = 'Something else';
  writeFileSync(tamperedPath, JSON.stringify(tampered));
  await page.getByRole('link', { name: 'Cases' }).click();
  await page.getByRole('link', { name: 'Imported records' }).click();
  const file = page.locator('input[type="file"]');
  await file.setInputFiles(tamperedPath);
  await expect(page.getByRole('alert')).toHaveText(/its fingerprint does not match/);
  await expect(page.getByText('No imported records.')).toBeVisible();
  await file.setInputFiles(exported.path);
  await expect(page.getByText('The record of Noor was imported.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Open' }).click();
  await expect(page.getByTestId('content-hash')).toHaveText(contentHash as string);
  await expect(page.getByText('Can I visit Aunt Rima at Eid?')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Nothing of the record, the feedback or the imported copy is kept in plaintext.
  const raw = await dumpStorage(page);
  for (const secret of [
    'Can I visit Aunt Rima at Eid?',
    'every Friday',
    'Return keeps her with her mother',
    'Best interests panel, Lakeside',
    'I want to live with Aunt Rima',
    'CP-TEST-0042'
  ])
    expect(raw).not.toContain(secret);
});
