// Runs the app's own storage code in Chromium's real IndexedDB and WebCrypto, for
// tests/bench/run.mjs: unlock (key derivation), and an encrypted save against a plain idb put
// of the same value with the same durability. Also seals a backup of 1,000 invented cases.
import { openDB } from 'idb';
import { sealBackup } from '../../../src/lib/storage/backup';
import { openHeardDb } from '../../../src/lib/storage/db';
import { createProfile, unlockProfile } from '../../../src/lib/storage/profiles.repo';
import { putRecord } from '../../../src/lib/storage/records.repo';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function invented(i: number) {
  return {
    id: `bench-${i}`,
    alias: `Child ${i}`,
    birth: {
      kind: 'date',
      date: `20${String(10 + (i % 13)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`
    },
    gender: '',
    childLanguage: 'ar',
    guardianLanguage: 'ar',
    accompaniment: 'accompanied',
    caregivers: [{ name: `Caregiver ${i}`, relation: 'aunt', language: 'ar' }],
    noCaregiverReason: '',
    externalRef: `CP-BENCH-${i}`,
    notes: 'Invented case for the benchmark. '.repeat(5),
    archived: false,
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z'
  };
}

async function run(n: number) {
  const db = await openHeardDb({ name: 'heard-bench' });
  const { profile, key } = await createProfile(db, 'Bench', 'bench passphrase 2026');
  const space = { db: () => Promise.resolve(db), profileId: profile.id, key };
  const plainDb = await openDB('heard-bench-plain', 1, {
    upgrade: (d) => void d.createObjectStore('plain')
  });

  const unlocks: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await unlockProfile(db, profile.id, 'bench passphrase 2026');
    unlocks.push(performance.now() - t0);
  }

  const plain: number[] = [];
  const encrypted: number[] = [];
  const cases = Array.from({ length: n }, (_, i) => invented(i));
  for (const c of cases) {
    let t0 = performance.now();
    const tx = plainDb.transaction('plain', 'readwrite', { durability: 'strict' });
    await Promise.all([tx.store.put(c, c.id), tx.done]);
    plain.push(performance.now() - t0);
    t0 = performance.now();
    await putRecord(space, 'case', c.id, c);
    encrypted.push(performance.now() - t0);
  }
  const backup = await sealBackup(
    {
      displayName: 'Bench',
      records: cases.map((c) => ({ kind: 'case', id: c.id, updatedAt: c.updatedAt, value: c }))
    },
    'bench backup passphrase'
  );
  db.close();
  plainDb.close();
  return {
    unlockMs: median(unlocks),
    plainPutMs: median(plain),
    encryptedSaveMs: median(encrypted),
    backup
  };
}

(window as unknown as { runBench: typeof run }).runBench = run;
document.body.dataset.ready = 'true';
