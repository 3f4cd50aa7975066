/**
 * The secret code (B9): «Отправить секретный код» / «Удалить секретный код», with what the code does and
 * does not allow, in the manual's two points: the line's user may see the number's information and
 * call records in the personal self-care app, and may not connect or disconnect services.
 */
import { Programs, Rules } from "@kabinet/core"
import { html } from "lit"
import { denialOf } from "../internal/templates/action.js"
import "../confirm-dialog/confirm-dialog.js"
import type { DialogContext, OperationDialog } from "./dialog-context.js"
import { companyOf } from "./run.js"
import { runShort } from "./short-operation.js"

/** The send or delete dialog of a number's secret code. */
export class SecretCodeDialog implements OperationDialog {
  readonly #context: DialogContext

  constructor(context: DialogContext) {
    this.#context = context
  }

  get #operation(): "sendSecretCode" | "deleteSecretCode" {
    return this.#context.operation === "deleteSecretCode" ? "deleteSecretCode" : "sendSecretCode"
  }

  render() {
    const { i18n, number, operations } = this.#context
    const sending = this.#operation === "sendSecretCode"
    return html`<kab-confirm-dialog
      id="dialog"
      label=${i18n.m(`operation.${this.#operation}`)}
      subtitle=${i18n.phone(number.msisdn)}
      text=${i18n.t(sending ? "operations.secretCode.sendQuestion" : "operations.secretCode.deleteQuestion")}
      confirm-label=${i18n.t(sending ? "operations.secretCode.send" : "operations.secretCode.delete")}
      operation=${`operation.${this.#operation}`}
      .denial=${denialOf(Rules.NumberRules.operation(this.#operation, number))}
      .error=${operations.failure?.error}
      .action=${() => this.#send()}
    ><ul class="points">
      <li>${i18n.m("note.secretCode.grants")}</li>
      <li>${i18n.m("note.secretCode.limits")}</li>
    </ul></kab-confirm-dialog>`
  }

  async #send(): Promise<boolean> {
    const context = this.#context
    const companyId = companyOf(context)
    const operation = this.#operation
    const target = (idempotencyKey: Parameters<typeof Programs.NumberActions.sendSecretCode>[0]["idempotencyKey"]) => ({
      companyId,
      number: context.number,
      idempotencyKey,
    })
    const state = await runShort(context, `operation.${operation}`, operation, (key) =>
      operation === "sendSecretCode"
        ? Programs.NumberActions.sendSecretCode(target(key))
        : Programs.NumberActions.deleteSecretCode(target(key)),
    )
    return state !== undefined
  }
}
