import { mkdirSync, writeFileSync } from "node:fs"
import { dirname, resolve } from "node:path"

/** Counts the browser tests' results, since @web/test-runner prints no "N passed, N failed" line of its own. */
export const totalsReporter = (outputFile) => ({
  onTestRunFinished({ sessions }) {
    const totals = { passed: 0, failed: 0, skipped: 0 }
    const walk = (suite) => {
      for (const test of suite.tests ?? []) {
        if (test.skipped) totals.skipped++
        else if (test.passed) totals.passed++
        else totals.failed++
      }
      for (const child of suite.suites ?? []) walk(child)
    }
    for (const session of sessions) {
      if (session.testResults) walk(session.testResults)
      // A file that failed to load has no results but must still count as failed.
      if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed++
    }
    const path = resolve(outputFile)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, JSON.stringify(totals))
  },
})
