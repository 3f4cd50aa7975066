/**
 * `<kab-detalization>`'s files (B8): «Файл формата PDF» and «Файл формата XLS» write the period's
 * records, read from the operator page by page, in a Web Worker; a PDF of the call centre's 50,000
 * records is refused at once with XLSX offered; «Отменить» stops an export and makes no file.
 */
import { type MockOperator, makeMockOperator } from "@kabinet/mock-operator/browser"
import { expect, fixture, html } from "@open-wc/testing"
import { catchDownloads, readEntry } from "../../test/downloads.js"
import { inShadow, waitUntil } from "../../test/helpers.js"
import { signIn } from "../../test/session.js"
import type { KabExportProgress } from "../export-progress/export-progress.js"
import "../provider/provider.js"
import type { KabProvider } from "../provider/provider.js"
import "./detalization.js"
import type { KabDetalization } from "./detalization.js"

let operator: MockOperator | undefined
let downloads: ReturnType<typeof catchDownloads>

beforeEach(() => {
  downloads = catchDownloads()
})

afterEach(async () => {
  downloads.restore()
  await operator?.dispose()
  operator = undefined
})

/** 15 March 2026, 14:00 in Almaty. */
const fixedNow = Date.parse("2026-03-15T14:00:00+05:00")

const mount = async (number: string) => {
  const now = () => fixedNow
  operator = makeMockOperator({ seed: 1, fleetSize: 1_000, timeScale: 0.001, now })
  const mock = operator
  const provider = await fixture<KabProvider>(html`<kab-provider lang="ru"></kab-provider>`)
  provider.store.configure({
    apiBase: mock.baseUrl,
    fetch: (input, init) => mock.handle(new Request(input, init)),
    now,
  })
  const element = document.createElement("kab-detalization")
  element.setAttribute("number", number)
  provider.append(element)
  await signIn(provider.store, "77012111249", "kabinet-demo")
  await element.updateComplete
  return element
}

const requestFile = async (element: KabDetalization, output: "pdf" | "xls", period?: readonly [string, string]) => {
  if (period !== undefined) {
    for (const [id, value] of [
      ["#period-start", period[0]],
      ["#period-end", period[1]],
    ] as const) {
      const input = inShadow<HTMLInputElement>(element, id)
      input.value = value
      input.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }))
    }
  }
  inShadow<HTMLInputElement>(element, `#output-${output}`).click()
  await element.updateComplete
  inShadow<HTMLButtonElement>(element, "#submit").click()
  const progress = inShadow<KabExportProgress>(element, "kab-export-progress")
  return progress
}

describe("kab-detalization files", function () {
  this.timeout(90_000)

  it("writes the last month's records to a PDF and to an XLSX that opens", async () => {
    const element = await mount("77010542001")
    const pdf = await requestFile(element, "pdf")
    await waitUntil(() => pdf.outcome !== undefined, "the PDF", { timeout: 60_000 })
    expect(pdf.outcome?._tag).to.equal("Saved")
    const first = await downloads.only()
    expect(first.name).to.equal("Детализация 77010542001 2026-02-15–2026-03-15.pdf")
    expect(new TextDecoder().decode(first.bytes.subarray(0, 5))).to.equal("%PDF-")
    downloads.files.length = 0

    const xlsx = await requestFile(element, "xls")
    // The same progress element still tells the PDF's outcome until the XLSX starts: wait for the file.
    await waitUntil(() => downloads.files.length > 0, "the XLSX", { timeout: 60_000 })
    expect(xlsx.outcome?._tag).to.equal("Saved")
    const file = await downloads.only()
    expect(file.name).to.match(/\.xlsx$/u)
    const sheet = await readEntry(file.bytes, "xl/worksheets/sheet1.xml")
    const strings = (await readEntry(file.bytes, "xl/sharedStrings.xml")) ?? ""
    // A title, the context, the header, a month of records (ordinary lines make a few a day) and the totals.
    expect([...(sheet ?? "").matchAll(/<row r=/gu)].length).to.be.greaterThan(40)
    expect(`${sheet}${strings}`).to.contain("Дата и время")
  })

  it("refuses a PDF of more than 20,000 records at once and offers XLSX", async () => {
    const element = await mount("77780627247")
    const progress = await requestFile(element, "pdf", ["2025-12-16", "2026-03-15"])
    await waitUntil(() => progress.outcome !== undefined, "the refusal", { timeout: 30_000 })
    expect(progress.outcome?._tag).to.equal("TooLarge")
    await progress.updateComplete
    const offer = progress.shadowRoot?.querySelector("[part=outcome] button")
    expect(offer?.textContent?.trim()).to.equal("Выгрузить в XLSX")
    expect(downloads.files).to.have.length(0)
  })

  it("stops an export on «Отменить» and makes no file", async () => {
    const element = await mount("77780627247")
    const progress = await requestFile(element, "xls", ["2025-12-16", "2026-03-15"])
    await waitUntil(() => progress.running, "the export running", { timeout: 30_000 })
    await progress.updateComplete
    progress.shadowRoot?.querySelector<HTMLButtonElement>("[part=cancel]")?.click()
    await waitUntil(() => progress.outcome !== undefined, "the export stopped", { timeout: 30_000 })
    expect(progress.outcome?._tag).to.equal("Cancelled")
    expect(downloads.files).to.have.length(0)
  })
})
