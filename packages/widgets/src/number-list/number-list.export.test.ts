/**
 * `<kab-number-list>`'s export (E5): «Выгрузить в XLSX» and «Выгрузить в CSV» write every number the
 * search matches, fetched page by page, in a Web Worker, with a progress bar and «Отменить».
 */
import { type MockOperator, makeMockOperator } from "@kabinet/mock-operator/browser"
import { expect, fixture, html } from "@open-wc/testing"
import { catchDownloads, readEntry } from "../../test/downloads.js"
import { allInShadow, inShadow, waitUntil } from "../../test/helpers.js"
import { signIn } from "../../test/session.js"
import "../provider/provider.js"
import type { KabProvider } from "../provider/provider.js"
import "./number-list.js"
import type { KabExportProgress } from "../export-progress/export-progress.js"
import type { KabNumberList } from "./number-list.js"

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

const mount = async (fleetSize: number) => {
  operator = makeMockOperator({ seed: 1, fleetSize, timeScale: 0.001 })
  const mock = operator
  const provider = await fixture<KabProvider>(html`<kab-provider lang="ru"></kab-provider>`)
  provider.store.configure({ apiBase: mock.baseUrl, fetch: (input, init) => mock.handle(new Request(input, init)) })
  provider.innerHTML = "<kab-number-list></kab-number-list>"
  const list = provider.querySelector("kab-number-list") as KabNumberList
  await signIn(provider.store, "77012111249", "kabinet-demo")
  await waitUntil(() => (list.total ?? 0) > 0, "the first page", { timeout: 10_000 })
  await list.updateComplete
  return list
}

const button = (list: KabNumberList, text: string) => {
  const found = allInShadow<HTMLButtonElement>(list, "button").find((b) => b.textContent?.trim() === text)
  if (found === undefined) throw new Error(`no button «${text}»`)
  return found
}

/** The rows under the frozen header row: the rows of data. */
const dataRows = (sheet: string): number => {
  const header = Number(/ySplit="(\d+)"/u.exec(sheet)?.[1] ?? Number.NaN)
  const last = Math.max(...[...sheet.matchAll(/<row r="(\d+)"/gu)].map((match) => Number(match[1])))
  return last - header
}

describe("kab-number-list export", () => {
  it("writes the list as searched to XLSX: every match, the manual's columns, a file that opens", async () => {
    const list = await mount(1_000)
    list.search = "70105420"
    await list.updateComplete
    await waitUntil(() => !list.loading && (list.total ?? 1_000) < 1_000, "the search's matches", { timeout: 5000 })
    const total = list.total ?? 0
    expect(total).to.be.greaterThan(0)
    button(list, "Выгрузить в XLSX").click()
    const progress = inShadow<KabExportProgress>(list, "kab-export-progress")
    await waitUntil(() => progress.outcome !== undefined, "the export", { timeout: 30_000 })
    expect(progress.outcome?._tag).to.equal("Saved")
    const { name, bytes } = await downloads.only()
    expect(name).to.equal("Список номеров.xlsx")
    expect([...bytes.subarray(0, 4)]).to.deep.equal([0x50, 0x4b, 0x03, 0x04])
    const sheet = (await readEntry(bytes, "xl/worksheets/sheet1.xml")) ?? ""
    const strings = (await readEntry(bytes, "xl/sharedStrings.xml")) ?? ""
    expect(dataRows(sheet)).to.equal(total)
    for (const text of ["Номер", "Лицевой счет", "Тарифный план", "77010542001", "Карт Бланш+ 1000"]) {
      expect(strings.includes(text), text).to.equal(true)
    }
  })

  it("writes the list to CSV with a byte-order mark", async () => {
    const list = await mount(1_000)
    button(list, "Выгрузить в CSV").click()
    const progress = inShadow<KabExportProgress>(list, "kab-export-progress")
    await waitUntil(() => progress.outcome !== undefined, "the export", { timeout: 30_000 })
    const { name, bytes } = await downloads.only()
    expect(name).to.equal("Список номеров.csv")
    expect([...bytes.subarray(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf])
    const lines = new TextDecoder().decode(bytes).trim().split(/\r?\n/u)
    expect(lines.filter((line) => /^"?\+?7/u.test(line))).to.have.length(list.total ?? -1)
  })

  it("exports the 100,000-line fleet with a progress bar, the writing done in a worker", async function () {
    this.timeout(240_000)
    const list = await mount(100_000)
    const started: Array<string | URL> = []
    const NativeWorker = window.Worker
    window.Worker = class extends NativeWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        started.push(url)
        super(url, options)
      }
    }
    try {
      button(list, "Выгрузить в XLSX").click()
      const progress = inShadow<KabExportProgress>(list, "kab-export-progress")
      await progress.updateComplete
      const bar = progress.shadowRoot?.querySelector("progress")
      // The table's description is loaded on the click; the bar shows the total once it is there.
      await waitUntil(() => bar?.max === list.total, "the total on the bar", { timeout: 30_000 })
      await waitUntil(() => (bar?.value ?? 0) > 0, "rows written", { timeout: 60_000 })
      expect(started.map(String).some((url) => url.includes("export-worker"))).to.equal(true)
      await waitUntil(() => progress.outcome !== undefined, "the whole fleet", { timeout: 200_000, interval: 500 })
      expect(progress.outcome?._tag).to.equal("Saved")
      const { bytes } = await downloads.only()
      const sheet = (await readEntry(bytes, "xl/worksheets/sheet1.xml")) ?? ""
      expect(dataRows(sheet)).to.equal(list.total)
      // Neither the XLSX writer nor its zip was loaded by the page: they ran in the worker.
      const pageModules = performance.getEntriesByType("resource").map((entry) => entry.name)
      expect(pageModules.some((name) => /\/export\/xlsx\.(ts|js)/u.test(name))).to.equal(false)
    } finally {
      window.Worker = NativeWorker
    }
  })

  it("stops at «Отменить» and downloads nothing", async () => {
    const list = await mount(20_000)
    button(list, "Выгрузить в XLSX").click()
    const progress = inShadow<KabExportProgress>(list, "kab-export-progress")
    await waitUntil(() => progress.running, "the export", { timeout: 5000 })
    await progress.updateComplete
    const cancel = progress.shadowRoot?.querySelector<HTMLButtonElement>("button")
    expect(cancel?.textContent?.trim()).to.equal("Отменить")
    cancel?.click()
    await waitUntil(() => progress.outcome !== undefined, "the cancellation", { timeout: 30_000 })
    expect(progress.outcome?._tag).to.equal("Cancelled")
    expect(downloads.files).to.have.length(0)
    expect(progress.shadowRoot?.textContent).to.contain("Выгрузка отменена.")
  })
})
