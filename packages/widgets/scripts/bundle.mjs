// Bundles the widgets for a page with no bundler, into `dist/`:
//
// - `kabinet.js`: the everything-entry (`src/index.ts`: every element, `<kab-cabinet>` included), an ES
//   module that registers every `kab-…` element from a plain `<script type="module">`. What a page needs
//   first is loaded with it; what is used later — the cabinet's views loaded on first use, the
//   exporters behind an export button — is split into chunks that the browser fetches on first use,
//   resolved next to `kabinet.js` wherever it is served. Registration is tolerant, so the file may be
//   loaded twice, or beside the per-element entries.
// - `number-list.js`: `<kab-number-list>` alone (with `<kab-provider>`), the list-only page, and
//   `cabinet.js`: `<kab-cabinet>`, whose views of a number, its records and the documents are chunks
//   loaded on first use; both share chunks with `kabinet.js` (which exports every element's class, so
//   it carries those views itself).
// - `export-worker.js`: the export worker, with each format's writer in a chunk of its own. The page starts it with
//   `new URL("./export-worker.js", import.meta.url)`, which esbuild leaves as written, so it resolves
//   next to the module that starts it. Its writers (jsPDF, the fonts, the XLSX writer) live only there.
//
// Named imports from the barrels of Effect and the core are built as namespace imports of their modules
// (`namespace-imports.mjs`), which keeps out what the page never calls.
//
// The options are shared with `size-budgets.mjs` and the bytes benchmark, so they measure what ships.
import { existsSync, readdirSync, rmSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { build } from "esbuild"
import { namespaceImports } from "./namespace-imports.mjs"

/** The widgets' package directory. */
export const packageDirectory = join(dirname(fileURLToPath(import.meta.url)), "..")

/** The options every bundle of the widgets is built with. */
export const commonOptions = {
  absWorkingDir: packageDirectory,
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  tsconfig: "tsconfig.build.json",
  minify: true,
  metafile: true,
  define: { "process.env.NODE_ENV": '"production"' },
  // Module scripts and module workers are always read as UTF-8, so the Russian and Kazakh strings stay
  // as they are instead of six-byte `\uXXXX` escapes.
  charset: "utf8",
  logLevel: "warning",
  // Named imports from Effect's and the core's barrels kept whole namespaces: see namespace-imports.mjs.
  plugins: [namespaceImports()],
}

/** The page bundles: `kabinet.js`, `number-list.js` and `cabinet.js`, split into chunks loaded on first use. */
export const pageOptions = {
  ...commonOptions,
  entryPoints: {
    kabinet: "src/index.ts",
    "number-list": "src/entries/number-list.ts",
    cabinet: "src/entries/cabinet.ts",
  },
  splitting: true,
  // Chunks sit beside the entries: the export worker's URL is resolved from whichever chunk starts it.
  chunkNames: "chunk-[hash]",
}

/**
 * The export worker, imported by nothing. Each format's writer is a chunk the worker loads when a file
 * of that format is asked for, so a spreadsheet never fetches jsPDF and its fonts.
 */
export const workerOptions = {
  ...commonOptions,
  entryPoints: { "export-worker": "src/internal/export/export-worker.ts" },
  splitting: true,
  chunkNames: "chunk-[hash]",
  // jsPDF loads these only to draw HTML and SVG (`doc.html()`, `addSvgAsImage`), which the tables never
  // do: left as the imports on first use they are, never fetched, instead of a third of the worker.
  external: ["html2canvas", "canvg", "dompurify"],
}

const isMain = process.argv[1] === fileURLToPath(import.meta.url)
if (isMain) {
  const outdir = join(packageDirectory, "dist")
  // Chunks are named by their content: old ones would otherwise pile up beside the new.
  for (const stale of existsSync(outdir) ? readdirSync(outdir, { withFileTypes: true }) : [])
    if (stale.isFile() && /^chunk-[A-Z0-9]{8}\.js(\.map)?$/.test(stale.name)) rmSync(join(outdir, stale.name))
  const pages = await build({ ...pageOptions, outdir, sourcemap: "linked" })
  const worker = await build({ ...workerOptions, outdir, sourcemap: "linked" })
  const outputs = { ...pages.metafile.outputs, ...worker.metafile.outputs }
  // esbuild writes a chunk for every `import()` it meets, even in code it then leaves out as unused
  // (Effect's HTTP API docs pages, the core's in-page writers): chunks no entry can reach are removed.
  const reachable = new Set()
  const visit = (file) => {
    if (reachable.has(file)) return
    reachable.add(file)
    for (const imported of outputs[file]?.imports ?? []) if (!imported.external) visit(imported.path)
  }
  const entries = [...Object.values(pageOptions.entryPoints), ...Object.values(workerOptions.entryPoints)]
  for (const [file, output] of Object.entries(outputs)) if (entries.includes(output.entryPoint)) visit(file)
  for (const file of Object.keys(outputs))
    if (file.endsWith(".js") && !reachable.has(file)) {
      rmSync(join(packageDirectory, file))
      rmSync(join(packageDirectory, `${file}.map`), { force: true })
      delete outputs[file]
    }
  const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`
  for (const [file, output] of Object.entries(outputs))
    if (file.endsWith(".js")) console.log(`${file.replace(/^.*dist\//, "dist/")}: ${kib(output.bytes)}`)
}
