// The guardian's leaflet: adult information about the process, each option under
// consideration with the case's facts, what is recorded and who sees it, how long it is kept;
// then consent per scope. Built as plain text in the guardian's language so that exactly what
// is shown is what is hashed into each consent record.
import type { ConsentScope } from '$lib/domain/consent';
import { CARD_SECTIONS, factsKey, type OptionConsidered } from '$lib/domain/options';
import type { AppT } from '$lib/i18n/i18n.svelte';

export interface LeafletSection {
  /** Also the recording's text id: "guardian/<id>". */
  id: string;
  heading: string;
  paragraphs: string[];
  /** Sub-headings of an option's parts, paired with paragraphs after the first. */
  parts?: { heading: string; text: string }[];
}

/** Loosely typed lookup for keys built from ids (a unit test checks they all exist). */
const loose = (t: AppT) => t as unknown as (k: string, o?: Record<string, unknown>) => string;

/** The leaflet's information sections, in order. */
export function leafletSections(
  t: AppT,
  name: string,
  options: readonly OptionConsidered[]
): LeafletSection[] {
  const tt = loose(t);
  const sections: LeafletSection[] = [
    {
      id: 'process',
      heading: t('guardian:process.heading'),
      paragraphs: ['bia', 'who', 'heard', 'yours'].map((k) => tt(`guardian:process.${k}`, { name }))
    }
  ];
  for (const o of options) {
    const fk = factsKey(o);
    const facts = fk
      ? [tt(`guardian:options.facts.${fk}`, { name, who: o.who.trim(), where: o.where.trim() })]
      : [];
    sections.push({
      id: `option/${o.kind}`,
      heading: t(`caseworker:options.${o.kind}`),
      paragraphs: facts,
      parts: CARD_SECTIONS.map((s) => ({
        heading: tt(`guardian:options.sections.${s}`),
        text: tt(`guardian:options.${o.kind}.${s}`)
      }))
    });
  }
  sections.push(
    {
      id: 'recorded',
      heading: t('guardian:recorded.heading'),
      paragraphs: ['what', 'who', 'child', 'safety'].map((k) =>
        tt(`guardian:recorded.${k}`, { name })
      )
    },
    {
      id: 'kept',
      heading: t('guardian:kept.heading'),
      paragraphs: [t('guardian:kept.where'), t('guardian:kept.how')]
    }
  );
  return sections;
}

/** Every text of a section in reading order (what read-aloud reads and the hash covers). */
export function sectionTexts(s: LeafletSection): string[] {
  return [s.heading, ...s.paragraphs, ...(s.parts ?? []).flatMap((p) => [p.heading, p.text])];
}

export interface ScopeItem {
  scope: ConsentScope;
  recipient?: string;
  label: string;
  text: string;
}

/** The consent questions: one per scope, information sharing once per named recipient. */
export function consentItems(t: AppT, name: string, recipients: readonly string[]): ScopeItem[] {
  const tt = loose(t);
  const item = (scope: ConsentScope, recipient?: string): ScopeItem => ({
    scope,
    ...(recipient ? { recipient } : {}),
    label: tt(`guardian:consent.scopes.${scope}.label`, { name, recipient }),
    text: tt(`guardian:consent.scopes.${scope}.text`, { name, recipient })
  });
  const named = [...new Set(recipients.map((r) => r.trim()).filter(Boolean))];
  return [
    item('services'),
    item('family-tracing'),
    ...named.map((r) => item('information-sharing', r)),
    item('keep-media'),
    item('show-drawings')
  ];
}

/** The recipients typed one per line, cleaned. */
export function parseRecipients(text: string): string[] {
  return [
    ...new Set(
      text
        .split('\n')
        .map((r) => r.trim())
        .filter(Boolean)
    )
  ].slice(0, 12);
}
