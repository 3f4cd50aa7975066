// The exports suite's Chromium side: the raw libraries' workers built with esbuild, a static server
// for the page, Kabinet's built widgets and those workers, and one export per fresh browser context
// (nothing cached, as a first export is), with the network seen by playwright.
import { readFile, stat } from "node:fs/promises"
import { createServer } from "node:http"
import { dirname, extname, join, normalize } from "node:path"
import { fileURLToPath } from "node:url"
import { build } from "esbuild"
import { chromium } from "playwright-core"
import { exportElement, exporterMarkers, pageEntry, widgetsDist } from "./entries.mjs"

const here = dirname(fileURLToPath(import.meta.url))
const rawBuild = join(here, "..", "results", ".export-workers")
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"

/** The raw libraries measured in the page, each in a worker of its own. */
export const rawSubjects = ["exceljs", "xlsx-js-style", "jspdf", "jspdf-autotable"]

/** Bundles each raw library's worker (minified, as a page would ship it). */
export const buildRawWorkers = () =>
  build({
    entryPoints: Object.fromEntries(rawSubjects.map((s) => [s, join(here, "page", "workers", `${s}.mjs`)])),
    outdir: rawBuild,
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    define: { "process.env.NODE_ENV": '"production"', global: "globalThis" },
    logLevel: "error",
  })

const mounts = { "/page/": join(here, "page"), "/shared/": here, "/widgets/": widgetsDist, "/raw/": rawBuild }
const types = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".map": "application/json" }

/** Serves the page and what it loads on a free port; resolves with its origin and a way to stop. */
export const serve = () =>
  new Promise((resolve) => {
    const server = createServer(async (request, response) => {
      const path = decodeURIComponent(new URL(request.url, "http://x").pathname)
      const prefix = Object.keys(mounts).find((p) => path.startsWith(p))
      const file = prefix && normalize(join(mounts[prefix], path.slice(prefix.length)))
      try {
        if (!file?.startsWith(mounts[prefix]) || !(await stat(file)).isFile()) throw new Error("not found")
        const body = await readFile(file)
        response.writeHead(200, {
          "content-type": types[extname(file)] ?? "application/octet-stream",
          "cache-control": "no-store",
        })
        response.end(body)
      } catch {
        response.writeHead(404).end()
      }
    })
    server.listen(0, "127.0.0.1", () =>
      resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() }),
    )
  })

/** Starts Chromium headless. */
export const launch = () => chromium.launch({ executablePath, headless: true })

const markedExporter = (text) => exporterMarkers.some((marker) => text.includes(marker))

/**
 * One export in a fresh context: opens the page, waits for Kabinet's bundle, then makes the file
 * with `subject`. Returns the page's figures, the bytes of Kabinet's files fetched before the
 * export (all, and those holding exporter code or fonts) and the bytes the export fetched (its
 * worker and whatever that loads: Kabinet's, or the raw library's).
 */
export const exportOnce = async (browser, origin, subject, format, spec, count) => {
  const context = await browser.newContext({ acceptDownloads: true })
  try {
    const page = await context.newPage()
    let exporting = false
    const fetched = { before: 0, exporterBefore: 0, during: 0, files: new Set() }
    const pending = []
    page.on("requestfinished", (request) => {
      const during = exporting
      pending.push(
        (async () => {
          const response = await request.response()
          const path = new URL(request.url()).pathname
          const own = path.startsWith("/widgets/")
          if (!response || !(own || path.startsWith("/raw/"))) return
          const body = await response.body().catch(() => Buffer.alloc(0))
          if (during) {
            fetched.during += body.length
            fetched.files.add(path.replace(/^\/(widgets|raw)\//, ""))
          } else if (own) {
            fetched.before += body.length
            if (markedExporter(body.toString("latin1"))) fetched.exporterBefore += body.length
          }
        })(),
      )
    })
    const downloaded = new Promise((resolve) => page.once("download", resolve))
    const entry = `/widgets/${pageEntry}`
    await page.goto(`${origin}/page/index.html?entry=${encodeURIComponent(entry)}&element=${exportElement}`)
    await page.waitForFunction(() => window.ready === true, undefined, { timeout: 60_000 })
    await page.waitForLoadState("networkidle")
    await Promise.all(pending)
    exporting = true
    const result = await Promise.race([
      page.evaluate(
        ([subject, format, spec, count]) => window.exportWith(subject, format, spec, count),
        [subject, format, spec, count],
      ),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`${subject}'s ${format} export took over 4 minutes`)), 240_000).unref(),
      ),
    ])
    const download = await downloaded
    await download.path()
    await Promise.all(pending)
    return { ...result, fetched: { ...fetched, files: [...fetched.files] } }
  } finally {
    await context.close()
  }
}
