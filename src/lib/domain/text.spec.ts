import { describe, expect, it } from 'vitest';
import { cleanName } from './text';

describe('cleanName', () => {
  it('removes bidi overrides and isolates, so a name cannot reverse the text around it', () => {
    expect(cleanName('Noor\u202Eevil')).toBe('Noorevil');
    expect(cleanName('\u2067سمير\u2069')).toBe('سمير');
    expect(cleanName('\u202Aa\u202Bb\u202Cc\u202Dd')).toBe('abcd');
  });

  it('keeps every letter of every script, and trims spaces', () => {
    expect(cleanName('  አበበ ')).toBe('አበበ');
    expect(cleanName('Nguyễn Thị Lan')).toBe('Nguyễn Thị Lan');
    expect(cleanName('ស្រីពៅ')).toBe('ស្រីពៅ');
  });
});
