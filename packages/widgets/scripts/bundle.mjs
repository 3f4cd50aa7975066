// Bundles the everything-entry (`src/index.ts`: every element, `<kab-cabinet>` included) into
// `dist/kabinet.js`: one self-contained ES module (Lit, Effect and
// the core inlined) that registers every `kab-…` element from a plain `<script type="module">`, for a
// page with no bundler. Registration is tolerant, so the file may be loaded twice, or beside the
// per-element entries.
//
// The export worker is bundled beside it as `dist/export-worker.js`: the page starts it with
// `new URL("./export-worker.js", import.meta.url)`, which esbuild leaves as written, so it resolves
// next to `kabinet.js` wherever the two files are served. Its writers (jsPDF, the fonts, the XLSX
// writer) live only in that file, fetched on the first export.
import { build } from "esbuild"

const result = await build({
  entryPoints: { kabinet: "src/index.ts", "export-worker": "src/internal/export/export-worker.ts" },
  outdir: "dist",
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  tsconfig: "tsconfig.build.json",
  minify: true,
  sourcemap: "linked",
  metafile: true,
  define: { "process.env.NODE_ENV": '"production"' },
  logLevel: "warning",
})

const bytes = Object.entries(result.metafile.outputs).find(([file]) => file.endsWith("kabinet.js"))?.[1].bytes ?? 0
console.log(`dist/kabinet.js: ${(bytes / 1024).toFixed(0)} KiB`)
const workerBytes =
  Object.entries(result.metafile.outputs).find(([file]) => file.endsWith("export-worker.js"))?.[1].bytes ?? 0
console.log(`dist/export-worker.js: ${(workerBytes / 1024).toFixed(0)} KiB`)
