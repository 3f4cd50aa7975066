/**
 * `<kab-detalization>` against the mock operator in the page: the manual's form (text, period opening
 * on the last month, the 90-day limit stated and enforced, «ВЫВОД»), records on screen for a
 * call-centre line with more than 50,000 of them, sorting, the keyboard, an operator error, languages,
 * accessibility and a phone-sized screen.
 */
import { Calendar, Format, type LocalDate, Messages, Rules } from "@kabinet/core"
import { type MockOperator, makeMockOperator } from "@kabinet/mock-operator/browser"
import { expect, fixture, html } from "@open-wc/testing"
import {
  allInShadow,
  deepActiveElement,
  expectFitsPhone,
  expectNamesEqualLabels,
  inShadow,
  press,
  waitUntil,
} from "../../test/helpers.js"
import { signIn } from "../../test/session.js"
import "../provider/provider.js"
import type { KabProvider } from "../provider/provider.js"
import "./detalization.js"
import type { KabDetalization } from "./detalization.js"

let operator: MockOperator | undefined

// The virtualizer measures rows with a ResizeObserver; Chromium reports a loop it resolved itself as
// a window error, which is not a failure of the table.
window.addEventListener(
  "error",
  (event) => {
    if (String(event.message).includes("ResizeObserver loop")) {
      event.preventDefault()
      event.stopImmediatePropagation()
    }
  },
  true,
)

afterEach(async () => {
  await operator?.dispose()
  operator = undefined
})

/** 15 March 2026, 14:00 in Almaty: the operator's and the widgets' "now" where a test fixes it. */
const fixedNow = Date.parse("2026-03-15T14:00:00+05:00")
const busyLine = "77780627247"

const mount = async (options: { readonly number?: string; readonly lang?: string; readonly now?: number } = {}) => {
  const now = options.now === undefined ? undefined : () => options.now as number
  operator = makeMockOperator({ seed: 1, fleetSize: 1_000, timeScale: 0.001, now })
  const mock = operator
  const provider = await fixture<KabProvider>(html`<kab-provider lang=${options.lang ?? "ru"}></kab-provider>`)
  provider.store.configure({
    apiBase: mock.baseUrl,
    fetch: (input, init) => mock.handle(new Request(input, init)),
    ...(now === undefined ? {} : { now }),
  })
  const element = document.createElement("kab-detalization")
  element.setAttribute("number", options.number ?? "77010542001")
  provider.append(element)
  await signIn(provider.store, "77012111249", "kabinet-demo")
  await element.updateComplete
  return { provider, element, operator: mock }
}

const dates = (element: KabDetalization) => ({
  start: inShadow<HTMLInputElement>(element, "#period-start"),
  end: inShadow<HTMLInputElement>(element, "#period-end"),
})

const typePeriod = async (element: KabDetalization, start: string, end: string) => {
  const { start: first, end: last } = dates(element)
  first.value = start
  first.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }))
  last.value = end
  last.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }))
  await element.updateComplete
}

const request = async (element: KabDetalization) => {
  inShadow<HTMLButtonElement>(element, "#submit").click()
  await element.updateComplete
}

const rows = (element: KabDetalization) => allInShadow(element, '[role="row"][data-index]:not(.placeholder)')

const shown = async (element: KabDetalization) => {
  // The virtualizer renders only what is in the viewport: the table is below the form.
  await waitUntil(() => element.shadowRoot?.querySelector(".rows"), "the table", { timeout: 15_000 })
  inShadow(element, ".rows").scrollIntoView({ block: "end" })
  await waitUntil(() => rows(element).length > 0, "records on screen", { timeout: 15_000 })
  await element.updateComplete
  return rows(element)
}

const cellText = (row: Element, column: string) =>
  row.querySelector(`.cell.${column} .value`)?.textContent?.trim() ?? ""

describe("kab-detalization", function () {
  this.timeout(60_000)
  it("shows the manual's title, number and text, opens on the last month and states the 90-day limit", async () => {
    const { element } = await mount({ now: fixedNow })
    expect(inShadow(element, "h2").textContent?.trim()).to.equal("Детализация")
    expect(inShadow(element, ".number").textContent?.trim()).to.equal("+7 701 054 20 01")
    expect(inShadow(element, ".intro").textContent?.replace(/\s+/gu, " ").trim()).to.equal(
      "Выберите период и способ отображения детализации. Данные для выгрузки доступны за последние 90 дней, включая текущий. Детализация вызовов за текущие сутки может быть неполной в связи с периодичностью обновления данных.",
    )
    expect(inShadow(element, ".period legend").textContent?.trim()).to.equal("НАЧАЛО И КОНЕЦ ПЕРИОДА")
    const { start, end } = dates(element)
    expect([start.value, end.value]).to.deep.equal(["2026-02-15", "2026-03-15"])
    expect([start.min, start.max, end.min, end.max]).to.deep.equal([
      "2025-12-16",
      "2026-03-15",
      "2025-12-16",
      "2026-03-15",
    ])
    expect(inShadow(element, "[part=limits]").textContent).to.contain("16.12.2025").and.contain("15.03.2026")
    expect(inShadow(element, ".output legend").textContent?.trim()).to.equal("ВЫВОД")
    expect(allInShadow(element, ".choice label").map((label) => label.textContent?.trim())).to.deep.equal([
      "На экран",
      "Файл формата PDF",
      "Файл формата XLS",
    ])
    expect(inShadow<HTMLInputElement>(element, "#output-screen").checked).to.equal(true)
    expect(inShadow(element, "#submit").textContent?.trim()).to.equal("Запросить детализацию")
  })

  it("allows a period starting on the 90th day back and refuses the 91st with the rule's reason, keeping the input", async () => {
    const { element } = await mount({ now: fixedNow })
    const today = Calendar.dateOf(fixedNow)
    const day90 = Calendar.addDays(today, -89)
    const day91 = Calendar.addDays(today, -90)
    await typePeriod(element, day91, "2026-01-10")
    await request(element)
    const error = inShadow(element, "#period-refusal")
    const denial = Rules.NumberRules.detalizationWindow.check(
      { start: day91 as LocalDate.LocalDate, end: "2026-01-10" as LocalDate.LocalDate },
      Calendar.momentAt(fixedNow),
    )
    expect(denial._tag).to.equal("Denied")
    if (denial._tag === "Denied")
      expect(error.textContent?.trim()).to.equal(Messages.format("ru", denial.messageKey, denial.params))
    expect(error.textContent).to.contain("16 декабря 2025")
    const { start, end } = dates(element)
    expect(start.getAttribute("aria-invalid")).to.equal("true")
    expect(deepActiveElement()).to.equal(start)
    expect([start.value, end.value]).to.deep.equal([day91, "2026-01-10"])
    expect(element.total).to.equal(undefined)
    expect(element.shadowRoot?.querySelector("[role=grid]")).to.equal(null)

    await typePeriod(element, day90, "2026-01-10")
    await request(element)
    expect(element.shadowRoot?.querySelector("#period-refusal")).to.equal(null)
    await shown(element)
    expect(element.total).to.be.greaterThan(0)
    const first = rows(element)[0]
    expect(first === undefined ? "" : cellText(first, "at")).to.match(/^16\.12\.2025/u)
  })

  it("refuses a period that ends before it starts or after today, on the end field", async () => {
    const { element } = await mount({ now: fixedNow })
    await typePeriod(element, "2026-03-10", "2026-03-01")
    await request(element)
    expect(inShadow(element, "#period-refusal").textContent?.trim()).to.equal(Messages.format("ru", "period.order"))
    expect(dates(element).end.getAttribute("aria-invalid")).to.equal("true")
    await typePeriod(element, "2026-03-10", "2026-03-16")
    await request(element)
    expect(inShadow(element, "#period-refusal").textContent?.trim()).to.equal(Messages.format("ru", "period.future"))
  })

  it("shows more than 50,000 records of a call-centre line, holding and rendering only some, to the last one by keyboard", async () => {
    const { element } = await mount({ number: busyLine })
    const window = Rules.NumberRules.detalizationRange(Calendar.dateOf(Date.now()))
    await typePeriod(element, window.start, window.end)
    await request(element)
    await shown(element)
    const total = element.total ?? 0
    expect(total).to.be.greaterThan(50_000)
    const grid = inShadow(element, "[role=grid]")
    expect(grid.getAttribute("aria-rowcount")).to.equal(String(total + 1))
    expect(inShadow(element, "[part=count]").textContent?.trim()).to.equal(`Записей: ${Format.number("ru", total)}`)
    expect(allInShadow(element, '[role="row"][data-index]').length).to.be.lessThan(200)
    const [first] = rows(element)
    first?.focus()
    await press("End")
    await waitUntil(
      () => deepActiveElement()?.getAttribute("aria-rowindex") === String(total + 1),
      "the last record focused",
      { timeout: 20_000 },
    )
    await waitUntil(
      () => (deepActiveElement() as HTMLElement | null)?.classList.contains("placeholder") === false,
      "its page",
      {
        timeout: 20_000,
      },
    )
    expect(element.heldRows).to.be.at.most(6_000)
    expect(allInShadow(element, '[role="row"][data-index]').length).to.be.lessThan(200)
  })

  it("sorts by date both ways on the operator's pages, and by cost over the whole period", async () => {
    const { element } = await mount({ now: fixedNow })
    await request(element)
    await shown(element)
    const header = (column: string) => inShadow(element, `[role=columnheader].${column}`)
    expect(header("at").getAttribute("aria-sort")).to.equal("ascending")
    const oldest = cellText(rows(element)[0] as Element, "at")
    header("at").querySelector("button")?.click()
    await waitUntil(() => header("at").getAttribute("aria-sort") === "descending", "descending")
    await waitUntil(
      () => rows(element).length > 0 && cellText(rows(element)[0] as Element, "at") !== oldest,
      "newest first",
      {
        timeout: 10_000,
      },
    )
    const newest = cellText(rows(element)[0] as Element, "at")
    expect(newest.slice(0, 10)).to.match(/^1[45]\.03\.2026/u)
    header("cost").querySelector("button")?.click()
    await waitUntil(() => header("cost").getAttribute("aria-sort") === "ascending", "by cost")
    header("cost").querySelector("button")?.click()
    await waitUntil(() => header("cost").getAttribute("aria-sort") === "descending", "by cost, descending")
    await waitUntil(() => rows(element).length > 1 && !element.loading, "sorted rows", { timeout: 15_000 })
    await element.updateComplete
    const money = (text: string) => Number(text.replace(/[^\d,]/gu, "").replace(",", "."))
    const costs = rows(element)
      .slice(0, 10)
      .map((row) => money(cellText(row, "cost")))
    expect(costs).to.deep.equal([...costs].sort((a, b) => b - a))
    expect(costs[0]).to.be.greaterThan(0)
  })

  it("shows the operator's error with «Повторить», and the records after a retry", async () => {
    const { element, operator: mock } = await mount()
    mock.addFaults({ endpoint: "records.callRecords", kind: "error", status: 503, retryAfterSeconds: 0 })
    await request(element)
    await waitUntil(() => element.shadowRoot?.querySelector("[part=retry]"), "the error", { timeout: 15_000 })
    expect(element.shadowRoot?.querySelector("kab-operator-error, [role=alert]")).to.not.equal(null)
    mock.clearFaults()
    inShadow<HTMLButtonElement>(element, "[part=retry]").click()
    await shown(element)
    expect(element.shadowRoot?.querySelector("[part=retry]")).to.equal(null)
  })

  it("says so when the period has no records", async () => {
    // Before 7:00 a line has no records of the day yet.
    const { element } = await mount({ now: Date.parse("2026-03-15T06:00:00+05:00") })
    await typePeriod(element, "2026-03-15", "2026-03-15")
    await request(element)
    await waitUntil(() => element.total !== undefined, "the answer", { timeout: 10_000 })
    await element.updateComplete
    expect(element.total).to.equal(0)
    expect(inShadow(element, "[part=status]").textContent?.trim()).to.equal("За выбранный период записей нет.")
  })

  it("speaks Kazakh and English with the same form", async () => {
    const { element, provider } = await mount({ lang: "kk", now: fixedNow })
    expect(inShadow(element, "h2").textContent?.trim()).to.equal(Messages.format("kk", "operation.detalization"))
    expect(inShadow(element, ".period legend").textContent?.trim()).to.equal("КЕЗЕҢНІҢ БАСЫ МЕН СОҢЫ")
    expect(inShadow(element, "#submit").textContent?.trim()).to.equal("Детализацияны сұрау")
    provider.setAttribute("lang", "en")
    await waitUntil(() => inShadow(element, "#submit").textContent?.trim() === "Request call details", "English")
    expect(inShadow(element, ".intro").textContent).to.contain(Messages.format("en", "note.detalization.window"))
  })

  it("passes an axe audit with its table; every control is named by its visible label; Tab reaches the rows", async () => {
    const { element } = await mount({ now: fixedNow })
    await request(element)
    await shown(element)
    await expect(element).to.be.accessible()
    await expectNamesEqualLabels(element)
    const sortButton = inShadow<HTMLButtonElement>(element, "[role=columnheader].cost button")
    sortButton.focus()
    await press("Tab")
    expect(deepActiveElement()?.getAttribute("role")).to.equal("row")
    await press("ArrowDown")
    expect(deepActiveElement()?.getAttribute("aria-rowindex")).to.equal("3")
  })

  it("fits a 375-px-wide screen without horizontal scrolling, records as cards", async () => {
    const { element } = await mount({ now: fixedNow })
    await request(element)
    await shown(element)
    await expectFitsPhone(element)
  })
})
