// Checks every locale file against English: valid JSON, the same keys (plural forms by each
// language's own rules), the same placeholders, and every key the code uses present in English.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages';
import { NAMESPACES, parseResource, type Resource } from './resources';

const ROOT = join(import.meta.dirname, '../../..');
const LOCALES = join(ROOT, 'locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(res: Resource, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(res)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

function load(lang: string, ns: string): Map<string, string> {
  const raw = readFileSync(join(LOCALES, lang, `${ns}.json`), 'utf8');
  const parsed = parseResource(raw);
  if (!parsed) throw new Error(`locales/${lang}/${ns}.json is not valid JSON of strings`);
  return flatten(parsed);
}

const placeholders = (s: string) =>
  [...s.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();
const base = (key: string) => key.replace(PLURAL, '');
const folders = readdirSync(LOCALES).filter((d) => statSync(join(LOCALES, d)).isDirectory());

describe('locale files', () => {
  it('has one folder per language in the language table, and no other', () => {
    expect(folders.sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
  });

  for (const lang of folders) {
    it(`${lang}: has exactly the namespaces of the app, each valid JSON of strings`, () => {
      const files = readdirSync(join(LOCALES, lang)).sort();
      expect(files).toEqual(NAMESPACES.map((ns) => `${ns}.json`).sort());
      for (const ns of NAMESPACES) expect(() => load(lang, ns)).not.toThrow();
    });
  }

  for (const lang of folders.filter((l) => l !== 'en')) {
    for (const ns of NAMESPACES) {
      it(`${lang}/${ns}: has no missing or extra key compared with English`, () => {
        const en = new Set([...load('en', ns).keys()].map(base));
        const other = new Set([...load(lang, ns).keys()].map(base));
        expect({ missing: [...en].filter((k) => !other.has(k)) }).toEqual({ missing: [] });
        expect({ extra: [...other].filter((k) => !en.has(k)) }).toEqual({ extra: [] });
      });

      it(`${lang}/${ns}: has every plural form ${lang} needs, and keeps placeholders`, () => {
        const en = load('en', ns);
        const other = load(lang, ns);
        const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
        const pluralBases = new Set([...en.keys()].filter((k) => PLURAL.test(k)).map(base));
        for (const b of pluralBases) {
          for (const c of categories) expect(other.has(`${b}_${c}`), `${b}_${c}`).toBe(true);
        }
        for (const [key, value] of other) {
          const enValue = en.get(key) ?? en.get(`${base(key)}_other`) ?? '';
          const expected = new Set(placeholders(enValue));
          // A plural form may leave out {{count}} ("one file"), but never invent a placeholder.
          for (const p of placeholders(value))
            expect(expected.has(p), `${key}: {{${p}}}`).toBe(true);
          expected.delete('count');
          for (const p of expected) expect(placeholders(value), key).toContain(p);
        }
      });
    }
  }
});

describe('keys used in the code', () => {
  const sources: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|svelte)$/.test(entry) && !entry.endsWith('.spec.ts')) sources.push(path);
    }
  };
  walk(join(ROOT, 'src'));

  const en = new Map(NAMESPACES.map((ns) => [ns, load('en', ns)]));
  const exists = (ns: string, key: string) => {
    const keys = en.get(ns as (typeof NAMESPACES)[number]);
    if (!keys) return false;
    return [...keys.keys()].some((k) => k === key || base(k) === key || k.startsWith(`${key}.`));
  };
  const split = (full: string): [string, string] =>
    full.includes(':') ? (full.split(':', 2) as [string, string]) : ['common', full];

  it('finds translation calls to check', () => {
    expect(sources.length).toBeGreaterThan(5);
  });

  it('uses only keys that exist in English', () => {
    const missing: string[] = [];
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([^']+)'/g)) {
        const [ns, key] = split(m[1]!);
        if (!exists(ns, key)) missing.push(`${relative(ROOT, file)}: ${m[1]}`);
      }
      // Template keys such as `ns:a.b.${x}`: the fixed part must name a group in English.
      for (const m of text.matchAll(/\bt\(\s*`([^`$]+)\$\{/g)) {
        const [ns, key] = split(m[1]!.replace(/\.$/, ''));
        if (!exists(ns, key)) missing.push(`${relative(ROOT, file)}: ${m[1]}…`);
      }
      // Nav tables and error keys written as literals: key: 'nav.home', i18nKey `storage.errors.x`
      for (const m of text.matchAll(/\bkey: '([^']+)'/g)) {
        const [ns, key] = split(m[1]!);
        if (!exists(ns, key)) missing.push(`${relative(ROOT, file)}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
