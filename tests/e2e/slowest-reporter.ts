// Prints the ten slowest tests with their time and their timeout when the run ends, and marks
// every test that used more than half of its timeout, so creeping slowness is seen in the log
// long before a test times out on a busy machine. It reports; it never fails a run.
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

interface Timing {
  title: string;
  duration: number;
  timeout: number;
  status: TestResult['status'];
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function slowestTable(timings: readonly Timing[], count = 10): string[] {
  const slow = [...timings].sort((a, b) => b.duration - a.duration).slice(0, count);
  const over = timings.filter((t) => t.timeout > 0 && t.duration > t.timeout / 2);
  const lines = [`Slowest ${slow.length} tests (time / timeout):`];
  for (const t of slow) {
    const share = t.timeout > 0 ? Math.round((100 * t.duration) / t.timeout) : 0;
    const flag = t.timeout > 0 && t.duration > t.timeout / 2 ? '  ⚠ over half its timeout' : '';
    lines.push(
      `  ${seconds(t.duration).padStart(7)} / ${seconds(t.timeout).padStart(7)} (${String(share).padStart(3)}%)  ${t.title}${flag}`
    );
  }
  lines.push(
    over.length === 0
      ? 'Every test finished within half of its timeout.'
      : `⚠ ${over.length} test(s) used more than half of their timeout:`
  );
  // Named, wherever they rank: a short test near its 30 s limit matters as much as a long one.
  for (const t of over)
    lines.push(
      `  ${seconds(t.duration).padStart(7)} / ${seconds(t.timeout).padStart(7)}  ${t.title}`
    );
  return lines;
}

export default class SlowestReporter implements Reporter {
  #timings: Timing[] = [];

  onTestEnd(test: TestCase, result: TestResult) {
    this.#timings.push({
      title: test.titlePath().slice(2).join(' › '),
      duration: result.duration,
      // test.timeout follows test.setTimeout() and test.slow() calls made while running.
      timeout: test.timeout,
      status: result.status
    });
  }

  onEnd(result: FullResult) {
    if (this.#timings.length === 0) return;
    console.log(`\n${slowestTable(this.#timings).join('\n')}\n(run ${result.status})`);
  }

  printsToStdio() {
    return false;
  }
}
