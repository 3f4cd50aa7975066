import type { Messages } from "@kabinet/core"
import { html, nothing } from "lit"
import { property } from "lit/decorators.js"
import { keyed } from "lit/directives/keyed.js"
import { describeFailure } from "../internal/controllers/failure.js"
import { define } from "../internal/define.js"
import { KabElement } from "../internal/kab-element.js"
import { base, notices } from "../internal/styles.js"
import { tokens } from "../theme/tokens.js"
import { styles } from "./operator-error.styles.js"

let errorSerial = 0
const serials = new WeakMap<object, number>()
const serialOf = (error: unknown): number | unknown => {
  if (typeof error !== "object" || error === null) return error
  let serial = serials.get(error)
  if (serial === undefined) {
    serial = ++errorSerial
    serials.set(error, serial)
  }
  return serial
}

/**
 * Shows an operation's failure the one way every widget does (D2): what happened, in the core's words,
 * and the manual's advice — wait 2–3 minutes, refresh the page, try again, then contact corporate
 * support — naming the operation. It is announced as an alert when it appears. Shows nothing while
 * `error` is unset.
 *
 * @summary An operator error with the manual's advice.
 * @tag kab-operator-error
 * @csspart notice - The box around the message and the advice.
 * @csspart message - What happened.
 * @csspart advice - What to do next.
 * @cssproperty --kab-color-danger - The colour of the box's edge.
 * @cssproperty --kab-color-danger-surface - The box's background.
 */
export class KabOperatorError extends KabElement {
  static override styles = [tokens, base, notices, styles]

  /** The error an operation failed with: one of the core's `Errors.*`, or anything else. */
  @property({ attribute: false }) accessor error: unknown = undefined

  /** The operation that failed, as a core message key (`"operation.signIn"`); named in the advice. */
  @property() accessor operation: Messages.MessageKey | undefined = undefined

  override willUpdate(): void {
    this.toggleAttribute("has-error", this.error !== undefined)
  }

  override render() {
    if (this.error === undefined) return nothing
    const text = describeFailure(this.error, this.operation)
    // A new error is a new alert, so a repeated failure is announced again.
    return keyed(
      serialOf(this.error),
      html`
        <div part="notice" class="notice danger" role="alert" lang=${this.i18n.locale}>
          <p part="message">${this.i18n.message(text.message)}</p>
          ${text.advice === undefined ? nothing : html`<p part="advice">${this.i18n.message(text.advice)}</p>`}
        </div>
      `,
    )
  }
}

define("kab-operator-error", KabOperatorError)

declare global {
  interface HTMLElementTagNameMap {
    "kab-operator-error": KabOperatorError
  }
}
