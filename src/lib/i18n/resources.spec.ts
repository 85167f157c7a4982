import { describe, expect, it } from 'vitest';
import {
  EAGER_NAMESPACES,
  englishBundle,
  LAZY_NAMESPACES,
  loadBundle,
  NAMESPACES,
  parseResource
} from './resources';

describe('parseResource', () => {
  it('accepts a nested tree of strings', () => {
    expect(parseResource('{"a":"A","b":{"c":"C"}}')).toEqual({ a: 'A', b: { c: 'C' } });
  });

  it('rejects invalid JSON, arrays, numbers and null leaves', () => {
    for (const raw of ['{"a":', '[]', '{"a":1}', '{"a":null}', '"text"', '']) {
      expect(parseResource(raw), raw).toBeNull();
    }
  });
});

describe('loadBundle', () => {
  const good = (ns: string) => () => Promise.resolve(JSON.stringify({ hello: `${ns} hello` }));

  it('loads every namespace of a language', async () => {
    const loaders = Object.fromEntries(
      NAMESPACES.map((ns) => [`/locales/fr/${ns}.json`, good(ns)])
    );
    const { bundle, problems } = await loadBundle('fr', loaders);
    expect(problems).toEqual([]);
    expect(Object.keys(bundle).sort()).toEqual([...NAMESPACES].sort());
  });

  it('reports a missing, a corrupt and an unreadable file and keeps the rest', async () => {
    const loaders = {
      '/locales/fr/common.json': () => Promise.resolve('{ "broken": '),
      '/locales/fr/caseworker.json': () => Promise.reject(new Error('Failed to fetch'))
    };
    const { bundle, problems } = await loadBundle('fr', loaders);
    expect(bundle).toEqual({});
    expect(problems).toEqual(
      expect.arrayContaining([
        { lang: 'fr', ns: 'common', kind: 'invalid' },
        { lang: 'fr', ns: 'caseworker', kind: 'unreadable' }
      ])
    );
    const none = await loadBundle('xx', {});
    expect(none.problems.map((p) => p.kind)).toEqual(NAMESPACES.map(() => 'missing'));
  });

  it('loads the real bundled French and Arabic files without problems', async () => {
    expect((await loadBundle('fr')).problems).toEqual([]);
    expect((await loadBundle('ar')).problems).toEqual([]);
  });
});

describe('englishBundle', () => {
  it('builds in what the first screen needs, and loads the rest on demand', async () => {
    const { bundle, problems } = englishBundle();
    expect(problems).toEqual([]);
    expect(Object.keys(bundle).sort()).toEqual([...EAGER_NAMESPACES].sort());
    const rest = await loadBundle('en', undefined, LAZY_NAMESPACES);
    expect(rest.problems).toEqual([]);
    expect(Object.keys(rest.bundle).sort()).toEqual([...LAZY_NAMESPACES].sort());
    expect([...EAGER_NAMESPACES, ...LAZY_NAMESPACES].sort()).toEqual([...NAMESPACES].sort());
  });
});
