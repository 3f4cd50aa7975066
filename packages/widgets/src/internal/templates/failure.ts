/**
 * An operation's failure where the form that ran it is: `<kab-operator-error>` with the operator's error
 * and the manual's advice, or nothing while there is none.
 */
import { html, nothing, type TemplateResult } from "lit"
import type { Failure } from "../controllers/operation-controller.js"
import "../../operator-error/operator-error.js"

/**
 * Renders `failure`, if any.
 *
 * @example
 * ```ts
 * html`${failureNotice(this.#operations.failure)}<form>…</form>`
 * ```
 */
export const failureNotice = (failure: Failure | undefined): TemplateResult | typeof nothing =>
  failure === undefined
    ? nothing
    : html`<kab-operator-error .error=${failure.error} operation=${failure.operation}></kab-operator-error>`
