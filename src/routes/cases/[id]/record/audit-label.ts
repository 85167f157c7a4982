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
