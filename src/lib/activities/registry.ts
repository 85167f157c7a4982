// Every activity the child can play. A new activity is one folder (definition.ts + component)
// and one line below; nothing else in the app switches on activity ids.
import { activityDef, type ActivityId, type ChildActivityId } from '$lib/domain/activities';
import type { Buddy } from '$lib/domain/payloads';
import type { Result } from '$lib/domain/results';
import type { AgeBand } from '$lib/domain/age';
import type { ActivityDefinition } from './types';
import { definition as feelingsCheckIn } from './feelings-check-in/definition';
import { definition as freeDrawing } from './free-drawing/definition';
import { definition as chooseBuddy } from './choose-buddy/definition';
import { definition as drawingPrompt } from './drawing-prompt/definition';
import { definition as sortingMat } from './sorting-mat/definition';
import { definition as likesDislikes } from './likes-dislikes/definition';
import { definition as aboutMe } from './about-me/definition';
import { definition as circles } from './circles/definition';
import { definition as threeHouses } from './three-houses/definition';
import { definition as ranking } from './ranking/definition';
import { definition as ownWords } from './own-words/definition';
import { definition as explainOption } from './explain-option/definition';
import { definition as childAssent } from './child-assent/definition';

/**
 * One definition per activity child mode plays, keyed by its id: an activity of the catalogue
 * (domain/activities.ts) without a definition, or a definition of no catalogued activity, is a
 * type error here.
 */
const DEFINITIONS = {
  'feelings-check-in': feelingsCheckIn,
  'free-drawing': freeDrawing,
  'choose-buddy': chooseBuddy,
  'drawing-prompt': drawingPrompt,
  'sorting-mat': sortingMat,
  'likes-dislikes': likesDislikes,
  'about-me': aboutMe,
  circles,
  'three-houses': threeHouses,
  ranking,
  'own-words': ownWords,
  'explain-option': explainOption,
  'child-assent': childAssent
} satisfies Record<ChildActivityId, { id: ActivityId }>;
// Each definition refines its adaptation; the runner reads them all through the base type.
const BY_ID = DEFINITIONS as Record<ChildActivityId, ActivityDefinition>;

const REGISTRY: readonly ActivityDefinition[] = Object.values(BY_ID);

/** The child-mode definition of an activity for a band, or undefined when child mode does not play it. */
export function childActivity(id: ActivityId, band: AgeBand): ActivityDefinition | undefined {
  const def = definitionOf(id);
  if (!def) return undefined;
  return (activityDef(id).bands as readonly AgeBand[]).includes(band) ? def : undefined;
}

/** Every registered activity (for tests and the case manager's plan view). */
export function registeredActivities(): readonly ActivityDefinition[] {
  return REGISTRY;
}

/** The definition of an activity child mode plays, whatever the band (to show its results). */
export function definitionOf(id: ActivityId): ActivityDefinition | undefined {
  return Object.hasOwn(BY_ID, id) ? BY_ID[id as ChildActivityId] : undefined;
}

/** The buddy a session's results say the child chose (an activity that offers one says so). */
export function companionOf(results: readonly Result[]): Buddy | null {
  for (const def of REGISTRY) {
    const buddy = def.companion?.(results.filter((r) => r.activity === def.id));
    if (buddy) return buddy;
  }
  return null;
}
