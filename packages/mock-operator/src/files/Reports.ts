/**
 * The documents the operator produces (C2, C4–C9, B17 as a file), as files: their names, media
 * types and contents, built from the seeded data. Figures that the mock has no ledger for (charges,
 * balances) are drawn from the seed per account and month, so the same request gives the same file.
 */
import { Calendar } from "@kabinet/core"
import * as Invoices from "../db/Invoices.js"
import type { Account } from "../db/NumberStore.js"
import type { PaymentRow } from "../db/Payments.js"
import * as Prng from "../db/Prng.js"
import { pdf } from "./Pdf.js"
import { spreadsheet, mediaType as xlsMediaType } from "./Spreadsheet.js"

/** A produced document. */
export interface Document {
  readonly fileName: string
  readonly mediaType: "application/pdf" | "application/vnd.ms-excel"
  readonly body: Uint8Array<ArrayBuffer>
}

type Month = { readonly year: number; readonly month: number }

const tenge = (tiyn: number): string => (tiyn / 100).toFixed(2)
const day = (epochMillis: number): string => Calendar.dateOf(epochMillis)
const monthKey = (month: Month): string => Calendar.monthKey(month)

const channelNames: Record<PaymentRow["channel"], string> = {
  bankTransfer: "Банковский перевод",
  card: "Банковская карта",
  terminal: "Терминал",
  cashDesk: "Касса оператора",
  other: "Прочее",
}

/** What an account was charged for a month, per line, in tiyn. */
export const chargesOf = (seed: number, account: Account, month: Month): ReadonlyArray<readonly [string, number]> =>
  account.msisdns.map((msisdn) => {
    const random = Prng.fork(seed, "charge", msisdn, monthKey(month))
    return [msisdn, random.int(1_500, 25_000) * 100 + random.int(0, 99)] as const
  })

/** A table of payments as a PDF or an XLS file (B17 «Файл формата …»). */
export const paymentHistory = (
  title: string,
  rows: ReadonlyArray<PaymentRow>,
  format: "pdf" | "xls",
  name: string,
): Document => {
  const header = ["Дата", "Сумма, ₸", "Способ", "Документ", "Лицевой счет", "Номер"]
  const cells = rows.map((row) => [
    day(row.paidAt),
    tenge(row.amount),
    channelNames[row.channel],
    row.documentNumber,
    row.accountNumber,
    row.msisdn ?? "",
  ])
  return format === "pdf"
    ? {
        fileName: `${name}.pdf`,
        mediaType: "application/pdf",
        body: pdf(
          title,
          cells.map((row) => row.join("  ")),
        ),
      }
    : { fileName: `${name}.xls`, mediaType: xlsMediaType, body: spreadsheet("Платежи", header, cells) }
}

/** Numbers found by invoice (C2) as an XLS file. */
export const invoiceSearch = (
  rows: ReadonlyArray<{ readonly msisdn: string; readonly accountNumber: string }>,
  name: string,
): Document => ({
  fileName: `${name}.xls`,
  mediaType: xlsMediaType,
  body: spreadsheet(
    "Номера",
    ["Номер", "Лицевой счет"],
    rows.map((row) => [row.msisdn, row.accountNumber]),
  ),
})

/** The act of completed works with its invoice breakdown (PDF), or the breakdown alone (Excel) — C5. */
export const completedWorksAct = (
  seed: number,
  companyName: string,
  account: Account,
  month: Month,
  format: "pdf" | "excel",
): Document => {
  const charges = chargesOf(seed, account, month)
  const total = charges.reduce((sum, [, amount]) => sum + amount, 0)
  const invoice = Invoices.numbersOf(account.accountNumber, month)
  const name = `act-${monthKey(month)}-${account.accountNumber}`
  if (format === "excel") {
    return {
      fileName: `${name}.xls`,
      mediaType: xlsMediaType,
      body: spreadsheet(
        "Расшифровка",
        ["Номер", "Начислено, ₸"],
        [...charges.map(([msisdn, amount]) => [msisdn, tenge(amount)]), ["Итого", tenge(total)]],
      ),
    }
  }
  return {
    fileName: `${name}.pdf`,
    mediaType: "application/pdf",
    body: pdf(`Акт выполненных работ за ${monthKey(month)}`, [
      `Компания: ${companyName}`,
      `Лицевой счет: ${account.accountNumber}`,
      `Счет-фактура ЭСФ: ${invoice.registrationNumber}, учетный номер: ${invoice.accountingNumber}`,
      `Итого: ${tenge(total)} KZT`,
      "",
      "Расшифровка к счету-фактуре:",
      ...charges.map(([msisdn, amount]) => `${msisdn}  ${tenge(amount)}`),
    ]),
  }
}

/** The invoice registry of a range of months (C6) as an XLS file. */
export const invoiceRegistry = (
  seed: number,
  accounts: ReadonlyArray<Account>,
  months: ReadonlyArray<Month>,
  name: string,
): Document => ({
  fileName: `${name}.xls`,
  mediaType: xlsMediaType,
  body: spreadsheet(
    "Реестр счетов-фактур",
    ["Месяц", "Лицевой счет", "Регистрационный номер (ЭСФ)", "Номер учетной системы", "Сумма, ₸"],
    months.flatMap((month) =>
      accounts.map((account) => {
        const invoice = Invoices.numbersOf(account.accountNumber, month)
        const total = chargesOf(seed, account, month).reduce((sum, [, amount]) => sum + amount, 0)
        return [
          monthKey(month),
          account.accountNumber,
          invoice.registrationNumber,
          invoice.accountingNumber,
          tenge(total),
        ]
      }),
    ),
  ),
})

/** The number list report (C4): accounts, payment types, funds, limits, balances, as an XLS attachment. */
export const numberListReport = (
  seed: number,
  accounts: ReadonlyArray<Account>,
  at: number,
  name: string,
): Document => ({
  fileName: `${name}.xls`,
  mediaType: xlsMediaType,
  body: spreadsheet(
    "Отчет по списку номеров",
    [
      "Лицевой счет",
      "Тип лицевого счета",
      "Метод расчета",
      "Доступные средства, ₸",
      "Кредитный лимит, ₸",
      "Баланс, ₸",
      "Номеров на лицевом счете",
      "Дата баланса",
    ],
    accounts.map((account) => {
      const random = Prng.fork(seed, "balance", account.accountNumber, day(at))
      const balance = random.int(-500_000, 2_000_000) * 100
      return [
        account.accountNumber,
        "Корпоративный",
        account.billingMethod,
        tenge(Math.max(0, account.creditLimit + balance)),
        tenge(account.creditLimit),
        tenge(balance),
        account.msisdns.length,
        day(at),
      ]
    }),
  ),
})

/** The reconciliation act of a period (C7), as a PDF attachment. */
export const reconciliationAct = (
  seed: number,
  companyName: string,
  period: { readonly start: string; readonly end: string },
  payments: ReadonlyArray<PaymentRow>,
  name: string,
): Document => {
  const random = Prng.fork(seed, "reconciliation", companyName, period.start, period.end)
  const opening = random.int(-1_000_000, 1_000_000) * 100
  const paid = payments.reduce((sum, payment) => sum + payment.amount, 0)
  const charged = Math.round(paid * (0.9 + random.next() * 0.2))
  return {
    fileName: `${name}.pdf`,
    mediaType: "application/pdf",
    body: pdf(`Акт сверки ${period.start} — ${period.end}`, [
      `Компания: ${companyName}`,
      `Сальдо на начало периода: ${tenge(opening)} KZT`,
      `Начислено: ${tenge(charged)} KZT`,
      `Оплачено: ${tenge(paid)} KZT`,
      `Сальдо на конец периода: ${tenge(opening + charged - paid)} KZT`,
    ]),
  }
}

/** The registered devices report (C8), as an XLS attachment. */
export const registeredDevicesReport = (
  rows: ReadonlyArray<{ readonly msisdn: string; readonly imei: string; readonly registeredAt: number }>,
  name: string,
): Document => ({
  fileName: `${name}.xls`,
  mediaType: xlsMediaType,
  body: spreadsheet(
    "Зарегистрированные устройства",
    ["Номер", "IMEI", "Дата регистрации"],
    rows.map((row) => [row.msisdn, row.imei, day(row.registeredAt)]),
  ),
})

/** The payments report (C9), as an XLS attachment. */
export const paymentsReport = (rows: ReadonlyArray<PaymentRow>, name: string): Document =>
  paymentHistory("Отчет по платежам", rows, "xls", name)
