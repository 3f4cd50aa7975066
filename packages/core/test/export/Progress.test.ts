import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import * as Csv from "../../src/export/csv.js"
import * as Pdf from "../../src/export/pdf.js"
import type { Progress, Row, Table } from "../../src/export/Table.js"
import * as Xlsx from "../../src/export/xlsx.js"

/** Rows fetched "page by page": an async generator that counts what it gave and sees its end. */
const source = (count: number) => {
  const state = { read: 0, closed: false }
  async function* rows(): AsyncGenerator<Row> {
    try {
      for (let i = 0; i < count; i++) {
        state.read++
        yield [i, `строка ${i}`]
      }
    } finally {
      state.closed = true
    }
  }
  const table: Table = {
    title: "Список",
    totalRows: count,
    columns: [
      { key: "n", kind: "integer", header: "№" },
      { key: "text", kind: "text", header: "Текст" },
    ],
    rows: rows(),
  }
  return { state, table }
}

const writers = [
  ["XLSX", Xlsx.write],
  ["CSV", Csv.write],
  ["PDF", Pdf.write],
] as const

describe("progress and cancellation", { timeout: 120_000 }, () => {
  for (const [name, write] of writers) {
    it(`${name}: reports progress as rows are read, up to the total`, async () => {
      const { table } = source(2_500)
      const reports: Array<Progress> = []
      await Effect.runPromise(write(table, { onProgress: (progress) => reports.push(progress) }))
      const reading = reports.filter((report) => report.phase !== "drawing")
      expect(reading.slice(0, 3).map((report) => report.rows)).toEqual([1_000, 2_000, 2_500])
      for (const report of reports) expect(report.totalRows).toBe(2_500)
      expect(reports.at(-1)?.rows).toBe(2_500)
    })

    it(`${name}: an aborted signal stops the export, makes no file and closes the row source`, async () => {
      const { state, table } = source(100_000)
      const abort = new AbortController()
      const run = Effect.runPromise(write(table, { onProgress: () => abort.abort() }), { signal: abort.signal })
      await expect(run).rejects.toThrow()
      expect(state.read).toBeLessThan(100_000)
      expect(state.closed).toBe(true)
    })
  }
})
