/**
 * `<kab-documents>` against the mock operator in the page: the manual's nine tabs, texts and warnings;
 * the core's rules before submitting (an act before January 2018, last month's act on the 5th and on
 * the 6th, a reconciliation act over 13 months, a payments report over 4 months); e-mailed reports in
 * the operator's outbox; files fetched with the session; the action history as a table and a file;
 * the keyboard, axe, 375 px and the three languages.
 */
import { type MockOperator, makeMockOperator } from "@kabinet/mock-operator/browser"
import { expect, fixture, html } from "@open-wc/testing"
import { catchDownloads, readEntry } from "../../test/downloads.js"
import { allInShadow, expectFitsPhone, expectNamesEqualLabels, inShadow, press, waitUntil } from "../../test/helpers.js"
import { signIn } from "../../test/session.js"
import "../provider/provider.js"
import type { KabProvider } from "../provider/provider.js"
import "./documents.js"
import type { KabExportProgress } from "../export-progress/export-progress.js"
import type { KabDocuments } from "./documents.js"

let operator: MockOperator | undefined
let downloads: ReturnType<typeof catchDownloads>
/** The operator's and the widgets' clock: it runs, and the tests set it to a day. */
let setAt = Date.parse("2026-02-06T10:00:00+05:00")
let setWhen = performance.now()
const now = () => Math.round(setAt + (performance.now() - setWhen))
const setClock = (iso: string) => {
  setAt = Date.parse(iso)
  setWhen = performance.now()
}

beforeEach(() => {
  downloads = catchDownloads()
})

afterEach(async () => {
  downloads.restore()
  await operator?.dispose()
  operator = undefined
})

const mount = async (options: { readonly at?: string; readonly lang?: string } = {}) => {
  setClock(options.at ?? "2026-02-06T10:00:00+05:00")
  operator = makeMockOperator({ seed: 1, fleetSize: 200, timeScale: 0.001, now })
  const mock = operator
  const provider = await fixture<KabProvider>(html`<kab-provider lang=${options.lang ?? "ru"}></kab-provider>`)
  provider.store.configure({
    apiBase: mock.baseUrl,
    fetch: (input, init) => mock.handle(new Request(input, init)),
    now,
  })
  provider.innerHTML = "<kab-documents></kab-documents>"
  const documents = provider.querySelector("kab-documents") as KabDocuments
  await signIn(provider.store, "77012111249", "kabinet-demo")
  await waitUntil(() => documents.shadowRoot?.querySelector("[role=tablist]") !== null, "the tabs", { timeout: 5000 })
  await waitUntil(() => provider.store.companyId !== undefined, "the company", { timeout: 5000 })
  return { documents, operator: mock, provider }
}

const panelText = (documents: KabDocuments) =>
  inShadow(documents, "[role=tabpanel]").textContent?.replace(/\s+/gu, " ") ?? ""

const open = async (documents: KabDocuments, tab: KabDocuments["tab"]) => {
  documents.tab = tab
  await documents.updateComplete
}

const setValue = async (documents: KabDocuments, selector: string, value: string) => {
  const control = inShadow<HTMLInputElement | HTMLSelectElement>(documents, selector)
  control.value = value
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }))
  await documents.updateComplete
}

const buttonNamed = (documents: KabDocuments, name: string) => {
  const found = allInShadow<HTMLButtonElement>(documents, "[role=tabpanel] button").find(
    (b) => b.textContent?.trim() === name,
  )
  if (found === undefined) throw new Error(`no button «${name}»`)
  return found
}

const optionsOf = (documents: KabDocuments, selector: string) =>
  [...inShadow<HTMLSelectElement>(documents, selector).options].map((option) => option.textContent?.trim())

describe("kab-documents", () => {
  it("lists the manual's nine tabs and shows each one's title, texts and warnings", async () => {
    const { documents } = await mount()
    const tabs = allInShadow(documents, "[role=tab]").map((tab) => tab.textContent?.trim())
    expect(tabs).to.deep.equal([
      "История платежей",
      "Поиск мобильного номера по номеру счета-фактуры",
      "История действий",
      "Отчет по списку номеров",
      "Акт выполненных работ и расшифровка к счету-фактуре",
      "Реестр счетов-фактур",
      "Акт сверки",
      "Отчет по зарегистрированным устройствам",
      "Отчет по платежам",
    ])
    const expected: ReadonlyArray<readonly [KabDocuments["tab"], string, ReadonlyArray<string>]> = [
      [
        "paymentHistory",
        "История платежей",
        [
          "История платежей по лицевым счетам с кредитным методом расчета.",
          "Укажите начало и конец периода",
          "Запросить",
        ],
      ],
      [
        "invoiceSearch",
        "Поиск мобильного номера по номеру счета-фактуры",
        ["Введите данные", "Регистрационный номер", "Номер учетной системы", "На экран", "Файл формата XLS"],
      ],
      ["actionHistory", "История действий", ["Запросить"]],
      ["numberListReport", "Отчет по списку номеров (бета-режим)", ["Электронная почта", "Запросить"]],
      [
        "completedWorksAct",
        "Акт выполненных работ и расшифровка к счету-фактуре",
        [
          "Внимание! Акты выполненных работ за прошедший учетный месяц доступны после 5 числа месяца.",
          "Акты выполненных работ доступны с 1 января 2018 года.",
          "Поиск по номеру лицевого счета",
          "Поиск по номеру телефона",
          "Загрузить в PDF",
          "Загрузить в Excel",
        ],
      ],
      [
        "invoiceRegistry",
        "Реестр счетов-фактур",
        [
          "Позволяет скачать «Реестр счетов-фактур» за указанный вами период.",
          "Внимание! Реестр счетов-фактур за прошедший учетный месяц доступен с 4 числа месяца.",
        ],
      ],
      [
        "reconciliationAct",
        "Акт сверки (бета-режим)",
        [
          "Позволяет заказать отправку отчета «Акт сверки» на указанный Вами email.",
          "Максимальный период запроса 12 месяцев от текущей даты.",
          "Внимание! Акты сверки за прошедший учетный месяц доступны после 3 числа месяца.",
          "Отправить",
        ],
      ],
      ["registeredDevicesReport", "Отчет по зарегистрированным устройствам", ["Электронная почта", "Запросить"]],
      [
        "paymentsReport",
        "Отчет по платежам (бета-режим)",
        ["Максимальный период запроса 3 месяца от текущей даты.", "Типы платежей", "Кредитные номера", "Отправить"],
      ],
    ]
    for (const [tab, heading, texts] of expected) {
      await open(documents, tab)
      expect(inShadow(documents, "[role=tabpanel] h2").textContent?.trim()).to.equal(heading)
      for (const text of texts) expect(panelText(documents), `${tab}: ${text}`).to.contain(text)
    }
  })

  it("moves between tabs with the arrow keys, Home and End", async () => {
    const { documents } = await mount()
    inShadow(documents, "#tab-paymentHistory").focus()
    await press("ArrowDown")
    expect(documents.tab).to.equal("invoiceSearch")
    await press("End")
    expect(documents.tab).to.equal("paymentsReport")
    await press("ArrowDown")
    expect(documents.tab).to.equal("paymentHistory")
    expect(documents.shadowRoot?.activeElement?.id).to.equal("tab-paymentHistory")
    expect(inShadow(documents, "[role=tabpanel]").getAttribute("aria-labelledby")).to.equal("tab-paymentHistory")
  })

  it("offers acts from January 2018 only", async () => {
    const { documents } = await mount()
    await open(documents, "completedWorksAct")
    const years = optionsOf(documents, "#act-year")
    expect(years.at(-1)).to.equal("2018")
    await setValue(documents, "#act-year", "2018")
    expect(optionsOf(documents, "#act-month")[0]).to.equal("Январь")
    expect(panelText(documents)).to.contain("Акты выполненных работ доступны с 1 января 2018 года.")
  })

  it("does not offer last month's act on the 5th, names the day it comes out, and offers it on the 6th", async function () {
    this.timeout(40_000)
    // Late on the 5th, then just after midnight: the session outlives the change of day.
    const { documents } = await mount({ at: "2026-02-05T23:50:00+05:00" })
    await open(documents, "completedWorksAct")
    await waitUntil(() => inShadow<HTMLSelectElement>(documents, "#act-account").options.length > 0, "the accounts")
    expect(optionsOf(documents, "#act-year")[0]).to.equal("2025")
    expect(optionsOf(documents, "#act-month").at(-1)).to.equal("Декабрь")
    const hint = inShadow(documents, "#act-month-hint").textContent ?? ""
    expect(hint).to.contain("Акт выполненных работ за январь 2026")
    expect(hint).to.contain("будет доступен с 6 февраля 2026")
    setClock("2026-02-06T00:10:00+05:00")
    documents.requestUpdate()
    await documents.updateComplete
    expect(optionsOf(documents, "#act-year")[0]).to.equal("2026")
    expect(optionsOf(documents, "#act-month")).to.deep.equal(["Январь"])
    buttonNamed(documents, "Загрузить в PDF").click()
    await waitUntil(() => downloads.files.length === 1, "the act's file", { timeout: 20_000 }).catch(
      (error: unknown) => {
        throw new Error(`${String(error)}: ${panelText(documents)}`)
      },
    )
    const { name, bytes } = await downloads.only()
    expect(name).to.match(/\.pdf$/u)
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).to.equal("%PDF-")
    await waitUntil(() => panelText(documents).includes("загружен"), "the saved notice")
  })

  it("refuses a reconciliation act over 13 months with the rule's message, keeping the input and sending nothing", async () => {
    const { documents, operator } = await mount()
    await open(documents, "reconciliationAct")
    await setValue(documents, "#reconciliationAct-period-start", "2025-01-01")
    await setValue(documents, "#reconciliationAct-period-end", "2026-01-31")
    await setValue(documents, "#reconciliationAct-email", "buh@example.kz")
    buttonNamed(documents, "Отправить").click()
    await waitUntil(
      () => panelText(documents).includes("Максимальный период запроса 12 месяцев от текущей даты: начало периода"),
      "the refusal",
    )
    expect(inShadow<HTMLInputElement>(documents, "#reconciliationAct-period-start").value).to.equal("2025-01-01")
    expect(inShadow<HTMLInputElement>(documents, "#reconciliationAct-email").value).to.equal("buh@example.kz")
    expect(operator.outbox({ channel: "email" })).to.have.length(0)
  })

  it("refuses a payments report over 4 months, then sends one over a month to the e-mail given, and says so", async function () {
    this.timeout(60_000)
    const { documents, operator } = await mount()
    await open(documents, "paymentsReport")
    await setValue(documents, "#paymentsReport-period-start", "2025-10-01")
    await setValue(documents, "#paymentsReport-period-end", "2026-02-01")
    await setValue(documents, "#paymentsReport-email", "buh@example.kz")
    buttonNamed(documents, "Отправить").click()
    await waitUntil(
      () => panelText(documents).includes("Максимальный период запроса 3 месяца от текущей даты: начало периода"),
      "the refusal",
    )
    expect(operator.outbox({ channel: "email" })).to.have.length(0)
    await setValue(documents, "#paymentsReport-period-start", "2026-01-06")
    buttonNamed(documents, "Отправить").click()
    await waitUntil(() => panelText(documents).includes("buh@example.kz"), "the report accepted", { timeout: 20_000 })
    await waitUntil(() => panelText(documents).includes("Отчет отправлен на buh@example.kz."), "the report sent", {
      timeout: 30_000,
    }).catch((error: unknown) => {
      throw new Error(
        `${String(error)}: ${panelText(documents)} / ${JSON.stringify(operator.outbox({ channel: "email" }))}`,
      )
    })
    const mail = operator.outbox({ channel: "email", to: "buh@example.kz" })
    expect(mail).to.have.length(1)
  })

  it("shows the action history with Действие, Статус, Дата и время, Администратор and writes it to XLSX", async () => {
    const { documents } = await mount()
    await open(documents, "actionHistory")
    // The manual's own entries, of 21 September 2020.
    await setValue(documents, "#actionHistory-period-start", "2020-09-01")
    await setValue(documents, "#actionHistory-period-end", "2020-09-30")
    buttonNamed(documents, "Запросить").click()
    await waitUntil(
      () => documents.shadowRoot?.querySelector("[role=tabpanel] table, [part=empty]") !== null,
      "the history",
      { timeout: 10_000 },
    )
    const headers = allInShadow(documents, "[role=tabpanel] th").map((th) => th.textContent?.trim())
    expect(headers.slice(0, 4), panelText(documents)).to.deep.equal([
      "Действие",
      "Статус",
      "Дата и время",
      "Администратор",
    ])
    const statuses = allInShadow(documents, "[role=tabpanel] tbody tr").map((row) =>
      row.children[1]?.textContent?.trim(),
    )
    expect(statuses.length).to.be.greaterThan(0)
    for (const status of statuses) expect(["Успешно", "Ошибка"]).to.include(status)
    buttonNamed(documents, "Выгрузить в XLSX").click()
    const progress = inShadow<KabExportProgress>(documents, "kab-export-progress")
    await waitUntil(() => progress.outcome !== undefined, "the file", { timeout: 20_000 })
    const { name, bytes } = await downloads.only()
    expect(name).to.equal("История действий.xlsx")
    expect((await readEntry(bytes, "xl/sharedStrings.xml")) ?? "").to.contain("Администратор")
  })

  it("finds the numbers of an invoice on screen, and writes them to an XLS file", async function () {
    this.timeout(30_000)
    const { documents } = await mount()
    await open(documents, "invoiceSearch")
    await setValue(documents, "#invoiceSearch-number", "ESF-25602051-202512")
    await setValue(documents, "#invoiceSearch-year", "2025")
    buttonNamed(documents, "Запросить").click()
    await waitUntil(() => documents.shadowRoot?.querySelector("[role=tabpanel] table") !== null, "the numbers", {
      timeout: 10_000,
    })
    expect(panelText(documents)).to.contain("+7 701 054 20 01")
    inShadow<HTMLInputElement>(documents, "#invoiceSearch-output-1").click()
    await documents.updateComplete
    buttonNamed(documents, "Запросить").click()
    await waitUntil(() => downloads.files.length === 1, "the file", { timeout: 20_000 })
    const { name, bytes } = await downloads.only()
    expect(name).to.equal("Поиск по счету-фактуре.xlsx")
    expect((await readEntry(bytes, "xl/sharedStrings.xml")) ?? "").to.contain("77010542001")
  })

  it("asks for the number list report by e-mail and says where it went", async function () {
    this.timeout(60_000)
    const { documents, operator } = await mount()
    await open(documents, "numberListReport")
    await setValue(documents, "#numberListReport-email", "it@example.kz")
    buttonNamed(documents, "Запросить").click()
    await waitUntil(() => panelText(documents).includes("Отчет отправлен на it@example.kz."), "the report sent", {
      timeout: 30_000,
    })
    expect(operator.outbox({ channel: "email", to: "it@example.kz" })).to.have.length(1)
  })

  it("refuses a period that ends in the future with the rule's message", async () => {
    const { documents } = await mount()
    await open(documents, "paymentHistory")
    await setValue(documents, "#paymentHistory-period-end", "2026-03-01")
    buttonNamed(documents, "Запросить").click()
    await waitUntil(
      () => panelText(documents).includes("Конец периода не может быть позже сегодняшнего дня."),
      "the refusal",
    )
    expect(inShadow<HTMLInputElement>(documents, "#paymentHistory-period-end").value).to.equal("2026-03-01")
  })

  it("passes an axe audit and names every control by its visible label, in every tab", async () => {
    const { documents } = await mount()
    for (const tab of [
      "paymentHistory",
      "invoiceSearch",
      "completedWorksAct",
      "invoiceRegistry",
      "paymentsReport",
    ] as const) {
      await open(documents, tab)
      await expect(documents).to.be.accessible()
      await expectNamesEqualLabels(documents)
    }
  })

  it("speaks Kazakh and English", async () => {
    const kk = await mount({ lang: "kk" })
    await open(kk.documents, "completedWorksAct")
    expect(panelText(kk.documents)).to.contain("2018 жылғы 1 қаңтардан")
    await operator?.dispose()
    const en = await mount({ lang: "en" })
    await open(en.documents, "completedWorksAct")
    expect(panelText(en.documents)).to.contain("available from 1 January 2018")
  })

  it("fits a 375-px-wide screen, the tabs a drop-down", async () => {
    const { documents } = await mount()
    await open(documents, "completedWorksAct")
    await expectFitsPhone(documents)
  })
})
