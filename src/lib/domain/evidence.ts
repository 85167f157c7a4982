// Evidence: a result as the record shows it. What each result refers to (a drawing, a voice
// note, the options, the factor and the time it is about) is read here and only here, from its
// typed payload; and the one walk over a record's evidence (views, explanations, teach-back) is
// here, shared by the record, its export and the report.
import type { OptionKind } from './options';
import type { Factor, Result, Time } from './results';

/** Why something is left out of the report and the export. */
export const WITHHELD = [
  'take-part-never',
  'take-part-refused',
  'take-part-withdrawn',
  'drawing-not-kept',
  'drawing-no-consent',
  'voice-not-kept'
] as const;
export type Withheld = (typeof WITHHELD)[number];

/** One piece of evidence: a result the child gave, from a session on a date. */
export interface Evidence {
  result: Result;
  date: string;
  /** The whole result is left out of the report and export, and why. */
  withheld?: Withheld;
  /** A drawing it carries ("<session>/<drawing>"), and why its picture is left out, if it is. */
  drawing?: { key: string; withheld?: Withheld };
  /** A voice note it carries, and why it is left out, if it is. */
  voice?: { key: string; withheld?: Withheld };
}

/** What a result refers to. */
export interface EvidenceRefs {
  /** The drawing it carries (a drawing, a house), by its id in the session. */
  drawingId?: string;
  /** The voice note it carries, by its media id in the session. */
  voiceId?: string;
  /**
   * The options it is about: every option a ranking ranks, the option a card explained or a
   * teach-back asked about, otherwise the option it was tagged with ('none' when none).
   */
  options: (OptionKind | 'none')[];
  factor: Factor | 'general';
  time?: Time;
}

/** What one result refers to, read from its kind and payload. */
export function refsOf(r: Result): EvidenceRefs {
  const refs: EvidenceRefs = { options: [r.option ?? 'none'], factor: r.factor ?? 'general' };
  if (r.time) refs.time = r.time;
  switch (r.kind) {
    case 'drawing':
    case 'house':
      if (r.payload.drawingId) refs.drawingId = r.payload.drawingId;
      break;
    case 'voice':
      if (r.payload.mediaId) refs.voiceId = r.payload.mediaId;
      break;
    case 'ranking': {
      const ranked = r.payload.groups.flat();
      if (ranked.length) refs.options = ranked;
      break;
    }
    case 'explained':
    case 'teach-back':
      refs.options = [r.payload.option];
      break;
  }
  return refs;
}

/** The options a ranking puts first, in order of place (groups[0] is first place). */
export function rankedGroups(r: Result | undefined | null): OptionKind[][] {
  return r?.kind === 'ranking' ? r.payload.groups : [];
}

/** The parts of a record that hold evidence (a CaseRecord, or the record inside an export). */
export interface EvidenceParts {
  views: { evidence: readonly Evidence[] };
  information: {
    options: readonly { explained: readonly Evidence[]; teachBack: readonly Evidence[] }[];
  };
}

/** Every piece of evidence of a record, once each: views, then each option's explanations and teach-back. */
export function allEvidence(r: EvidenceParts): Evidence[] {
  return [
    ...r.views.evidence,
    ...r.information.options.flatMap((o) => [...o.explained, ...o.teachBack])
  ];
}

/** The drawings of a record that may leave it ("<session>/<drawing>" keys), once each. */
export function shareableDrawingKeys(r: EvidenceParts): string[] {
  const keys = new Set<string>();
  for (const e of allEvidence(r))
    if (!e.withheld && e.drawing && !e.drawing.withheld) keys.add(e.drawing.key);
  return [...keys];
}
