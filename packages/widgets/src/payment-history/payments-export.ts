/**
 * «Файл формата PDF» and «Файл формата XLS» of `<kab-payment-history>`: the payments the operator
 * answered, written as a file in a Web Worker with progress and «Отменить».
 */
import type { MobileNumber, Payment, Period } from "@kabinet/core"
import { Documents } from "@kabinet/core/export"
import type { I18nController } from "../i18n/i18n-controller.js"
import type { ExportOutcome } from "../internal/export/export-file.js"
import { companyName, exportRecords, recordsFileName } from "../internal/records/records-export.js"
import type { KabinetStore } from "../internal/store/store.js"

/** The payments of a number over a period, as the operator answered them. */
export interface PaymentsFile {
  readonly line: MobileNumber.MobileNumber
  readonly period: Period.DateRange
  readonly rows: ReadonlyArray<Payment.Payment>
}

/**
 * Writes `file`'s payments as `format` in the widget's `<kab-export-progress>`.
 *
 * @example
 * ```ts
 * await exportPayments({ renderRoot, store, i18n }, "xlsx", { line, period, rows })
 * ```
 */
export const exportPayments = (
  host: { readonly renderRoot: ParentNode; readonly store: KabinetStore; readonly i18n: I18nController },
  format: "pdf" | "xlsx",
  file: PaymentsFile,
): Promise<ExportOutcome | undefined> => {
  const { line, period, rows } = file
  const locale = host.i18n.locale
  const company = companyName(host.store)
  return exportRecords(host.renderRoot, {
    table: () =>
      Documents.payments({ payments: rows, period, msisdn: line.msisdn, company, totalRows: rows.length }, locale),
    format,
    fileName: recordsFileName(host.i18n.m("operation.paymentHistory"), line.msisdn, period),
  })
}
