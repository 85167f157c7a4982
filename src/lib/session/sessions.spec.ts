import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeCase, makeDraft, makeSession } from '../../../tests/fixtures/factories';
import { useFreshStore } from '../../../tests/fixtures/space';
import { createCase } from '$lib/storage/cases.repo';
import { listObservations } from '$lib/storage/results.repo';
import { createSession } from '$lib/storage/sessions.repo';
import { addObservation, loadCaseSession, loadNewSession, sessionLanguageFor } from './sessions';

const store = useFreshStore();

describe('loadCaseSession', () => {
  it('gives the case and its session', async () => {
    const space = await store.space();
    const c = await createCase(space, makeDraft());
    const s = await createSession(space, c.id, makeSession());
    const got = await loadCaseSession(() => space, c.id, s.id);
    expect(got.child?.id).toBe(c.id);
    expect(got.session?.id).toBe(s.id);
    expect(got.error).toBeNull();
  });

  it('treats a session of another case as missing', async () => {
    const space = await store.space();
    const a = await createCase(space, makeDraft({ alias: 'Amani' }));
    const b = await createCase(space, makeDraft({ alias: 'Bilal' }));
    const s = await createSession(space, b.id, makeSession());
    const got = await loadCaseSession(() => space, a.id, s.id);
    expect(got.child?.id).toBe(a.id);
    expect(got.session).toBeNull();
  });

  it('reports a failure to open the space as the error, never throws', async () => {
    const failure = new Error('locked');
    const got = await loadCaseSession(
      () => {
        throw failure;
      },
      'c',
      's'
    );
    expect(got).toEqual({ child: null, session: null, error: failure });
  });
});

describe('sessionLanguageFor', () => {
  it('takes a code, a native or an English name, else the fallback', () => {
    expect(sessionLanguageFor(makeCase({ childLanguage: ' ar ' }), 'en')).toBe('ar');
    expect(sessionLanguageFor(makeCase({ childLanguage: 'العربية' }), 'en')).toBe('ar');
    expect(sessionLanguageFor(makeCase({ childLanguage: 'Arabic' }), 'en')).toBe('ar');
    expect(sessionLanguageFor(makeCase({ childLanguage: 'Klingon' }), 'fr')).toBe('fr');
  });
});

describe('loadNewSession', () => {
  it('starts the form today, in the child language, with the plan for their age', async () => {
    const space = await store.space();
    const c = await createCase(space, makeDraft({ childLanguage: 'ar' }));
    const { child, initial } = await loadNewSession(space, c.id, 'en', new Date('2026-12-01'));
    expect(child?.id).toBe(c.id);
    expect(initial?.date).toBe('2026-12-01');
    expect(initial?.language).toBe('ar');
    expect(initial?.plan.length).toBeGreaterThan(0);
  });

  it('gives nothing for a case that does not exist', async () => {
    const space = await store.space();
    expect(await loadNewSession(space, 'nope', 'en')).toEqual({ child: null, initial: null });
  });
});

describe('addObservation', () => {
  it('saves the trimmed text, about a plan item only when one is named', async () => {
    const space = await store.space();
    const c = await createCase(space, makeDraft());
    const s = await createSession(space, c.id, makeSession());
    const general = await addObservation(space, s, '  Calm today ', '');
    const about = await addObservation(space, s, 'Smiled', 'a1');
    expect(general.text).toBe('Calm today');
    expect('activityKey' in general).toBe(false);
    expect(about.activityKey).toBe('a1');
    const stored = await listObservations(space, s.id);
    expect(stored.map((o) => o.id).sort()).toEqual([general.id, about.id].sort());
  });
});
