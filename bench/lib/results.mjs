// One shape for every suite's results, so `run.mjs` can put them side by side in BENCHMARKS.md.
//
// A suite is a script in `bench/suites/` that measures and calls `writeSuite(...)` once. Each figure
// holds raw samples per subject; the first subject is Kabinet's, the others are its peers measured in
// the same run (interleaved), and the renderer reports medians, spread and Kabinet's ratio to the
// better peer. Sizes are deterministic: one sample each.
import { mkdirSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

/** Where suites leave their results (not committed). */
export const resultsDirectory = join(dirname(fileURLToPath(import.meta.url)), "..", "results")

/**
 * @typedef {object} Target
 * @property {number} [ratio] Kabinet's median may be at most this times the better peer's (default 1 when peers exist).
 * @property {number} [max] Kabinet's median may be at most this (for lower-is-better figures).
 * @property {number} [min] Kabinet's median must be at least this (for higher-is-better figures).
 * @property {string} [text] The target in words, shown in the table (e.g. "≤ AG Grid", "≤ 2× JSON.parse").
 * @property {string} [why] Why the target is what it is, or why it cannot be met here: shown under the table.
 * @property {string} [ifMissed] What explains a miss: shown under the table only when the target is missed.
 */

/**
 * @typedef {object} Figure
 * @property {string} name What is measured, e.g. "first rows painted (100,000 lines)".
 * @property {"ms" | "s" | "MB" | "KB" | "%" | "count" | "ops/s" | "rows/s"} unit
 * @property {"lower" | "higher"} [better] Default "lower".
 * @property {Record<string, number[]>} samples Subject → samples; the first subject is Kabinet's.
 * @property {Target | false} [target] `false`: no target (a figure for information only).
 * @property {string} [note] One line shown under the table.
 */

/**
 * @typedef {object} Suite
 * @property {string} id File name of the results, e.g. "list".
 * @property {string} title Section heading, e.g. "The number list in Chromium".
 * @property {number} order Where the section goes (lower first).
 * @property {string} [method] How it was measured (a paragraph).
 * @property {Figure[]} figures
 * @property {string[]} [notes] Findings, reasons for misses.
 * @property {Record<string, string>} [versions] Package → version of what was measured.
 */

/** Writes one suite's results for the renderer. @param {Suite} suite */
export const writeSuite = (suite) => {
  mkdirSync(resultsDirectory, { recursive: true })
  writeFileSync(join(resultsDirectory, `${suite.id}.json`), `${JSON.stringify(suite, null, 2)}\n`)
}

/** The median of samples. @param {number[]} values */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** The p-th percentile (0–100, nearest rank) of samples. @param {number[]} values @param {number} p */
export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}
