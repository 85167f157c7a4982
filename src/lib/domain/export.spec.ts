import { describe, expect, it, vi } from 'vitest';
import { makeConsent, makeRecordInput } from '../../../tests/fixtures/factories';
import { emptyAssessment } from './assessment';
import {
  canonicalJson,
  contentHash,
  EXPORT_MAX_BYTES,
  exportRecord,
  ImportError,
  readExport,
  readExportFile,
  recordSchema,
  schemaErrors,
  toPrimero,
  type RecordExport
} from './export';
import { OPTION_KINDS } from './options';
import { buildRecord, WITHHELD } from './record';
import { RESULT_KINDS } from './result-shapes';
import schema from './record.schema.json';

const meta = { exportedAt: '2026-11-26T10:00:00.000Z', exportedBy: 'Lena Ortiz', lang: 'en' };
const PNG = 'data:image/png;base64,iVBORw0KGgo=';

async function sample() {
  const a = emptyAssessment('case-r', '2026-11-21T09:00:00.000Z', 'ar');
  a.recommendation = { option: 'kinship-care', reasoning: 'She feels safe there', departure: '' };
  const input = makeRecordInput({ assessment: a });
  input.consents.push(
    makeConsent({
      caseId: 'case-r',
      subject: 'guardian',
      role: 'guardian',
      who: 'Samira',
      relation: 'aunt',
      scope: 'services',
      method: 'signature',
      at: '2026-11-10T09:31:00.000Z'
    })
  );
  return exportRecord(buildRecord(input), meta, new Map([['s2/d1', PNG]]));
}

async function refusal(text: string): Promise<string> {
  try {
    await readExport(text);
  } catch (err) {
    if (err instanceof ImportError) return err.problem;
    throw err;
  }
  return 'accepted';
}

describe('the schema', () => {
  it('names every option kind, every reason to leave something out and every result kind', () => {
    expect(schema.$defs.option.enum).toEqual([...OPTION_KINDS]);
    expect(schema.$defs.withheld.enum).toEqual([...WITHHELD]);
    expect(schema.$defs.result.properties.kind.enum).toEqual(Object.keys(RESULT_KINDS));
  });

  it('is checked with its lists taken from the domain’s tables', () => {
    const s = recordSchema() as typeof schema;
    expect(s.$defs.option.enum).toEqual([...OPTION_KINDS]);
    expect(s.$defs.withheld.enum).toEqual([...WITHHELD]);
    expect(s.$defs.result.properties.kind.enum).toEqual(Object.keys(RESULT_KINDS));
  });
});

describe('exportRecord and readExport', () => {
  it('gives a file that validates against the schema and reads back unchanged', async () => {
    const e = await sample();
    expect(schemaErrors(e)).toEqual([]);
    expect(e.drawings).toEqual([{ key: 's2/d1', png: PNG }]);
    expect(e.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const back = await readExport(JSON.stringify(e, null, 2));
    expect(back).toEqual(e);
  });

  it('hashes the content, not the layout: keys in any order give the same text', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: 3 } })).toBe(
      '{"a":{"c":3,"d":[2,{"e":0,"f":1}]},"b":1}'
    );
  });

  it('leaves out what the child took back, and lists it', async () => {
    const input = makeRecordInput();
    input.consents.push(
      makeConsent({
        caseId: 'case-r',
        who: 'Mina',
        scope: 'take-part',
        decision: 'withdrawn',
        supersedes: input.consents[0]!.id,
        at: '2026-11-21T09:00:00.000Z'
      })
    );
    const e = await exportRecord(buildRecord(input), meta, new Map([['s2/d1', PNG]]));
    expect(e.record.views.evidence).toEqual([]);
    expect(e.drawings).toEqual([]);
    expect(e.record.withheld).toContainEqual({ reason: 'take-part-withdrawn', count: 5 });
    expect(e.record.views.grid.every((c) => c.evidence.length === 0)).toBe(true);
    expect(JSON.stringify(e)).not.toContain('I want to stay with my aunt');
  });

  it('refuses a file that is not JSON, not a record, newer, malformed or tampered with', async () => {
    const e = await sample();
    expect(await refusal('{"format":')).toBe('notJson');
    expect(await refusal('{"format":"heard-backup"}')).toBe('notRecord');
    expect(await refusal(JSON.stringify({ ...e, schemaVersion: 2 }))).toBe('newer');
    const { record: _r, ...noRecord } = e;
    void _r;
    expect(await refusal(JSON.stringify(noRecord))).toBe('schema');
    expect(
      await refusal(JSON.stringify({ ...e, drawings: [{ key: 's2/d1', png: 'javascript:1' }] }))
    ).toBe('schema');
    const tampered = structuredClone(e);
    tampered.record.assessment!.recommendation.option = 'return-reunification';
    expect(await refusal(JSON.stringify(tampered))).toBe('tampered');
  });
});

describe('hostile record files', () => {
  /** The sample with one change, sealed again so only the change can be refused. */
  async function resealed(change: (e: RecordExport) => void): Promise<string> {
    const e = structuredClone(await sample());
    change(e);
    const { contentHash: _h, ...content } = e;
    void _h;
    return JSON.stringify({ ...content, contentHash: await contentHash(content) });
  }

  it('accepts the sample resealed unchanged', async () => {
    expect(await refusal(await resealed(() => undefined))).toBe('accepted');
  });

  it('refuses a result whose payload is not what its kind records', async () => {
    // A file can hold anything: the result is changed as untyped JSON.
    const ranking = (e: RecordExport) =>
      e.record.views.evidence.find((v) => v.result.kind === 'ranking')!.result as {
        kind: string;
        payload: unknown;
      };
    expect(await refusal(await resealed((e) => void (ranking(e).payload = null)))).toBe('schema');
    expect(
      await refusal(await resealed((e) => void (ranking(e).payload = { groups: 'first' })))
    ).toBe('schema');
    // A feeling's payload under the ranking activity would be read as a ranking.
    expect(
      await refusal(
        await resealed((e) => {
          const r = ranking(e);
          r.kind = 'feeling';
          r.payload = { moment: 'start' };
        })
      )
    ).toBe('schema');
    expect(await refusal(await resealed((e) => void (ranking(e).kind = 'wizardry')))).toBe(
      'schema'
    );
  });

  it('refuses JSON nested 20,000 deep with tooDeep', async () => {
    const deep = `{"format":"heard-record","schemaVersion":1,"case":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    expect(await refusal(deep)).toBe('tooDeep');
  });

  it('refuses a file larger than the limit with tooBig, without reading it', async () => {
    const file = { size: EXPORT_MAX_BYTES + 1, text: vi.fn(() => Promise.resolve('{}')) };
    await expect(readExportFile(file)).rejects.toMatchObject({
      problem: 'tooBig',
      i18nKey: 'record:import.errors.tooBig'
    });
    expect(file.text).not.toHaveBeenCalled();
  });
});

describe('toPrimero', () => {
  it('maps the ranking, the words, the consents and the drawings to case API v2 fields', async () => {
    const e = await sample();
    const p = toPrimero(e, (o) => `label:${o}`);
    expect(p.data).toMatchObject({
      case_id_display: 'CP-2026-0001',
      child_preferences_section: [
        {
          wishes_name: 'label:kinship-care',
          wishes_type_of_preference: 'kinship-care',
          wishes_preference_relocated: 'first_choice'
        },
        {
          wishes_name: 'label:return-reunification',
          wishes_type_of_preference: 'return-reunification',
          wishes_preference_relocated: 'second_choice'
        }
      ],
      wishes_child_views: 'I want to stay with my aunt',
      wishes_recommendation: 'label:kinship-care',
      consent_for_services: true,
      consent_for_tracing: null,
      disclosure_other_orgs: null,
      consent_source: 'legal_guardian',
      heard_record_hash: e.contentHash
    });
    expect(p.attachments).toEqual([
      {
        data: {
          field_name: 'photos',
          attachment_type: 'image',
          file_name: 'heard-drawing-1.png',
          content_type: 'image/png',
          attachment: 'iVBORw0KGgo=',
          description: 's2/d1'
        }
      }
    ]);
  });
});
