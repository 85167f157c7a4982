import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeDraft, makeSession } from '../../../tests/fixtures/factories';
import { useFreshStore } from '../../../tests/fixtures/space';
import type { ConsentInput } from '$lib/domain/consent';
import { createCase } from '$lib/storage/cases.repo';
import { listConsents } from '$lib/storage/consents.repo';
import { countMedia, saveVoice } from '$lib/storage/media.repo';
import { createSession } from '$lib/storage/sessions.repo';
import { ConsentKeeper } from './consents.svelte';

const store = useFreshStore();
const shown = { lang: 'en', version: '1', textHash: 'd'.repeat(64) };

async function setUp() {
  const space = await store.space();
  const c = await createCase(space, makeDraft({ alias: 'Amani' }));
  const s = await createSession(space, c.id, makeSession());
  const voice = new Blob([new Uint8Array([1])], { type: 'audio/webm' });
  await saveVoice(
    space,
    { id: 'v1', sessionId: s.id, mime: 'audio/webm', durationMs: 1, createdAt: 'x' },
    voice
  );
  const grant: ConsentInput = {
    caseId: c.id,
    sessionId: s.id,
    subject: 'child',
    who: 'Amani',
    role: 'child',
    scope: 'keep-voice',
    decision: 'granted',
    method: 'tap',
    witness: 'Ana Ruiz',
    ...shown
  };
  return { space, c, s, grant };
}

describe('ConsentKeeper', () => {
  it('withdraws keeping the voice with a new record, then deletes the voice notes', async () => {
    const { space, c, s, grant } = await setUp();
    const keeper = await ConsentKeeper.load(space, c.id);
    const [given] = await keeper.add([grant]);
    expect(keeper.mayKeep('keep-voice')).toBe(true);
    expect(await keeper.mediaCount('keep-voice')).toBe(1);
    await keeper.applyEffects('keep-voice');
    expect((await countMedia(space, [s.id])).voices).toBe(1);

    await keeper.withdraw(given!, { who: 'Amani', role: 'child', method: 'tap' }, shown);
    await keeper.applyEffects('keep-voice');
    expect((await countMedia(space, [s.id])).voices).toBe(0);
    const { consents } = await listConsents(space, c.id);
    expect(consents.map((r) => r.decision)).toEqual(['granted', 'withdrawn']);
    expect(consents[1]!.supersedes).toBe(given!.id);
    expect(consents[1]!.at > consents[0]!.at).toBe(true);
  });

  it('refuses a record with a problem and saves nothing of the batch after it', async () => {
    const { space, c, grant } = await setUp();
    const keeper = await ConsentKeeper.load(space, c.id);
    await expect(keeper.add([{ ...grant, textHash: 'nope' }])).rejects.toThrow(/hash/);
    expect(keeper.records).toEqual([]);
    expect((await listConsents(space, c.id)).consents).toEqual([]);
  });

  it('keeps the order of records saved in the same millisecond', async () => {
    const { space, c, grant } = await setUp();
    const keeper = new ConsentKeeper(space, c.id, [], () => new Date('2026-11-26T10:00:00.000Z'));
    const [a] = await keeper.add([grant]);
    const w = await keeper.withdraw(a!, { who: 'Amani', role: 'child', method: 'tap' }, shown);
    expect(w.at > a!.at).toBe(true);
    expect(keeper.granted('child', 'keep-voice')).toBe(false);
  });

  it('trusts no decision once a record was removed outside Heard: a deleted withdrawal never reads as a grant', async () => {
    const { space, c, grant } = await setUp();
    const keeper = await ConsentKeeper.load(space, c.id);
    const [given] = await keeper.add([grant, { ...grant, scope: 'share-guardian' }]);
    const w = await keeper.withdraw(given!, { who: 'Amani', role: 'child', method: 'tap' }, shown);
    // Someone with the tablet's files deletes the child's withdrawal.
    await store.db.delete('records', `${space.profileId}/consent/${c.id}/${w.id}`);

    const reloaded = await ConsentKeeper.load(space, c.id);
    expect(reloaded.damaged).toBe(1);
    expect(reloaded.records.map((r) => r.decision)).toEqual(['granted', 'granted']);
    expect(reloaded.granted('child', 'keep-voice')).toBe(false);
    expect(reloaded.mayKeep('keep-voice')).toBe(false);
    expect(reloaded.mayKeep('keep-drawings')).toBe(false);
    expect(reloaded.sharedWithGuardian('drawings')).toBe(false);
  });
});
