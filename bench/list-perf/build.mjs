// Bundles page.ts for measure.mjs from the packages' sources: node build.mjs [name] writes out/<name>.js.

import { fileURLToPath } from "node:url"
import { build } from "esbuild"

const here = fileURLToPath(new URL(".", import.meta.url))
await build({
  entryPoints: [`${here}page.ts`],
  bundle: true,
  format: "esm",
  minify: true,
  conditions: ["source"],
  outfile: `${here}out/${process.argv[2] ?? "page"}.js`,
  logLevel: "warning",
  target: "es2024",
})
