// Bundles page.ts for measure.mjs (from the packages' sources).

import { fileURLToPath } from "node:url"
import { build } from "esbuild"

const here = fileURLToPath(new URL(".", import.meta.url))
await build({
  entryPoints: [`${here}page.ts`],
  bundle: true,
  format: "esm",
  minify: true,
  conditions: ["source"],
  outfile: `${here}out/page.js`,
  logLevel: "warning",
  target: "es2024",
})
