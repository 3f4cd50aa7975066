// Builds the three list pages with esbuild (minified, production, ES modules) and writes their HTML.
// Each page is built on its own, so nothing is shared between them; a chunk split off for a lazy
// import is written beside its page but not counted in the bytes a page loads first.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"
import { build } from "esbuild"

const here = dirname(fileURLToPath(import.meta.url))

/** The subjects: Kabinet first, then its peers. */
export const subjects = [
  { id: "kabinet", name: "kab-number-list", grid: "kabinet" },
  { id: "vaadin", name: "vaadin-grid", grid: "vaadin" },
  { id: "ag-grid", name: "AG Grid", grid: "ag" },
]

/** Where the built pages go (under the results, which are not committed). */
export const pagesDirectory = join(here, "..", "results", "list-pages")

const style = `
  body { margin: 0; font: 14px/1.4 system-ui, sans-serif; }
  main { padding: 16px; }
  .search { display: flex; gap: 8px; align-items: center; margin-block-end: 12px; }
  vaadin-grid, #grid { block-size: 35rem; }
`

// The rows' box is about the same everywhere: Kabinet's default 32rem of rows under its toolbar and
// header, the peers' 35rem with their header, under the same kind of «Поиск» field.
const bodies = {
  kabinet: `<kab-provider lang="ru"><kab-number-list></kab-number-list></kab-provider>`,
  vaadin: `<label class="search">Поиск <input id="search" type="search" /></label><vaadin-grid></vaadin-grid>`,
  ag: `<label class="search">Поиск <input id="search" type="search" /></label><div id="grid"></div>`,
}

const html = (subject) => `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="icon" href="data:," />
<title>${subject.name}: номера</title>
<style>${style}</style>
</head>
<body data-grid="${subject.grid}">
<main>${bodies[subject.grid]}</main>
<script type="module" src="./${subject.id}.js"></script>
</body>
</html>
`

const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).byteLength

/**
 * Builds every page into `pagesDirectory` and returns, per subject, the min+gzip bytes it loads
 * first (its module and the chunks it imports statically) and those it may load later.
 * @returns {Promise<Record<string, { initial: number, lazy: number, minified: number }>>}
 */
export const buildPages = async () => {
  rmSync(pagesDirectory, { recursive: true, force: true })
  mkdirSync(pagesDirectory, { recursive: true })
  const sizes = {}
  for (const subject of subjects) {
    const result = await build({
      entryPoints: [{ in: join(here, "pages", `${subject.id}.js`), out: subject.id }],
      bundle: true,
      minify: true,
      format: "esm",
      splitting: true,
      chunkNames: `${subject.id}-chunks/[name]-[hash]`,
      target: "es2022",
      platform: "browser",
      define: { "process.env.NODE_ENV": '"production"' },
      legalComments: "none",
      metafile: true,
      outdir: pagesDirectory,
      logLevel: "error",
    })
    writeFileSync(join(pagesDirectory, `${subject.id}.html`), html(subject))
    const outputs = result.metafile.outputs
    const relative = (path) => path.replace(/^.*results\/list-pages\//u, "")
    const entry = Object.keys(outputs).find((path) => path.endsWith(`/${subject.id}.js`))
    const initial = new Set()
    const visit = (path) => {
      if (initial.has(path)) return
      initial.add(path)
      for (const imported of outputs[path].imports) if (imported.kind === "import-statement") visit(imported.path)
    }
    visit(entry)
    let initialBytes = 0
    let lazyBytes = 0
    let minified = 0
    for (const path of Object.keys(outputs)) {
      if (!path.endsWith(".js")) continue
      const bytes = gzipBytes(join(pagesDirectory, relative(path)))
      if (initial.has(path)) {
        initialBytes += bytes
        minified += outputs[path].bytes
      } else lazyBytes += bytes
    }
    sizes[subject.id] = { initial: initialBytes, lazy: lazyBytes, minified }
  }
  return sizes
}
