/**
 * `<kab-payment-history>` against the mock operator in the page: an advance number's payments on
 * screen for the last month, sorting, a refused period, an empty one, a credit number refused with
 * the core's reason, an operator error, languages, accessibility and a phone-sized screen.
 */
import { type Company, Messages, Rules } from "@kabinet/core"
import { type MockOperator, makeMockOperator } from "@kabinet/mock-operator/browser"
import { expect, fixture, html } from "@open-wc/testing"
import { catchDownloads } from "../../test/downloads.js"
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
import type { KabExportProgress } from "../export-progress/export-progress.js"
import "../provider/provider.js"
import type { KabProvider } from "../provider/provider.js"
import "./payment-history.js"
import type { KabPaymentHistory } from "./payment-history.js"

let operator: MockOperator | undefined

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

/** 15 March 2026, 14:00 in Almaty. */
const fixedNow = Date.parse("2026-03-15T14:00:00+05:00")
/** The manual's advance line and its company «Времени мало». */
const advance = { msisdn: "77010541921", companyId: "cmp-800800800800" as Company.CompanyId }

const mount = async (options: { readonly number?: string; readonly lang?: string; readonly company?: string } = {}) => {
  const now = () => fixedNow
  operator = makeMockOperator({ seed: 1, fleetSize: 1_000, timeScale: 0.001, now })
  const mock = operator
  const provider = await fixture<KabProvider>(html`<kab-provider lang=${options.lang ?? "ru"}></kab-provider>`)
  provider.store.configure({
    apiBase: mock.baseUrl,
    fetch: (input, init) => mock.handle(new Request(input, init)),
    now,
  })
  await signIn(provider.store, "77012111249", "kabinet-demo")
  provider.store.selectCompany((options.company ?? advance.companyId) as Company.CompanyId)
  const element = document.createElement("kab-payment-history")
  element.setAttribute("number", options.number ?? advance.msisdn)
  provider.append(element)
  await element.updateComplete
  return { provider, element, operator: mock }
}

const submitOf = (element: KabPaymentHistory) => inShadow<HTMLButtonElement>(element, "#submit")

const ready = async (element: KabPaymentHistory) => {
  await waitUntil(() => submitOf(element).getAttribute("aria-busy") !== "true" && !element.loading, "the number", {
    timeout: 10_000,
  })
  await element.updateComplete
}

const typePeriod = async (element: KabPaymentHistory, start: string, end: string) => {
  for (const [id, value] of [
    ["#period-start", start],
    ["#period-end", end],
  ] as const) {
    const input = inShadow<HTMLInputElement>(element, id)
    input.value = value
    input.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }))
  }
  await element.updateComplete
}

const rows = (element: KabPaymentHistory) => allInShadow(element, '[role="row"][data-index]:not(.placeholder)')

const request = async (element: KabPaymentHistory) => {
  submitOf(element).click()
  await waitUntil(
    () => element.total !== undefined || element.shadowRoot?.querySelector("[part=retry]"),
    "the answer",
    {
      timeout: 10_000,
    },
  )
  await element.updateComplete
  const scroller = element.shadowRoot?.querySelector<HTMLElement>(".rows")
  if (scroller !== null && scroller !== undefined) {
    // The virtualizer renders only what is in the viewport: the table is below the form.
    scroller.scrollIntoView({ block: "end" })
    await waitUntil(() => rows(element).length > 0, "payments on screen", { timeout: 10_000 })
  }
}

const cellText = (row: Element, column: string) =>
  row.querySelector(`.cell.${column} .value`)?.textContent?.trim() ?? ""

describe("kab-payment-history", function () {
  this.timeout(60_000)

  it("shows the manual's title and button, opens on the last month, lists the payments and sorts them", async () => {
    const { element } = await mount()
    await ready(element)
    expect(inShadow(element, "h2").textContent?.trim()).to.equal("История платежей")
    expect(inShadow(element, ".number").textContent?.trim()).to.equal("+7 701 054 19 21")
    expect(submitOf(element).textContent?.trim()).to.equal("Запросить")
    expect(inShadow<HTMLInputElement>(element, "#period-start").value).to.equal("2026-02-15")
    expect(inShadow<HTMLInputElement>(element, "#period-end").value).to.equal("2026-03-15")
    expect(inShadow<HTMLInputElement>(element, "#period-end").max).to.equal("2026-03-15")
    await typePeriod(element, "2025-09-15", "2026-03-15")
    await request(element)
    const total = element.total ?? 0
    expect(total).to.be.greaterThan(1)
    expect(inShadow(element, "[role=grid]").getAttribute("aria-rowcount")).to.equal(String(total + 1))
    const amount = inShadow(element, "[role=columnheader].amount")
    amount.querySelector("button")?.click()
    amount.querySelector("button")?.click()
    await element.updateComplete
    expect(amount.getAttribute("aria-sort")).to.equal("descending")
    await waitUntil(() => rows(element).length > 1, "rows")
    const amounts = rows(element).map((row) =>
      Number(
        cellText(row, "amount")
          .replace(/[^\d,]/gu, "")
          .replace(",", "."),
      ),
    )
    expect(amounts).to.deep.equal([...amounts].sort((a, b) => b - a))
    expect(cellText(rows(element)[0] as Element, "account")).to.equal("25311921")
  })

  it("refuses a period that ends after today with the rule's reason, keeping the input", async () => {
    const { element } = await mount()
    await ready(element)
    await typePeriod(element, "2026-03-01", "2026-03-20")
    submitOf(element).click()
    await element.updateComplete
    await waitUntil(() => element.shadowRoot?.querySelector("#period-refusal"), "the refusal")
    expect(inShadow(element, "#period-refusal").textContent?.trim()).to.equal(Messages.format("ru", "period.future"))
    const end = inShadow<HTMLInputElement>(element, "#period-end")
    expect(end.value).to.equal("2026-03-20")
    expect(deepActiveElement()).to.equal(end)
    expect(element.total).to.equal(undefined)
  })

  it("says so when the period has no payments", async () => {
    const { element } = await mount()
    await ready(element)
    await typePeriod(element, "2017-01-01", "2017-01-31")
    await request(element)
    expect(element.total).to.equal(0)
    expect(inShadow(element, "[part=status]").textContent?.trim()).to.equal("За выбранный период записей нет.")
  })

  it("refuses a credit number with the core's reason pointing to «Документы и отчеты»", async () => {
    const { element } = await mount({ number: "77010542001", company: "cmp-700700700700" })
    await waitUntil(() => element.shadowRoot?.querySelector("#submit-reason"), "the reason", { timeout: 10_000 })
    const denial = Rules.NumberRules.paymentHistoryAdvanceOnly.check({ billingMethod: "Кредитный" })
    expect(denial._tag).to.equal("Denied")
    if (denial._tag === "Denied") {
      expect(inShadow(element, "#submit-reason").textContent?.trim()).to.equal(Messages.format("ru", denial.messageKey))
    }
    expect(inShadow(element, "#submit-reason").textContent).to.contain("Документы и отчеты")
    expect(submitOf(element).getAttribute("aria-disabled")).to.equal("true")
    submitOf(element).click()
    await element.updateComplete
    expect(element.total).to.equal(undefined)
  })

  it("shows the operator's error with «Повторить»", async () => {
    const { element, operator: mock } = await mount()
    await ready(element)
    mock.addFaults({ endpoint: "records.numberPayments", kind: "error", status: 503, retryAfterSeconds: 0 })
    await request(element)
    expect(element.shadowRoot?.querySelector("[part=retry]")).to.not.equal(null)
    expect(element.total).to.equal(undefined)
  })

  it("speaks Kazakh and English", async () => {
    const { element, provider } = await mount({ lang: "kk" })
    await ready(element)
    expect(inShadow(element, "h2").textContent?.trim()).to.equal(Messages.format("kk", "operation.paymentHistory"))
    expect(submitOf(element).textContent?.trim()).to.equal("Сұрау")
    provider.setAttribute("lang", "en")
    await waitUntil(() => submitOf(element).textContent?.trim() === "Request", "English")
    expect(inShadow(element, ".output legend").textContent?.trim()).to.equal("OUTPUT")
  })

  it("passes an axe audit with its table, names every control by its visible label and fits 375 px", async () => {
    const { element } = await mount()
    await ready(element)
    await typePeriod(element, "2025-09-15", "2026-03-15")
    await request(element)
    await expect(element).to.be.accessible()
    await expectNamesEqualLabels(element)
    // Keyboard only: from the last sort button, Tab reaches the current row, ↓ the next one.
    inShadow<HTMLButtonElement>(element, "[role=columnheader].account button").focus()
    await press("Tab")
    expect(deepActiveElement()?.getAttribute("aria-rowindex")).to.equal("2")
    await press("ArrowDown")
    expect(deepActiveElement()?.getAttribute("aria-rowindex")).to.equal("3")
    await expectFitsPhone(element)
  })

  it("writes the payments to a PDF file through the export service", async () => {
    const downloads = catchDownloads()
    try {
      const { element } = await mount()
      await ready(element)
      await typePeriod(element, "2025-09-15", "2026-03-15")
      inShadow<HTMLInputElement>(element, "#output-pdf").click()
      await element.updateComplete
      submitOf(element).click()
      await waitUntil(() => downloads.files.length > 0, "the PDF", { timeout: 60_000 })
      const progress = inShadow<KabExportProgress>(element, "kab-export-progress")
      await waitUntil(() => progress.outcome?._tag === "Saved", "saved")
      const file = await downloads.only()
      expect(file.name).to.equal("История платежей 77010541921 2025-09-15–2026-03-15.pdf")
      expect(new TextDecoder().decode(file.bytes.subarray(0, 5))).to.equal("%PDF-")
      expect(element.total).to.equal(undefined)
    } finally {
      downloads.restore()
    }
  })
})
