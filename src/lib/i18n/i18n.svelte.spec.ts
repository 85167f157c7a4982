import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NAMESPACES } from './resources';
import { I18nState } from './i18n.svelte';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    data
  };
}

let store: ReturnType<typeof memoryStorage>;
beforeEach(() => {
  store = memoryStorage();
  vi.stubGlobal('localStorage', store);
  vi.stubGlobal('navigator', { languages: ['en-GB'] });
});
afterEach(() => vi.unstubAllGlobals());

describe('I18nState', () => {
  it('starts in the browser language when nothing was chosen, without remembering it', async () => {
    vi.stubGlobal('navigator', { languages: ['fr-FR', 'en'] });
    const i18n = new I18nState();
    await i18n.init();
    expect(i18n.lang).toBe('fr');
    expect(i18n.t('nav.settings')).toBe('Paramètres');
    expect(store.data.has('heard.lang')).toBe(false);
  });

  it('remembers the chosen language and its direction, and starts in it next time', async () => {
    const first = new I18nState();
    await first.init();
    await first.setLanguage('ar');
    expect(first.dir).toBe('rtl');
    expect(store.data.get('heard.lang')).toBe('ar');
    expect(store.data.get('heard.dir')).toBe('rtl');

    const next = new I18nState();
    await next.init();
    expect(next.lang).toBe('ar');
    expect(next.problems).toEqual([]);
  });

  it('shows English for a corrupt namespace, reports it, and keeps the good ones', async () => {
    const i18n = new I18nState();
    await i18n.init();
    await i18n.setLanguage('es', {
      loaders: {
        '/locales/es/common.json': () => Promise.resolve('{"nav": {"settings": "Ajustes"'),
        '/locales/es/caseworker.json': () =>
          Promise.resolve(JSON.stringify({ settings: { title: 'Configuración' } })),
        '/locales/es/child.json': () => Promise.resolve(JSON.stringify({ next: 'Siguiente' })),
        '/locales/es/guardian.json': () => Promise.resolve(JSON.stringify({ leave: 'Salir' })),
        '/locales/es/options.json': () => Promise.resolve(JSON.stringify({ facts: {} })),
        '/locales/es/record.json': () => Promise.resolve(JSON.stringify({ close: 'Cerrar' }))
      }
    });
    expect(i18n.lang).toBe('es');
    expect(i18n.problems).toEqual([{ lang: 'es', ns: 'common', kind: 'invalid' }]);
    expect(i18n.t('nav.settings')).toBe('Settings');
    expect(i18n.t('caseworker:settings.title')).toBe('Configuración');
  });

  it('reports a missing language file and falls back to English', async () => {
    const i18n = new I18nState();
    await i18n.init();
    await i18n.setLanguage('fr', { loaders: {} });
    expect(i18n.problems.map((p) => p.kind)).toEqual(NAMESPACES.map(() => 'missing'));
    expect(i18n.t('nav.about')).toBe('About');
  });

  it('keeps working, and says so, when the choice cannot be stored', async () => {
    vi.stubGlobal('localStorage', {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      }
    });
    const i18n = new I18nState();
    await i18n.init();
    await i18n.setLanguage('fr');
    expect(i18n.t('nav.home')).toBe('Accueil');
    expect(i18n.persisted).toBe(false);
  });

  it('lets the last choice win when a slower language is still loading', async () => {
    const i18n = new I18nState();
    await i18n.init();
    let release: () => void = () => {};
    const slow = new Promise<string>((r) => (release = () => r('{}')));
    const arabic = i18n.setLanguage('ar', {
      loaders: Object.fromEntries(
        ['common', 'caseworker', 'child', 'guardian', 'options'].map((ns) => [
          `/locales/ar/${ns}.json`,
          () => slow
        ])
      )
    });
    await i18n.setLanguage('fr');
    release();
    await arabic;
    expect(i18n.lang).toBe('fr');
    expect(store.data.get('heard.lang')).toBe('fr');
    expect(i18n.loading).toBe(false);
  });

  it('uses each language’s plural rules', async () => {
    const i18n = new I18nState();
    await i18n.init();
    expect(i18n.t('caseworker:settings.device.tooLong', { count: 1, max: 60 })).toContain(
      '1 character long'
    );
    expect(i18n.t('caseworker:settings.device.tooLong', { count: 61, max: 60 })).toContain(
      '61 characters long'
    );
  });
});
