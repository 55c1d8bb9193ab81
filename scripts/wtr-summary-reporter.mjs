// A @web/test-runner reporter that records how many browser tests passed and failed,
// for scripts/test.mjs to print the final `N passed, N failed` line.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) continue;
    if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function summaryReporter({ file = process.env.WTR_SUMMARY_FILE } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that fails to load, or throws outside a test, counts as one failure.
        if (!session.passed && (session.errors?.length || !session.testResults)) totals.failed++;
      }
      if (file) writeFileSync(file, JSON.stringify(totals));
    },
  };
}
