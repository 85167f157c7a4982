/** The one table of languages Heard speaks. Adding a language is one row here plus locales/<code>/. */
export type Script = 'Latn' | 'Arab' | 'Ethi' | 'Beng' | 'Deva' | 'Khmr' | 'Thai';
export type Direction = 'ltr' | 'rtl';

export interface Language {
  /** BCP 47 code, also the folder name under locales/. */
  code: string;
  /** The language's name in its own script, as a speaker would look for it. */
  nativeName: string;
  /** The language's name in English, for documentation and logs. */
  englishName: string;
  script: Script;
  dir: Direction;
  /** CSS font-family stack for this script. */
  fontFamily: string;
  /** Line height that does not clip the script's marks. */
  lineHeight: number;
}

const LATIN_STACK = "'Noto Sans', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const ARABIC_STACK =
  "'Noto Naskh Arabic', 'Noto Sans Arabic', 'Geeza Pro', Tahoma, system-ui, sans-serif";

export const LANGUAGES = [
  {
    code: 'en',
    nativeName: 'English',
    englishName: 'English',
    script: 'Latn',
    dir: 'ltr',
    fontFamily: LATIN_STACK,
    lineHeight: 1.5
  },
  {
    code: 'fr',
    nativeName: 'Français',
    englishName: 'French',
    script: 'Latn',
    dir: 'ltr',
    fontFamily: LATIN_STACK,
    lineHeight: 1.5
  },
  {
    code: 'es',
    nativeName: 'Español',
    englishName: 'Spanish',
    script: 'Latn',
    dir: 'ltr',
    fontFamily: LATIN_STACK,
    lineHeight: 1.5
  },
  {
    code: 'ar',
    nativeName: 'العربية',
    englishName: 'Arabic',
    script: 'Arab',
    dir: 'rtl',
    fontFamily: ARABIC_STACK,
    lineHeight: 2
  }
] as const satisfies readonly Language[];

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export const DEFAULT_LANGUAGE: LanguageCode = 'en';

/** True when `code` names a language in the table. */
export function isLanguageCode(code: unknown): code is LanguageCode {
  return typeof code === 'string' && LANGUAGES.some((l) => l.code === code);
}

/** The table row for a language code; the default language for anything unknown. */
export function languageOf(code: string): Language {
  return LANGUAGES.find((l) => l.code === code) ?? LANGUAGES[0];
}

/** The best supported language for a list of browser preferences (e.g. navigator.languages). */
export function matchLanguage(preferences: readonly string[]): LanguageCode {
  for (const pref of preferences) {
    const base = pref.toLowerCase().split('-')[0];
    if (isLanguageCode(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}
