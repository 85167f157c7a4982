// The flow of one option card: the card (paged for the youngest), then the teach-back
// questions; a misunderstanding leads back to the card once, and then on, never to a failure.
import type { Question, Understanding } from '$lib/domain/teach-back';

export type ExplainStep = 'card' | 'question' | 'again' | 'thanks';

export class ExplainFlow {
  #pages: number;
  #questions: Question[];
  #step = $state<ExplainStep>('card');
  #page = $state(0);
  #attempt = $state(1);
  #pending = $state<Question[]>([]);
  #at = $state(0);
  #missed: Question[] = [];

  constructor(pages: number, questions: Question[]) {
    this.#pages = pages;
    this.#questions = questions;
    this.#pending = questions;
  }

  get step(): ExplainStep {
    return this.#step;
  }
  get page(): number {
    return this.#page;
  }
  get pages(): number {
    return this.#pages;
  }
  get attempt(): number {
    return this.#attempt;
  }
  get question(): Question | undefined {
    return this.#step === 'question' ? this.#pending[this.#at] : undefined;
  }
  get lastPage(): boolean {
    return this.#page >= this.#pages - 1;
  }

  next(): void {
    if (this.#page < this.#pages - 1) this.#page++;
  }
  previous(): void {
    if (this.#page > 0) this.#page--;
  }

  /** The child has seen the card: on to the questions (or straight on when there are none). */
  seen(): void {
    this.#at = 0;
    this.#step = this.#pending.length ? 'question' : 'thanks';
  }

  /** An answer was given; moves on and says where to. */
  answered(understanding: Understanding): void {
    const q = this.#pending[this.#at];
    if (q && understanding !== 'understood') this.#missed.push(q);
    if (this.#at < this.#pending.length - 1) {
      this.#at++;
      return;
    }
    if (this.#missed.length && this.#attempt === 1) this.#step = 'again';
    else this.#step = 'thanks';
  }

  /** Back to the card, then the questions that were not understood yet, once more. */
  lookAgain(): void {
    this.#pending = this.#missed;
    this.#missed = [];
    this.#attempt = 2;
    this.#page = 0;
    this.#step = 'card';
  }

  /** All questions in the order asked (for tests). */
  get questions(): readonly Question[] {
    return this.#questions;
  }
}
