// `npm run bench`: runs every suite in `suites/` (in name order, one at a time, so they do not
// compete for the machine) and writes BENCHMARKS.md at the top of the repository from their results.
// `npm run bench -- list bytes` runs only the suites whose file names start with those words; the
// document is then written from the fresh results and any kept from earlier runs.
import { spawnSync } from "node:child_process"
import { readdirSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { renderBenchmarks } from "./lib/render.mjs"

const here = dirname(fileURLToPath(import.meta.url))
const only = process.argv.slice(2)
const suites = readdirSync(join(here, "suites"))
  .filter((file) => file.endsWith(".mjs"))
  .filter((file) => only.length === 0 || only.some((word) => file.startsWith(word)))
  .sort()

const failed = []
for (const file of suites) {
  console.log(`\n── ${file}`)
  const started = Date.now()
  const { status } = spawnSync(process.execPath, [join(here, "suites", file)], { stdio: "inherit", cwd: here })
  console.log(
    `── ${file}: ${status === 0 ? "done" : `failed (${status})`} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  )
  if (status !== 0) failed.push(file)
}

const written = renderBenchmarks()
console.log(`\n${written}`)
if (failed.length > 0) {
  console.log(`Failed: ${failed.join(", ")}`)
  process.exit(1)
}
