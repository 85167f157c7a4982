import { describe, expect, it } from 'vitest';
import type { AppT } from '$lib/i18n/i18n.svelte';
import { auditLabel, auditValue } from './audit-label';

// A stand-in for i18next that shows which key (and values) would be read.
const t = ((key: string, values?: Record<string, string>) =>
  values ? `${key}${JSON.stringify(values)}` : key) as unknown as AppT;

describe('audit labels and values', () => {
  it('names each audited field as the form does', () => {
    expect(auditLabel('recommendation.departure', t)).toBe('record:weight.departure');
    expect(auditLabel('weights.foster-care.weight', t)).toBe(
      'record:weight.weightFor{"option":"caseworker:options.foster-care"}'
    );
    expect(auditLabel('confirmed.views', t)).toBe('record:confirm: record:parts.views');
    expect(auditLabel('something.new', t)).toBe('something.new');
  });

  it('shows coded values in words and leaves free text as written', () => {
    expect(auditValue('understanding.pressure', 'some', t)).toBe(
      'record:understanding.pressureLevels.some'
    );
    expect(auditValue('weights.foster-care.weight', 'limited', t)).toBe(
      'record:weight.levels.limited'
    );
    expect(auditValue('recommendation.option', 'foster-care', t)).toBe(
      'caseworker:options.foster-care'
    );
    expect(auditValue('understanding.narrative', 'yes', t)).toBe('yes');
    expect(auditValue('community', 'Youth group', t)).toBe('Youth group');
  });
});
