// Every text a case manager can record for read-aloud in a language: the option cards per
// band (without the case facts, which change from child to child), the child's assent per
// band, and the guardian's leaflet sections.
import { assentTextId, infoTexts } from '$lib/activities/child-assent/definition';
import { buildCard, cardTextId } from '$lib/activities/explain-option/definition';
import { AGE_BANDS } from '$lib/domain/age';
import { OPTION_KINDS, optionBands } from '$lib/domain/options';
import { leafletSections, sectionTexts } from '$lib/guardian/leaflet';
import type { AppT } from '$lib/i18n/i18n.svelte';

export interface Readable {
  textId: string;
  group: 'cards' | 'assent' | 'guardian';
  /** Title in the case manager's language. */
  title: string;
  /** The text to read, in the recording's language. */
  texts: string[];
}

/**
 * @param t the case manager's texts (titles)
 * @param tt the recording language's texts
 */
export function readables(t: AppT, tt: AppT, caseManager: string): Readable[] {
  const out: Readable[] = [];
  for (const kind of OPTION_KINDS)
    for (const band of optionBands(kind))
      out.push({
        textId: cardTextId(kind, band),
        group: 'cards',
        title: t('caseworker:recordings.cardTitle', {
          option: t(`caseworker:options.${kind}`),
          band: t('caseworker:cases.bandRange', { band })
        }),
        texts: buildCard(tt, { kind, who: '', where: '', notes: '' }, band).shown
      });
  for (const band of AGE_BANDS) {
    const info = infoTexts(tt, caseManager);
    out.push({
      textId: assentTextId(band),
      group: 'assent',
      title: t('caseworker:recordings.assentTitle', {
        band: t('caseworker:cases.bandRange', { band })
      }),
      texts: [tt('child:assent.title'), ...Object.values(info).flat()]
    });
  }
  const name = t('caseworker:recordings.theChild');
  const options = OPTION_KINDS.map((kind) => ({ kind, who: '', where: '', notes: '' }));
  for (const s of leafletSections(tt, name, options))
    out.push({
      textId: `guardian/${s.id}`,
      group: 'guardian',
      title: leafletSections(t, name, options).find((x) => x.id === s.id)?.heading ?? s.heading,
      texts: sectionTexts(s)
    });
  return out;
}
