// Bytes: what a page pays to show Kabinet's widgets, beside vaadin-grid's and AG Grid's own pages.
// Builds `kabinet.js`, the list-only page (`number-list.js`), the cabinet's page (`cabinet.js`), every chunk loaded on first use and the
// export worker exactly as `packages/widgets/scripts/bundle.mjs` ships them (in memory, from esbuild's
// metafile), and the peers' list-only pages the same way (esbuild, ES modules, minified, gzip level 9).
// Sizes are deterministic: one sample each. Takes about half a minute.
import { gzipSync } from "node:zlib"
import { build } from "esbuild"
import { byPackage, isExporterInput, measure, shortPath } from "../../packages/widgets/scripts/bytes.mjs"
import { benchDirectory } from "../bytes/paths.mjs"
import { measurePeer, peerPages } from "../bytes/peers.mjs"
import { writeSuite } from "../lib/results.mjs"

const kb = (bytes) => Math.round(bytes / 10) / 100
const top = (inputs, count = 5) =>
  byPackage(inputs)
    .slice(0, count)
    .map(([name, bytes]) => `${name} ${kb(bytes)} KB`)
    .join(", ")

const started = Date.now()
const { units } = await measure()
const unit = (name) => {
  const found = units.find((u) => u.name === name)
  if (found === undefined) throw new Error(`${name} was not built`)
  return found
}
const kabinet = unit("kabinet.js")
const list = unit("number-list.js")
const cabinet = unit("cabinet.js")
const worker = unit("export-worker.js")
const lazy = units.filter((u) => u.kind === "lazy")

const peers = {}
for (const [name, source] of Object.entries(peerPages)) peers[name] = await measurePeer(source)

// Effect's share of the list-only page: its modules' minified bytes (gzip cannot be split by module).
const effectInputs = Object.fromEntries(
  Object.entries(list.inputs).filter(([input]) => shortPath(input).startsWith("effect/")),
)
const effectMin = Object.values(effectInputs).reduce((sum, bytes) => sum + bytes, 0)

// The floor Effect sets for a typed data layer, whatever Kabinet does: a page that decodes one struct.
const floorPage = async (contents) => {
  const result = await build({
    stdin: { contents, resolveDir: benchDirectory, loader: "js" },
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    write: false,
    logLevel: "error",
  })
  const output = result.outputFiles[0].contents
  return { min: output.length, gzip: gzipSync(output, { level: 9 }).length }
}
const decodeOne = `Schema.decodeUnknownEffect(Schema.Struct({ msisdn: Schema.String, balance: Schema.Number }))({ msisdn: "7701", balance: 1 })`
const floorBarrel = await floorPage(
  `import { Effect, Schema } from "effect"; Effect.runPromise(${decodeOne}).then(console.log)`,
)
const floorModules = await floorPage(
  `import * as Effect from "effect/Effect"; import * as Schema from "effect/Schema"; Effect.runPromise(${decodeOne}).then(console.log)`,
)

const listPackages = Object.fromEntries(byPackage(list.inputs))
const share = (...names) => names.reduce((sum, name) => sum + (listPackages[name] ?? 0), 0)
const vaadin = peers["vaadin-grid"]
const ag = peers["AG Grid"]
const ratio = list.gzip / vaadin.gzip
const exporterBytes = (u) =>
  Object.entries(u.inputs)
    .filter(([input]) => isExporterInput(input))
    .reduce((sum, [, bytes]) => sum + bytes, 0)

/** @type {import("../lib/results.mjs").Figure[]} */
const figures = [
  {
    name: "list-only page (its typed data layer included), min+gzip",
    unit: "KB",
    samples: { Kabinet: [kb(list.gzip)], "vaadin-grid": [kb(vaadin.gzip)], "AG Grid": [kb(ag.gzip)] },
    target: {
      ratio: 2,
      text: "≤ 2× vaadin-grid",
      ...(ratio > 2
        ? {
            why:
              `Effect is ${kb(effectMin)} KB of the list's ${kb(list.min)} KB minified (its runtime, Schema, the HTTP ` +
              `client and effect/http-api, which derives the client from the contract); one Schema decode run by Effect ` +
              `alone weighs ${kb(floorModules.gzip)} KB min+gzip. Then the core's messages in all three languages ` +
              `${kb(share("@kabinet/core/i18n"))} KB, the contract's groups the list uses ` +
              `${kb(share("@kabinet/core/api"))} KB, the rules ${kb(share("@kabinet/core/rules"))} KB. The way further: ` +
              "a client of the list's endpoints without effect/http-api, messages of the active language only.",
          }
        : {}),
    },
    note: `what dominates: ${top(list.inputs, 8)}`,
  },
  {
    name: "list-only page, minified",
    unit: "KB",
    samples: { Kabinet: [kb(list.min)], "vaadin-grid": [kb(vaadin.min)], "AG Grid": [kb(ag.min)] },
    target: false,
    note: `vaadin-grid: ${top(vaadin.inputs, 4)}; AG Grid: ${top(ag.inputs, 3)}`,
  },
  {
    name: "Effect alone in the list-only page, minified",
    unit: "KB",
    samples: { Kabinet: [kb(effectMin)] },
    target: false,
    note: `by module: ${top(effectInputs, 8)}`,
  },
  {
    name: "Effect's floor: one Schema decode run by Effect, min+gzip",
    unit: "KB",
    samples: { Kabinet: [kb(floorModules.gzip)] },
    target: false,
    note: `imported as modules (effect/Schema, effect/Effect); from the "effect" barrel: ${kb(floorBarrel.gzip)} KB`,
  },
  {
    name: "kabinet.js (every element, first load), min+gzip",
    unit: "KB",
    samples: { Kabinet: [kb(kabinet.gzip)] },
    target: false,
    note: `${kb(kabinet.min)} KB minified, ${kabinet.files.length} files; what dominates: ${top(kabinet.inputs, 8)}`,
  },
  {
    name: "cabinet page (cabinet.js; its views on first use), min+gzip",
    unit: "KB",
    samples: { Kabinet: [kb(cabinet.gzip)] },
    target: false,
    note: `${kb(cabinet.min)} KB minified; what dominates: ${top(cabinet.inputs, 6)}`,
  },
  {
    name: "exporters and fonts in the first load of kabinet.js, the cabinet and the list",
    unit: "KB",
    samples: { Kabinet: [kb(exporterBytes(list) + exporterBytes(kabinet) + exporterBytes(cabinet))] },
    target: { max: 0, text: "0 until an export starts" },
    note: "the core's writers and worker client, jsPDF and the fonts, the widgets' export service (kabinet.js still carries the core's table descriptions, which the records' and documents' views it registers use)",
  },
  ...lazy.map((chunk) => ({
    name: `lazy: ${chunk.name}, min+gzip`,
    unit: /** @type {const} */ ("KB"),
    samples: { Kabinet: [kb(chunk.gzip)] },
    target: /** @type {const} */ (false),
    note: `${kb(chunk.min)} KB minified${chunk.min > 1000 ? `; ${top(chunk.inputs, 4)}` : ""}`,
  })),
  {
    name: "export worker (on the first export), min+gzip",
    unit: "KB",
    samples: { Kabinet: [kb(worker.gzip)] },
    target: false,
    note: `${kb(worker.min)} KB minified; ${top(worker.inputs, 5)}`,
  },
]

writeSuite({
  id: "bytes",
  title: "Bytes",
  order: 90,
  method:
    "Each page is bundled with esbuild as the widgets ship (`packages/widgets/scripts/bundle.mjs`: ES modules, code " +
    "splitting, minified), the peers' list-only pages the same way (vaadin-grid with a data provider; AG Grid " +
    "Community with only its infinite row model registered), each fetching JSON pages. A page's figure is the sum " +
    "over the files it loads before it runs, each gzipped at level 9 on its own; a lazy chunk's is what its first use " +
    "fetches beyond that. KB = 1,000 bytes. What dominates is read from esbuild's metafile (minified bytes by package).",
  figures,
  notes: [
    `Time to measure: ${((Date.now() - started) / 1000).toFixed(0)} s.`,
    "esbuild's own knobs change nothing here: `treeShaking: true` and `ignoreAnnotations: false` are already in " +
      "effect, `pure` on Schema's constructors saves under 1 KB, and Effect's `sideEffects` already marks its " +
      "modules free of side effects. What does: a named import from a barrel written `export * as Schema from " +
      '"./Schema.js"` makes esbuild keep the whole namespace, so the core and the widgets import Effect\'s ' +
      "modules by their paths (`effect/Schema`), and the widgets' build does the same for the core's barrel " +
      "(`scripts/namespace-imports.mjs`).",
  ],
})
console.log(
  `bytes: list ${kb(list.gzip)} KB vs vaadin-grid ${kb(vaadin.gzip)} KB (${ratio.toFixed(2)}×), AG Grid ${kb(ag.gzip)} KB`,
)
