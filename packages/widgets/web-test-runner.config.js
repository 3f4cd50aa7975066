import { existsSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { esbuildPlugin } from "@web/dev-server-esbuild"
import { defaultReporter, summaryReporter } from "@web/test-runner"
import { chromeLauncher } from "@web/test-runner-chrome"
import { a11ySnapshotPlugin } from "@web/test-runner-commands/plugins"
import { totalsReporter } from "../../scripts/wtr-totals-reporter.js"

/** Debian's Chromium: the `/usr/bin/chromium` one is a shell wrapper the launcher cannot drive. */
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium"

const root = fileURLToPath(new URL(".", import.meta.url))

/**
 * A module started by URL rather than imported — `new Worker(new URL("./x.js", import.meta.url))` —
 * names the compiled `.js`; the esbuild plugin only rewrites imports, so the request is sent to the
 * `.ts` source here, as Vite and the build do.
 */
async function servesTsForJs(context, next) {
  if (context.path.startsWith("/src/") && context.path.endsWith(".js")) {
    const source = `${context.path.slice(0, -3)}.ts`
    if (!existsSync(`${root}${context.path}`) && existsSync(`${root}${source}`)) context.url = source
  }
  return next()
}

/**
 * `/copies/<name>/dist/…` serves `dist/…`: each name is a copy of the built bundle at a URL of its own,
 * its chunks included, as two micro-frontends serve their own `kabinet.js` (`test/bundle.ts`).
 */
async function servesBundleCopies(context, next) {
  const copy = context.path.match(/^\/copies\/[a-z-]+(\/dist\/.*)$/)
  if (copy) context.url = copy[1]
  return next()
}

export default {
  files: ["src/**/*.test.ts", "test/**/*.test.ts"],
  nodeResolve: { exportConditions: ["browser", "source"] },
  middleware: [servesTsForJs, servesBundleCopies],
  plugins: [
    esbuildPlugin({ ts: true, target: "es2022", tsconfig: new URL("./tsconfig.json", import.meta.url).pathname }),
    // The browser's own accessibility tree, to check that each control's name is its visible label.
    a11ySnapshotPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: [
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
        ],
      },
    }),
  ],
  concurrency: 1,
  // A file may export the whole 100,000-line fleet (the number list), on a machine shared by other work.
  testsFinishTimeout: 300_000,
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith("Lit is in dev mode"),
  testFramework: { config: { timeout: 60_000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), totalsReporter("../../reports/widgets.wtr.json")],
}
