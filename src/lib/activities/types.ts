// The interface between the runner and an activity. An activity receives its parameters and
// emits results, drawing operations and recordings through this context; it never imports the
// runner, a route or storage, so every activity can be tested with no database.
import type { Component } from 'svelte';
import type { ActivityId, Phase } from '$lib/domain/activities';
import type { AgeBand } from '$lib/domain/age';
import type {
  ConsentInput,
  ConsentRecord,
  KeepItem,
  Method,
  ShareCategory
} from '$lib/domain/consent';
import type { OptionConsidered, OptionKind } from '$lib/domain/options';
import { historyOf, type Result, type ResultInput, type ResultKind } from '$lib/domain/results';
import type { DrawOp } from '$lib/drawing/model';
import type { AppT } from '$lib/i18n/i18n.svelte';
import type { Pictogram } from '$lib/ui/pictograms';
import type { ReadingSource } from '$lib/ui/reader.svelte';
import type { Buddy } from '$lib/domain/payloads';

export interface ActivityContext {
  /** The plan item being played. */
  key: string;
  caseId: string;
  sessionId: string;
  activity: ActivityId;
  phase: Phase;
  band: AgeBand;
  /** The session's language (the child's). */
  lang: string;
  childName: string;
  /** The options under consideration, with the case's facts. */
  options: readonly OptionConsidered[];
  /** For per-option activities: which option. */
  option?: OptionKind;
  /** The buddy the child chose, if they chose one. */
  buddy: Buddy | null;
  /** 0 for the first time this activity is in the plan, 1 for the second… */
  occurrence: number;
  /** This plan item's earlier results (to resume, or to move a card later). */
  previous: readonly Result[];
  /** Validates and saves a result; resolves with it at once, saving continues in order. */
  record(input: ResultInput): Result;
  drawing: {
    /** The id of this plan item's drawing with a name (e.g. "good" for a house). */
    id(name?: string): string;
    load(drawingId: string): Promise<DrawOp[]>;
    /** Resolves once the operation is durably saved (at once for a drawing not kept). */
    save(drawingId: string, op: DrawOp): Promise<void>;
  };
  /** The case manager holding the session (who witnesses the child's assent). */
  caseManager: string;
  /** The child's assent and the guardian's consent for this case. */
  assent: AssentPort;
  /** The child does not want to take part: the session stops, with no reason asked. */
  stop(): void;
  /** Human read-aloud recordings the case manager made, by text and language. */
  readings: ReadingSource;
  /** Saves a recording; resolves with its id once it is stored. */
  saveVoice(audio: Blob, durationMs: number): Promise<string>;
  /** The activity is finished: the runner celebrates and moves on. */
  finish(): void;
  /** A failure as a sentence the grown-up can read, in the app's language. */
  explain(err: unknown): string;
}

/** Where assent decisions go; the runner saves them and applies their effects. */
export interface AssentPort {
  readonly records: readonly ConsentRecord[];
  add(inputs: readonly ConsentInput[]): Promise<ConsentRecord[]>;
  withdraw(
    r: ConsentRecord,
    by: { who: string; role: ConsentRecord['role']; method: Method; reason?: string },
    shown: { lang: string; version: string; textHash: string }
  ): Promise<ConsentRecord>;
  mayKeep(item: KeepItem): boolean;
  /** How many recordings or drawings a "no" would delete (to ask before deleting). */
  mediaCount(item: KeepItem): Promise<number>;
  /** Deletes recordings or drawings that may no longer be kept. */
  applyEffects(item: KeepItem): Promise<void>;
}

export interface ActivityProps {
  ctx: ActivityContext;
}

/** How an activity adapts to an age band (DESIGN.md, "Age bands"). */
export interface Adaptation {
  /** How many choices at once. */
  choices: number;
  /** Whether captions are shown under pictures (3–5 needs no reading). */
  captions: boolean;
  /** Text first, pictures second (13–17). */
  textFirst: boolean;
}

/** One line of the case manager's view of what the child made and said. */
export interface SummaryLine {
  text: string;
  /** The child's own words: shown as said, in their language. */
  quote?: { text: string; lang: string };
  declined?: boolean;
  /** How many times the child changed this answer. */
  moved?: number;
  drawingId?: string;
  voiceId?: string;
  /** A sub-heading the line belongs under (a round of the sorting mat). */
  group?: string;
}

export interface SummaryInput {
  /** The results that stand for this plan item (superseded ones left out), oldest first. */
  current: readonly Result[];
  /** Every result of the plan item, for histories. */
  all: readonly Result[];
  t: AppT;
}

export interface ActivityDefinition<A extends Adaptation = Adaptation> {
  id: ActivityId;
  /** The picture on the child's progress path. */
  picture: Pictogram;
  /** The result kinds this activity records. */
  resultKinds: readonly ResultKind[];
  /** How it adapts to each band it supports. */
  adapt(band: AgeBand): A;
  component: () => Promise<{ default: Component<ActivityProps> }>;
  /** What the child made and said, in lines the case manager reads. */
  summarise(input: SummaryInput): SummaryLine[];
  /**
   * The buddy this activity's results say the child chose, if it offers one: the runner shows
   * it alongside the child for the rest of the session.
   */
  companion?(results: readonly Result[]): Buddy | null;
  /**
   * For views: which kind they are when the child decides what their guardian may see
   * (absent: never shown to the guardian).
   */
  shareAs?: ShareCategory;
}

/** A list of ids that must all be pictograms the app has: a type error otherwise. */
export type Pictograms<T extends readonly Pictogram[]> = T;

/** How many times a result was replaced by a later one (a moved card). */
export function timesMoved(all: readonly Result[], r: Result): number {
  return historyOf(all, r.id).length - 1;
}

/** The common adaptation by band; activities refine it. */
export function baseAdaptation(band: AgeBand): Adaptation {
  switch (band) {
    case '3-5':
      return { choices: 3, captions: false, textFirst: false };
    case '6-8':
      return { choices: 3, captions: true, textFirst: false };
    case '9-12':
      return { choices: 5, captions: true, textFirst: false };
    case '13-17':
      return { choices: 7, captions: true, textFirst: true };
  }
}
