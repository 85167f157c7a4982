import { expect, test } from './fixtures';
import { dumpStorage } from './storage-dump';
import {
  addCase,
  createSpace,
  giveAssent,
  handOver,
  handToGuardian,
  keepChoices,
  planSession,
  guardianConsents,
  throughCard
} from './workspace';

const MARKS = {
  alias: 'Zephyrina-alias-7Q',
  caregiver: 'Quillon-caregiver-3X',
  ref: 'REF-MARK-88Z1',
  notes: 'Vexmoor-notes-secret',
  place: 'Plorbank-place-55',
  who: 'Grindlewood-who-21',
  stopReason: 'Tralloway-reason-09',
  draft: 'Mossquartz-draft-77'
};

test('child data never reaches IndexedDB, Cache Storage or localStorage in plaintext', async ({
  page
}) => {
  await createSpace(page);
  await addCase(page, {
    alias: MARKS.alias,
    caregiver: MARKS.caregiver,
    ref: MARKS.ref,
    notes: MARKS.notes
  });
  await expect(page.getByText(MARKS.notes)).toBeVisible();
  // A session with its facts and the child's reason for stopping.
  await page.getByRole('link', { name: 'Plan a session' }).click();
  await page.getByRole('textbox', { name: 'Place' }).fill(MARKS.place);
  await page.getByRole('checkbox', { name: 'Foster care' }).check();
  await page.getByRole('textbox', { name: 'Who the child would live with' }).fill(MARKS.who);
  await page.getByRole('button', { name: 'Save the plan' }).click();
  await page.getByText('Set the state by hand').click();
  await page.getByRole('button', { name: 'Start the session' }).click();
  await page.getByLabel(/If the child stopped/).fill(MARKS.stopReason);
  await page.getByRole('button', { name: 'The child stopped the session' }).click();
  await expect(page.getByText(MARKS.stopReason)).toBeVisible();
  // An unsaved draft of a new case.
  await page.getByRole('link', { name: 'Cases', exact: true }).click();
  await page.getByRole('link', { name: 'New case' }).click();
  await page.getByRole('textbox', { name: 'Your notes' }).fill(MARKS.draft);
  // Wait until the autosaved draft is in the store (it is written after a pause in typing).
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const r = indexedDB.open('heard');
        r.onsuccess = () => {
          const q = r.result.transaction('records').objectStore('records').index('byProfileKind');
          const all = q.getAll();
          all.onsuccess = () => {
            resolve(all.result.some((x: { kind: string }) => x.kind === 'draft'));
            r.result.close();
          };
        };
      })
  );

  const dump = await dumpStorage(page);

  // The scan really read the stores: the profile's display name is there (it is not child data).
  expect(dump).toContain('Ana Ruiz');
  expect(dump.length).toBeGreaterThan(1000);
  for (const [field, mark] of Object.entries(MARKS)) {
    expect(dump.includes(mark), `${field} found in plaintext`).toBe(false);
  }
});

test('a record altered outside Heard is reported, never shown as data', async ({ page }) => {
  await createSpace(page);
  await addCase(page, { alias: 'Noor' });
  await page.getByRole('link', { name: 'Cases', exact: true }).click();
  await addCase(page, { alias: 'Yonas' });
  const caseUrl = new URL(page.url()).pathname;
  // Flip one byte of Yonas's ciphertext, as a tampering tool or a damaged disk would.
  await page.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        const r = indexedDB.open('heard');
        r.onsuccess = () => {
          const store = r.result.transaction('records', 'readwrite').objectStore('records');
          const all = store.getAll();
          all.onsuccess = () => {
            const rec = all.result.find((x: { id: string }) => x.id.endsWith(`/case/${id}`));
            const bytes = new Uint8Array(rec.data.slice(0));
            bytes[5]! ^= 0xff;
            store.put({ ...rec, data: bytes.buffer }).onsuccess = () => resolve();
          };
        };
        r.onerror = () => reject(r.error);
      }),
    caseUrl.split('/').pop()!
  );
  await page.getByRole('link', { name: 'Cases', exact: true }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: '1 case could not be opened' })
  ).toBeVisible();
  await expect(page.getByRole('link', { name: /Noor/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Yonas/ })).toHaveCount(0);
  await page.getByRole('link', { name: /Noor/ }).click();
  await expect(page.getByRole('heading', { name: 'Noor', level: 1 })).toBeVisible();
});

test('what the child makes in child mode never reaches storage in plaintext', async ({ page }) => {
  // A whole flow in a real browser: long by nature.
  test.setTimeout(60_000);
  const CHILD = {
    alias: 'Brimbleford-child-4K',
    person: 'Snorrevik-person-2P',
    house: 'Quaxalot-house-6R',
    words: 'Zindelmoor-words-8T',
    about: 'Glimmerhaw-about-5D',
    reason: 'Plimvaster-reason-1Y'
  };
  await createSpace(page);
  await addCase(page, { alias: CHILD.alias, birth: '2010-01-01' });
  await planSession(page, {
    options: [{ name: 'Foster care' }],
    add: ['circles', 'three-houses']
  });
  await handOver(page);
  await giveAssent(page, '13-17');
  await page.getByRole('button', { name: 'Happy', exact: true }).click();
  await page.getByLabel("Something I'm good at").fill(CHILD.about);
  await page.getByRole('button', { name: 'Save and go on' }).click();
  await throughCard(page);
  await page.getByRole('button', { name: 'Write it' }).click();
  await page.getByLabel('My words').fill(CHILD.words);
  await page.getByRole('button', { name: 'Keep my words' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: "I'm finished" }).click();
  await page.getByRole('button', { name: 'This is my order' }).click();
  await keepChoices(page);
  await page.getByRole('button', { name: 'Happy', exact: true }).click();
  await page.getByRole('button', { name: 'Add a person' }).click();
  await page.getByLabel('Name').fill(CHILD.person);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('button', { name: 'Very close to me' }).click();
  await page.getByRole('button', { name: "That's everyone" }).click();
  await page.getByLabel('Words in this house').fill(CHILD.house);
  await page.getByRole('button', { name: 'Keep this house' }).click();
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByLabel("Do you want to say why? You don't have to.").fill(CHILD.reason);
  await page.getByRole('button', { name: 'Yes, stop' }).click();
  await expect(page.getByRole('heading', { name: /Thank you for today/ })).toBeVisible();

  const dump = await dumpStorage(page);
  expect(dump).toContain('heard.childMode');
  expect(dump.length).toBeGreaterThan(1000);
  // The child's assent is stored, and what they decided is as unreadable as the rest.
  expect(dump).toContain('/consent/');
  // (The app's own code names the scopes; the stored data must not.)
  const data = await dumpStorage(page, { appCode: false });
  for (const scope of ['keep-voice', 'share-guardian', 'take-part'])
    expect(data.includes(scope), `${scope} found in plaintext`).toBe(false);
  for (const [field, mark] of Object.entries(CHILD)) {
    expect(dump.includes(mark), `${field} found in plaintext`).toBe(false);
  }
});

/** Runs a function over the raw `records` store, as a tool with the tablet's files could. */
async function rawRecords(
  page: import('@playwright/test').Page,
  action: 'keep-case' | 'put-back' | 'delete-latest-consent',
  caseId = ''
) {
  await page.evaluate(
    ([action, caseId]) =>
      new Promise<void>((resolve, reject) => {
        const w = window as unknown as { __kept?: unknown };
        const r = indexedDB.open('heard');
        r.onerror = () => reject(r.error);
        r.onsuccess = () => {
          const tx = r.result.transaction('records', 'readwrite');
          const store = tx.objectStore('records');
          const all = store.getAll();
          all.onsuccess = () => {
            const rows = all.result as { id: string; kind: string; updatedAt: string }[];
            if (action === 'keep-case')
              w.__kept = rows.find((x) => x.id.endsWith(`/case/${caseId}`));
            if (action === 'put-back') store.put(w.__kept);
            if (action === 'delete-latest-consent') {
              const latest = rows
                .filter((x) => x.kind === 'consent')
                .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
                .pop()!;
              store.delete(latest.id);
            }
          };
          tx.oncomplete = () => {
            r.result.close();
            resolve();
          };
        };
      }),
    [action, caseId] as const
  );
}

test('a record put back to an older version of itself is reported, never shown as data', async ({
  page
}) => {
  await createSpace(page);
  await addCase(page, { alias: 'Noor', notes: 'Met on Monday' });
  const caseId = new URL(page.url()).pathname.split('/').pop()!;
  await rawRecords(page, 'keep-case', caseId);
  await page.locator('main a[href$="/edit"]').first().click();
  await page.getByRole('textbox', { name: 'Your notes' }).fill('Met on Tuesday');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Met on Tuesday')).toBeVisible();

  // The older ciphertext, itself valid, is written back over the newer one.
  await rawRecords(page, 'put-back');
  await page.getByRole('link', { name: 'Cases', exact: true }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: '1 case could not be opened' })
  ).toBeVisible();
  await expect(page.getByRole('link', { name: /Noor/ })).toHaveCount(0);
});

test('a withdrawal deleted outside Heard never turns the decision back into "Given"', async ({
  page
}) => {
  await createSpace(page);
  await addCase(page, { alias: 'Samir' });
  await planSession(page);
  await handToGuardian(page, 'en');
  await guardianConsents(page, { child: 'Samir', relation: 'Aunt' });
  await page.getByRole('link', { name: 'Samir' }).first().click();

  const consents = page.getByRole('region', { name: 'Assent and consent' });
  const row = consents.getByRole('row', { name: /Guardian: family tracing/ });
  await row.getByRole('button', { name: /Record a withdrawal/ }).click();
  await page
    .getByRole('dialog', { name: 'Record a withdrawal' })
    .getByRole('button', { name: 'Record the withdrawal' })
    .click();
  await expect(row).toContainText('Withdrawn');

  await rawRecords(page, 'delete-latest-consent');
  await page.getByRole('link', { name: 'Cases', exact: true }).click();
  await page.getByRole('link', { name: /Samir/ }).click();
  await expect(
    consents.getByRole('alert').filter({ hasText: 'These records were changed outside Heard' })
  ).toBeVisible();
  await expect(row).toContainText('Cannot be trusted');
  await expect(consents.getByText('Given', { exact: true })).toHaveCount(0);
  await expect(consents.getByRole('button', { name: /Record a withdrawal/ })).toHaveCount(0);
});
