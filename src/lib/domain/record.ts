// The record of active consideration of the child's views (DESIGN.md "The record"), derived
// from every session's results, the media still kept, the assent and consent records, the
// feedback the child gave and the case manager's assessment. Never stored as the source of
// truth: rebuilt whenever it is shown, printed or exported. Every part points to the results,
// consent records or feedback behind it, and says what is left out of a report and why.
import type { Assessment, AuditEntry, FeedbackRecord, PartId } from './assessment';
import { PARTS, departs } from './assessment';
import { type ChildCase } from './case';
import {
  currentConsents,
  isGranted,
  mayKeep,
  NO_GUARDIAN,
  sharedWithGuardian,
  type ConsentRecord,
  type ShareCategory
} from './consent';
import { OPTION_KINDS, type OptionKind } from './options';
import {
  allEvidence,
  rankedGroups,
  refsOf,
  WITHHELD,
  type Evidence,
  type Withheld
} from './evidence';
import {
  currentResults,
  FACTORS,
  ofKind,
  TIMES,
  type Factor,
  type Result,
  type Time
} from './results';
import { sessionBand, type Session } from './session';
import type { Understanding } from './payloads';

export type PartStatus = 'not-started' | 'partly' | 'done';

export { WITHHELD, type Evidence, type Withheld } from './evidence';

export type CellState = 'view' | 'declined' | 'never';

export interface CoverageCell {
  factor: Factor | 'general';
  option: OptionKind | 'none';
  state: CellState;
  times: Time[];
  /** Ids of the results behind the cell. */
  evidence: string[];
}

export interface SessionSummary {
  id: string;
  date: string;
  place: string;
  present: string;
  interpreter: { name: string; language: string } | null;
  language: string;
  band: string | null;
  state: Session['state'];
  /** The child's reasons when they stopped a session. */
  stops: string[];
}

export interface InformationRow {
  option: OptionKind;
  explained: Evidence[];
  teachBack: Evidence[];
  /** The best understanding shown (null: no teach-back yet). */
  understanding: Understanding | null;
}

export interface CaseRecord {
  caseId: string;
  alias: string;
  externalRef: string;
  /** Every option considered in any session. */
  options: OptionKind[];
  sessions: SessionSummary[];
  status: Record<PartId, PartStatus>;
  space: { knewStop: ConsentRecord | null };
  information: { options: InformationRow[]; whoSees: ConsentRecord[] };
  views: { evidence: Evidence[]; grid: CoverageCell[]; rows: (Factor | 'general')[] };
  understanding: { teachBack: Evidence[] };
  weight: { childWish: OptionKind | null; ranking: Evidence | null; departs: boolean };
  audience: { guardianSees: ShareCategory[]; feedback: FeedbackRecord[] };
  consent: { current: ConsentRecord[]; history: ConsentRecord[] };
  /** What the report and export leave out, and why, with how many pieces each. */
  withheld: { reason: Withheld; count: number }[];
  assessment: Assessment | null;
  audit: AuditEntry[];
}

export interface RecordInput {
  child: ChildCase;
  sessions: readonly Session[];
  results: readonly Result[];
  /** Media still kept: "<session>/<drawing>" and "<session>/<voice>" keys. */
  media: { drawings: ReadonlySet<string>; voices: ReadonlySet<string> };
  consents: readonly ConsentRecord[];
  feedback: readonly FeedbackRecord[];
  assessment: Assessment | null;
  audit: readonly AuditEntry[];
}

const VIEW_SKIP = new Set(['voice-permission']);
const RANK = { 'not-yet': 0, partly: 1, understood: 2 } as const;

/** The option the child put first in their latest ranking, when one stands alone. */
function wishOf(ranking: Result | undefined): OptionKind | null {
  const first = rankedGroups(ranking)[0];
  return first?.length === 1 ? (first[0] ?? null) : null;
}

function takePartWithheld(consents: readonly ConsentRecord[]): Withheld | undefined {
  const mine = consents.filter((c) => c.subject === 'child' && c.scope === 'take-part');
  const last = [...mine].sort((a, b) => a.at.localeCompare(b.at)).at(-1);
  if (!last) return 'take-part-never';
  if (last.decision === 'refused') return 'take-part-refused';
  if (last.decision === 'withdrawn') return 'take-part-withdrawn';
  return undefined;
}

/** Builds the record of a case (pure: the same input always gives the same record). */
export function buildRecord(input: RecordInput): CaseRecord {
  const { child, consents, assessment } = input;
  const sessions = [...input.sessions]
    .filter((s) => s.caseId === child.id)
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
  const dateOf = new Map(sessions.map((s) => [s.id, s.date]));
  const results = currentResults(input.results.filter((r) => dateOf.has(r.sessionId)));
  const options = OPTION_KINDS.filter((k) =>
    sessions.some((s) => s.options.some((o) => o.kind === k))
  );

  const noGuardian = consents.some((c) => c.scope === NO_GUARDIAN && c.decision === 'recorded');
  const viewsOut = takePartWithheld(consents);
  const drawingsOut: Withheld | undefined = !mayKeep(consents, 'keep-drawings')
    ? 'drawing-not-kept'
    : !noGuardian && !isGranted(consents, 'guardian', 'show-drawings')
      ? 'drawing-no-consent'
      : undefined;

  const evidence = (r: Result, isView: boolean): Evidence => {
    const e: Evidence = { result: r, date: dateOf.get(r.sessionId) ?? '' };
    if (isView && viewsOut) e.withheld = viewsOut;
    const { drawingId, voiceId } = refsOf(r);
    if (drawingId) {
      const key = `${r.sessionId}/${drawingId}`;
      const gone = !input.media.drawings.has(key);
      const why = gone ? 'drawing-not-kept' : drawingsOut;
      e.drawing = why ? { key, withheld: why } : { key };
    }
    if (voiceId) {
      const key = `${r.sessionId}/${voiceId}`;
      e.voice = input.media.voices.has(key) ? { key } : { key, withheld: 'voice-not-kept' };
    }
    return e;
  };

  // Information given (checklist 1).
  const byOption = (kind: 'explained' | 'teach-back', o: OptionKind) =>
    ofKind(results, kind)
      .filter((r) => r.payload.option === o)
      .map((r) => evidence(r, false));
  const info: InformationRow[] = options.map((o) => {
    const teachBack = byOption('teach-back', o);
    const best = ofKind(
      teachBack.map((e) => e.result),
      'teach-back'
    ).reduce<Understanding | null>((b, r) => {
      const u = r.payload.understanding;
      return b === null || RANK[u] > RANK[b] ? u : b;
    }, null);
    return { option: o, explained: byOption('explained', o), teachBack, understanding: best };
  });
  const whoSees = consents.filter((c) => c.subject === 'child' && c.scope === 'take-part');

  // Views obtained (checklist 2), and the coverage grid.
  const views = results
    .filter((r) => r.phase === 'views' && !VIEW_SKIP.has(r.kind))
    .map((r) => evidence(r, true));
  const rows: (Factor | 'general')[] = [...FACTORS, 'general'];
  const columns: (OptionKind | 'none')[] = [...options, 'none'];
  const cells = new Map<string, CoverageCell>();
  for (const factor of rows)
    for (const option of columns)
      cells.set(`${factor}|${option}`, { factor, option, state: 'never', times: [], evidence: [] });
  for (const e of views) {
    const r = e.result;
    const { options: about, factor } = refsOf(r);
    for (const option of about) {
      const cell = cells.get(`${factor}|${option}`);
      if (!cell) continue;
      cell.evidence.push(r.id);
      if (r.declined) {
        if (cell.state === 'never') cell.state = 'declined';
      } else cell.state = 'view';
      if (r.time && !cell.times.includes(r.time)) cell.times.push(r.time);
    }
  }
  for (const c of cells.values()) c.times.sort((a, b) => TIMES.indexOf(a) - TIMES.indexOf(b));

  const rankings = views.filter((e) => e.result.kind === 'ranking' && !e.result.declined);
  const ranking = rankings.at(-1) ?? null;
  const childWish = wishOf(ranking?.result);

  // Audience and consent.
  const guardianSees = (['drawings', 'words', 'choices'] as const).filter((c) =>
    sharedWithGuardian(consents, c)
  );
  const history = [...consents].sort((a, b) => a.at.localeCompare(b.at));
  const current = currentConsents(consents);

  const summaries: SessionSummary[] = sessions.map((s) => ({
    id: s.id,
    date: s.date,
    place: s.place,
    present: s.present,
    interpreter: s.interpreter,
    language: s.language,
    band: sessionBand(child, s),
    state: s.state,
    stops: s.history.filter((h) => h.state === 'stopped' && h.reason).map((h) => h.reason!)
  }));

  const knewStop = whoSees.filter((c) => c.decision === 'granted').at(-1) ?? null;
  const confirmed = assessment?.confirmed ?? {};
  const u = assessment?.understanding;
  const rec = assessment?.recommendation;
  const weighted = options.filter((o) => assessment?.weights[o]?.weight);
  const departsFromWish = assessment ? departs(assessment, childWish) : false;
  const ran = summaries.some((s) => s.state !== 'planned');
  const guardianSpoke = consents.some((c) => c.subject === 'guardian' && c.scope !== NO_GUARDIAN);

  const evidenceOf: Record<PartId, { any: boolean; complete: boolean }> = {
    space: { any: ran, complete: ran && knewStop !== null },
    information: {
      any: info.some((i) => i.explained.length > 0),
      complete: info.length > 0 && info.every((i) => i.explained.length && i.teachBack.length)
    },
    views: { any: views.length > 0, complete: views.some((e) => !e.result.declined) },
    understanding: {
      any: !!u && Object.values(u).some((v) => v !== ''),
      complete:
        !!u &&
        !!u.options &&
        !!u.consistent &&
        !!u.consequences &&
        !!u.pressure &&
        !!u.narrative.trim()
    },
    weight: {
      any: weighted.length > 0 || !!rec?.option,
      complete:
        options.length > 0 &&
        weighted.length === options.length &&
        !!rec?.option &&
        !!rec.reasoning.trim() &&
        (!departsFromWish || !!rec.departure.trim())
    },
    audience: {
      any:
        input.feedback.length > 0 ||
        !!assessment?.audience.length ||
        !!assessment?.feedback.because,
      complete: input.feedback.length > 0
    },
    community: { any: !!assessment?.community.trim(), complete: !!assessment?.community.trim() },
    consent: {
      any: consents.length > 0,
      complete: whoSees.length > 0 && (guardianSpoke || noGuardian)
    }
  };
  const status = Object.fromEntries(
    PARTS.map((p) => {
      const e = evidenceOf[p];
      return [p, !e.any ? 'not-started' : e.complete && confirmed[p] ? 'done' : 'partly'];
    })
  ) as Record<PartId, PartStatus>;

  const counts = new Map<Withheld, number>();
  for (const e of allEvidence({ views: { evidence: views }, information: { options: info } })) {
    for (const why of [e.withheld, e.drawing?.withheld, e.voice?.withheld])
      if (why) counts.set(why, (counts.get(why) ?? 0) + 1);
  }

  return {
    caseId: child.id,
    alias: child.alias,
    externalRef: child.externalRef,
    options,
    sessions: summaries,
    status,
    space: { knewStop },
    information: { options: info, whoSees },
    views: { evidence: views, grid: [...cells.values()], rows },
    understanding: { teachBack: info.flatMap((i) => i.teachBack) },
    weight: { childWish, ranking, departs: departsFromWish },
    audience: {
      guardianSees,
      feedback: [...input.feedback].sort((a, b) => a.at.localeCompare(b.at))
    },
    consent: { current, history },
    withheld: WITHHELD.filter((w) => counts.has(w)).map((reason) => ({
      reason,
      count: counts.get(reason)!
    })),
    assessment,
    audit: [...input.audit].sort((a, b) => a.at.localeCompare(b.at))
  };
}

/** The explained results' modes, languages and versions, for "information given". */
export function explainedFacts(row: InformationRow): {
  langs: string[];
  versions: string[];
  modes: ('text' | 'speech' | 'recording')[];
} {
  const ps = ofKind(
    row.explained.map((e) => e.result),
    'explained'
  ).map((r) => r.payload);
  const modes = new Set<'text' | 'speech' | 'recording'>();
  for (const p of ps) {
    if (!p.readAloud.length) modes.add('text');
    for (const m of p.readAloud) modes.add(m);
  }
  return {
    langs: [...new Set(ps.map((p) => p.lang))],
    versions: [...new Set(ps.map((p) => p.version))],
    modes: [...modes]
  };
}

/** The gaps of the grid a next session could fill: never asked, for a real option or factor. */
export function gaps(grid: readonly CoverageCell[]): CoverageCell[] {
  return grid.filter((c) => c.state === 'never');
}
