// The option catalog: every option is explained to every band it is for, in every section,
// in every language; case facts go in as text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGES } from '$lib/i18n/languages';
import { I18nState } from '$lib/i18n/i18n.svelte';
import { CARD_SECTIONS, cardSections, OPTION_KINDS, optionBands } from '$lib/domain/options';
import { buildCard } from './definition';

const LOCALES = join(import.meta.dirname, '../../../../locales');
type Tree = { [k: string]: string | Tree };
const load = (lang: string, ns: string) =>
  JSON.parse(readFileSync(join(LOCALES, lang, `${ns}.json`), 'utf8')) as Tree;
const at = (tree: Tree, path: string[]): unknown =>
  path.reduce<unknown>((node, k) => (node as Tree | undefined)?.[k], tree);

describe('option catalog', () => {
  for (const { code } of LANGUAGES) {
    it(`${code}: explains every option to every band it is for, in every section`, () => {
      const options = load(code, 'options');
      const guardian = load(code, 'guardian');
      const missing: string[] = [];
      for (const kind of OPTION_KINDS) {
        for (const band of optionBands(kind))
          for (const section of cardSections(band)) {
            const text = at(options, [kind, band, section]);
            if (typeof text !== 'string' || !text.trim())
              missing.push(`${kind}.${band}.${section}`);
          }
        for (const section of CARD_SECTIONS) {
          const text = at(guardian, ['options', kind, section]);
          if (typeof text !== 'string' || !text.trim()) missing.push(`guardian ${kind}.${section}`);
        }
      }
      expect(missing).toEqual([]);
    });
  }

  it('does not explain supported independent living to children under 13', () => {
    expect(optionBands('independent-living')).toEqual(['13-17']);
    expect(load('en', 'options')['independent-living']).not.toHaveProperty('9-12');
  });
});

/** The app's English texts, as the card builder gets them. */
async function english(): Promise<I18nState> {
  vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => {}, removeItem: () => {} });
  vi.stubGlobal('navigator', { languages: ['en'] });
  const i18n = new I18nState();
  await i18n.init();
  await i18n.ready();
  return i18n;
}

describe('an option card', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('puts the case facts in as plain text, never as markup', async () => {
    const i18n = await english();
    const card = buildCard(
      i18n.t,
      {
        kind: 'kinship-care',
        who: '<img src=x onerror=alert(1)>',
        where: 'Hill & Vale',
        notes: ''
      },
      '6-8'
    );
    expect(card.facts).toBe('You would live with <img src=x onerror=alert(1)> in Hill & Vale.');
    expect(card.parts.map((p) => p.section)).toEqual([...CARD_SECTIONS]);
    expect(card.shown).toContain(card.facts);
  });

  it('leaves out the facts sentence when there are no facts, and adds pros, cons and a timeline for teenagers', async () => {
    const i18n = await english();
    const card = buildCard(
      i18n.t,
      { kind: 'resettlement', who: ' ', where: '', notes: '' },
      '13-17'
    );
    expect(card.facts).toBeNull();
    expect(card.parts.map((p) => p.section)).toContain('timeline');
    expect(card.parts.every((p) => p.text && !p.text.startsWith('options:'))).toBe(true);
  });
});
