/**
 * The tables of the documents Kabinet produces, built from the core's domain objects: call
 * records (B8), payment histories (B17, C1), the act of completed works with its invoice breakdown
 * (C5), the numbers found by invoice (C2), and the lists an admin sees (the number list, the action
 * history; E5). Each gives a `Table` for any writer, with headers in the admin's language.
 *
 * Records may come as an array, an iterable or an async iterable (pages fetched while writing);
 * they are mapped to rows lazily, one at a time.
 *
 * Money columns name the currency in words («Сумма, тенге»): PDF fonts rarely have the ₸ sign, and
 * an accounting document writes it so anyway.
 *
 * @example
 * ```ts
 * import { Documents } from "@kabinet/core/export"
 * import * as Pdf from "@kabinet/core/export/pdf"
 * const table = Documents.callRecords({ records, msisdn: "77010542001", period: { start, end }, company: "ТОО «Кабинет»" }, "ru")
 * const bytes = await Effect.runPromise(Pdf.write(table, { locale: "ru" }))
 * ```
 */
import * as DateTime from "effect/DateTime"
import type * as ActionHistory from "../domain/ActionHistory.js"
import * as BillingMethod from "../domain/BillingMethod.js"
import type * as CallRecord from "../domain/CallRecord.js"
import type * as MobileNumber from "../domain/MobileNumber.js"
import * as NumberStatus from "../domain/NumberStatus.js"
import type * as Payment from "../domain/Payment.js"
import * as Messages from "../i18n/Messages.js"
import type { Label, Locale, Period, Row, Rows, Table } from "./Table.js"

/** Records as an array, an iterable or an async iterable. */
export type Source<A> = Iterable<A> | AsyncIterable<A>

const isAsync = <A>(source: Source<A>): source is AsyncIterable<A> =>
  typeof (source as Partial<AsyncIterable<A>>)[Symbol.asyncIterator] === "function"

/**
 * Rows from records, mapped one at a time as the writer reads them.
 *
 * @example
 * ```ts
 * Documents.mapRows(pages(), (n) => [n.msisdn, n.accountNumber])
 * ```
 */
export const mapRows = <A>(source: Source<A>, toRow: (record: A) => Row): Rows => {
  if (isAsync(source)) {
    return {
      [Symbol.asyncIterator]: () => {
        const iterator = source[Symbol.asyncIterator]()
        return {
          next: () => iterator.next().then((r) => (r.done === true ? r : { done: false, value: toRow(r.value) })),
          return: (value?: unknown) =>
            iterator.return === undefined
              ? Promise.resolve({ done: true as const, value: undefined })
              : iterator.return(value).then(() => ({ done: true as const, value: undefined })),
        }
      },
    }
  }
  return {
    *[Symbol.iterator]() {
      for (const record of source) yield toRow(record)
    },
  }
}

const millis = (instant: DateTime.DateTime): number => DateTime.toEpochMillis(instant)
const message = (key: Messages.MessageKey): Label => ({
  ru: Messages.format("ru", key),
  kk: Messages.format("kk", key),
  en: Messages.format("en", key),
})
const text = (label: Label, locale: Locale): string => (typeof label === "string" ? label : label[locale])

/** Column headers shared by several documents. */
export const headers = {
  number: { ru: "Номер", kk: "Нөмір", en: "Number" },
  account: { ru: "Лицевой счет", kk: "Дербес шот", en: "Account" },
  dateTime: { ru: "Дата и время", kk: "Күні мен уақыты", en: "Date and time" },
  amount: { ru: "Сумма, тенге", kk: "Сомасы, теңге", en: "Amount, KZT" },
} as const satisfies Record<string, Label>

// ---------------------------------------------------------------------------------------------
// B8 — call records
// ---------------------------------------------------------------------------------------------

/** How each kind of record is named. */
export const callRecordKinds: Record<CallRecord.CallRecordKind, Label> = {
  callOut: { ru: "Исходящий звонок", kk: "Шығыс қоңырау", en: "Outgoing call" },
  callIn: { ru: "Входящий звонок", kk: "Кіріс қоңырау", en: "Incoming call" },
  smsOut: { ru: "Исходящее SMS", kk: "Шығыс SMS", en: "Outgoing SMS" },
  smsIn: { ru: "Входящее SMS", kk: "Кіріс SMS", en: "Incoming SMS" },
  internet: { ru: "Интернет", kk: "Интернет", en: "Internet" },
}

/** The call records of a number over a period. */
export interface CallRecordsInput {
  readonly records: Source<CallRecord.CallRecord>
  readonly msisdn: string
  readonly period: Period
  readonly company?: string | undefined
  readonly totalRows?: number | undefined
}

/**
 * Call records (B8, «Детализация»): date and time, type, the other party, duration, volume and
 * cost, with totals of duration, volume and cost.
 *
 * @example
 * ```ts
 * Documents.callRecords({ records, msisdn: "77010542001", period: { start: "2019-02-01", end: "2019-02-28" } }, "kk")
 * ```
 */
export const callRecords = (input: CallRecordsInput, locale: Locale = "ru"): Table => ({
  title: message("operation.detalization"),
  context: { company: input.company, number: input.msisdn, period: input.period },
  totalRows: input.totalRows,
  columns: [
    { key: "at", kind: "dateTime", header: headers.dateTime, width: 17 },
    { key: "kind", kind: "text", header: { ru: "Тип", kk: "Түрі", en: "Type" }, width: 18 },
    { key: "counterpart", kind: "phone", header: { ru: "Абонент", kk: "Абонент", en: "Other party" }, width: 15 },
    {
      key: "duration",
      kind: "duration",
      header: { ru: "Длительность", kk: "Ұзақтығы", en: "Duration" },
      width: 12,
      total: true,
    },
    {
      key: "volume",
      kind: "integer",
      header: { ru: "Объем, КБ", kk: "Көлемі, КБ", en: "Volume, KB" },
      width: 11,
      total: true,
    },
    {
      key: "cost",
      kind: "money",
      header: { ru: "Стоимость, тенге", kk: "Құны, теңге", en: "Cost, KZT" },
      width: 14,
      total: true,
    },
  ],
  rows: mapRows(input.records, (r) => [
    millis(r.at),
    text(callRecordKinds[r.kind], locale),
    r.counterpart,
    r.durationSeconds,
    r.volumeKb,
    r.cost,
  ]),
})

// ---------------------------------------------------------------------------------------------
// B17, C1 — payment histories
// ---------------------------------------------------------------------------------------------

/** How each payment channel is named. */
export const paymentChannels: Record<Payment.PaymentChannel, Label> = {
  bankTransfer: { ru: "Банковский перевод", kk: "Банктік аударым", en: "Bank transfer" },
  card: { ru: "Банковская карта", kk: "Банк картасы", en: "Bank card" },
  terminal: { ru: "Терминал", kk: "Терминал", en: "Terminal" },
  cashDesk: { ru: "Касса оператора", kk: "Оператор кассасы", en: "Operator's cash desk" },
  other: { ru: "Прочее", kk: "Басқа", en: "Other" },
}

/** Payments over a period: of one advance-paid number (B17) or of the company's accounts (C1). */
export interface PaymentsInput {
  readonly payments: Source<Payment.Payment>
  readonly period: Period
  readonly msisdn?: string | undefined
  readonly company?: string | undefined
  readonly totalRows?: number | undefined
}

/**
 * A payment history (B17, C1, «История платежей»): date, amount, channel, document, account and
 * number, with the total paid.
 *
 * @example
 * ```ts
 * Documents.payments({ payments, period, msisdn: "77010541921" })
 * ```
 */
export const payments = (input: PaymentsInput, locale: Locale = "ru"): Table => ({
  title: message("document.paymentHistory"),
  context: { company: input.company, number: input.msisdn, period: input.period },
  totalRows: input.totalRows,
  columns: [
    { key: "paidAt", kind: "dateTime", header: headers.dateTime, width: 17 },
    { key: "amount", kind: "money", header: headers.amount, width: 15, total: true },
    { key: "channel", kind: "text", header: { ru: "Способ оплаты", kk: "Төлем тәсілі", en: "Paid by" }, width: 20 },
    { key: "document", kind: "text", header: { ru: "Документ", kk: "Құжат", en: "Document" }, width: 16 },
    { key: "account", kind: "text", header: headers.account, width: 13 },
    { key: "msisdn", kind: "phone", header: headers.number, width: 14 },
  ],
  rows: mapRows(input.payments, (p) => [
    millis(p.paidAt),
    p.amount,
    text(paymentChannels[p.channel], locale),
    p.documentNumber,
    p.accountNumber,
    p.msisdn,
  ]),
})

// ---------------------------------------------------------------------------------------------
// C5 — the act of completed works and the invoice breakdown
// ---------------------------------------------------------------------------------------------

/** One line of the invoice breakdown: what a number was charged for the month, in tiyn. */
export interface Charge {
  readonly msisdn: string
  readonly amount: number
}

/** An act of completed works for one account and month. */
export interface ActInput {
  readonly company: string
  readonly account: string
  readonly month: { readonly year: number; readonly month: number }
  readonly invoice: { readonly registrationNumber: string; readonly accountingNumber: string }
  readonly charges: ReadonlyArray<Charge>
}

/**
 * The act of completed works with its invoice breakdown (C5): the act's summary (invoice numbers,
 * the number of lines, the total) above the breakdown of charges per number. The PDF is the act
 * and the breakdown; the XLSX («Загрузить в Excel») the breakdown with the same summary.
 *
 * @example
 * ```ts
 * Documents.completedWorksAct({ company, account: "10085297", month: { year: 2018, month: 1 }, invoice, charges })
 * ```
 */
export const completedWorksAct = (input: ActInput, _locale: Locale = "ru"): Table => ({
  title: message("document.act"),
  context: { company: input.company, account: input.account, period: input.month },
  summary: [
    {
      label: {
        ru: "Регистрационный номер счета-фактуры",
        kk: "Шот-фактураның тіркеу нөмірі",
        en: "Invoice registration number",
      },
      kind: "text",
      value: input.invoice.registrationNumber,
    },
    {
      label: { ru: "Номер учетной системы", kk: "Есеп жүйесінің нөмірі", en: "Accounting system number" },
      kind: "text",
      value: input.invoice.accountingNumber,
    },
    { label: { ru: "Номеров", kk: "Нөмірлер саны", en: "Numbers" }, kind: "integer", value: input.charges.length },
    {
      label: { ru: "Итого начислено, тенге", kk: "Барлығы есептелді, теңге", en: "Total charged, KZT" },
      kind: "money",
      value: input.charges.reduce((sum, charge) => sum + charge.amount, 0),
    },
  ],
  totalRows: input.charges.length,
  columns: [
    { key: "msisdn", kind: "phone", header: headers.number, width: 16 },
    { key: "account", kind: "text", header: headers.account, width: 14 },
    {
      key: "amount",
      kind: "money",
      header: { ru: "Начислено, тенге", kk: "Есептелді, теңге", en: "Charged, KZT" },
      width: 16,
      total: true,
    },
  ],
  rows: input.charges.map((charge) => [charge.msisdn, input.account, charge.amount]),
})

// ---------------------------------------------------------------------------------------------
// C2 — numbers found by invoice
// ---------------------------------------------------------------------------------------------

/** The numbers an invoice was issued for. */
export interface InvoiceSearchInput {
  readonly invoiceNumber: string
  readonly year: number
  readonly rows: Source<{ readonly msisdn: string; readonly accountNumber: string }>
  readonly company?: string | undefined
}

/**
 * The numbers found by an invoice's number (C2, «Файл формата XLS»): number and account.
 *
 * @example
 * ```ts
 * Documents.invoiceSearch({ invoiceNumber: "ESF-800800800800-2020-0001234", year: 2020, rows })
 * ```
 */
export const invoiceSearch = (input: InvoiceSearchInput, _locale: Locale = "ru"): Table => ({
  title: message("document.invoiceSearch"),
  context: { company: input.company, period: { start: `${input.year}-01-01`, end: `${input.year}-12-31` } },
  summary: [
    { label: { ru: "Счет-фактура", kk: "Шот-фактура", en: "Invoice" }, kind: "text", value: input.invoiceNumber },
  ],
  columns: [
    { key: "msisdn", kind: "phone", header: headers.number, width: 16 },
    { key: "account", kind: "text", header: headers.account, width: 16 },
  ],
  rows: mapRows(input.rows, (row) => [row.msisdn, row.accountNumber]),
})

// ---------------------------------------------------------------------------------------------
// B1, E5 — the number list as searched
// ---------------------------------------------------------------------------------------------

/** The number list, as the admin searched it. */
export interface NumberListInput {
  readonly numbers: Source<MobileNumber.MobileNumber>
  readonly company?: string | undefined
  readonly totalRows?: number | undefined
}

/**
 * The number list (B1, E5): the list's columns (Номер, Лицевой счет, Тарифный план, Метод расчета,
 * Статус, Доступные средства) and the credit limit. Made for the whole fleet: pass the pages as an
 * async iterable and `totalRows` for progress.
 *
 * @example
 * ```ts
 * Documents.numberList({ numbers: pagesOf(search), totalRows: page.total, company })
 * ```
 */
export const numberList = (input: NumberListInput, locale: Locale = "ru"): Table => ({
  title: message("operation.loadNumbers"),
  context: { company: input.company },
  totalRows: input.totalRows,
  columns: [
    { key: "msisdn", kind: "phone", header: headers.number, width: 14 },
    { key: "account", kind: "text", header: headers.account, width: 13 },
    {
      key: "tariff",
      kind: "text",
      header: { ru: "Тарифный план", kk: "Тарифтік жоспар", en: "Tariff plan" },
      width: 24,
    },
    {
      key: "billing",
      kind: "text",
      header: { ru: "Метод расчета", kk: "Есеп айырысу әдісі", en: "Billing method" },
      width: 15,
    },
    { key: "status", kind: "text", header: { ru: "Статус", kk: "Мәртебесі", en: "Status" }, width: 20 },
    {
      key: "statusChangedAt",
      kind: "dateTime",
      header: { ru: "Статус изменен", kk: "Мәртебе өзгерді", en: "Status changed" },
      width: 17,
    },
    {
      key: "funds",
      kind: "money",
      header: { ru: "Доступные средства, тенге", kk: "Қолжетімді қаражат, теңге", en: "Available funds, KZT" },
      width: 16,
    },
    {
      key: "creditLimit",
      kind: "money",
      header: { ru: "Кредитный лимит, тенге", kk: "Кредит лимиті, теңге", en: "Credit limit, KZT" },
      width: 16,
    },
  ],
  rows: mapRows(input.numbers, (n) => [
    n.msisdn,
    n.accountNumber,
    n.tariffName,
    Messages.format(locale, `billing.${BillingMethod.key(n.billingMethod)}`),
    Messages.format(locale, `status.${NumberStatus.key(n.status)}`),
    millis(n.statusChangedAt),
    n.availableFunds,
    n.creditLimit,
  ]),
})

// ---------------------------------------------------------------------------------------------
// C3 — the action history
// ---------------------------------------------------------------------------------------------

/** How each recorded operation is named. */
export const actions: Record<ActionHistory.OperationKind, Label> = {
  signIn: { ru: "Вход", kk: "Кіру", en: "Sign-in" },
  passwordRecovery: { ru: "Восстановление пароля", kk: "Құпиясөзді қалпына келтіру", en: "Password recovery" },
  passwordChange: { ru: "Смена пароля", kk: "Құпиясөзді өзгерту", en: "Password change" },
  emailChange: { ru: "Смена e-mail", kk: "E-mail өзгерту", en: "E-mail change" },
  companyRename: { ru: "Сокращенное название компании", kk: "Компанияның қысқаша атауы", en: "Company short name" },
  block: { ru: "Блокировка", kk: "Бұғаттау", en: "Block" },
  unblock: { ru: "Разблокировка", kk: "Бұғаттан шығару", en: "Unblock" },
  simSwap: { ru: "Замена SIM-карты", kk: "SIM-картаны ауыстыру", en: "SIM swap" },
  banSet: { ru: "Установка запрета", kk: "Тыйым салу", en: "Ban set" },
  banLift: { ru: "Снятие запрета", kk: "Тыйымды алу", en: "Ban lifted" },
  serviceConnect: { ru: "Подключение услуги", kk: "Қызметті қосу", en: "Service connected" },
  serviceDisconnect: { ru: "Отключение услуги", kk: "Қызметті өшіру", en: "Service disconnected" },
  forwardingSet: { ru: "Установка переадресации", kk: "Бағыттауды орнату", en: "Forwarding set" },
  forwardingClear: { ru: "Отмена переадресации", kk: "Бағыттауды болдырмау", en: "Forwarding cleared" },
  deviceRegister: {
    ru: "Регистрация устройства (IMEI)",
    kk: "Құрылғыны тіркеу (IMEI)",
    en: "Device registration (IMEI)",
  },
  deviceUnregister: { ru: "Удаление устройства (IMEI)", kk: "Құрылғыны жою (IMEI)", en: "Device removal (IMEI)" },
  secretCodeSend: { ru: "Отправить секретный код", kk: "Құпия кодты жіберу", en: "Secret code sent" },
  secretCodeDelete: { ru: "Удалить секретный код", kk: "Құпия кодты жою", en: "Secret code deleted" },
  callRecordsRequest: { ru: "Запрос детализации", kk: "Егжей-тегжейді сұрау", en: "Call records request" },
  paymentHistoryRequest: { ru: "Запрос истории платежей", kk: "Төлем тарихын сұрау", en: "Payment history request" },
  documentRequest: { ru: "Запрос документа", kk: "Құжатты сұрау", en: "Document request" },
  other: { ru: "Прочее", kk: "Басқа", en: "Other" },
}

const statuses: Record<ActionHistory.ActionStatus, Label> = {
  Успешно: { ru: "Успешно", kk: "Сәтті", en: "Succeeded" },
  Ошибка: { ru: "Ошибка", kk: "Қате", en: "Failed" },
}

/** The action history over a period. */
export interface ActionHistoryInput {
  readonly entries: Source<ActionHistory.ActionHistoryEntry>
  readonly period: Period
  readonly company?: string | undefined
  readonly totalRows?: number | undefined
}

/**
 * The action history (C3, «История действий»): Действие, Статус, Дата и время, Администратор (name
 * and phone), the number and the details.
 *
 * @example
 * ```ts
 * Documents.actionHistory({ entries, period: { start: "2020-09-21", end: "2020-09-21" } }, "en")
 * ```
 */
export const actionHistory = (input: ActionHistoryInput, locale: Locale = "ru"): Table => ({
  title: message("document.actionHistory"),
  context: { company: input.company, period: input.period },
  totalRows: input.totalRows,
  columns: [
    { key: "action", kind: "text", header: { ru: "Действие", kk: "Әрекет", en: "Action" }, width: 26 },
    { key: "status", kind: "text", header: { ru: "Статус", kk: "Мәртебесі", en: "Status" }, width: 10 },
    { key: "at", kind: "dateTime", header: headers.dateTime, width: 17 },
    { key: "admin", kind: "text", header: { ru: "Администратор", kk: "Әкімші", en: "Administrator" }, width: 22 },
    {
      key: "adminPhone",
      kind: "phone",
      header: { ru: "Телефон администратора", kk: "Әкімшінің телефоны", en: "Administrator's phone" },
      width: 14,
    },
    { key: "msisdn", kind: "phone", header: headers.number, width: 14 },
    { key: "details", kind: "text", header: { ru: "Подробности", kk: "Толығырақ", en: "Details" }, width: 36 },
  ],
  rows: mapRows(input.entries, (e) => [
    text(actions[e.action], locale),
    text(statuses[e.status], locale),
    millis(e.at),
    e.admin.fullName,
    e.admin.phone,
    e.msisdn,
    e.details,
  ]),
})
