// The activities a session plan can hold: id, phase and the age bands each supports. The
// child-facing components register against these ids (src/lib/activities/registry.ts).
import type { AgeBand } from './age';
import type { OptionKind } from './options';

export const PHASES = ['joining', 'explaining', 'views', 'consent'] as const;
export type Phase = (typeof PHASES)[number];

export interface ActivityDef {
  id: string;
  phase: Phase;
  bands: readonly AgeBand[];
  /** One instance per option under consideration (the explaining cards). */
  perOption?: boolean;
  /** Who plays it: the child in child mode (the default), or the guardian in guardian mode. */
  playedBy?: 'guardian';
}

const ALL: readonly AgeBand[] = ['3-5', '6-8', '9-12', '13-17'];

export const ACTIVITIES = [
  { id: 'feelings-check-in', phase: 'joining', bands: ALL },
  { id: 'free-drawing', phase: 'joining', bands: ALL },
  { id: 'choose-buddy', phase: 'joining', bands: ['3-5', '6-8', '9-12'] },
  { id: 'likes-dislikes', phase: 'joining', bands: ['9-12', '13-17'] },
  { id: 'about-me', phase: 'joining', bands: ['13-17'] },
  { id: 'circles', phase: 'joining', bands: ['6-8', '9-12', '13-17'] },
  { id: 'explain-option', phase: 'explaining', bands: ALL, perOption: true },
  { id: 'sorting-mat', phase: 'views', bands: ALL },
  { id: 'three-houses', phase: 'views', bands: ['6-8', '9-12', '13-17'] },
  { id: 'ranking', phase: 'views', bands: ['9-12', '13-17'] },
  { id: 'own-words', phase: 'views', bands: ALL },
  { id: 'drawing-prompt', phase: 'views', bands: ALL },
  { id: 'child-assent', phase: 'consent', bands: ALL },
  { id: 'guardian-consent', phase: 'consent', bands: ALL, playedBy: 'guardian' }
] as const satisfies readonly ActivityDef[];

export type ActivityId = (typeof ACTIVITIES)[number]['id'];
/** The activities child mode plays: each has one definition and component (activities/registry.ts). */
export type ChildActivityId = Exclude<(typeof ACTIVITIES)[number], { playedBy: 'guardian' }>['id'];

export interface ActivityInstance {
  /** Unique within the plan. */
  key: string;
  activity: ActivityId;
  phase: Phase;
  /** For per-option activities: which option. */
  option?: OptionKind;
}

/** The definition of an activity id. */
export function activityDef(id: ActivityId): ActivityDef {
  return ACTIVITIES.find((a) => a.id === id)!;
}

/** Activities that fit a band in a phase. */
export function activitiesFor(band: AgeBand, phase: Phase): ActivityDef[] {
  return ACTIVITIES.filter(
    (a) => a.phase === phase && (a.bands as readonly AgeBand[]).includes(band)
  );
}

const SUGGESTED: Record<AgeBand, ActivityId[]> = {
  '3-5': [
    'guardian-consent',
    'child-assent',
    'feelings-check-in',
    'choose-buddy',
    'free-drawing',
    'explain-option',
    'sorting-mat',
    'drawing-prompt',
    'own-words',
    'child-assent',
    'feelings-check-in'
  ],
  '6-8': [
    'guardian-consent',
    'child-assent',
    'feelings-check-in',
    'choose-buddy',
    'circles',
    'explain-option',
    'sorting-mat',
    'three-houses',
    'child-assent',
    'feelings-check-in'
  ],
  '9-12': [
    'guardian-consent',
    'child-assent',
    'feelings-check-in',
    'likes-dislikes',
    'circles',
    'explain-option',
    'sorting-mat',
    'three-houses',
    'ranking',
    'child-assent',
    'feelings-check-in'
  ],
  '13-17': [
    'guardian-consent',
    'child-assent',
    'feelings-check-in',
    'about-me',
    'explain-option',
    'own-words',
    'ranking',
    'child-assent',
    'feelings-check-in'
  ]
};

/**
 * The default plan for a band (DESIGN.md "Suggested session plans"): consent first, a
 * feelings check-in at the start and the end, one explaining card per option, and the
 * child's assent revisited before the end.
 */
export function suggestedPlan(band: AgeBand, options: readonly OptionKind[]): ActivityInstance[] {
  const plan: ActivityInstance[] = [];
  let n = 0;
  for (const id of SUGGESTED[band]) {
    const def = activityDef(id);
    if (def.perOption) {
      for (const option of options)
        plan.push({ key: `a${++n}`, activity: id, phase: def.phase, option });
    } else {
      plan.push({ key: `a${++n}`, activity: id, phase: def.phase });
    }
  }
  return plan;
}

/** Moves one plan item up or down by one place (returns a new plan). */
export function moveItem(
  plan: readonly ActivityInstance[],
  key: string,
  by: -1 | 1
): ActivityInstance[] {
  const i = plan.findIndex((a) => a.key === key);
  const j = i + by;
  if (i < 0 || j < 0 || j >= plan.length) return [...plan];
  const next = [...plan];
  [next[i], next[j]] = [next[j]!, next[i]!];
  return next;
}

/** A key not used in the plan yet. */
export function nextKey(plan: readonly ActivityInstance[]): string {
  let n = plan.length + 1;
  while (plan.some((a) => a.key === `a${n}`)) n++;
  return `a${n}`;
}

/**
 * Adds an activity to a plan to fill a gap in the record: after the last views activity, or
 * before the closing assent and check-in when the plan has none (returns a new plan).
 */
export function addToPlan(
  plan: readonly ActivityInstance[],
  activity: ActivityId,
  option?: OptionKind
): ActivityInstance[] {
  const def = activityDef(activity);
  const item: ActivityInstance = {
    key: nextKey(plan),
    activity,
    phase: def.phase,
    ...(def.perOption && option ? { option } : {})
  };
  const lastView = plan.findLastIndex((a) => a.phase === 'views');
  let at = lastView + 1;
  if (lastView < 0) {
    at = plan.length;
    while (at > 0 && ['child-assent', 'feelings-check-in'].includes(plan[at - 1]!.activity)) at--;
    // A plan of nothing but assent and check-ins: before the closing check-in.
    if (at === 0)
      at = plan.at(-1)?.activity === 'feelings-check-in' ? plan.length - 1 : plan.length;
  }
  return [...plan.slice(0, at), item, ...plan.slice(at)];
}
