// Rules of every child activity, checked headless: no database, no DOM.
import { describe, expect, it } from 'vitest';
import { makeResult } from '../../../tests/fixtures/factories';
import { ACTIVITIES, type ActivityId } from '$lib/domain/activities';
import { RESULT_KINDS } from '$lib/domain/result-shapes';
import { AGE_BANDS, type AgeBand } from '$lib/domain/age';
import type { AppT } from '$lib/i18n/i18n.svelte';
import { cleanAnswers } from './about-me/definition';
import { makePerson, placements, seat } from './circles/definition';
import { facesFor, isFeelingPayload } from './feelings-check-in/definition';
import { likeItemsFor, remainingLikes } from './likes-dislikes/definition';
import { cleanWords, voiceAllowed } from './own-words/definition';
import { groupsOf, initialOrder, moveTo, placesOf, setTied } from './ranking/definition';
import { childActivity, definitionOf, registeredActivities } from './registry';
import {
  columnsFor,
  isPlacement,
  matState,
  roundsFor,
  type PlacementPayload
} from './sorting-mat/definition';
import { houseHasContent } from './three-houses/definition';

/** A t that shows the key and its values, so summaries can be checked without English. */
const t = ((key: string, o?: Record<string, unknown>) =>
  o ? `${key} ${JSON.stringify(o)}` : key) as unknown as AppT;

describe('the registry', () => {
  // The guardian's consent is given in guardian mode, not played by the child.
  const notChild: ActivityId[] = ['guardian-consent'];

  it('each activity declares exactly the result kinds the domain says it records', () => {
    for (const def of registeredActivities()) {
      const recorded = (Object.keys(RESULT_KINDS) as (keyof typeof RESULT_KINDS)[]).filter((k) =>
        RESULT_KINDS[k].activities.includes(def.id)
      );
      expect([...def.resultKinds].sort(), def.id).toEqual(recorded.sort());
    }
  });

  it('registers every child activity of the catalog once', () => {
    const ids = registeredActivities().map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(
      ACTIVITIES.map((a) => a.id)
        .filter((id) => !notChild.includes(id))
        .sort()
    );
  });

  it('plays an activity only in the bands the catalog gives it', () => {
    expect(childActivity('likes-dislikes', '9-12')).toBeDefined();
    expect(childActivity('likes-dislikes', '3-5')).toBeUndefined();
    expect(childActivity('about-me', '13-17')).toBeDefined();
    expect(childActivity('about-me', '9-12')).toBeUndefined();
    expect(childActivity('guardian-consent', '6-8')).toBeUndefined();
  });

  it('adapts every activity to each band: no reading at 3–5, text first at 13–17', () => {
    for (const def of registeredActivities()) {
      for (const band of AGE_BANDS) {
        const a = def.adapt(band);
        if (band === '3-5') {
          expect(a.captions, def.id).toBe(false);
          expect(a.choices, def.id).toBeLessThanOrEqual(3);
        }
        if (band === '13-17') expect(a.textFirst, def.id).toBe(true);
      }
    }
  });

  it('summarises nothing when there are no results', () => {
    for (const def of registeredActivities()) {
      expect(def.summarise({ current: [], all: [], t }), def.id).toEqual([]);
    }
  });

  it('finds a definition whatever the band', () => {
    expect(definitionOf('ranking')?.id).toBe('ranking');
    expect(definitionOf('guardian-consent')).toBeUndefined();
  });
});

describe('feelings check-in', () => {
  it('shows three faces to ages 3–8 and five from 9', () => {
    expect(facesFor('3-5')).toHaveLength(3);
    expect(facesFor('6-8')).toHaveLength(3);
    expect(facesFor('9-12')).toHaveLength(5);
    expect(facesFor('13-17')).toHaveLength(5);
  });

  it('accepts only a face the scale offers', () => {
    expect(isFeelingPayload({ feeling: 'happy', scale: 3, moment: 'start' })).toBe(true);
    expect(isFeelingPayload({ feeling: 'very-happy', scale: 3, moment: 'start' })).toBe(false);
    expect(isFeelingPayload({ feeling: 'happy', scale: 4, moment: 'end' })).toBe(false);
  });

  it('summarises a declined check-in as declined', () => {
    const r = makeResult({ kind: 'feeling', payload: { moment: 'end' }, declined: true });
    const [line] = definitionOf('feelings-check-in')!.summarise({ current: [r], all: [r], t });
    expect(line?.declined).toBe(true);
  });
});

describe('sorting mat', () => {
  it('keeps the youngest to here and now; from 6 adds one round per option', () => {
    expect(roundsFor('3-5', ['foster-care']).map((r) => r.id)).toEqual(['now']);
    expect(roundsFor('6-8', ['foster-care']).map((r) => r.id)).toEqual([
      'now',
      'option-foster-care'
    ]);
    expect(roundsFor('9-12', ['foster-care', 'resettlement']).map((r) => r.id)).toEqual([
      'now',
      'before',
      'option-foster-care',
      'option-resettlement'
    ]);
  });

  it('tags rounds with the time they are about', () => {
    const [now, before, option] = roundsFor('13-17', ['kinship-care']);
    expect([now!.time, before!.time, option!.time]).toEqual(['present', 'past', 'future']);
    expect(option!.option).toBe('kinship-care');
    expect(option!.scale).toBe('want');
  });

  it('shows three columns, or the two ends for a child who struggles', () => {
    expect(columnsFor('feel', 3)).toEqual(['like', 'not-sure', 'dislike']);
    expect(columnsFor('want', 2)).toEqual(['want', 'dont-want']);
  });

  it('resumes at the first card not placed; a declined card counts as answered', () => {
    const rounds = roundsFor('3-5', []);
    const placed = (item: string, extra: Partial<PlacementPayload> = {}, declined = false) =>
      makeResult({
        kind: 'placement',
        declined,
        payload: { round: 'now', item, points: 3, ...extra }
      });
    const s = matState(rounds, [placed('home', { column: 'like' }), placed('family', {}, true)]);
    expect(s.next).toEqual({ round: 0, item: 2 });
    const all = rounds[0]!.items.map((i) => placed(i, { column: 'dislike' }));
    expect(matState(rounds, all).next).toBeNull();
  });

  it('follows a moved card to where it is now', () => {
    const rounds = roundsFor('3-5', []);
    const first = makeResult({
      id: 'p1',
      kind: 'placement',
      payload: { round: 'now', item: 'home', column: 'like', points: 3 }
    });
    const moved = makeResult({
      id: 'p2',
      kind: 'placement',
      supersedes: 'p1',
      payload: { round: 'now', item: 'home', column: 'dislike', points: 3 },
      createdAt: '2026-11-25T11:00:00.000Z'
    });
    const s = matState(rounds, [first, moved]);
    expect((s.placed.get('now/home')?.payload as PlacementPayload).column).toBe('dislike');
    const lines = definitionOf('sorting-mat')!.summarise({
      current: [moved],
      all: [first, moved],
      t
    });
    expect(lines[0]?.moved).toBe(1);
  });

  it('refuses a placement in a column the scale does not have', () => {
    const rounds = roundsFor('9-12', []);
    expect(isPlacement({ round: 'now', item: 'home', column: 'like', points: 3 }, rounds)).toBe(
      true
    );
    expect(isPlacement({ round: 'now', item: 'home', column: 'want', points: 3 }, rounds)).toBe(
      false
    );
    expect(isPlacement({ round: 'now', item: 'home', column: 'not-sure', points: 2 }, rounds)).toBe(
      false
    );
    expect(isPlacement({ round: 'later', item: 'home', points: 3 }, rounds)).toBe(false);
  });
});

describe('circles', () => {
  it('keeps each person in the circle of their latest placement', () => {
    const ben = makePerson('p1', '  Coach Ben ', 'man');
    const a = makeResult({ id: 'c1', kind: 'circle', payload: { person: ben, ring: 'outer' } });
    const b = makeResult({
      id: 'c2',
      kind: 'circle',
      supersedes: 'c1',
      payload: { person: ben, ring: 'middle' },
      createdAt: '2026-11-25T12:00:00.000Z'
    });
    expect(placements([a, b])).toEqual([{ person: { ...ben, name: 'Coach Ben' }, ring: 'middle' }]);
  });

  it('seats people on their ring, inside the picture', () => {
    for (const ring of ['inner', 'middle', 'outer'] as const) {
      for (let i = 0; i < 6; i++) {
        const { x, y } = seat(ring, i, 6);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(100);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(100);
      }
    }
  });
});

describe('ranking', () => {
  const start = initialOrder(['kinship-care', 'foster-care', 'local-integration']);

  it('moves an option to a new place', () => {
    expect(moveTo(start, 'local-integration', 0).map((e) => e.kind)).toEqual([
      'local-integration',
      'kinship-care',
      'foster-care'
    ]);
  });

  it('allows ties, which share a place', () => {
    const tied = setTied(start, 'foster-care', true);
    expect(groupsOf(tied)).toEqual([['kinship-care', 'foster-care'], ['local-integration']]);
    expect(placesOf(tied)).toEqual([1, 1, 2]);
  });

  it('never ties the first option to nothing', () => {
    const tied = setTied(start, 'foster-care', true);
    const moved = moveTo(tied, 'foster-care', 0);
    expect(moved[0]).toEqual({ kind: 'foster-care', tied: false });
  });
});

describe('own words', () => {
  it('keeps the words and the translation apart, trimmed', () => {
    expect(
      cleanWords({
        text: ' Je veux rester. ',
        typedBy: 'case-manager',
        language: 'fr',
        translation: ' I want to stay. '
      })
    ).toEqual({
      text: 'Je veux rester.',
      typedBy: 'case-manager',
      language: 'fr',
      translation: 'I want to stay.'
    });
    expect(cleanWords({ text: '   ', typedBy: 'child', language: 'en' })).toBeNull();
  });

  it('allows a recording only after the child said yes, and not after they took it back', () => {
    const yes = { kind: 'voice-permission', payload: { granted: true } };
    const no = { kind: 'voice-permission', payload: { granted: false } };
    expect(voiceAllowed([])).toBe(false);
    expect(voiceAllowed([yes])).toBe(true);
    expect(voiceAllowed([yes, no])).toBe(false);
  });
});

describe('about me, likes and houses', () => {
  it('drops empty answers', () => {
    expect(cleanAnswers({ goodAt: ' Fixing bikes ', enjoy: '  ' })).toEqual({
      goodAt: 'Fixing bikes'
    });
  });

  it('shows fewer like cards under 13 and skips those answered', () => {
    expect(likeItemsFor('9-12' as AgeBand)).toHaveLength(8);
    expect(likeItemsFor('13-17')).toHaveLength(10);
    expect(remainingLikes(['music', 'reading'], [{ payload: { item: 'music' } }])).toEqual([
      'reading'
    ]);
  });

  it('keeps a house only when it holds something', () => {
    expect(houseHasContent({ name: '', words: ' ', marks: 0 })).toBe(false);
    expect(houseHasContent({ name: '', words: '', marks: 2 })).toBe(true);
  });
});
