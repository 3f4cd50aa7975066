import type { Meta, StoryObj } from "@storybook/web-components-vite"
import { html } from "lit"
import "@kabinet/widgets/documents.js"
import type { DocumentsTab, KabDocuments } from "@kabinet/widgets/documents.js"
import {
  clickOn,
  element,
  mockOperator,
  operatorOf,
  providerIn,
  signInDemo,
  typeInto,
  until,
  withProvider,
} from "./mock-operator.ts"

interface DocumentsArgs {
  lang: "ru" | "kk" | "en"
  tab: DocumentsTab
}

/** A running clock that starts at `iso` (Asia/Almaty), for the operator and the widgets alike. */
const clockAt = (iso: string) => {
  const start = Date.parse(iso)
  const started = Date.now()
  return () => start + (Date.now() - started)
}

const tabs: ReadonlyArray<DocumentsTab> = [
  "paymentHistory",
  "invoiceSearch",
  "actionHistory",
  "numberListReport",
  "completedWorksAct",
  "invoiceRegistry",
  "reconciliationAct",
  "registeredDevicesReport",
  "paymentsReport",
]

/** Signs in and, when the story has its own clock, gives it to the widgets. */
const start = async (canvas: HTMLElement, now?: () => number) => {
  if (now !== undefined) providerIn(canvas).store.configure({ now })
  await signInDemo(canvas)
  return element<KabDocuments>(canvas, "kab-documents")
}

const meta = {
  title: "Documents/Documents and reports",
  component: "kab-documents",
  loaders: [mockOperator()],
  args: { lang: "ru", tab: "paymentHistory" },
  argTypes: {
    lang: { control: "inline-radio", options: ["ru", "kk", "en"] },
    tab: { control: "select", options: tabs },
  },
  render: (args, { loaded }) =>
    withProvider(operatorOf(loaded), html`<kab-documents tab=${args.tab}></kab-documents>`, args.lang),
  play: async ({ canvasElement }) => {
    await start(canvasElement)
  },
} satisfies Meta<DocumentsArgs>

export default meta
type Story = StoryObj<DocumentsArgs>

/** C1 «История платежей»: a period → «Запросить». */
export const PaymentHistory: Story = {}

/** C1 with the table of the period, «Выгрузить в XLSX» / «Выгрузить в CSV» under it. */
export const PaymentHistoryTable: Story = {
  play: async ({ canvasElement }) => {
    const documents = await start(canvasElement)
    await typeInto(documents, "paymentHistory-period-start", "2025-06-01")
    await clickOn(documents, "paymentHistory-submit")
  },
}

/** C1 refusing a period that ends in the future, the input kept. */
export const PaymentHistoryFuture: Story = {
  play: async ({ canvasElement }) => {
    const documents = await start(canvasElement)
    await typeInto(documents, "paymentHistory-period-end", "2099-01-01")
    await clickOn(documents, "paymentHistory-submit")
  },
}

/** C2 «Поиск мобильного номера по номеру счета-фактуры». */
export const InvoiceSearch: Story = { args: { tab: "invoiceSearch" } }

/** C2 without a number: the rule's message under «Номер». */
export const InvoiceSearchEmpty: Story = {
  args: { tab: "invoiceSearch" },
  play: async ({ canvasElement }) => {
    const documents = await start(canvasElement)
    await clickOn(documents, "invoiceSearch-submit")
  },
}

/** C3 «История действий» of the manual's day, 21 September 2020. */
export const ActionHistory: Story = {
  args: { tab: "actionHistory" },
  play: async ({ canvasElement }) => {
    const documents = await start(canvasElement)
    await typeInto(documents, "actionHistory-period-start", "2020-09-21")
    await typeInto(documents, "actionHistory-period-end", "2020-09-21")
    await clickOn(documents, "actionHistory-submit")
  },
}

/** C4 «Отчет по списку номеров (бета-режим)». */
export const NumberListReport: Story = { args: { tab: "numberListReport" } }

/** C4 requested: «В обработке», then where the report went. */
export const NumberListReportSent: Story = {
  args: { tab: "numberListReport" },
  play: async ({ canvasElement }) => {
    const documents = await start(canvasElement)
    await typeInto(documents, "numberListReport-email", "buh@example.kz")
    await clickOn(documents, "numberListReport-submit")
    await until(() => documents.shadowRoot?.textContent?.includes("buh@example.kz") === true)
  },
}

/** C5 «Акт выполненных работ и расшифровка к счету-фактуре» on the 5th: last month not offered yet, and why. */
export const ActOnThe5th: Story = {
  args: { tab: "completedWorksAct" },
  loaders: [mockOperator({ now: clockAt("2026-02-05T10:00:00+05:00") })],
  play: async ({ canvasElement }) => {
    await start(canvasElement, clockAt("2026-02-05T10:00:00+05:00"))
  },
}

/** C5 on the 6th: last month offered. */
export const ActOnThe6th: Story = {
  args: { tab: "completedWorksAct" },
  loaders: [mockOperator({ now: clockAt("2026-02-06T10:00:00+05:00") })],
  play: async ({ canvasElement }) => {
    await start(canvasElement, clockAt("2026-02-06T10:00:00+05:00"))
  },
}

/** C5 by phone number, with a number that is not one. */
export const ActByPhoneInvalid: Story = {
  args: { tab: "completedWorksAct" },
  play: async ({ canvasElement }) => {
    const documents = await start(canvasElement)
    const byPhone = [...(documents.shadowRoot?.querySelectorAll<HTMLButtonElement>("[part=mode]") ?? [])][1]
    byPhone?.click()
    await documents.updateComplete
    await typeInto(documents, "act-phone", "12345")
    await clickOn(documents, "act-pdf")
  },
}

/** C6 «Реестр счетов-фактур». */
export const InvoiceRegistry: Story = { args: { tab: "invoiceRegistry" } }

/** C7 «Акт сверки (бета-режим)». */
export const Reconciliation: Story = { args: { tab: "reconciliationAct" } }

/** C7 over 13 months: refused with the rule's message before anything is sent. */
export const ReconciliationThirteenMonths: Story = {
  args: { tab: "reconciliationAct" },
  loaders: [mockOperator({ now: clockAt("2026-02-06T10:00:00+05:00") })],
  play: async ({ canvasElement }) => {
    const documents = await start(canvasElement, clockAt("2026-02-06T10:00:00+05:00"))
    await typeInto(documents, "reconciliationAct-period-start", "2025-01-01")
    await typeInto(documents, "reconciliationAct-period-end", "2026-01-31")
    await typeInto(documents, "reconciliationAct-email", "buh@example.kz")
    await clickOn(documents, "reconciliationAct-submit")
  },
}

/** C8 «Отчет по зарегистрированным устройствам». */
export const DevicesReport: Story = { args: { tab: "registeredDevicesReport" } }

/** C9 «Отчет по платежам (бета-режим)». */
export const PaymentsReport: Story = { args: { tab: "paymentsReport" } }

/** C9 over 4 months: refused with the rule's message, the input kept. */
export const PaymentsReportFourMonths: Story = {
  args: { tab: "paymentsReport" },
  loaders: [mockOperator({ now: clockAt("2026-02-06T10:00:00+05:00") })],
  play: async ({ canvasElement }) => {
    const documents = await start(canvasElement, clockAt("2026-02-06T10:00:00+05:00"))
    await typeInto(documents, "paymentsReport-period-start", "2025-10-01")
    await typeInto(documents, "paymentsReport-email", "buh@example.kz")
    await clickOn(documents, "paymentsReport-submit")
  },
}

/** In Kazakh. */
export const Kazakh: Story = { args: { lang: "kk", tab: "completedWorksAct" } }

/** In English. */
export const English: Story = { args: { lang: "en", tab: "reconciliationAct" } }

/** On a phone: the tabs become a drop-down. */
export const Phone: Story = {
  args: { tab: "paymentsReport" },
  parameters: { viewport: { defaultViewport: "mobile1" } },
  decorators: [(story) => html`<div style="max-inline-size: 375px">${story()}</div>`],
}
