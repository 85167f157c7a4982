// Every language Heard ships: each renders its texts with the bundled Noto font meant for it
// (no system fallback, so no boxes), the start screen and a child activity pass axe, and
// screenshots of both are saved to test-results/languages/ to look at.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { LANGUAGES } from '../../src/lib/i18n/languages';
import { keepScreenshot } from './screens';
import { seriousViolations, useLanguage } from './axe';
import { expect, open, test } from './fixtures';
import { addCase, createSpace, handOver, planSession } from './workspace';

type Tree = { [k: string]: string | Tree };
const strings = (tree: Tree): string[] =>
  Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : strings(v)));
const texts = (code: string, ns: string) =>
  strings(JSON.parse(readFileSync(`locales/${code}/${ns}.json`, 'utf8')) as Tree)
    .map((s) => s.replace(/\{\{[^}]+\}\}/g, ''))
    .join(' ');

/** The fonts Chromium really used to draw a text, by CDP (a fallback font would show here). */
async function fontsUsedFor(page: Page, text: string, family: string, weight: number) {
  await page.evaluate(
    async ([t, f, w]) => {
      const el = document.createElement('div');
      el.id = 'font-probe';
      el.textContent = t!;
      el.style.cssText = `font-family: ${f}; font-size: 20px; font-weight: ${w}`;
      document.body.append(el);
      await document.fonts.ready;
      // Fonts load when text needs them: wait until every face the text needs is in.
      await Promise.all(
        [...document.fonts].map((face) =>
          face.status === 'loading' ? face.loaded.catch(() => undefined) : undefined
        )
      );
      await document.fonts.ready;
    },
    [text, family, String(weight)]
  );
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: '#font-probe'
  });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  // Every character must also be inside the range of a loaded face of the intended families:
  // a character no font has would be drawn as a box and not show in the list above.
  const uncovered = await page.evaluate((f) => {
    const families = f
      .split(',')
      .map((x) => x.trim().replace(/^'|'$/g, ''))
      .filter((x) => x.startsWith('Noto'));
    const ranges = [...document.fonts]
      .filter((face) => families.includes(face.family.replace(/^["']|["']$/g, '')))
      .flatMap((face) =>
        face.unicodeRange.split(',').map((r) => {
          const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
          return [parseInt(a!, 16), parseInt(b ?? a!, 16)] as const;
        })
      );
    const text = document.getElementById('font-probe')!.textContent!;
    const missing = new Set<string>();
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (/\s/.test(ch)) continue;
      if (!ranges.some(([a, b]) => cp >= a && cp <= b)) missing.add(`U+${cp.toString(16)} ${ch}`);
    }
    document.getElementById('font-probe')?.remove();
    return [...missing];
  }, family);
  await cdp.detach();
  return { fonts, uncovered };
}

for (const lang of LANGUAGES) {
  test(`${lang.code}: every string is drawn with its bundled Noto font, no fallback`, async ({
    page
  }) => {
    await useLanguage(page, lang.code, lang.dir);
    await open(page, '/');
    for (const ns of ['common', 'caseworker', 'child']) {
      for (const weight of [400, 700]) {
        const { fonts, uncovered } = await fontsUsedFor(
          page,
          texts(lang.code, ns),
          lang.fontFamily,
          weight
        );
        const fallback = fonts.filter((f) => !f.isCustomFont || !f.familyName.startsWith('Noto'));
        expect(fallback, `${lang.code}/${ns} ${weight}: ${JSON.stringify(fonts)}`).toEqual([]);
        expect(uncovered, `${lang.code}/${ns}: characters no bundled font has`).toEqual([]);
      }
    }
  });

  test(`${lang.code}: the start screen and a child activity pass axe (screenshots with HEARD_SCREENSHOTS=1)`, async ({
    page
  }) => {
    // A space, a case, a plan and a hand-over in each language: long by nature.
    test.setTimeout(60_000);
    await useLanguage(page, lang.code, lang.dir);
    await open(page, '/');
    await expect(page.locator('html')).toHaveAttribute('dir', lang.dir);
    await expect(page.locator('html')).toHaveAttribute('lang', lang.code);
    await page.evaluate(() => document.fonts.ready);
    await keepScreenshot(page, `test-results/languages/${lang.code}-start.png`);
    expect(await seriousViolations(page)).toEqual([]);

    // The case manager works in English; the child's session is in this language.
    await useLanguage(page, 'en', 'ltr');
    await createSpace(page);
    await addCase(page, { alias: 'Ayan', birth: '2018-05-05' });
    await planSession(page, { language: lang.code });
    await handOver(page);
    await expect(page.locator('html')).toHaveAttribute('lang', lang.code);
    await expect(page.locator('html')).toHaveAttribute('dir', lang.dir);
    const child = JSON.parse(readFileSync(`locales/${lang.code}/child.json`, 'utf8'));
    // The child's first screen is the assent, in their language.
    await expect(page.getByRole('heading', { name: child.assent.title })).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    await keepScreenshot(page, `test-results/languages/${lang.code}-assent.png`);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the language picker shows every language in its own script with a bundled font', async ({
  page
}) => {
  await open(page, '/');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  await page.evaluate(() => document.fonts.ready);
  const { root } = await cdp.send('DOM.getDocument');
  for (const lang of LANGUAGES) {
    const button = page.getByRole('button', { name: lang.nativeName, exact: true });
    await expect(button).toBeVisible();
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: `button[lang="${lang.code}"]`
    });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(
      fonts.every((f) => f.isCustomFont),
      `${lang.code}: ${JSON.stringify(fonts)}`
    ).toBe(true);
    expect(fonts.length, lang.code).toBeGreaterThan(0);
  }
});
