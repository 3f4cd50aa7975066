import { execFileSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "@effect/vitest"

const packageRoot = fileURLToPath(new URL("../..", import.meta.url))

// The built package, the way a developer's script or a bundler meets it: plain Node, no source condition.
const importInPlainNode = (code: string): string =>
  execFileSync(process.execPath, ["--input-type=module", "-e", code], { cwd: packageRoot, encoding: "utf8" })

describe("the built exporters", { timeout: 120_000 }, () => {
  it("resolve as sub-paths of @kabinet/core and write all three formats", () => {
    const output = importInPlainNode(`
      import { Documents, Table } from "@kabinet/core/export"
      import * as Pdf from "@kabinet/core/export/pdf"
      import * as Xlsx from "@kabinet/core/export/xlsx"
      import * as Csv from "@kabinet/core/export/csv"
      import * as ExportWorker from "@kabinet/core/export/worker"
      import { Effect } from "effect"
      const table = Documents.invoiceSearch({ invoiceNumber: "ESF-1", year: 2020, rows: [{ msisdn: "77010542001", accountNumber: "25602051" }] })
      const sizes = {}
      for (const [name, write] of [["pdf", Pdf.write], ["xlsx", Xlsx.write], ["csv", Csv.write]]) {
        const bytes = await Effect.runPromise(write(table))
        sizes[name] = Array.from(bytes.slice(0, 4))
      }
      console.log(JSON.stringify({ sizes, serve: typeof ExportWorker.serve, limit: Table.pdfRowLimit }))
    `)
    const result = JSON.parse(output)
    expect(result.sizes.pdf).toEqual([0x25, 0x50, 0x44, 0x46]) // %PDF
    expect(result.sizes.xlsx).toEqual([0x50, 0x4b, 0x03, 0x04]) // a ZIP archive
    expect(result.sizes.csv.slice(0, 3)).toEqual([0xef, 0xbb, 0xbf]) // the BOM
    expect(result.serve).toBe("function")
    expect(result.limit).toBe(20_000)
  })
})
