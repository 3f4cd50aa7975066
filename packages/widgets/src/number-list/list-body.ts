/**
 * What `<kab-number-list>` shows under its toolbar: the operator's failure with «Повторить», then
 * «Загрузка…», the note that there are no numbers or that the search found none, or the grid.
 */
import { html, nothing, type TemplateResult } from "lit"
import type { I18nController } from "../i18n/i18n-controller.js"
import type { Failure } from "../internal/controllers/operation-controller.js"
import { failureNotice } from "../internal/templates/failure.js"
import { statusNote } from "../internal/templates/status-note.js"
import { type GridView, numberGrid } from "./number-list.parts.js"

/** A page that could not be loaded: the operator's error with the manual's advice, and «Повторить». */
const failureWithRetry = (
  i18n: I18nController,
  failure: Failure | undefined,
  retry: () => void,
): TemplateResult | typeof nothing =>
  failure === undefined
    ? nothing
    : html`<div class="failure">
        ${failureNotice(failure)}
        <button type="button" class="button secondary" part="retry" @click=${retry}>${i18n.t("numbers.list.retry")}</button>
      </div>`

/** The list's state: the failure, the count once known, the search, and the grid to show then. */
export interface ListBodyView {
  readonly failure: Failure | undefined
  readonly retry: () => void
  /** How many numbers match; `undefined` until the operator said. */
  readonly total: number | undefined
  readonly search: string
  /** The grid of `total` rows, built only when there are rows. */
  readonly grid: () => Omit<GridView, "total">
}

/**
 * The failure, notes or grid of the list.
 *
 * @example
 * ```ts
 * listBody(i18n, { failure, retry: () => this.#retry(), total, search, grid: () => view })
 * ```
 */
export const listBody = (i18n: I18nController, view: ListBodyView): TemplateResult => {
  const { failure, total } = view
  const error = failureWithRetry(i18n, failure, view.retry)
  if (total === undefined) {
    return html`${error}${failure === undefined ? statusNote(i18n.t("numbers.list.loading"), true) : nothing}`
  }
  if (total === 0) {
    const query = view.search
    return html`${error}${statusNote(query === "" ? i18n.t("numbers.list.empty") : i18n.t("numbers.list.noResults", { query }))}`
  }
  return html`${error}${numberGrid(i18n, { ...view.grid(), total })}`
}
