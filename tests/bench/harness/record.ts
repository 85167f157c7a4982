// The record's costs, for tests/bench/run.mjs: buildRecord over 10,000 invented results in
// Chromium, and a backup holding one invented case with 50 drawings, which run.mjs restores
// through the app to time the printable report.
import { emptyAssessment } from '../../../src/lib/domain/assessment';
import type { ConsentRecord } from '../../../src/lib/domain/consent';
import { buildRecord } from '../../../src/lib/domain/record';
import { FACTORS, TIMES, type Result } from '../../../src/lib/domain/results';
import type { Session } from '../../../src/lib/domain/session';
import type { DrawOp } from '../../../src/lib/drawing/model';
import { sealBackup } from '../../../src/lib/storage/backup';
import { makeCase, makeConsent, makeSession } from '../../fixtures/factories';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const AT = '2026-11-01T09:00:00.000Z';

const child = makeCase({
  id: 'bench-case',
  alias: 'Bench child',
  birth: { kind: 'date', date: '2015-05-05' },
  externalRef: 'CP-BENCH-REPORT',
  childLanguage: 'en'
});
const options: Session['options'] = [
  { kind: 'kinship-care', who: '', where: '', notes: '' },
  { kind: 'return-reunification', who: '', where: '', notes: '' }
];

function session(i: number, plan: Session['plan']): Session {
  return makeSession({
    id: `bench-s${i}`,
    caseId: child.id,
    date: `2026-11-${String(1 + (i % 28)).padStart(2, '0')}`,
    language: 'en',
    options,
    plan,
    state: 'completed'
  });
}

function consent(scope: ConsentRecord['scope'], subject: 'child' | 'guardian' = 'child') {
  return makeConsent({
    id: `bench-${scope}`,
    caseId: child.id,
    sessionId: 'bench-s0',
    subject,
    who: subject === 'child' ? 'Bench child' : 'Invented caregiver',
    role: subject,
    ...(subject === 'guardian'
      ? {
          relation: 'aunt',
          method: 'signature' as const,
          signature: [
            [
              [0.1, 0.5],
              [0.9, 0.5]
            ]
          ] as [number, number][][]
        }
      : {}),
    scope,
    at: AT
  });
}

/** Times buildRecord over n results spread over 20 sessions (median of 5). */
function timeBuild(n: number): number {
  const sessions = Array.from({ length: 20 }, (_, i) =>
    session(i, [{ key: 'a1', activity: 'sorting-mat', phase: 'views' }])
  );
  const results: Result[] = Array.from({ length: n }, (_, i) => ({
    id: `r${i}`,
    sessionId: `bench-s${i % 20}`,
    caseId: child.id,
    activityKey: 'a1',
    activity: 'sorting-mat',
    phase: 'views',
    kind: 'placement',
    factor: FACTORS[i % FACTORS.length],
    option: i % 3 ? 'kinship-care' : 'return-reunification',
    time: TIMES[i % TIMES.length],
    declined: i % 17 === 0,
    // Every tenth result moves an earlier card: the history is part of the work.
    supersedes: i % 10 === 9 ? `r${i - 1}` : undefined,
    payload: { round: 'now', item: 'home', column: 'like', points: 3 },
    createdAt: new Date(Date.parse(AT) + i * 1000).toISOString()
  }));
  const input = {
    child,
    sessions,
    results,
    media: { drawings: new Set<string>(), voices: new Set<string>() },
    consents: [consent('take-part')],
    feedback: [],
    assessment: emptyAssessment(child.id, AT),
    audit: []
  };
  const times: number[] = [];
  for (let i = 0; i < 6; i++) {
    const t0 = performance.now();
    buildRecord(input);
    if (i > 0) times.push(performance.now() - t0); // the first run warms the JIT
  }
  return median(times);
}

/** A backup with one case, one session and n drawings of 40 strokes each. */
async function reportBackup(n: number): Promise<string> {
  const s = session(0, [{ key: 'a1', activity: 'drawing-prompt', phase: 'views' }]);
  const records: { kind: string; id: string; updatedAt: string; value: unknown }[] = [
    { kind: 'case', id: child.id, updatedAt: AT, value: child },
    { kind: 'session', id: s.id, updatedAt: AT, value: s }
  ];
  for (const c of [
    consent('take-part'),
    consent('keep-drawings'),
    consent('show-drawings', 'guardian')
  ])
    records.push({ kind: 'consent', id: `${child.id}/${c.id}`, updatedAt: AT, value: c });
  for (let d = 0; d < n; d++) {
    const drawingId = `a1-drawing-${d}`;
    const r: Result = {
      id: `bench-r${d}`,
      sessionId: s.id,
      caseId: child.id,
      activityKey: 'a1',
      activity: 'drawing-prompt',
      phase: 'views',
      kind: 'drawing',
      factor: 'home',
      option: 'none',
      time: 'present',
      payload: { drawingId, marks: 40, prompt: 'place' },
      createdAt: new Date(Date.parse(AT) + d * 60_000).toISOString()
    };
    records.push({ kind: 'result', id: `${s.id}/${r.id}`, updatedAt: AT, value: r });
    for (let k = 0; k < 40; k++) {
      const op: DrawOp = {
        seq: k,
        at: AT,
        op: 'add',
        mark: {
          type: 'stroke',
          id: `m${k}`,
          tool: 'pen',
          color: ['#1e2a2a', '#c0392b', '#2e86de', '#27ae60'][k % 4]!,
          size: 'medium',
          pointer: 'pen',
          points: Array.from({ length: 30 }, (_, p) => [
            100 + ((k * 37 + p * 23) % 1000),
            100 + ((k * 53 + p * 17) % 700),
            0.5
          ])
        }
      };
      records.push({
        kind: 'drawop',
        id: `${s.id}/${drawingId}/${String(k).padStart(6, '0')}`,
        updatedAt: AT,
        value: op
      });
    }
  }
  return sealBackup({ displayName: 'Bench report', records }, 'bench backup passphrase');
}

const w = window as unknown as {
  benchRecord: (n: number, drawings: number) => Promise<{ buildMs: number; backup: string }>;
};
w.benchRecord = async (n, drawings) => ({
  buildMs: timeBuild(n),
  backup: await reportBackup(drawings)
});
document.body.dataset.ready = 'true';
