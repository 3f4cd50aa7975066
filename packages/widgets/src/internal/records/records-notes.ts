/**
 * What the records' widgets show above the table when the operator failed: the error with «Повторить».
 */
import { html, nothing, type TemplateResult } from "lit"
import type { I18nController } from "../../i18n/i18n-controller.js"
import type { Failure } from "../controllers/operation-controller.js"
import { failureNotice } from "../templates/failure.js"

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
