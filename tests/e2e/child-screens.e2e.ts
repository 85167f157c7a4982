// Every child activity in every band it supports, in English and in Arabic (right to left):
// each screen passes axe and is saved as a screenshot (test-results/screens) to look at.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ACTIVITIES, suggestedPlan } from '../../src/lib/domain/activities';
import type { AgeBand } from '../../src/lib/domain/age';
import { languageOf } from '../../src/lib/i18n/languages';
import { keepScreenshot } from './screens';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { addCase, createSpace, handOver, planSession } from './workspace';

type Tree = { [k: string]: string | Tree };
const child = (lang: string) =>
  JSON.parse(readFileSync(`locales/${lang}/child.json`, 'utf8')) as Tree;
const get = (tree: Tree, path: string) =>
  path.split('.').reduce<Tree | string>((t, k) => (t as Tree)[k]!, tree) as string;

/**
 * Every activity child mode plays in a band, from the catalogue itself: the band's suggested
 * plan, plus whatever the band plays that the plan leaves out. A new activity joins the tour
 * by being catalogued.
 */
function toAdd(band: AgeBand): string[] {
  const planned = new Set(suggestedPlan(band, []).map((a) => a.activity));
  return ACTIVITIES.filter(
    (a) =>
      !('playedBy' in a) &&
      (a.bands as readonly AgeBand[]).includes(band) &&
      !planned.has(a.id) &&
      // One option card per option is planned already; its instance needs an option.
      !('perOption' in a)
  ).map((a) => a.id);
}

const BANDS = [
  { band: '3-5', birth: '2022-03-01' },
  { band: '6-8', birth: '2019-02-01' },
  { band: '9-12', birth: '2016-01-15' },
  { band: '13-17', birth: '2011-06-20' }
].map((b) => ({ ...b, add: toAdd(b.band as AgeBand) }));

/** Does the least an activity needs to finish, with the words the child sees. */
async function finish(page: Page, L: Tree, activity: string, shot: string) {
  const button = (key: string, exact = true) =>
    page.getByRole('button', { name: get(L, key), exact });
  const key = await page.locator('.activity').getAttribute('data-key');
  const still = async () => (await page.locator(`.activity[data-key="${key}"]`).count()) > 0;
  switch (activity) {
    case 'feelings-check-in':
      return button('notSay').click();
    case 'choose-buddy':
      await button('pictures.cat').click();
      return button('next').click();
    case 'free-drawing':
    case 'own-words':
      return button('finished').click();
    case 'drawing-prompt':
      await button('draw.prompts.family').click();
      return button('finished').click();
    case 'about-me':
      return button('aboutMe.save').click();
    case 'circles':
      return button('circles.done').click();
    case 'ranking':
      return button('ranking.save').click();
    case 'three-houses':
      await button('houses.keep').click();
      return button('finished').click();
    case 'child-assent':
      // Every answer yes, in the band's own way; the screens on the way are scanned too.
      for (let i = 0; i < 30 && (await still()); i++) {
        const done = button('assent.confirm.done');
        if ((await done.isVisible().catch(() => false)) && (await done.isEnabled())) {
          await done.click();
          continue;
        }
        for (const k of [
          'assent.revisit.keep',
          'assent.witness.button',
          'assent.confirm.tap',
          'assent.behaviour.yes',
          'assent.yes',
          'assent.check.yes',
          'next'
        ]) {
          const b = button(k);
          if (await b.isVisible().catch(() => false)) {
            if (i === 2 || i === 6) {
              expect(await seriousViolations(page), `assent in ${activity}`).toEqual([]);
              await keepScreenshot(page, `${shot}-${i}.png`);
            }
            await b.first().click();
            // The witness saves the answers: wait until they are kept before looking again.
            if (k === 'assent.witness.button') await expect(b).toHaveCount(0);
            break;
          }
        }
      }
      return;
    case 'explain-option':
      // Through the card; the first picture for each question (a wrong one leads back once).
      for (let i = 0; i < 40 && (await still()); i++) {
        let clicked = false;
        for (const k of ['explain.seen', 'explain.ask.done', 'explain.lookAgain']) {
          const b = button(k);
          if (await b.isVisible().catch(() => false)) {
            await b.first().click();
            clicked = true;
            break;
          }
        }
        if (clicked) continue;
        const question = page.locator('.question [role="group"] button').first();
        if (await question.isVisible().catch(() => false)) {
          expect(await seriousViolations(page), 'teach-back').toEqual([]);
          await keepScreenshot(page, `${shot}-question-${i}.png`);
          await question.click();
          continue;
        }
        await button('next').first().click();
      }
      return;
    default:
      // The sorting mat and likes: answer card after card until the activity moves on.
      for (let i = 0; i < 80 && (await still()); i++) {
        for (const key of ['start', 'next', 'mat.columns.like', 'notSay', 'skip']) {
          const b = button(key);
          if (await b.isVisible().catch(() => false)) {
            await b.first().click();
            break;
          }
        }
      }
  }
}

// Every band in English and Arabic (left to right, right to left); the youngest band also in
// Amharic (Ethiopic script, taller lines). tests/e2e/languages.e2e.ts covers a child screen in
// every language, Dari included, so the suite stays within its 15 minutes.
const RUNS = BANDS.flatMap((b) =>
  (b.band === '3-5' ? ['en', 'ar', 'am'] : ['en', 'ar']).map((lang) => ({ ...b, lang }))
);

for (const { band, birth, add, lang } of RUNS) {
  {
    test(`every activity for ${band} in ${lang} passes axe (screenshots with HEARD_SCREENSHOTS=1)`, async ({
      page
    }) => {
      test.setTimeout(180_000);
      const L = child(lang);
      await createSpace(page);
      await addCase(page, { alias: 'Ayan', birth });
      await planSession(page, {
        language: lang,
        // One option: its card, teach-back and mat round are the screens to see; a card with
        // no facts and two cards in a row are in explain.e2e.ts.
        options: [{ name: 'Kinship or extended-family care', who: 'Aunt Rima', where: 'Hillview' }],
        add
      });
      await handOver(page);
      await expect(page.locator('html')).toHaveAttribute('dir', languageOf(lang).dir);
      const seen: string[] = [];
      await expect(page.locator('.activity')).toBeVisible();
      for (let step = 0; step < 30; step++) {
        const host = page.locator('.activity');
        const done = page.getByRole('heading', {
          name: get(L, 'finishedAll').replace('{{name}}', 'Ayan')
        });
        await expect(host.or(done)).toBeVisible();
        if (await done.isVisible()) break;
        const activity = (await host.getAttribute('data-activity'))!;
        const key = await host.getAttribute('data-key');
        await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
        await keepScreenshot(page, `test-results/screens/${band}-${lang}-${step}-${activity}.png`);
        expect(await seriousViolations(page), `${activity} in ${lang}`).toEqual([]);
        // Nothing runs off the side, held upright or turned.
        for (const size of [
          { width: 1280, height: 800 },
          { width: 800, height: 1280 }
        ]) {
          await page.setViewportSize(size);
          const over = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth
          );
          expect(over, `${activity} sideways at ${size.width}×${size.height}`).toBeLessThanOrEqual(
            0
          );
          // One landscape picture per screen is enough: in English.
          if (size.width > size.height && lang === 'en')
            await keepScreenshot(
              page,
              `test-results/screens/${band}-${lang}-${step}-${activity}-landscape.png`
            );
        }
        seen.push(activity);
        await finish(page, L, activity, `test-results/screens/${band}-${lang}-${step}-${activity}`);
        await expect(page.locator(`.activity[data-key="${key}"]`)).toHaveCount(0);
      }
      // The tour played every activity the band has, each at least once.
      const plays = ACTIVITIES.filter(
        (a) => !('playedBy' in a) && (a.bands as readonly AgeBand[]).includes(band as AgeBand)
      ).map((a) => a.id as string);
      expect([...new Set(seen)].sort()).toEqual(plays.sort());
      await expect(page.getByRole('heading', { level: 2 })).toHaveText(
        get(L, 'finishedAll').replace('{{name}}', 'Ayan')
      );
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}
