/**
 * What the records' widgets show in place of, or above, the table: a note («Загрузка…», no records,
 * sorting progress) and an operator's failure with «Повторить».
 */
import { html, nothing, type TemplateResult } from "lit"
import type { I18nController } from "../../i18n/i18n-controller.js"
import type { Failure } from "../controllers/operation-controller.js"
import { failureNotice } from "../templates/failure.js"

/**
 * A note, read out politely when it changes, with a spinner while something is on its way.
 *
 * @example
 * ```ts
 * statusNote(i18n.t("records.table.loading"), true)
 * ```
 */
export const statusNote = (text: string, spinner = false): TemplateResult =>
  html`<p class="note" part="status" role="status">${spinner ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${text}</p>`

/**
 * The operator's error with the manual's advice, and «Повторить».
 *
 * @example
 * ```ts
 * failureWithRetry(i18n, this.#operations.failure, () => this.#retry())
 * ```
 */
export const failureWithRetry = (
  i18n: I18nController,
  failure: Failure | undefined,
  retry: () => void,
): TemplateResult | typeof nothing =>
  failure === undefined
    ? nothing
    : html`<div class="failure">
        ${failureNotice(failure)}
        <button type="button" class="button secondary" part="retry" @click=${retry}>${i18n.t("records.table.retry")}</button>
      </div>`
