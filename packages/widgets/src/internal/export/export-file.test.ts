import { Documents, Table } from "@kabinet/core/export"
import { expect } from "@open-wc/testing"
import { catchDownloads, readEntry } from "../../../test/downloads.js"
import { exportFile } from "./export-file.js"

const columns: ReadonlyArray<Table.Column> = [
  { key: "msisdn", kind: "phone", header: "Номер" },
  { key: "n", kind: "integer", header: "Н" },
]

/** Rows as pages fetched one after the other, like a fleet read from the operator. */
async function* pages(count: number, pageSize = 500): AsyncIterable<Table.Row> {
  for (let start = 0; start < count; start += pageSize) {
    await new Promise((resolve) => setTimeout(resolve, 0))
    for (let i = start; i < Math.min(count, start + pageSize); i++) yield [`7701${String(i).padStart(7, "0")}`, i]
  }
}

describe("exportFile", () => {
  let downloads: ReturnType<typeof catchDownloads>
  beforeEach(() => {
    downloads = catchDownloads()
  })
  afterEach(() => downloads.restore())

  it("writes an XLSX of rows fetched page by page in a worker, reports progress and downloads it", async () => {
    const progress: Array<Table.Progress> = []
    const outcome = await exportFile({
      table: { title: "Список номеров", columns, rows: pages(3_000), totalRows: 3_000 },
      format: "xlsx",
      locale: "ru",
      fileName: "numbers",
      onProgress: (p) => progress.push(p),
    })
    expect(outcome._tag).to.equal("Saved")
    const { name, bytes } = await downloads.only()
    expect(name).to.equal("numbers.xlsx")
    expect(outcome).to.deep.equal({ _tag: "Saved", bytes: bytes.length })
    expect([...bytes.subarray(0, 4)]).to.deep.equal([0x50, 0x4b, 0x03, 0x04])
    const sheet = (await readEntry(bytes, "xl/worksheets/sheet1.xml")) ?? ""
    const strings = (await readEntry(bytes, "xl/sharedStrings.xml")) ?? ""
    // Title, a blank row, the header, then every row: the last one's number is a number cell.
    expect(sheet.includes('<row r="3003">'), "the last row").to.equal(true)
    expect(/<c r="B3003"[^>]*><v>2999<\/v>/.test(sheet), "a number cell").to.equal(true)
    expect(strings.includes("77010002999"), "the phone as text").to.equal(true)
    expect(progress.at(-1)?.rows).to.equal(3_000)
  })

  it("writes a CSV with a byte-order mark", async () => {
    const outcome = await exportFile({
      table: { title: "Список", columns, rows: [["77010542001", 1]] },
      format: "csv",
      locale: "ru",
      fileName: "list",
    })
    expect(outcome._tag).to.equal("Saved")
    const { bytes: text } = await downloads.only()
    expect([...text.subarray(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf])
    expect(new TextDecoder().decode(text)).to.contain("Номер")
  })

  it("refuses a PDF above the row limit and suggests XLSX", async () => {
    const outcome = await exportFile({
      table: { title: "Список", columns, rows: pages(Table.pdfRowLimit + 1, 5_000) },
      format: "pdf",
      locale: "ru",
      fileName: "list",
    })
    expect(outcome).to.deep.equal({ _tag: "TooLarge", limit: Table.pdfRowLimit, suggested: "xlsx" })
    expect(downloads.files).to.have.length(0)
  })

  it("stops when cancelled and downloads nothing", async () => {
    const abort = new AbortController()
    const outcome = await exportFile({
      table: { title: "Список", columns, rows: pages(100_000), totalRows: 100_000 },
      format: "xlsx",
      locale: "ru",
      fileName: "list",
      onProgress: (p) => {
        if (p.rows > 0) abort.abort()
      },
      signal: abort.signal,
    })
    expect(outcome).to.deep.equal({ _tag: "Cancelled" })
    expect(downloads.files).to.have.length(0)
  })

  it("writes the number list's table from the core", async () => {
    const table = Documents.numberList({ numbers: [], company: "ТОО Ромашка", totalRows: 0 })
    const outcome = await exportFile({ table, format: "xlsx", locale: "kk", fileName: "numbers" })
    expect(outcome._tag).to.equal("Saved")
  })
})
