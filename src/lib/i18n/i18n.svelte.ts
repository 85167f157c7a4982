// The current language of the app as reactive state. Components call `i18n.t(...)`; reading
// `t` subscribes them to language changes, so a switch re-renders every string.
import i18next, { type TFunction } from 'i18next';
import {
  DEFAULT_LANGUAGE,
  isLanguageCode,
  languageOf,
  matchLanguage,
  type Language,
  type LanguageCode
} from './languages';
import {
  englishBundle,
  LAZY_NAMESPACES,
  loadBundle,
  NAMESPACES,
  type LocaleProblem,
  type RawLoader
} from './resources';

/** A t function that knows every namespace: keys are 'key' (common) or 'ns:key'. */
export type AppT = TFunction<['common', 'caseworker', 'child', 'guardian', 'options', 'record']>;

const LANG_KEY = 'heard.lang';
const DIR_KEY = 'heard.dir';

function readStoredLanguage(): string | null {
  try {
    return localStorage.getItem(LANG_KEY);
  } catch {
    return null;
  }
}

function storeLanguage(lang: Language): boolean {
  try {
    localStorage.setItem(LANG_KEY, lang.code);
    localStorage.setItem(DIR_KEY, lang.dir);
    return true;
  } catch {
    return false;
  }
}

export class I18nState {
  #lang = $state<LanguageCode>(DEFAULT_LANGUAGE);
  #revision = $state(0);
  #problems = $state<LocaleProblem[]>([]);
  #loading = $state(false);
  #persisted = $state(true);
  #instance = i18next.createInstance();
  #englishRest: Promise<void> | null = null;
  #request = 0;

  /** Translates a key; reactive to language changes. */
  t: AppT = ((...args: Parameters<AppT>) => {
    void this.#revision;
    return (this.#instance.t as (...a: Parameters<AppT>) => string)(...args);
  }) as AppT;

  get lang(): LanguageCode {
    return this.#lang;
  }
  get language(): Language {
    return languageOf(this.#lang);
  }
  get dir() {
    return this.language.dir;
  }
  /** Namespaces that could not be loaded for the current language (shown in English). */
  get problems(): readonly LocaleProblem[] {
    return this.#problems;
  }
  get loading() {
    return this.#loading;
  }
  /** False when the language choice could not be saved on this device. */
  get persisted() {
    return this.#persisted;
  }

  /** Starts i18next with English built in, then switches to the stored or browser language. */
  async init(loaders?: Record<string, RawLoader>): Promise<void> {
    const { bundle } = englishBundle();
    await this.#instance.init({
      lng: DEFAULT_LANGUAGE,
      fallbackLng: DEFAULT_LANGUAGE,
      ns: [...NAMESPACES],
      defaultNS: 'common',
      resources: { en: bundle },
      // Svelte escapes text; values are inserted as text, never as HTML.
      interpolation: { escapeValue: false },
      returnNull: false
    });
    // The rest of English (option cards, leaflet, record) loads when a screen asks for it
    // (ready()); the first screen does not need it, and the service worker has it offline.
    const stored = readStoredLanguage();
    const wanted = isLanguageCode(stored)
      ? stored
      : matchLanguage(typeof navigator === 'undefined' ? [] : navigator.languages);
    await this.setLanguage(wanted, { remember: isLanguageCode(stored), loaders });
  }

  /**
   * Resolves once the English texts that load on demand (option cards, the guardian's
   * leaflet) are in: screens that build those texts once wait for it.
   */
  ready(): Promise<void> {
    this.#englishRest ??= (async () => {
      const { bundle, problems } = await loadBundle(DEFAULT_LANGUAGE, undefined, LAZY_NAMESPACES);
      for (const [ns, res] of Object.entries(bundle)) {
        this.#instance.addResourceBundle(DEFAULT_LANGUAGE, ns, res, true, true);
      }
      if (problems.length) this.#problems = [...this.#problems, ...problems];
      this.#revision++;
    })();
    return this.#englishRest;
  }

  /**
   * The texts of another language without switching the app to it (the case manager records
   * a card in the child's language while the app stays in theirs).
   */
  async textsIn(code: LanguageCode, loaders?: Record<string, RawLoader>): Promise<AppT> {
    await this.ready();
    if (code !== DEFAULT_LANGUAGE && !this.#instance.hasResourceBundle(code, 'options')) {
      const result = await loadBundle(code, loaders);
      for (const [ns, res] of Object.entries(result.bundle)) {
        this.#instance.addResourceBundle(code, ns, res, true, true);
      }
    }
    return this.#instance.getFixedT(code) as AppT;
  }

  /** Loads a language and makes it current. Namespaces that fail fall back to English. */
  async setLanguage(
    code: LanguageCode,
    options: { remember?: boolean; loaders?: Record<string, RawLoader> } = {}
  ): Promise<void> {
    const lang = languageOf(code);
    // Choices can overlap (a tap on Arabic, then at once on English, while Arabic still
    // loads): the last choice wins, whichever finishes loading first.
    const request = ++this.#request;
    this.#loading = true;
    try {
      const problems: LocaleProblem[] = [];
      if (lang.code !== DEFAULT_LANGUAGE) {
        const result = await loadBundle(lang.code, options.loaders);
        for (const [ns, res] of Object.entries(result.bundle)) {
          this.#instance.addResourceBundle(lang.code, ns, res, true, true);
        }
        problems.push(...result.problems);
      }
      if (request !== this.#request) return;
      await this.#instance.changeLanguage(lang.code);
      if (request !== this.#request) return;
      this.#lang = code;
      this.#problems = problems;
      if (typeof document !== 'undefined') {
        document.documentElement.lang = lang.code;
        document.documentElement.dir = lang.dir;
      }
      if (options.remember !== false) this.#persisted = storeLanguage(lang);
      this.#revision++;
    } finally {
      if (request === this.#request) this.#loading = false;
    }
  }
}

export const i18n = new I18nState();
