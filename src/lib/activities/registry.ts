// Every activity the child can play. A new activity is one folder (definition.ts + component)
// and one line below; nothing else in the app switches on activity ids.
import { activityDef, type ActivityId } from '$lib/domain/activities';
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

const REGISTRY: readonly ActivityDefinition[] = [
  feelingsCheckIn,
  freeDrawing,
  chooseBuddy,
  drawingPrompt,
  sortingMat,
  likesDislikes,
  aboutMe,
  circles,
  threeHouses,
  ranking,
  ownWords,
  explainOption,
  childAssent
] as ActivityDefinition[];

/** The child-mode definition of an activity for a band, or undefined when child mode does not play it. */
export function childActivity(id: ActivityId, band: AgeBand): ActivityDefinition | undefined {
  const def = REGISTRY.find((d) => d.id === id);
  if (!def) return undefined;
  return (activityDef(id).bands as readonly AgeBand[]).includes(band) ? def : undefined;
}

/** Every registered activity (for tests and the case manager's plan view). */
export function registeredActivities(): readonly ActivityDefinition[] {
  return REGISTRY;
}

/** The definition of an activity child mode plays, whatever the band (to show its results). */
export function definitionOf(id: ActivityId): ActivityDefinition | undefined {
  return REGISTRY.find((d) => d.id === id);
}
