// Plays a session's plan in child mode, activity by activity, from the registry. Every result,
// stroke and step forward is saved at once through one ordered queue; the session remembers
// where the child is, so it can be paused, stopped and resumed later where it stopped.
import { childActivity, companionOf } from '$lib/activities/registry';
import type { ActivityContext, ActivityDefinition } from '$lib/activities/types';
import type { ActivityInstance } from '$lib/domain/activities';
import type { AgeBand } from '$lib/domain/age';
import type { ChildCase } from '$lib/domain/case';
import { payloadProblem } from '$lib/domain/result-shapes';
import { ResultError, resultProblems, type Result, type ResultInput } from '$lib/domain/results';
import { sessionBand, transition, type Session, type SessionState } from '$lib/domain/session';
import type { DrawOp } from '$lib/drawing/model';
import { loadDrawing, saveDrawOp, saveVoice } from '$lib/storage/media.repo';
import type { Space } from '$lib/storage/records.repo';
import { saveResult } from '$lib/storage/results.repo';
import { loadReading } from '$lib/storage/readings.repo';
import { saveSession } from '$lib/storage/sessions.repo';
import type { Buddy } from '$lib/domain/payloads';
import { errorMessage } from './error-message';
import { SaveQueue } from './save-queue';
import type { ConsentKeeper } from './consents.svelte';

export type RunnerView = 'playing' | 'paused' | 'asking-stop' | 'stopped' | 'finished';

export interface PlayableItem {
  item: ActivityInstance;
  def: ActivityDefinition;
}

/** The plan items child mode plays (guardian consent is played in guardian mode). */
export function playableItems(plan: readonly ActivityInstance[], band: AgeBand): PlayableItem[] {
  const out: PlayableItem[] = [];
  for (const item of plan) {
    const def = childActivity(item.activity, band);
    if (def) out.push({ item, def });
  }
  return out;
}

export class SessionRunner {
  readonly child: ChildCase;
  readonly band: AgeBand;
  readonly items: PlayableItem[];
  #space: Space;
  #session = $state<Session>() as Session;
  #results = $state<Result[]>([]);
  #index = $state(0);
  #view = $state<RunnerView>('playing');
  #problem = $state<unknown | null>(null);
  #celebrating = $state(0);
  #queue: SaveQueue;
  #now: () => Date;

  constructor(
    space: Space,
    child: ChildCase,
    session: Session,
    results: Result[],
    readonly consents: ConsentKeeper,
    readonly caseManager = '',
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a clock, not state
    now: () => Date = () => new Date()
  ) {
    this.#space = space;
    this.child = child;
    this.#session = session;
    this.#results = results;
    this.#now = now;
    this.band = sessionBand(child, session) ?? '9-12';
    this.items = playableItems(session.plan, this.band);
    const at = this.items.findIndex((p) => p.item.key === session.cursor);
    this.#index = at >= 0 ? at : firstNotDone(this.items, session.done ?? []);
    this.#view =
      session.state === 'completed' || this.#index >= this.items.length ? 'finished' : 'playing';
    this.#queue = new SaveQueue((err) => (this.#problem = err));
  }

  get session(): Session {
    return this.#session;
  }
  get results(): readonly Result[] {
    return this.#results;
  }
  get index(): number {
    return this.#index;
  }
  get view(): RunnerView {
    return this.#view;
  }
  get current(): PlayableItem | undefined {
    return this.items[this.#index];
  }
  /** A save that failed, for the grown-up to see; null when everything is saved. */
  get problem(): unknown | null {
    return this.#problem;
  }
  /** Changes each time an activity is finished (the celebration plays on it). */
  get celebrating(): number {
    return this.#celebrating;
  }
  get done(): readonly string[] {
    return this.#session.done ?? [];
  }
  /** The buddy the child chose in this session, if any. */
  get buddy(): Buddy | null {
    return companionOf(this.#results);
  }

  /** Starts or resumes the session (planned, paused or stopped → in progress). */
  start(): void {
    if (this.#session.state === 'in-progress' || this.#session.state === 'completed') return;
    this.#move('in-progress');
    this.#view = this.#index >= this.items.length ? 'finished' : 'playing';
  }

  pause(): void {
    if (this.#session.state !== 'in-progress') return;
    this.#move('paused');
    this.#view = 'paused';
  }

  resume(): void {
    if (this.#session.state === 'paused') this.#move('in-progress');
    this.#view = 'playing';
  }

  askStop(): void {
    this.#view = 'asking-stop';
  }

  cancelStop(): void {
    this.#view = 'playing';
  }

  /** The child stops: recorded with their reason if they gave one, never counted against them. */
  stop(reason: string): void {
    this.#move('stopped', reason);
    this.#view = 'stopped';
  }

  retry(): void {
    this.#queue.retry();
  }

  /** Resolves once every write so far has been saved. */
  settled(): Promise<void> {
    return this.#queue.settled();
  }

  /** The current activity is finished: celebrate, remember, and go on. */
  finishCurrent(): void {
    const cur = this.current;
    if (!cur) return;
    const before = this.#session.done ?? [];
    const done = before.includes(cur.item.key) ? before : [...before, cur.item.key];
    this.#index++;
    const next = this.items[this.#index];
    this.#session = { ...this.#session, done, cursor: next ? next.item.key : null };
    this.#celebrating++;
    if (!next) {
      this.#move('completed');
      this.#view = 'finished';
    } else {
      this.#saveSession();
    }
  }

  /** The context an activity plays in: its parameters and where its results go. */
  contextFor(p: PlayableItem): ActivityContext {
    const { item } = p;
    const sessionId = this.#session.id;
    const options = this.#session.options;
    const occurrence = this.items
      .slice(0, this.items.indexOf(p))
      .filter((x) => x.item.activity === item.activity).length;
    return {
      key: item.key,
      caseId: this.#session.caseId,
      sessionId,
      activity: item.activity,
      phase: item.phase,
      band: this.band,
      lang: this.#session.language,
      childName: this.child.alias,
      options,
      option: item.option,
      buddy: this.buddy,
      occurrence,
      previous: this.#results.filter((r) => r.activityKey === item.key),
      record: (input) => this.#record(p, input),
      drawing: {
        id: (name = 'drawing') => `${item.key}-${name}`,
        load: async (drawingId) => (await loadDrawing(this.#space, sessionId, drawingId)).ops,
        // A drawing the child did not let us keep is drawn and shown, but never stored.
        save: (drawingId, op: DrawOp) =>
          this.consents.mayKeep('keep-drawings')
            ? this.#queue.pushAndWait(() => saveDrawOp(this.#space, sessionId, drawingId, op))
            : Promise.resolve()
      },
      caseManager: this.caseManager,
      assent: this.consents,
      stop: () => this.stop(''),
      readings: {
        recording: async (textId, lang) =>
          (await loadReading(this.#space, lang, textId))?.audio ?? null
      },
      saveVoice: async (audio, durationMs) => {
        const id = crypto.randomUUID();
        await saveVoice(
          this.#space,
          { id, sessionId, mime: audio.type, durationMs, createdAt: this.#now().toISOString() },
          audio
        );
        return id;
      },
      finish: () => this.finishCurrent(),
      explain: errorMessage
    };
  }

  #record({ item, def }: PlayableItem, input: ResultInput): Result {
    const problems = resultProblems(
      input,
      this.#session.options.map((o) => o.kind),
      this.#results
    );
    // Only a kind the activity declares, with that kind's payload, is ever stored.
    const payload = (def.resultKinds as readonly string[]).includes(input.kind)
      ? payloadProblem(item.activity, input.kind, input.payload)
      : 'kind';
    if (payload && !problems.includes(payload)) problems.push(payload);
    if (problems.length) throw new ResultError(problems);
    const r = {
      ...input,
      id: crypto.randomUUID(),
      sessionId: this.#session.id,
      caseId: this.#session.caseId,
      activityKey: item.key,
      activity: item.activity,
      phase: item.phase,
      createdAt: this.#now().toISOString()
      // The kind and its payload were checked just above.
    } as unknown as Result;
    this.#results = [...this.#results, r];
    this.#queue.push(() => saveResult(this.#space, r));
    return r;
  }

  #move(to: SessionState, reason?: string) {
    this.#session = transition(this.#session, to, this.#now().toISOString(), reason);
    this.#saveSession();
  }

  #saveSession() {
    const snapshot = $state.snapshot(this.#session) as Session;
    this.#queue.push(async () => {
      await saveSession(this.#space, snapshot, this.#now());
    });
  }
}

function firstNotDone(items: readonly PlayableItem[], done: readonly string[]): number {
  const i = items.findIndex((p) => !done.includes(p.item.key));
  return i < 0 ? items.length : i;
}
