// BENCHMARKS.md from the suites' results: the machine, the versions, and per suite a table of
// medians with their spread, Kabinet beside its peers, its ratio to the better peer and the target.
import { execFileSync } from "node:child_process"
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { cpus, totalmem } from "node:os"
import { join } from "node:path"
import { median, resultsDirectory } from "./results.mjs"

const repository = join(resultsDirectory, "..", "..")
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"

const number = (value, unit) => {
  const digits = unit === "ms" && value >= 100 ? 0 : Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2
  return value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: 0 })
}

const cell = (values, unit) => {
  if (!values || values.length === 0) return "—"
  const middle = number(median(values), unit)
  if (values.length === 1) return `${middle} ${unit}`
  return `${middle} ${unit} (${number(Math.min(...values), unit)}–${number(Math.max(...values), unit)})`
}

/** Kabinet's median against the better peer's, and whether the target holds. */
const judge = (figure, subjects) => {
  const [own, ...peers] = subjects
  const better = figure.better ?? "lower"
  const ownMedian = figure.samples[own]?.length ? median(figure.samples[own]) : undefined
  const peerMedians = peers.filter((peer) => figure.samples[peer]?.length).map((peer) => median(figure.samples[peer]))
  const best =
    peerMedians.length === 0 ? undefined : better === "lower" ? Math.min(...peerMedians) : Math.max(...peerMedians)
  const ratio = ownMedian !== undefined && best ? ownMedian / best : undefined
  if (figure.target === false || ownMedian === undefined) return { ratio, verdict: "", met: undefined }
  const target = figure.target ?? {}
  const checks = []
  if (best !== undefined) {
    const allowed = target.ratio ?? 1
    checks.push(better === "lower" ? ownMedian <= best * allowed : ownMedian >= best / allowed)
  }
  if (target.max !== undefined) checks.push(ownMedian <= target.max)
  if (target.min !== undefined) checks.push(ownMedian >= target.min)
  if (checks.length === 0) return { ratio, verdict: target.text ?? "", met: undefined }
  const met = checks.every(Boolean)
  const text = target.text ?? (best !== undefined ? (better === "lower" ? "≤ better peer" : "≥ better peer") : "")
  return { ratio, verdict: `${met ? "✓" : "✗"} ${text}`.trim(), met }
}

const table = (suite) => {
  const subjects = []
  for (const figure of suite.figures)
    for (const subject of Object.keys(figure.samples)) if (!subjects.includes(subject)) subjects.push(subject)
  const hasPeers = subjects.length > 1
  const head = ["figure", ...subjects, ...(hasPeers ? ["ratio"] : []), "target"]
  const lines = [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`]
  const notes = []
  for (const figure of suite.figures) {
    const own = Object.keys(figure.samples)[0]
    const ordered = [own, ...subjects.filter((subject) => subject !== own && figure.samples[subject])]
    const { ratio, verdict, met } = judge(figure, ordered)
    const cells = subjects.map((subject) => cell(figure.samples[subject], figure.unit))
    const ratioCell = ratio === undefined ? "—" : `${ratio.toFixed(2)}×`
    lines.push(`| ${[figure.name, ...cells, ...(hasPeers ? [ratioCell] : []), verdict].join(" | ")} |`)
    if (figure.note) notes.push(`- ${figure.name}: ${figure.note}`)
    if (figure.target?.ifMissed && met === false)
      notes.push(`- ${figure.name} — why the target is missed: ${figure.target.ifMissed}`)
    if (figure.target?.why)
      notes.push(
        `- ${figure.name} — ${met === false ? "why the target is missed" : "about the target"}: ${figure.target.why}`,
      )
  }
  return [lines.join("\n"), ...(notes.length ? [notes.join("\n")] : [])].join("\n\n")
}

const chromiumVersion = () => {
  try {
    return execFileSync(chromiumPath, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim()
  } catch {
    return "not found"
  }
}

const versionOf = (name) => {
  const file = join(repository, "node_modules", name, "package.json")
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")).version : "?"
}

/** Writes BENCHMARKS.md from every result present; returns a line saying so. */
export const renderBenchmarks = () => {
  const suites = existsSync(resultsDirectory)
    ? readdirSync(resultsDirectory)
        .filter((file) => file.endsWith(".json"))
        .map((file) => JSON.parse(readFileSync(join(resultsDirectory, file), "utf8")))
        .sort((a, b) => a.order - b.order)
    : []
  const processor = cpus()[0]?.model ?? "unknown"
  const versions = ["effect", "lit", "@vaadin/grid", "ag-grid-community", "esbuild", "jspdf"]
    .map((name) => `${name} ${versionOf(name)}`)
    .join(", ")
  const sections = suites.map((suite) =>
    [
      `## ${suite.title}`,
      ...(suite.method ? [suite.method] : []),
      table(suite),
      ...(suite.notes?.length ? [suite.notes.map((note) => `- ${note}`).join("\n")] : []),
    ].join("\n\n"),
  )
  const document = [
    "# Benchmarks",
    "Written by `npm run bench` (not part of `npm test`); do not edit by hand. Each cell is the median of the runs " +
      "with their range in brackets; subjects in one table were measured in the same run, interleaved. The ratio is " +
      "Kabinet's median over the better peer's (below 1 is better for times and sizes). Size budgets are enforced by " +
      "`npm test`; times are only reported here.",
    [
      `- Machine: ${cpus().length} × ${processor}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${process.platform}`,
      `- Node ${process.versions.node}; ${chromiumVersion()}`,
      `- ${versions}`,
      `- Written ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
    ].join("\n"),
    ...sections,
  ].join("\n\n")
  writeFileSync(join(repository, "BENCHMARKS.md"), `${document}\n`)
  return `BENCHMARKS.md: ${suites.length} suites`
}
