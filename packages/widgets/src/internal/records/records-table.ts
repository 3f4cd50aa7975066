/**
 * What a records widget shows under its form (B8, B17): the operator's failure with «Повторить», then
 * «Загрузка…», the note that the period has no records, or the count and the table.
 */
import { html, nothing, type TemplateResult } from "lit"
import type { I18nController } from "../../i18n/i18n-controller.js"
import type { Failure } from "../controllers/operation-controller.js"
import { statusNote } from "../templates/status-note.js"
import { type RecordsGridView, recordsGrid } from "./records-grid.js"
import { failureWithRetry } from "./records-notes.js"

/** The table's state: the records' count once known, and the grid to show then. */
export interface RecordsTableView<A, K extends string> {
  readonly failure: Failure | undefined
  readonly retry: () => void
  /** How many records the period has; `undefined` until the operator said. */
  readonly total: number | undefined
  /** Show «Загрузка…» while the count is unknown. */
  readonly loading: boolean
  /** A note beside the count (the progress of a sort reading the whole period). */
  readonly note?: TemplateResult | typeof nothing | undefined
  readonly grid: Omit<RecordsGridView<A, K>, "total">
}

/**
 * The failure, notes, count and table of records.
 *
 * @example
 * ```ts
 * recordsTable(i18n, { failure, retry, total, loading: failure === undefined, grid })
 * ```
 */
export const recordsTable = <A, K extends string>(
  i18n: I18nController,
  view: RecordsTableView<A, K>,
): TemplateResult | typeof nothing => {
  const { total } = view
  const error = failureWithRetry(i18n, view.failure, view.retry)
  if (total === undefined) {
    return view.loading ? html`${error}${statusNote(i18n.t("records.table.loading"), true)}` : error
  }
  if (total === 0) return html`${error}${statusNote(i18n.t("records.table.empty"))}`
  return html`
    ${error}
    <div class="summary">
      <p class="count" part="count" role="status">${i18n.t("records.table.count", { count: i18n.number(total) })}</p>
      ${view.note ?? nothing}
    </div>
    ${recordsGrid(i18n, { ...view.grid, total })}
  `
}
