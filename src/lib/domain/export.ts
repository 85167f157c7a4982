// The record as a file to hand over (DESIGN.md "The record"): versioned JSON that carries the
// external case reference, checked against record.schema.json, with drawings as PNG data and a
// SHA-256 over its canonical content, so a tampered file is refused on import. Only what the
// child and the guardian agreed to share goes in; what is left out is listed with the reason.
// Plus the shape a Primero integration sends (case API v2: child_wishes, consent fields,
// attachments). Pure: nothing here touches the network, storage or the DOM.
import { Validator } from '@cfworker/json-schema';
import type { Assessment, AuditEntry, FeedbackRecord } from './assessment';
import type { ConsentRecord } from './consent';
import { rankedGroups, shareableDrawingKeys, WITHHELD } from './evidence';
import { RESULT_KINDS } from './result-shapes';
import { sha256Hex } from './hash';
import { ofKind } from './results';
import { JSON_MAX_DEPTH, nestsDeeperThan } from './json-limits';
import { MATERIAL_VERSION, OPTION_KINDS, type OptionKind } from './options';
import type { CaseRecord, CoverageCell, Evidence, PartStatus, SessionSummary } from './record';
import schema from './record.schema.json';

export const EXPORT_FORMAT = 'heard-record';
export const EXPORT_VERSION = 1;
/** A record with 50 drawings is a few MB; anything far bigger is not a Heard record. */
export const EXPORT_MAX_BYTES = 50 * 1024 * 1024;

export interface ExportedDrawing {
  /** "<session>/<drawing>", as the evidence refers to it. */
  key: string;
  /** data:image/png;base64,… */
  png: string;
}

/** A snapshot of the record: what a report prints, an import shows, a hash seals. */
export interface RecordExport {
  format: typeof EXPORT_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  exportedBy: string;
  /** The case manager's language: headings in it, the child's words as said. */
  lang: string;
  materialVersion: string;
  case: { id: string; alias: string; externalRef: string };
  record: {
    options: OptionKind[];
    sessions: SessionSummary[];
    status: CaseRecord['status'];
    information: {
      options: {
        option: OptionKind;
        explained: Evidence[];
        teachBack: Evidence[];
        understanding: string | null;
      }[];
      whoSees: ConsentRecord[];
    };
    views: { evidence: Evidence[]; grid: CoverageCell[] };
    weight: { childWish: OptionKind | null; departs: boolean };
    audience: { guardianSees: string[]; feedback: FeedbackRecord[] };
    consent: { current: ConsentRecord[]; history: ConsentRecord[] };
    withheld: CaseRecord['withheld'];
    assessment: Assessment | null;
    audit: AuditEntry[];
  };
  drawings: ExportedDrawing[];
  /** SHA-256 (hex) of the canonical JSON of everything above. */
  contentHash: string;
}

/** JSON with object keys sorted at every level and no spaces: the same content, the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0
          )
        )
      : v
  );
}

/** The hash of an export's content (everything but the hash itself). */
export async function contentHash(e: Omit<RecordExport, 'contentHash'>): Promise<string> {
  const { contentHash: _ignored, ...content } = e as RecordExport;
  void _ignored;
  return sha256Hex(canonicalJson(content));
}

/** Strips what may not leave: withheld results, withheld drawings and every voice's audio. */
function shareable(list: readonly Evidence[]): Evidence[] {
  return list.filter((e) => !e.withheld);
}

/** The record as an export: only what may be shared, drawings as PNG data, sealed by a hash. */
export async function exportRecord(
  r: CaseRecord,
  meta: { exportedAt: string; exportedBy: string; lang: string },
  pngs: ReadonlyMap<string, string>
): Promise<RecordExport> {
  const views = shareable(r.views.evidence);
  const info = r.information.options.map((o) => ({
    option: o.option,
    explained: shareable(o.explained),
    teachBack: shareable(o.teachBack),
    understanding: o.understanding
  }));
  const drawings: ExportedDrawing[] = shareableDrawingKeys({
    views: { evidence: views },
    information: { options: info }
  }).flatMap((key) => {
    const png = pngs.get(key);
    return png ? [{ key, png }] : [];
  });
  const kept = new Set(views.map((e) => e.result.id));
  const content: Omit<RecordExport, 'contentHash'> = {
    format: EXPORT_FORMAT,
    schemaVersion: EXPORT_VERSION,
    exportedAt: meta.exportedAt,
    exportedBy: meta.exportedBy,
    lang: meta.lang,
    materialVersion: MATERIAL_VERSION,
    case: { id: r.caseId, alias: r.alias, externalRef: r.externalRef },
    record: {
      options: r.options,
      sessions: r.sessions,
      status: r.status,
      information: { options: info, whoSees: r.information.whoSees },
      views: {
        evidence: views,
        grid: r.views.grid.map((c) => ({ ...c, evidence: c.evidence.filter((id) => kept.has(id)) }))
      },
      weight: { childWish: r.weight.childWish, departs: r.weight.departs },
      audience: { guardianSees: r.audience.guardianSees, feedback: r.audience.feedback },
      consent: r.consent,
      withheld: r.withheld,
      assessment: r.assessment,
      audit: r.audit
    },
    drawings
  };
  // A round trip through JSON drops undefined fields, so the hash is over what the file holds.
  const plain = JSON.parse(JSON.stringify(content)) as Omit<RecordExport, 'contentHash'>;
  return { ...plain, contentHash: await contentHash(plain) };
}

export type ImportProblem =
  'notJson' | 'notRecord' | 'newer' | 'schema' | 'tampered' | 'tooBig' | 'tooDeep';

/** A file that cannot be imported, with the reason as an i18n key. */
export class ImportError extends Error {
  readonly i18nKey: string;
  constructor(
    readonly problem: ImportProblem,
    readonly details: string[] = []
  ) {
    super(`import: ${problem}${details.length ? ` (${details.join('; ')})` : ''}`);
    this.name = 'ImportError';
    this.i18nKey = `record:import.errors.${problem}`;
  }
}

interface SchemaTables {
  $defs: {
    option: { enum: string[] };
    withheld: { enum: string[] };
    result: { properties: { kind: { enum: string[] } } };
  };
}

/**
 * The record schema with its lists taken from the domain's tables (the options, the reasons for
 * withholding, the result kinds), so a new option or kind needs no second edit here. The file
 * keeps the same lists for readers of the schema alone; a test keeps them equal.
 */
export function recordSchema(): object {
  const s = structuredClone(schema) as unknown as SchemaTables;
  s.$defs.option.enum = [...OPTION_KINDS];
  s.$defs.withheld.enum = [...WITHHELD];
  s.$defs.result.properties.kind.enum = Object.keys(RESULT_KINDS);
  return s;
}

const validator = new Validator(recordSchema(), '2020-12', false);

/** Where a value breaks the schema (empty when it validates). */
export function schemaErrors(value: unknown): string[] {
  const { valid, errors } = validator.validate(value);
  return valid ? [] : errors.slice(0, 5).map((e) => `${e.instanceLocation}: ${e.error}`);
}

/** Reads a chosen file, refusing one too large before reading it whole. */
export async function readExportFile(file: Pick<Blob, 'size' | 'text'>): Promise<RecordExport> {
  if (file.size > EXPORT_MAX_BYTES) throw new ImportError('tooBig');
  return readExport(await file.text());
}

/** Reads an exported file: refuses anything malformed, of a newer version, or tampered with. */
export async function readExport(text: string): Promise<RecordExport> {
  if (text.length > EXPORT_MAX_BYTES) throw new ImportError('tooBig');
  // Checked on the text: the schema check and the hash walk the value recursively.
  if (nestsDeeperThan(text, JSON_MAX_DEPTH)) throw new ImportError('tooDeep');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ImportError('notJson');
  }
  const v = value as Partial<RecordExport> | null;
  if (!v || typeof v !== 'object' || v.format !== EXPORT_FORMAT) throw new ImportError('notRecord');
  if (typeof v.schemaVersion === 'number' && v.schemaVersion > EXPORT_VERSION)
    throw new ImportError('newer');
  const errors = schemaErrors(value);
  if (errors.length) throw new ImportError('schema', errors);
  const e = value as RecordExport;
  if ((await contentHash(e)) !== e.contentHash) throw new ImportError('tampered');
  return e;
}

/** The option a position in the ranking gives Primero's "preference" select. */
const CHOICES = ['first_choice', 'second_choice', 'third_choice'] as const;

function decision(consents: readonly ConsentRecord[], scope: string): boolean | null {
  const r = consents.find((c) => c.subject === 'guardian' && c.scope === scope);
  return r ? r.decision === 'granted' : null;
}

/**
 * The export shaped for Primero's case API v2 (PATCH /api/v2/cases/:id, then one POST per
 * attachment): the child's preferences for the child_wishes form, the consent fields, and the
 * drawings as attachments. Option labels are given in the language passed in.
 */
export function toPrimero(
  e: RecordExport,
  label: (o: OptionKind) => string
): {
  data: Record<string, unknown>;
  attachments: { data: Record<string, string> }[];
} {
  const ranking = e.record.views.evidence
    .filter((v) => v.result.kind === 'ranking' && !v.result.declined)
    .at(-1);
  const groups = rankedGroups(ranking?.result);
  const preferences = groups.flatMap((g, i) =>
    g.map((o) => ({
      wishes_name: label(o),
      wishes_type_of_preference: o,
      ...(CHOICES[i] ? { wishes_preference_relocated: CHOICES[i] } : {})
    }))
  );
  const words = ofKind(
    e.record.views.evidence.map((v) => v.result),
    'words'
  )
    .map((r) => r.payload.text)
    .filter(Boolean);
  const current = e.record.consent.current;
  const sharing = current.filter(
    (c) => c.subject === 'guardian' && c.scope === 'information-sharing'
  );
  const a = e.record.assessment;
  const data: Record<string, unknown> = {
    case_id_display: e.case.externalRef,
    child_preferences_section: preferences,
    wishes_child_views: words.join('\n\n'),
    wishes_recommendation: a?.recommendation.option ? label(a.recommendation.option) : '',
    wishes_recommendation_reasoning: a?.recommendation.reasoning ?? '',
    consent_for_services: decision(current, 'services'),
    consent_for_tracing: decision(current, 'family-tracing'),
    disclosure_other_orgs: sharing.length ? sharing.some((c) => c.decision === 'granted') : null,
    disclosure_other_orgs_recipients: sharing
      .filter((c) => c.decision === 'granted')
      .map((c) => c.recipient ?? ''),
    consent_source: current.some((c) => c.subject === 'guardian' && c.role === 'guardian')
      ? 'legal_guardian'
      : current.some((c) => c.scope === 'no-guardian')
        ? 'other'
        : 'child',
    heard_record_hash: e.contentHash,
    heard_schema_version: e.schemaVersion
  };
  const attachments = e.drawings.map((d, i) => ({
    data: {
      field_name: 'photos',
      attachment_type: 'image',
      file_name: `heard-drawing-${i + 1}.png`,
      content_type: 'image/png',
      attachment: d.png.replace(/^data:image\/png;base64,/, ''),
      description: d.key
    }
  }));
  return { data, attachments };
}

export type { PartStatus };
