import { esbuildPlugin } from "@web/dev-server-esbuild"
import { defaultReporter, summaryReporter } from "@web/test-runner"
import { chromeLauncher } from "@web/test-runner-chrome"
import { a11ySnapshotPlugin } from "@web/test-runner-commands/plugins"
import { totalsReporter } from "../../scripts/wtr-totals-reporter.js"

/** Debian's Chromium: the `/usr/bin/chromium` one is a shell wrapper the launcher cannot drive. */
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium"

export default {
  files: ["src/**/*.test.ts", "test/**/*.test.ts"],
  nodeResolve: { exportConditions: ["browser", "source"] },
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
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith("Lit is in dev mode"),
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), totalsReporter("../../reports/widgets.wtr.json")],
}
