// Loads translation resources from locales/<lang>/<namespace>.json, bundled into the app so
// they work offline. English is built in; other languages arrive as separate chunks that the
// service worker precaches. Files are parsed here (not by the bundler) so that a corrupt or
// missing file is reported and replaced by English instead of breaking the app.

export const NAMESPACES = [
  'common',
  'caseworker',
  'child',
  'guardian',
  'options',
  'record'
] as const;
export type Namespace = (typeof NAMESPACES)[number];
/** What the first screen needs, built into the app in English so it never waits. */
export const EAGER_NAMESPACES = ['common', 'caseworker', 'child'] as const;
/** Loaded on demand, English included: option cards, the guardian's leaflet, the record. */
export const LAZY_NAMESPACES = ['guardian', 'options', 'record'] as const;

export type Resource = { [key: string]: string | Resource };
export type Bundle = Partial<Record<Namespace, Resource>>;

export type LocaleProblemKind = 'missing' | 'invalid' | 'unreadable';
export interface LocaleProblem {
  lang: string;
  ns: Namespace;
  kind: LocaleProblemKind;
}

export type RawLoader = () => Promise<string>;

const lazyFiles = import.meta.glob<string>(
  [
    '/locales/*/*.json',
    '!/locales/en/common.json',
    '!/locales/en/caseworker.json',
    '!/locales/en/child.json'
  ],
  { query: '?raw', import: 'default' }
);
const englishFiles = import.meta.glob<string>(
  ['/locales/en/common.json', '/locales/en/caseworker.json', '/locales/en/child.json'],
  { query: '?raw', import: 'default', eager: true }
);

/** The bundled loaders, keyed like "/locales/fr/common.json". */
export const BUNDLED_LOADERS: Record<string, RawLoader> = {
  ...lazyFiles,
  ...Object.fromEntries(
    Object.entries(englishFiles).map(([path, raw]) => [path, () => Promise.resolve(raw)])
  )
};

function isResource(value: unknown): value is Resource {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((v) => typeof v === 'string' || isResource(v));
}

/** Parses one locale file; null when it is not JSON or not a tree of strings. */
export function parseResource(raw: string): Resource | null {
  try {
    const value: unknown = JSON.parse(raw);
    return isResource(value) ? value : null;
  } catch {
    return null;
  }
}

/** The English resources the first screen needs, parsed synchronously so it never waits. */
export function englishBundle(): { bundle: Bundle; problems: LocaleProblem[] } {
  const bundle: Bundle = {};
  const problems: LocaleProblem[] = [];
  for (const ns of EAGER_NAMESPACES) {
    const raw = englishFiles[`/locales/en/${ns}.json`];
    const parsed = raw === undefined ? null : parseResource(raw);
    if (parsed) bundle[ns] = parsed;
    else problems.push({ lang: 'en', ns, kind: raw === undefined ? 'missing' : 'invalid' });
  }
  return { bundle, problems };
}

/** Loads every namespace of a language; a namespace that fails is reported, not thrown. */
export async function loadBundle(
  lang: string,
  loaders: Record<string, RawLoader> = BUNDLED_LOADERS,
  namespaces: readonly Namespace[] = NAMESPACES
): Promise<{ bundle: Bundle; problems: LocaleProblem[] }> {
  const bundle: Bundle = {};
  const problems: LocaleProblem[] = [];
  await Promise.all(
    namespaces.map(async (ns) => {
      const load = loaders[`/locales/${lang}/${ns}.json`];
      if (!load) {
        problems.push({ lang, ns, kind: 'missing' });
        return;
      }
      let raw: string;
      try {
        raw = await load();
      } catch {
        // A chunk that could not be fetched (offline before it was cached, a broken deploy).
        problems.push({ lang, ns, kind: 'unreadable' });
        return;
      }
      const parsed = parseResource(raw);
      if (parsed) bundle[ns] = parsed;
      else problems.push({ lang, ns, kind: 'invalid' });
    })
  );
  return { bundle, problems };
}
