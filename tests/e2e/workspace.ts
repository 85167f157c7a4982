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
  await expect(page.getByRole('heading', { name: c.alias, level: 1 })).toBeVisible();
}

/** Locks the workspace and waits until the start screen is back. */
export async function lockNow(page: Page) {
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { name: 'Who is working?' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lock now' })).toHaveCount(0);
}
