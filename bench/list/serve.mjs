// Builds the three list pages and serves them beside a mock operator, to look at them by hand:
// `node bench/list/serve.mjs [--fleet-size 100000] [--port 8790]`.
import { parseArgs } from "node:util"
import { startOperator } from "../lib/operator.mjs"
import { buildPages, pagesDirectory, subjects } from "./build.mjs"
import { startSite } from "./site.mjs"

const { values } = parseArgs({ options: { "fleet-size": { type: "string" }, port: { type: "string" } } })
const fleetSize = Number(values["fleet-size"] ?? 1_000)
const sizes = await buildPages()
const operator = await startOperator(fleetSize)
const site = await startSite({ root: pagesDirectory, operatorUrl: operator.url, port: Number(values.port ?? 8790) })
console.log(`Mock operator (${fleetSize} lines) on ${operator.url}`)
for (const subject of subjects)
  console.log(
    `${subject.name}: ${site.url}/${subject.id}.html (${(sizes[subject.id].initial / 1024).toFixed(1)} KB min+gzip)`,
  )
console.log("Ctrl+C stops both.")
process.on("SIGINT", () => {
  operator.stop()
  process.exit(0)
})
