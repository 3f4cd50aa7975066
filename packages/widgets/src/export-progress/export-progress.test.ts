/**
 * `<kab-export-progress>`: a PDF too large is refused with the core's sentence and «Выгрузить в XLSX»
 * at hand, which writes the same rows to XLSX; the progress bar and «Отменить» while it runs.
 */
import { Table } from "@kabinet/core/export"
import { expect, fixture, html } from "@open-wc/testing"
import { catchDownloads } from "../../test/downloads.js"
import "./export-progress.js"
import { waitUntil } from "../../test/helpers.js"
import type { KabExportProgress } from "./export-progress.js"

const rows = (count: number): ReadonlyArray<Table.Row> => Array.from({ length: count }, (_, i) => [`7701${i}`, i])

const table = (count: number) => (): Table.Table => ({
  title: "Список",
  columns: [
    { key: "msisdn", kind: "phone", header: "Номер" },
    { key: "n", kind: "integer", header: "Н" },
  ],
  rows: rows(count),
  totalRows: count,
})

describe("kab-export-progress", () => {
  it("refuses a PDF above the row limit with the core's sentence and offers XLSX, which it then writes", async function () {
    this.timeout(60_000)
    const downloads = catchDownloads()
    try {
      const progress = await fixture<KabExportProgress>(html`<kab-export-progress lang="ru"></kab-export-progress>`)
      const outcome = await progress.run({ table: table(Table.pdfRowLimit + 1), format: "pdf", fileName: "list" })
      expect(outcome._tag).to.equal("TooLarge")
      await progress.updateComplete
      const text = progress.shadowRoot?.textContent?.replace(/\s+/gu, " ") ?? ""
      expect(text).to.contain("В файл PDF помещается не более 20 000 строк. Выгрузите данные в формате XLSX.")
      await expect(progress).to.be.accessible()
      const offer = progress.shadowRoot?.querySelector<HTMLButtonElement>("button")
      expect(offer?.textContent?.trim()).to.equal("Выгрузить в XLSX")
      offer?.click()
      await waitUntil(() => progress.outcome?._tag === "Saved", "the XLSX file", { timeout: 40_000 })
      const { name } = await downloads.only()
      expect(name).to.equal("list.xlsx")
      expect(progress.shadowRoot?.textContent).to.contain("Файл XLSX выгружен.")
    } finally {
      downloads.restore()
    }
  })

  it("shows the rows written against the total, and «Отменить», while it runs", async () => {
    const downloads = catchDownloads()
    try {
      const progress = await fixture<KabExportProgress>(html`<kab-export-progress lang="ru"></kab-export-progress>`)
      const running = progress.run({ table: table(50_000), format: "xlsx", fileName: "list" })
      await progress.updateComplete
      const bar = progress.shadowRoot?.querySelector("progress")
      expect(bar?.max).to.equal(50_000)
      expect(progress.shadowRoot?.querySelector("label")?.textContent?.trim()).to.equal("Выгрузка файла XLSX")
      await expect(progress).to.be.accessible()
      const cancel = progress.shadowRoot?.querySelector<HTMLButtonElement>("button")
      expect(cancel?.textContent?.trim()).to.equal("Отменить")
      cancel?.click()
      expect((await running)._tag).to.equal("Cancelled")
      expect(downloads.files).to.have.length(0)
    } finally {
      downloads.restore()
    }
  })
})
