// Teach-back: after each option card the child shows, in play, what they understood. Nobody
// fails: an answer that shows a misunderstanding leads back to the card, and the result only
// tells the case manager how well the explanation worked (checklist questions 1 and 3).
import type { AgeBand } from './age';
import {
  CHANGES,
  optionFacts,
  OPTION_KINDS,
  type Change,
  type Country,
  type OptionKind,
  type People,
  type Place
} from './options';
import type { TeachBackPayload, Understanding } from './payloads';

export { PLACES, COUNTRIES, PEOPLE, CHANGES } from './options';
export type { Place, Country, People, Change } from './options';

export type { Understanding, ExplainedPayload, TeachBackPayload } from './payloads';

export type Question =
  | { id: 'where'; kind: 'pick'; choices: Place[]; answer: Place }
  | { id: 'country'; kind: 'pick'; choices: Country[]; answer: Country }
  | { id: 'who'; kind: 'pick'; choices: People[]; answer: People }
  | { id: 'changes'; kind: 'changes'; choices: readonly Change[] };

/** Rotates a list so the right answer is not always in the same place, deterministically. */
function shuffle<T>(items: T[], seed: number): T[] {
  const n = items.length;
  return items.map((_, i) => items[(i + seed) % n]!);
}

function seedOf(kind: OptionKind): number {
  return OPTION_KINDS.indexOf(kind);
}

/**
 * Other places to choose from: first the other options of this session (the child tells
 * them apart), then the rest of the catalogue.
 */
function otherPlaces(kind: OptionKind, session: readonly OptionKind[], n: number): Place[] {
  const own = optionFacts(kind).place;
  const order = [...session, ...OPTION_KINDS].map((k) => optionFacts(k).place);
  return [...new Set(order)].filter((p) => p !== own).slice(0, n);
}

/** The teach-back questions for an option and a band. */
export function questionsFor(
  kind: OptionKind,
  band: AgeBand,
  session: readonly OptionKind[]
): Question[] {
  const { place, country, people } = optionFacts(kind);
  const seed = seedOf(kind);
  if (band === '3-5') {
    return [
      {
        id: 'where',
        kind: 'pick',
        choices: shuffle([place, ...otherPlaces(kind, session, 2)], seed),
        answer: place
      }
    ];
  }
  if (band === '6-8') {
    const qs: Question[] = [
      {
        id: 'where',
        kind: 'pick',
        choices: shuffle([place, ...otherPlaces(kind, session, 1)], seed),
        answer: place
      }
    ];
    if (country) {
      const other: Country = country === 'here' ? 'home' : 'here';
      qs.push({
        id: 'country',
        kind: 'pick',
        choices: shuffle([country, other], seed),
        answer: country
      });
    } else if (people) {
      const other: People = people === 'family' ? 'foster-family' : 'family';
      qs.push({
        id: 'who',
        kind: 'pick',
        choices: shuffle([people, other], seed + 1),
        answer: people
      });
    }
    return qs;
  }
  return [{ id: 'changes', kind: 'changes', choices: CHANGES }];
}

/** How well a picture answer shows the option was understood. */
export function gradePick(q: Extract<Question, { kind: 'pick' }>, answer: string): Understanding {
  return answer === q.answer ? 'understood' : 'not-yet';
}

/**
 * "What would change for you?": understood when every sure change is chosen and nothing that
 * surely stays; partly when some of it is right; not yet otherwise.
 */
export function gradeChanges(kind: OptionKind, chosen: readonly Change[]): Understanding {
  const { changes, stays } = optionFacts(kind);
  const hits = changes.filter((c) => chosen.includes(c)).length;
  const wrong = stays.filter((c) => chosen.includes(c)).length;
  if (hits === changes.length && wrong === 0) return 'understood';
  if (hits > 0 || (changes.length === 0 && chosen.length > wrong)) return 'partly';
  return 'not-yet';
}

/** The best understanding shown for each question of an option (for the case manager). */
export function bestUnderstanding(
  answers: readonly Pick<TeachBackPayload, 'question' | 'understanding'>[]
): Partial<Record<Question['id'], Understanding>> {
  const rank: Record<Understanding, number> = { 'not-yet': 0, partly: 1, understood: 2 };
  const out: Partial<Record<Question['id'], Understanding>> = {};
  for (const a of answers) {
    const had = out[a.question];
    if (!had || rank[a.understanding] > rank[had]) out[a.question] = a.understanding;
  }
  return out;
}
