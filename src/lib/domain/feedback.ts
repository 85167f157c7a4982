// Feedback to the child (DESIGN.md "Audience and feedback"): what the child told us, what was
// decided and why, in the child's words and language. Built from the record, so a view the
// child took back, or a drawing they did not let us keep, is never shown to them again.
import type { OptionKind } from './options';
import type { CaseRecord } from './record';
import { ofKind } from './results';

export interface FeedbackSummary {
  /** The option the child put first. */
  wish: OptionKind | null;
  /** The child's own words, as said (the latest few). */
  words: { text: string; lang: string }[];
  /** Drawings still kept ("<session>/<drawing>"), the latest few. */
  drawings: string[];
  decided: OptionKind | null;
  because: string;
}

const MAX = 3;

/** What the child is told, from the record and the saved assessment. */
export function feedbackSummary(r: CaseRecord): FeedbackSummary {
  const mine = r.views.evidence.filter((e) => !e.withheld && !e.result.declined);
  const words = ofKind(
    mine.map((e) => e.result),
    'words'
  )
    .map((r) => ({ text: r.payload.text.trim(), lang: r.payload.language }))
    .filter((w) => w.text)
    .slice(-MAX);
  const drawings = [
    ...new Set(
      mine
        .filter((e) => e.drawing && e.drawing.withheld !== 'drawing-not-kept')
        .map((e) => e.drawing!.key)
    )
  ].slice(-MAX);
  const a = r.assessment;
  return {
    wish: r.weight.ranking && !r.weight.ranking.withheld ? r.weight.childWish : null,
    words,
    drawings,
    decided: a?.recommendation.option || null,
    because: a?.feedback.because.trim() ?? ''
  };
}
