// The one test command: typecheck, lint, every unit and browser test, and a static Storybook build,
// closing with the totals over all runners.
import { spawnSync } from "node:child_process"
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { join } from "node:path"

const reports = "reports"
rmSync(reports, { recursive: true, force: true })
process.env.TURBO_TELEMETRY_DISABLED = "1"

const steps = [
  ["typecheck", "npx turbo run typecheck --output-logs=errors-only"],
  ["lint and format", "npx biome ci ."],
  ["unit and browser tests", "npx turbo run test --concurrency=1 --output-logs=full"],
  ["static Storybook", "npx turbo run build --filter=@kabinet/stories --output-logs=errors-only"],
]

const failedSteps = []
for (const [name, command] of steps) {
  console.log(`\n── ${name}: ${command}`)
  const { status } = spawnSync(command, { shell: true, stdio: "inherit" })
  if (status !== 0) failedSteps.push(name)
}

const totals = { passed: 0, failed: 0, skipped: 0 }
for (const file of existsSync(reports) ? readdirSync(reports) : []) {
  const report = JSON.parse(readFileSync(join(reports, file), "utf8"))
  if ("numPassedTests" in report) {
    totals.passed += report.numPassedTests
    totals.failed += report.numFailedTests
    totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0)
  } else {
    totals.passed += report.passed
    totals.failed += report.failed
    totals.skipped += report.skipped
  }
}

if (failedSteps.length > 0) console.log(`\nFailed: ${failedSteps.join(", ")}`)
if (totals.passed === 0) {
  console.log("No test ran.")
  failedSteps.push("no tests")
}
// A failed step that is not a test (typecheck, lint, build) still fails the run.
if (failedSteps.length > 0 && totals.failed === 0) totals.failed = failedSteps.length
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`)
process.exit(failedSteps.length > 0 ? 1 : 0)
