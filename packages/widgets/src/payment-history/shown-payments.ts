/**
 * The payments `<kab-payment-history>` shows: the period asked for, the rows as the operator answered
 * them, and the same rows in the sort the admin chose (sorted in the page: a period's payments are few).
 */
import type { Payment, Period } from "@kabinet/core"
import type { I18nController } from "../i18n/i18n-controller.js"
import { nextSorting, type RecordSorting } from "../internal/records/records-grid.js"
import { operatorOrder, type PaymentColumn, sortPayments } from "./payment-columns.js"

/** The payments of the period asked for, as the operator answered and as sorted now. */
export interface Shown {
  readonly period: Period.DateRange
  readonly rows: ReadonlyArray<Payment.Payment>
  readonly sorted: ReadonlyArray<Payment.Payment>
  /** The rows as the virtualizer sees them: row `i` is `i`. */
  readonly indexes: Array<number>
}

/** The shown payments and their sort. */
export class ShownPayments {
  sorting: RecordSorting<PaymentColumn> = operatorOrder
  #shown: Shown | undefined

  /** The payments on screen, if any. */
  get current(): Shown | undefined {
    return this.#shown
  }

  /** Nothing on screen (another number, company or admin, or a new request). */
  clear(): void {
    this.#shown = undefined
  }

  /** Shows `rows` of `period` in the current sort. */
  show(period: Period.DateRange, rows: ReadonlyArray<Payment.Payment>, i18n: I18nController): void {
    const sorted = sortPayments(rows, this.sorting, i18n)
    this.#shown = { period, rows, sorted, indexes: sorted.map((_, index) => index) }
  }

  /** Sorts by `key` (the other direction if already sorted by it); `false` when nothing is shown. */
  sortBy(key: PaymentColumn, i18n: I18nController): boolean {
    const shown = this.#shown
    if (shown === undefined) return false
    this.sorting = nextSorting(this.sorting, key)
    this.show(shown.period, shown.rows, i18n)
    return true
  }
}
