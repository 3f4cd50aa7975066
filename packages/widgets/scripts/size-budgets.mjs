// The widgets' size budgets, checked in `npm test`: builds the page bundles and the export worker as
// `bundle.mjs` does (in memory) and fails when
//
// - an entry's initial graph (`kabinet.js`, the list-only page, the cabinet), a chunk loaded on first use, or the worker
//   weighs more (minified or gzip) than its budget in `size-budgets.json`, or has no budget;
// - an exporter (the core's writers and worker client, jsPDF, the fonts, the widgets' export service)
//   is in an entry's initial graph: exporters cost nothing until an export starts;
// - the list-only page carries the core's export tables or another feature's interface strings;
// - a page uses an interface string whose section none of its elements adds.
//
// It checks itself too: the same checks run against budgets of one byte and against a graph with an
// exporter in it must fail, so they cannot pass by doing nothing.
//
//   node scripts/size-budgets.mjs            check, write ../../reports/widgets.size-budgets.json
//   node scripts/size-budgets.mjs --update   write today's figures plus the margin as the budgets
//   node scripts/size-budgets.mjs --budgets other.json
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { packageDirectory } from "./bundle.mjs"
import { byPackage, isExporterInput, measure, shortPath } from "./bytes.mjs"

/** How much a figure may grow past today's before the budget is exceeded. */
const margin = 0.03

/** What the list-only page must not carry beyond that: the export tables, other features' strings. */
const notInTheList =
  /^(core\/(dist|src)\/export\/|src\/i18n\/catalog\/(documents|profile|admin-profile|records|cabinet|login|password-recovery|password-policy|company-switcher)\.ts)/

/**
 * Every check over measured units, each `{ name, ok, detail }`.
 *
 * @param {import("./bytes.mjs").Unit[]} units
 * @param {{ units: Record<string, { min: number, gzip: number }> }} budgets
 */
export const check = (units, budgets) => {
  const checks = []
  for (const unit of units) {
    const budget = budgets.units[unit.name]
    if (budget === undefined) {
      checks.push({ name: `${unit.name} has a budget`, ok: false, detail: "no budget: run with --update" })
      continue
    }
    for (const measure of /** @type {const} */ (["min", "gzip"]))
      checks.push({
        name: `${unit.name} ${measure} ≤ ${budget[measure]} B`,
        ok: unit[measure] <= budget[measure],
        detail: `${unit[measure]} B`,
      })
  }
  for (const name of Object.keys(budgets.units))
    if (!units.some((unit) => unit.name === name))
      checks.push({ name: `${name} is built`, ok: false, detail: "budgeted but not built: run with --update" })
  for (const unit of units.filter((u) => u.kind === "entry")) {
    const exporters = Object.keys(unit.inputs).filter(isExporterInput).map(shortPath)
    checks.push({
      name: `${unit.name} loads no exporter first`,
      ok: exporters.length === 0,
      detail: exporters.join(", "),
    })
  }
  for (const unit of units.filter((u) => u.name === "number-list.js")) {
    const extra = Object.keys(unit.inputs)
      .map(shortPath)
      .filter((input) => notInTheList.test(input))
    checks.push({
      name: `${unit.name} carries no export table and no other feature's strings`,
      ok: extra.length === 0,
      detail: extra.join(", "),
    })
  }
  return checks
}

/** The catalogue's sections (file → its Russian keys), read from `src/i18n/catalog/`. */
const sectionKeys = () => {
  const directory = join(packageDirectory, "src", "i18n", "catalog")
  return new Map(
    readdirSync(directory)
      .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
      .map((file) => {
        const text = readFileSync(join(directory, file), "utf8")
        const russian = text.slice(text.indexOf("export const ru"), text.indexOf("export const kk"))
        return [`src/i18n/catalog/${file}`, [...russian.matchAll(/^\s*"([a-z][\w.]*)":/gm)].map(([, key]) => key)]
      })
      .filter(([, keys]) => keys.length > 0),
  )
}

/**
 * Each element adds the sections it shows (`addStrings`): a page's modules must not use an interface
 * string whose section is not in the same page, or it would show the key. The keys used are the string
 * literals (or the start of template literals) in the page's modules that begin with a section's prefix.
 */
export const stringsCheck = (units) => {
  const sections = sectionKeys()
  const prefixes = [...new Set([...sections.values()].flat().map((key) => key.split(".")[0]))]
  const literal = new RegExp(`["'\`]((?:${prefixes.join("|")})\\.[\\w.]*)`, "g")
  const checks = []
  for (const unit of units.filter((u) => u.kind !== "worker")) {
    const from = units.find((u) => u.name === unit.from)
    const inputs = [...Object.keys(unit.inputs), ...Object.keys(from?.inputs ?? {})].map(shortPath)
    const known = inputs.flatMap((input) => sections.get(input) ?? [])
    const missing = new Set()
    for (const input of inputs.filter((i) => i.startsWith("src/") && !i.startsWith("src/i18n/catalog/"))) {
      const code = readFileSync(join(packageDirectory, input), "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/^\s*\/\/.*$/gm, "")
      for (const [, key] of code.matchAll(literal))
        if (!known.some((k) => k === key || k.startsWith(key.endsWith(".") ? key : `${key}.`) || k === key))
          missing.add(`${key} (${input})`)
    }
    checks.push({
      name: `${unit.name} has the strings it shows`,
      ok: missing.size === 0,
      detail: [...missing].join(", "),
    })
  }
  return checks
}

/** The checks of the checks: a budget of one byte, an exporter in the list and a missing section must fail. */
const selfChecks = (units, budgets) => {
  const tiny = { units: Object.fromEntries(Object.keys(budgets.units).map((name) => [name, { min: 1, gzip: 1 }])) }
  const overBudget = check(units, tiny).filter((c) => !c.ok && / (min|gzip) ≤ /.test(c.name))
  const withExporter = units.map((unit) =>
    unit.name === "number-list.js"
      ? { ...unit, inputs: { ...unit.inputs, "../../node_modules/jspdf/dist/jspdf.es.min.js": 1 } }
      : unit,
  )
  const caught = check(withExporter, budgets).filter(
    (c) => !c.ok && c.name === "number-list.js loads no exporter first",
  )
  const withoutListStrings = units
    .filter((unit) => unit.name === "number-list.js")
    .map((unit) => ({
      ...unit,
      inputs: Object.fromEntries(
        Object.entries(unit.inputs).filter(([input]) => !input.endsWith("catalog/number-list.ts")),
      ),
    }))
  const unseen = stringsCheck(withoutListStrings).filter((c) => !c.ok)
  return [
    { name: "a list without its section of strings fails", ok: unseen.length === 1, detail: `${unseen.length} failed` },
    {
      name: "a budget of one byte fails every figure",
      ok:
        overBudget.length === 2 * units.filter((u) => budgets.units[u.name] !== undefined).length &&
        overBudget.length > 0,
      detail: `${overBudget.length} failed`,
    },
    { name: "an exporter in the list's first load fails", ok: caught.length === 1, detail: `${caught.length} failed` },
  ]
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`

const isMain = process.argv[1] === fileURLToPath(import.meta.url)
if (isMain) {
  const argument = (flag) => {
    const at = process.argv.indexOf(flag)
    return at === -1 ? undefined : process.argv[at + 1]
  }
  const budgetsFile = argument("--budgets") ?? join(packageDirectory, "size-budgets.json")
  const reportFile = argument("--report") ?? join(packageDirectory, "..", "..", "reports", "widgets.size-budgets.json")
  const { units } = await measure()

  if (process.argv.includes("--update")) {
    const budgets = {
      margin,
      note: "Bytes (minified, gzip) each bundle may weigh: today's figures plus the margin. `node scripts/size-budgets.mjs --update` rewrites them.",
      units: Object.fromEntries(
        units.map((unit) => [
          unit.name,
          { min: Math.ceil(unit.min * (1 + margin)), gzip: Math.ceil(unit.gzip * (1 + margin)) },
        ]),
      ),
    }
    writeFileSync(budgetsFile, `${JSON.stringify(budgets, null, 2)}\n`)
    console.log(`Budgets written to ${budgetsFile}`)
  }

  const budgets = JSON.parse(readFileSync(budgetsFile, "utf8"))
  const checks = [...check(units, budgets), ...stringsCheck(units), ...selfChecks(units, budgets)]
  for (const unit of units) {
    const top = byPackage(unit.inputs)
      .slice(0, 4)
      .map(([name, bytes]) => `${name} ${kib(bytes)}`)
      .join(", ")
    console.log(`${unit.name.padEnd(44)} ${kib(unit.min).padStart(10)} min ${kib(unit.gzip).padStart(9)} gzip  ${top}`)
  }
  for (const c of checks) if (!c.ok) console.log(`✗ ${c.name}: ${c.detail}`)
  const failed = checks.filter((c) => !c.ok).length
  console.log(`size budgets: ${checks.length - failed} passed, ${failed} failed`)
  mkdirSync(dirname(reportFile), { recursive: true })
  writeFileSync(reportFile, `${JSON.stringify({ passed: checks.length - failed, failed, skipped: 0 }, null, 2)}\n`)
  process.exit(failed > 0 ? 1 : 0)
}
