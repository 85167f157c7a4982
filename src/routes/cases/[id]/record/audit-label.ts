// The name of an audited field as the case manager reads it ("Recommendation"), from its
// dotted path ("recommendation.option"). Unknown paths (from a newer version) show as they are.
import { PARTS, type PartId } from '$lib/domain/assessment';
import { OPTION_KINDS, type OptionKind } from '$lib/domain/options';
import type { AppT } from '$lib/i18n/i18n.svelte';

export function auditLabel(field: string, t: AppT): string {
  const [head, a, b] = field.split('.');
  const option = (k?: string) =>
    OPTION_KINDS.includes(k as OptionKind) ? t(`caseworker:options.${k as OptionKind}`) : (k ?? '');
  switch (head) {
    case 'understanding':
      return a && ['options', 'consistent', 'consequences', 'pressure', 'narrative'].includes(a)
        ? t(`record:understanding.${a as 'options'}`)
        : field;
    case 'weights':
      return b === 'reasoning'
        ? `${option(a)}: ${t('record:weight.reasoning')}`
        : t('record:weight.weightFor', { option: option(a) });
    case 'recommendation':
      return a === 'option'
        ? t('record:weight.recommendation')
        : a === 'departure'
          ? t('record:weight.departure')
          : t('record:weight.why');
    case 'audience':
      return t('record:audience.sharedTitle');
    case 'feedback':
      return t('record:audience.because');
    case 'community':
      return t('record:community.label');
    case 'confirmed':
      return PARTS.includes(a as PartId)
        ? `${t('record:confirm')}: ${t(`record:parts.${a as PartId}`)}`
        : field;
    case 'state':
    case 'signedBy':
    case 'supervisor':
      return t('record:signoff.title');
    default:
      return field;
  }
}

/** An audited value as the case manager reads it ("Significant" for "significant"). */
export function auditValue(field: string, value: string, t: AppT): string {
  if (!value) return value;
  const [head, a, b] = field.split('.');
  if (head === 'understanding' && a === 'pressure' && PRESSURES.includes(value))
    return t(`record:understanding.pressureLevels.${value as 'none'}`);
  if (head === 'understanding' && a !== 'narrative' && RATING_VALUES.includes(value))
    return t(`record:understanding.ratings.${value as 'yes'}`);
  if (head === 'weights' && b === 'weight' && WEIGHT_VALUES.includes(value))
    return t(`record:weight.levels.${value as 'limited'}`);
  if (head === 'recommendation' && a === 'option' && OPTION_KINDS.includes(value as OptionKind))
    return t(`caseworker:options.${value as OptionKind}`);
  if (head === 'confirmed' && (value === 'yes' || value === 'no'))
    return t(`record:understanding.ratings.${value}`);
  if (head === 'state' && (value === 'draft' || value === 'complete'))
    return value === 'draft' ? t('record:signoff.draft') : t('record:status.done');
  return value;
}

const PRESSURES: readonly string[] = ['none', 'some', 'strong'];
const RATING_VALUES: readonly string[] = ['yes', 'partly', 'no'];
const WEIGHT_VALUES: readonly string[] = ['significant', 'considered', 'limited'];
