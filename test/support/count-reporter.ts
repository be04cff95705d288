// Ends every test run with one plain line, `N passed, N failed[, N skipped]`, that CI reads.
import type { Reporter, TestModule } from "vitest/node";

export default class CountReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const m of modules) {
      const tally = { passed: 0, failed: 0, skipped: 0 };
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === "passed") tally.passed++;
        else if (state === "failed") tally.failed++;
        else tally.skipped++;
      }
      // A failed file whose tests never ran (a failed beforeAll, an import error) fails them all, not skips them.
      if (m.state() === "failed" && tally.failed === 0) {
        tally.failed = Math.max(1, tally.skipped);
        tally.skipped = 0;
      }
      counts.passed += tally.passed;
      counts.failed += tally.failed;
      counts.skipped += tally.skipped;
    }
    counts.failed += errors.length;
    const skipped = counts.skipped ? `, ${counts.skipped} skipped` : "";
    process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed${skipped}\n`);
  }
}
