import { MessageChannel } from "node:worker_threads"
import { afterEach, describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { ExportTooLarge } from "../../src/export/ExportError.js"
import type { Progress, Row, Table } from "../../src/export/Table.js"
import * as ExportWorker from "../../src/export/worker.js"
import { openXlsx, parseCsv } from "./readers.js"

// A MessageChannel stands in for the worker: `serve` on one port, the page on the other, with
// messages cloned (and buffers transferred) exactly as between a page and a Web Worker.
const channels: Array<MessageChannel> = []
const connect = () => {
  const channel = new MessageChannel()
  channels.push(channel)
  ExportWorker.serve(channel.port1)
  return channel.port2
}
afterEach(() => {
  for (const channel of channels.splice(0)) {
    channel.port1.close()
    channel.port2.close()
  }
})

const pages = (count: number) => {
  const state = { read: 0, closed: false }
  async function* rows(): AsyncGenerator<Row> {
    try {
      for (let i = 0; i < count; i++) {
        state.read++
        yield [`7701${String(1_000_000 + i).slice(-7)}`, i * 100]
      }
    } finally {
      state.closed = true
    }
  }
  const table: Table = {
    title: "Номера",
    totalRows: count,
    columns: [
      { key: "msisdn", kind: "phone", header: "Номер" },
      { key: "funds", kind: "money", header: "Доступные средства, тенге" },
    ],
    rows: rows(),
  }
  return { state, table }
}

describe("exports in a worker", { timeout: 120_000 }, () => {
  it("pulls rows from the page chunk by chunk and sends the file back", async () => {
    const { table } = pages(2_345)
    const reports: Array<Progress> = []
    const bytes = await Effect.runPromise(
      ExportWorker.run(connect(), table, { format: "xlsx", chunkSize: 500, onProgress: (p) => reports.push(p) }),
    )
    const sheet = openXlsx(bytes)
    expect(sheet.cells.A4?.value).toBe("77011000000")
    expect(sheet.cells.A2348?.value).toBe("77011002344")
    expect(sheet.cells.B2348).toMatchObject({ value: 2344, type: "n" })
    expect(reports.map((report) => report.rows)).toContain(2_345)
  })

  it("sends rows that are already in memory with the request", async () => {
    const table: Table = {
      title: "t",
      columns: [{ key: "a", kind: "text", header: "Мәтін" }],
      rows: [["=1+1"], ["Қазақ"]],
    }
    const bytes = await Effect.runPromise(ExportWorker.run(connect(), table, { format: "csv", delimiter: ";" }))
    expect(parseCsv(bytes, ";").rows).toEqual([["Мәтін"], ["'=1+1"], ["Қазақ"]])
  })

  it("brings the worker's refusal back as a typed error", async () => {
    const { table } = pages(25_000)
    const run = Effect.runPromise(Effect.flip(ExportWorker.run(connect(), table, { format: "pdf" })))
    const error = await run
    expect(error).toBeInstanceOf(ExportTooLarge)
    expect(error).toMatchObject({ format: "pdf", limit: 20_000, suggested: "xlsx" })
  })

  it("cancels the export in the worker and stops fetching rows when the page aborts", async () => {
    const port = connect()
    const answers: Array<string> = []
    port.addEventListener("message", (event) => answers.push((event as MessageEvent<{ type: string }>).data.type))
    const { state, table } = pages(100_000)
    const abort = new AbortController()
    const run = Effect.runPromise(ExportWorker.run(port, table, { format: "xlsx", onProgress: () => abort.abort() }), {
      signal: abort.signal,
    })
    await expect(run).rejects.toThrow()
    expect(state.closed).toBe(true)
    expect(state.read).toBeLessThan(100_000)
    await expect.poll(() => answers).toContain("cancelled")
    expect(answers).not.toContain("done")
  })
})
