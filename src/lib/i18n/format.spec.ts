import { describe, expect, it } from 'vitest';
import { formatDay, formatMoment } from './format';

describe('formatDay', () => {
  it('shows a calendar day in the language’s own format', () => {
    expect(formatDay('2026-11-25', 'en')).toBe('November 25, 2026');
    expect(formatDay('2026-11-25', 'fr')).toBe('25 novembre 2026');
    expect(formatDay('2026-11-25', 'es')).toBe('25 de noviembre de 2026');
  });

  it('leaves anything that is not a real date as it is', () => {
    expect(formatDay('2026-02-30', 'en')).toBe('2026-02-30');
    expect(formatMoment('not a time', 'en')).toBe('not a time');
  });
});
