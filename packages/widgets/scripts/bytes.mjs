// What the widgets weigh as they ship: the page bundles and the export worker built as
// `bundle.mjs` builds them (in memory), each entry's initial graph (the entry and the chunks it imports
// statically, fetched before it runs), and each chunk loaded on first use (a dynamic `import()`, with the
// chunks it needs beyond the initial graph), in minified and gzip bytes, with what dominates each by
// package, from esbuild's metafile. Used by `size-budgets.mjs` and the bytes benchmark.
import { gzipSync } from "node:zlib"
import { build } from "esbuild"
import { pageOptions, workerOptions } from "./bundle.mjs"

/**
 * @typedef {object} Output
 * @property {string} file The output's file name, e.g. `kabinet.js`, `chunk-ABCD1234.js`.
 * @property {number} min Minified bytes.
 * @property {number} gzip Gzip bytes (level 9).
 * @property {Record<string, number>} inputs Input path → bytes it contributes.
 * @property {string[]} staticImports Files it imports statically.
 * @property {string[]} dynamicImports Files it imports on first use.
 * @property {string | undefined} entryPoint The module it was made for, when it is an entry or a lazy one.
 */

/**
 * @typedef {object} Unit
 * @property {string} name An entry (`kabinet.js`, `number-list.js`, `cabinet.js`), `export-worker.js`, or a lazy module's name.
 * @property {"entry" | "lazy" | "worker"} kind
 * @property {string[]} files The files fetched for it (beyond what is already loaded, for a lazy one).
 * @property {number} min Sum of their minified bytes.
 * @property {number} gzip Sum of their gzip bytes (each file is fetched and compressed on its own).
 * @property {Record<string, number>} inputs Input path → minified bytes, over its files.
 * @property {string} [from] For a lazy one: the entry it is measured from (loaded before it).
 */

/** An input's or entry point's path as a short, stable name: `core/dist/export/pdf.js`, `src/index.ts`. */
export const shortPath = (path) =>
  path
    .replace(/^(\.\.\/)+/, "")
    .replace(/^(.*\/)?node_modules\//, "")
    .replace(/^@kabinet\//, "")
    .replace(/^packages\//, "")

/** The package (or the core's / widgets' area) an input belongs to, for "what dominates". */
export const packageOf = (input) => {
  const path = shortPath(input)
  const effect = path.match(/^effect\/dist\/(unstable\/[^/]+|[^/]+)/)
  if (effect) return `effect/${effect[1].replace(/\.js$/, "").replace(/^internal$/, "internal")}`
  const core = path.match(/^core\/(?:dist|src)\/([^/.]+)/)
  if (core) return `@kabinet/core/${core[1]}`
  if (path.startsWith("src/") || path.startsWith("widgets/src/")) {
    const area = path.replace(/^widgets\//, "").split("/")
    return `@kabinet/widgets/${area[1] === "internal" ? `internal/${area[2]}` : area[1]}`.replace(/\.ts$/, "")
  }
  const scoped = path.match(/^(@[^/]+\/[^/]+|[^/]+)/)
  return scoped ? scoped[1] : path
}

/** Sums bytes by package, largest first. @param {Record<string, number>} inputs */
export const byPackage = (inputs) => {
  /** @type {Record<string, number>} */
  const sums = {}
  for (const [input, bytes] of Object.entries(inputs)) sums[packageOf(input)] = (sums[packageOf(input)] ?? 0) + bytes
  return Object.entries(sums).sort((a, b) => b[1] - a[1])
}

const fileName = (path) => path.replace(/^.*\//, "")

/** @returns {Output[]} */
const outputsOf = (result) =>
  result.outputFiles
    .filter((file) => file.path.endsWith(".js"))
    .map((file) => {
      const key = Object.keys(result.metafile.outputs).find((path) => file.path.endsWith(path.replace(/^.*\//, "/")))
      const meta = result.metafile.outputs[key]
      return {
        file: fileName(file.path),
        min: file.contents.length,
        gzip: gzipSync(file.contents, { level: 9 }).length,
        inputs: Object.fromEntries(
          Object.entries(meta.inputs).map(([input, { bytesInOutput }]) => [input, bytesInOutput]),
        ),
        staticImports: meta.imports
          .filter((i) => i.kind === "import-statement" && !i.external)
          .map((i) => fileName(i.path)),
        dynamicImports: meta.imports
          .filter((i) => i.kind === "dynamic-import" && !i.external)
          .map((i) => fileName(i.path)),
        entryPoint: meta.entryPoint,
      }
    })

/** The files an output needs before it runs: itself and what it imports statically, transitively. */
const closure = (byFile, file, into = new Set()) => {
  if (into.has(file)) return into
  into.add(file)
  for (const next of byFile.get(file)?.staticImports ?? []) closure(byFile, next, into)
  return into
}

const unitOf = (byFile, name, kind, files) => {
  /** @type {Record<string, number>} */
  const inputs = {}
  let min = 0
  let gzip = 0
  for (const file of files) {
    const output = byFile.get(file)
    min += output.min
    gzip += output.gzip
    for (const [input, bytes] of Object.entries(output.inputs)) inputs[input] = (inputs[input] ?? 0) + bytes
  }
  return { name, kind, files: [...files], min, gzip, inputs }
}

/** The name of a lazy module: its source path without the extension, e.g. `src/documents/documents`. */
const lazyName = (entryPoint) => shortPath(entryPoint).replace(/\.(ts|js)$/, "")

/**
 * Builds the page bundles and the worker in memory and weighs them.
 *
 * @returns {Promise<{ units: Unit[], outputs: Output[] }>} The entries' initial graphs, the worker, and
 *   each lazy module reachable from an entry (its files beyond that entry's initial graph).
 */
export const measure = async () => {
  const [pages, worker] = await Promise.all([
    build({ ...pageOptions, outdir: "dist", write: false, logLevel: "error" }),
    build({ ...workerOptions, outdir: "dist", write: false, logLevel: "error" }),
  ])
  const outputs = [...outputsOf(pages), ...outputsOf(worker)]
  const byFile = new Map(outputs.map((output) => [output.file, output]))
  /** @type {Unit[]} */
  const units = []
  /** @type {Map<string, Unit>} */
  const lazy = new Map()
  const entries = [
    ...Object.keys(pageOptions.entryPoints).map((name) => ({ file: `${name}.js`, kind: "entry" })),
    ...Object.keys(workerOptions.entryPoints).map((name) => ({ file: `${name}.js`, kind: "worker" })),
  ]
  for (const { file: entry, kind } of entries) {
    const initial = closure(byFile, entry)
    units.push(unitOf(byFile, entry, kind, initial))
    // Every module loaded on first use from this entry, each measured beyond the entry's initial graph.
    const queue = [...initial].flatMap((file) => byFile.get(file)?.dynamicImports ?? [])
    const seen = new Set()
    while (queue.length > 0) {
      const target = queue.shift()
      if (seen.has(target) || initial.has(target)) continue
      seen.add(target)
      const files = [...closure(byFile, target)].filter((file) => !initial.has(file))
      const output = byFile.get(target)
      const name = output.entryPoint ? lazyName(output.entryPoint) : target
      const unit = { ...unitOf(byFile, name, "lazy", files), from: entry }
      // The same module reached from both entries: the larger figure (from the smaller initial graph).
      if ((lazy.get(name)?.min ?? -1) < unit.min) lazy.set(name, unit)
      for (const file of files) queue.push(...(byFile.get(file)?.dynamicImports ?? []))
    }
  }
  units.push(...[...lazy.values()].sort((a, b) => a.name.localeCompare(b.name)))
  return { units, outputs }
}

/**
 * Whether an input is an exporter's: the core's writers and worker client (`export/pdf`, `/xlsx`,
 * `/csv`, `/worker`, their internals and fonts), jsPDF and what it loads, and the widgets' export
 * service. The core's table descriptions (`@kabinet/core/export`'s `Table`, `Documents`, `Labels`) are not:
 * the views that show those tables use them.
 */
export const isExporterInput = (input) =>
  /^(core\/(dist|src)\/export\/(pdf|xlsx|csv|worker)\.|core\/(dist|src)\/export\/internal\/|jspdf|jspdf-autotable|html2canvas|canvg|dompurify|fflate|src\/internal\/export\/export-file\.|.*\/fonts\/)/.test(
    shortPath(input),
  )
