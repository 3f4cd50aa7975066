// One export in a fresh Node process, for the suite: `node node-run.mjs <subject> <format>` writes
// the format's document with one subject and prints its time, the memory the write added (peak RSS
// of the process over its RSS just before writing) and the file's size as one line of JSON.
import { performance } from "node:perf_hooks"
import { specOf, tableOf } from "./tables.mjs"

const [subject, format, count] = process.argv.slice(2)
const table = tableOf(format, count === undefined ? undefined : Number(count))
const spec = specOf(table)

const kabinet = async () => {
  const { Effect } = await import("effect")
  const writer =
    format === "xlsx" ? await import("@kabinet/core/export/xlsx") : await import("@kabinet/core/export/pdf")
  // The PDF writer loads jsPDF and the fonts on first use: load them now, as the raw writers' imports do.
  if (format === "pdf") await Effect.runPromise(writer.write({ ...table, rows: [] }))
  return () => Effect.runPromise(writer.write(table, { locale: "ru" }))
}

const writers = {
  kabinet,
  exceljs: async () => {
    const { write } = await import("./raw/exceljs-stream.mjs")
    return () => write(spec, table.rows)
  },
  "xlsx-js-style": async () => {
    const { write } = await import("./raw/xlsx-js-style.mjs")
    return () => write(spec, table.rows)
  },
  jspdf: async () => {
    const { write } = await import("./raw/jspdf.mjs")
    return () => write(spec, table.rows)
  },
  "jspdf-autotable": async () => {
    const { write } = await import("./raw/autotable.mjs")
    return () => write(spec, table.rows)
  },
}

const write = await writers[subject]()
const rssBefore = process.memoryUsage().rss
const started = performance.now()
const bytes = await write()
const ms = performance.now() - started
const peak = process.resourceUsage().maxRSS * 1024
const magic = new TextDecoder().decode(bytes.subarray(0, 4))
if (magic !== (format === "xlsx" ? "PK\u0003\u0004" : "%PDF")) throw new Error(`${subject} wrote no ${format} file`)
console.log(JSON.stringify({ ms, addedMB: (peak - rssBefore) / 2 ** 20, peakMB: peak / 2 ** 20, bytes: bytes.length }))
