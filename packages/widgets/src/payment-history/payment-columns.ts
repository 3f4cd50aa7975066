/**
 * The columns of a number's payments on screen (B17) — date and time, amount, how it was paid, the
 * document, the account — and how the payments sort by each.
 */
import type { Payment } from "@kabinet/core"
import { Documents, Table } from "@kabinet/core/export"
import * as DateTime from "effect/DateTime"
import type { I18nController } from "../i18n/i18n-controller.js"
import type { RecordColumn, RecordSorting } from "../internal/records/records-grid.js"

/** A column of the payments. */
export type PaymentColumn = "paidAt" | "amount" | "channel" | "document" | "account"

/** The operator's order: oldest first. */
export const operatorOrder: RecordSorting<PaymentColumn> = { key: "paidAt", order: "asc" }

/** How a payment was made, in the admin's language (the exporters' words, so screen and file agree). */
export const channelLabel = (i18n: I18nController, channel: Payment.PaymentChannel): string =>
  Table.label(Documents.paymentChannels[channel], i18n.locale)

/**
 * The columns, labelled in the admin's language.
 *
 * @example
 * ```ts
 * recordsGrid(i18n, { columns: paymentColumns(i18n), … })
 * ```
 */
export const paymentColumns = (i18n: I18nController): ReadonlyArray<RecordColumn<Payment.Payment, PaymentColumn>> => [
  {
    key: "paidAt",
    label: i18n.t("records.payments.paidAt"),
    track: "minmax(9rem, 1.2fr)",
    value: (p) => i18n.dateTime(p.paidAt),
  },
  {
    key: "amount",
    label: i18n.t("records.payments.amount"),
    numeric: true,
    track: "minmax(7rem, 1fr)",
    value: (p) => i18n.money(p.amount),
  },
  {
    key: "channel",
    label: i18n.t("records.payments.channel"),
    track: "minmax(8rem, 1.2fr)",
    value: (p) => channelLabel(i18n, p.channel),
  },
  {
    key: "document",
    label: i18n.t("records.payments.document"),
    track: "minmax(7rem, 1fr)",
    value: (p) => p.documentNumber,
  },
  {
    key: "account",
    label: i18n.t("records.payments.account"),
    track: "minmax(7rem, 1fr)",
    value: (p) => p.accountNumber,
  },
]

/**
 * Sorts payments by a column (a copy; equal values keep the operator's order).
 *
 * @example
 * ```ts
 * const sorted = sortPayments(rows, { key: "amount", order: "desc" }, i18n)
 * ```
 */
export const sortPayments = (
  payments: ReadonlyArray<Payment.Payment>,
  sorting: RecordSorting<PaymentColumn>,
  i18n: I18nController,
): Array<Payment.Payment> => {
  const collator = new Intl.Collator(i18n.intlTag, { numeric: true })
  const compare: Record<PaymentColumn, (a: Payment.Payment, b: Payment.Payment) => number> = {
    paidAt: (a, b) => DateTime.toEpochMillis(a.paidAt) - DateTime.toEpochMillis(b.paidAt),
    amount: (a, b) => a.amount - b.amount,
    channel: (a, b) => collator.compare(channelLabel(i18n, a.channel), channelLabel(i18n, b.channel)),
    document: (a, b) => collator.compare(a.documentNumber, b.documentNumber),
    account: (a, b) => collator.compare(a.accountNumber, b.accountNumber),
  }
  const sign = sorting.order === "asc" ? 1 : -1
  const by = compare[sorting.key]
  return payments
    .map((payment, index) => ({ payment, index }))
    .sort((a, b) => sign * by(a.payment, b.payment) || a.index - b.index)
    .map(({ payment }) => payment)
}
