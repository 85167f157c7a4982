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
  /**
   * How far the translation has come: the reference text, drafted (machine-drafted or by a
   * non-native speaker, to be reviewed) or reviewed by a native speaker. Shown in Settings.
   */
  translation: 'reference' | 'drafted' | 'reviewed';
}

// Each script's Noto family first (bundled, src/lib/ui/fonts.css), then Noto Sans for Latin
// letters and digits, then the system's fonts.
const SYSTEM = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const LATIN_STACK = `'Noto Sans', ${SYSTEM}`;
const ARABIC_STACK = `'Noto Naskh Arabic', 'Noto Sans', 'Geeza Pro', Tahoma, ${SYSTEM}`;
const stack = (family: string) => `'${family}', 'Noto Sans', ${SYSTEM}`;

export const LANGUAGES = [
  {
    code: 'en',
    nativeName: 'English',
    englishName: 'English',
    script: 'Latn',
    dir: 'ltr',
    fontFamily: LATIN_STACK,
    lineHeight: 1.5,
    translation: 'reference'
  },
  {
    code: 'fr',
    nativeName: 'Français',
    englishName: 'French',
    script: 'Latn',
    dir: 'ltr',
    fontFamily: LATIN_STACK,
    lineHeight: 1.5,
    translation: 'drafted'
  },
  {
    code: 'es',
    nativeName: 'Español',
    englishName: 'Spanish',
    script: 'Latn',
    dir: 'ltr',
    fontFamily: LATIN_STACK,
    lineHeight: 1.5,
    translation: 'drafted'
  },
  {
    code: 'ar',
    nativeName: 'العربية',
    englishName: 'Arabic',
    script: 'Arab',
    dir: 'rtl',
    fontFamily: ARABIC_STACK,
    lineHeight: 2,
    translation: 'drafted'
  },
  {
    code: 'prs',
    nativeName: 'دری',
    englishName: 'Dari',
    script: 'Arab',
    dir: 'rtl',
    fontFamily: ARABIC_STACK,
    lineHeight: 2,
    translation: 'drafted'
  },
  {
    code: 'am',
    nativeName: 'አማርኛ',
    englishName: 'Amharic',
    script: 'Ethi',
    dir: 'ltr',
    fontFamily: stack('Noto Sans Ethiopic'),
    lineHeight: 1.8,
    translation: 'drafted'
  },
  {
    code: 'bn',
    nativeName: 'বাংলা',
    englishName: 'Bengali',
    script: 'Beng',
    dir: 'ltr',
    fontFamily: stack('Noto Sans Bengali'),
    lineHeight: 1.8,
    translation: 'drafted'
  },
  {
    code: 'ne',
    nativeName: 'नेपाली',
    englishName: 'Nepali',
    script: 'Deva',
    dir: 'ltr',
    fontFamily: stack('Noto Sans Devanagari'),
    lineHeight: 1.9,
    translation: 'drafted'
  },
  {
    code: 'km',
    nativeName: 'ខ្មែរ',
    englishName: 'Khmer',
    script: 'Khmr',
    dir: 'ltr',
    fontFamily: stack('Noto Sans Khmer'),
    lineHeight: 1.9,
    translation: 'drafted'
  },
  {
    code: 'th',
    nativeName: 'ไทย',
    englishName: 'Thai',
    script: 'Thai',
    dir: 'ltr',
    fontFamily: stack('Noto Sans Thai'),
    lineHeight: 1.8,
    translation: 'drafted'
  },
  {
    code: 'vi',
    nativeName: 'Tiếng Việt',
    englishName: 'Vietnamese',
    script: 'Latn',
    dir: 'ltr',
    fontFamily: LATIN_STACK,
    lineHeight: 1.7,
    translation: 'drafted'
  },
  {
    code: 'id',
    nativeName: 'Bahasa Indonesia',
    englishName: 'Indonesian',
    script: 'Latn',
    dir: 'ltr',
    fontFamily: LATIN_STACK,
    lineHeight: 1.5,
    translation: 'drafted'
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
    const lower = pref.toLowerCase();
    // Dari is written "fa-AF" by browsers set to Afghan Persian.
    if (lower === 'fa-af') return 'prs';
    const base = lower.split('-')[0];
    if (isLanguageCode(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}

/**
 * The font stack for a language's own name in a list of languages: a tiny bundled font holding
 * only the names' glyphs comes first, so a list shows every script without loading every font.
 */
export function nameFont(lang: Language): string {
  return `'Heard Language Names', ${lang.fontFamily}`;
}
