import { describe, expect, it } from 'vitest';
import { isLanguageCode, LANGUAGES, languageOf, matchLanguage } from './languages';

describe('language table', () => {
  it('has unique codes and a direction that matches the script', () => {
    expect(new Set(LANGUAGES.map((l) => l.code)).size).toBe(LANGUAGES.length);
    for (const l of LANGUAGES) expect(l.dir).toBe(l.script === 'Arab' ? 'rtl' : 'ltr');
  });

  it('matches browser preferences by base language, falling back to English', () => {
    expect(matchLanguage(['ar-EG', 'en'])).toBe('ar');
    expect(matchLanguage(['de-DE', 'es-419'])).toBe('es');
    expect(matchLanguage(['de'])).toBe('en');
    expect(matchLanguage([])).toBe('en');
  });

  it('rejects unknown codes and gives the default row for them', () => {
    expect(isLanguageCode('xx')).toBe(false);
    expect(isLanguageCode(null)).toBe(false);
    expect(languageOf('xx').code).toBe('en');
  });
});
