import { chooseLanguage, expect, open, test } from './fixtures';
import { addCase, createSpace } from './workspace';

const VIEWPORTS = [
  { name: 'tablet portrait', width: 800, height: 1280 },
  { name: 'tablet landscape', width: 1280, height: 800 },
  { name: 'phone', width: 360, height: 740 }
];
const PATHS = ['/', '/settings', '/about'];

// English, the two right-to-left languages and Ethiopic script.
const LAYOUT_LANGUAGES = [
  { code: 'en', dir: 'ltr' },
  { code: 'ar', dir: 'rtl' },
  { code: 'prs', dir: 'rtl' },
  { code: 'am', dir: 'ltr' }
];

for (const vp of VIEWPORTS) {
  for (const lang of LAYOUT_LANGUAGES) {
    test(`every screen fits a ${vp.name} in ${lang.code} without sideways scrolling, with 48 px targets`, async ({
      page
    }) => {
      await page.addInitScript(
        ([c, d]) => {
          localStorage.setItem('heard.lang', c!);
          localStorage.setItem('heard.dir', d!);
        },
        [lang.code, lang.dir]
      );
      await page.setViewportSize({ width: vp.width, height: vp.height });
      for (const path of PATHS) {
        await open(page, path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth
        );
        expect(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
        const small = await page.evaluate(() =>
          [...document.querySelectorAll('button, a[href], input, select, textarea')]
            .filter((el) => !el.classList.contains('skip'))
            // A checkbox or radio is tapped through its label, which is the target.
            .map((el) =>
              el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')
                ? (el.closest('label') ?? el)
                : el
            )
            .map((el) => ({ el, box: el.getBoundingClientRect() }))
            .filter(({ box }) => box.width > 0 && (box.height < 48 || box.width < 48))
            .map(
              ({ el, box }) =>
                `${el.textContent?.trim() || el.outerHTML.slice(0, 60)} ${box.width}x${box.height}`
            )
        );
        expect(small, `${path}: targets under 48 px`).toEqual([]);
      }
    });
  }
}

test('choosing Arabic turns the page right-to-left and mirrors the layout', async ({ page }) => {
  await open(page, '/');
  const brand = page.getByRole('link', { name: 'Heard' }).first();
  const nav = page.getByRole('navigation');
  const ltrBrand = (await brand.boundingBox())!;
  const ltrNav = (await nav.boundingBox())!;
  expect(ltrBrand.x).toBeLessThan(ltrNav.x);

  await chooseLanguage(page, 'العربية');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  const rtlBrand = (await brand.boundingBox())!;
  const rtlNav = (await nav.boundingBox())!;
  expect(rtlBrand.x).toBeGreaterThan(rtlNav.x);

  // The choice is remembered: a reload starts right-to-left in Arabic.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('button', { name: 'العربية' })).toHaveAttribute(
    'aria-pressed',
    'true'
  );
});

test('the language picker shows each language in its own script and marks the choice', async ({
  page
}) => {
  await open(page, '/');
  const group = page.getByRole('group', { name: 'Choose your language' });
  for (const [name, lang] of [
    ['English', 'en'],
    ['Français', 'fr'],
    ['Español', 'es'],
    ['العربية', 'ar']
  ]) {
    await expect(group.getByRole('button', { name })).toHaveAttribute('lang', lang!);
  }
  await expect(group.getByRole('button', { name: 'English' })).toHaveAttribute(
    'aria-pressed',
    'true'
  );
});

test('keyboard alone reaches every part of the shell', async ({ page }) => {
  await open(page, '/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();

  await page.getByRole('link', { name: 'About' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'About Heard' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'About' })).toHaveAttribute('aria-current', 'page');

  await page.getByRole('link', { name: 'Settings', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('textbox', { name: 'Name of this tablet' }).focus();
  await page.keyboard.type('Tablet 7');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Saved.')).toBeVisible();
});

test('touch works: tapping a language and the navigation', async ({ page }) => {
  await open(page, '/');
  await page.getByRole('button', { name: 'Español' }).tap();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.getByRole('link', { name: /Heard/ }).first().tap();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

for (const vp of VIEWPORTS) {
  test(`workspace screens fit a ${vp.name}, with 48 px targets`, async ({ page }) => {
    await page.setViewportSize({ width: vp.width, height: vp.height });
    await createSpace(page);
    await addCase(page, { alias: 'Noor', ref: 'CP-2026-0042' });
    await page.getByRole('link', { name: 'Plan a session' }).click();
    await page.getByRole('checkbox', { name: 'Foster care' }).check();
    const check = async (what: string) => {
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const problems = await page.evaluate(() => {
        const out: string[] = [];
        const overflow =
          document.documentElement.scrollWidth - document.documentElement.clientWidth;
        if (overflow > 0) out.push(`overflows by ${overflow}px`);
        for (const el of document.querySelectorAll('button, a[href], input, select, textarea')) {
          if (el.classList.contains('skip')) continue;
          // A checkbox or radio is tapped through its label, which is the target.
          const target =
            el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')
              ? (el.closest('label') ?? el)
              : el;
          const box = target.getBoundingClientRect();
          if (box.width > 0 && (box.height < 48 || box.width < 48))
            out.push(
              `${(target.textContent ?? '').trim().slice(0, 40) || target.outerHTML.slice(0, 60)} ${Math.round(box.width)}x${Math.round(box.height)}`
            );
        }
        return out;
      });
      expect(problems, what).toEqual([]);
    };
    await check('session form');
    await page.getByRole('button', { name: 'Save the plan' }).click();
    await check('session page');
    await page.getByRole('link', { name: 'Back to Noor' }).click();
    await check('case page');
    await page.getByRole('link', { name: 'Open the record' }).click();
    await expect(page.getByRole('region', { name: 'Sign-off' })).toBeVisible();
    await check('record');
    await page.getByRole('link', { name: 'Printable report' }).click();
    await expect(page.getByTestId('content-hash')).toBeVisible();
    await check('report');
    await page.getByRole('link', { name: 'Back to the record' }).click();
    await page.getByRole('link', { name: 'Back to Noor' }).click();
    await page.getByRole('link', { name: 'Edit' }).click();
    await check('case form');
    await page.getByRole('link', { name: 'Cases', exact: true }).click();
    await check('case list');
    await page.getByRole('link', { name: 'Imported records' }).click();
    await check('imported records');
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await check('settings, unlocked');
  });
}

test('a long unbroken string wraps on the case page and in the printed report, and a bidi override in a name is removed', async ({
  page
}) => {
  const long = 'Lakeside'.repeat(400);
  const ref = 'CP-' + '7'.repeat(300);
  await createSpace(page);
  await addCase(page, { alias: 'Noor\u202Eabc', ref, notes: long });
  // The override is gone: the name reads as typed, and nothing after it is reversed.
  await expect(page.getByRole('heading', { name: 'Noorabc', level: 1 })).toBeVisible();
  const overflow = () =>
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    );
  expect(await overflow(), 'case page overflows').toBeLessThanOrEqual(0);
  await page.getByRole('link', { name: 'Cases', exact: true }).click();
  await expect(page.getByRole('link', { name: /Noorabc/ })).toBeVisible();
  expect(await overflow(), 'case list overflows').toBeLessThanOrEqual(0);

  await page.getByRole('link', { name: /Noorabc/ }).click();
  await page.getByRole('link', { name: 'Open the record' }).click();
  await page.locator('a[href$="/record/report"]').click();
  await expect(page.getByText(ref)).toBeVisible();
  expect(await overflow(), 'report overflows').toBeLessThanOrEqual(0);
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  expect(await overflow(), 'printed report overflows').toBeLessThanOrEqual(0);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});
