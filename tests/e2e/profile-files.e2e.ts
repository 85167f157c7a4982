// Child data must never reach the browser's own files: not the autofill database, not the
// session-restore files, not History. A persistent Chromium profile is filled through every kind
// of field the case manager and the guardian type into, then locked and closed, and the whole
// profile directory is searched for the planted marks in UTF-8 and UTF-16.
import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium.mjs';
import { APP_ORIGIN, expect, test, watchForeignRequests } from './fixtures';
import { addCase, createSpace, guardianConsents, handToGuardian, lockNow } from './workspace';

const MARKS = {
  alias: 'Zorvandel',
  caregiver: 'Quillobar',
  ref: 'REFMARK4417',
  notes: 'Vexmoorish notes',
  notesArabic: 'ملاحظةسرية',
  search: 'Zorvandelsearch',
  place: 'Plorbankroom',
  who: 'Grindlewoodaunt',
  stopReason: 'Tralloway tired',
  observation: 'Snorrevik observed',
  withdrawal: 'Mossquartz private',
  noGuardian: 'Brimbleford hospital',
  guardianName: 'Quaxalotname',
  guardianRelation: 'Glimmerhawaunt',
  refusal: 'Plimvaster refusal',
  understanding: 'Yarrowind understood',
  reasoning: 'Thistlebek reasoning',
  recommendation: 'Corvanite recommend',
  because: 'Lumberquay because',
  community: 'Fennimore group',
  audience: 'Ostrevane panel'
};

/** Every file under a directory (the profile is small: a few hundred files). */
function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isDirectory()) out.push(...files(path));
    else if (st.isFile()) out.push(path);
  }
  return out;
}

/** The marks found in any file of the profile, as `mark in file`. */
function grepProfile(dir: string, marks: Record<string, string>): string[] {
  const needles = Object.entries(marks).flatMap(([field, mark]) => [
    { field, bytes: Buffer.from(mark, 'utf8') },
    { field, bytes: Buffer.from(mark, 'utf16le') }
  ]);
  const hits: string[] = [];
  for (const file of files(dir)) {
    const data = readFileSync(file);
    for (const n of needles)
      if (data.includes(n.bytes)) hits.push(`${n.field} in ${file.slice(dir.length)}`);
  }
  return hits;
}

async function fillCaseManagerFields(page: Page) {
  await createSpace(page);
  await addCase(page, {
    alias: MARKS.alias,
    caregiver: MARKS.caregiver,
    ref: MARKS.ref,
    notes: `${MARKS.notes} ${MARKS.notesArabic}`
  });
  await page.getByRole('link', { name: 'Cases', exact: true }).click();
  await page.getByLabel('Search by name or reference').fill(MARKS.search);
  await expect(page.getByRole('status').filter({ hasText: '0 cases' })).toBeVisible();
  expect(page.url()).not.toContain(MARKS.search);
  // A reload would lock the space: move on by links, as the case manager does.
  await page.getByLabel('Search by name or reference').fill(MARKS.alias);
  await page.getByRole('link', { name: new RegExp(MARKS.alias) }).click();

  // A session with its facts, an observation and the child's reason for stopping.
  await page.getByRole('link', { name: 'Plan a session' }).click();
  await page.getByRole('textbox', { name: 'Place' }).fill(MARKS.place);
  await page.getByRole('checkbox', { name: 'Foster care' }).check();
  await page.getByRole('textbox', { name: 'Who the child would live with' }).fill(MARKS.who);
  await page.getByRole('button', { name: 'Save the plan' }).click();
  await expect(page.getByTestId('session-state')).toBeVisible();
  await page.getByLabel('Observation', { exact: true }).fill(MARKS.observation);
  await page.getByRole('button', { name: 'Add the observation' }).click();
  await expect(page.getByText(MARKS.observation)).toBeVisible();
  await page.getByText('Set the state by hand').click();
  await page.getByRole('button', { name: 'Start the session' }).click();
  await page.getByLabel(/If the child stopped/).fill(MARKS.stopReason);
  await page.getByRole('button', { name: 'The child stopped the session' }).click();
  await expect(page.getByText(MARKS.stopReason)).toBeVisible();

  // The guardian's name, relation and a refusal reason, given in guardian mode.
  await handToGuardian(page, 'en');
  await guardianConsents(page, {
    child: MARKS.alias,
    relation: MARKS.guardianRelation,
    name: MARKS.guardianName,
    refuseFirst: MARKS.refusal
  });

  // A withdrawal with the guardian's words, and "no guardian" with its details.
  await page.getByRole('link', { name: MARKS.alias }).first().click();
  const consents = page.getByRole('region', { name: 'Assent and consent' });
  await consents
    .getByRole('button', { name: /Record a withdrawal/ })
    .first()
    .click();
  const withdraw = page.getByRole('dialog', { name: 'Record a withdrawal' });
  await withdraw.getByLabel('What they said, if anything (optional)').fill(MARKS.withdrawal);
  await withdraw.getByRole('button', { name: 'Record the withdrawal' }).click();
  await expect(consents).toContainText(MARKS.withdrawal);
  await consents.getByRole('button', { name: 'Record that there is no guardian' }).click();
  const none = page.getByRole('dialog', { name: 'There is no guardian to ask' });
  await none.getByRole('radio', { name: 'Another reason (say which)' }).check();
  await none.getByLabel('Details').fill(MARKS.noGuardian);
  await none.getByRole('button', { name: 'Record it' }).click();
  await expect(consents).toContainText(MARKS.noGuardian);

  // The record: understanding, weight, recommendation, feedback, community, audience.
  await page.getByRole('link', { name: 'Open the record' }).click();
  await page.getByLabel('What you saw').fill(MARKS.understanding);
  const weight = page.getByRole('region', { name: '4. Weight and influence' });
  await weight.getByLabel('Reasoning').first().fill(MARKS.reasoning);
  await weight.getByLabel('Why this recommendation').fill(MARKS.recommendation);
  const audience = page.getByRole('region', { name: 'Audience and feedback' });
  await audience.getByLabel('With whom').fill(MARKS.audience);
  await audience.getByLabel(/^Because/).fill(MARKS.because);
  await page
    .getByRole('region', { name: 'Community' })
    .getByLabel('Opportunities for the child to keep sharing views')
    .fill(MARKS.community);
  const signoff = page.getByRole('region', { name: 'Sign-off' });
  await signoff.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(signoff.getByRole('status')).toHaveText(/^Saved\./);
}

test('nothing typed about a child reaches the browser profile: autofill, session restore, history', async () => {
  // A whole case, a guardian hand-over and a record, then a browser restart: long by nature.
  test.setTimeout(60_000);
  const dir = mkdtempSync(join(tmpdir(), 'heard-profile-'));
  try {
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      baseURL: APP_ORIGIN,
      viewport: { width: 800, height: 1280 },
      hasTouch: true
    });
    const foreign = watchForeignRequests(context);
    const page = context.pages()[0] ?? (await context.newPage());
    await fillCaseManagerFields(page);
    await lockNow(page);
    await context.close();
    expect(foreign).toEqual([]);

    // The search really read the profile: the app's own origin is in its files.
    const all = files(dir);
    expect(all.length).toBeGreaterThan(20);
    expect(grepProfile(dir, { origin: '127.0.0.1' }).length).toBeGreaterThan(0);
    expect(grepProfile(dir, MARKS)).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
