/**
 * Block / unblock (B10): «Заблокировать номер» — the number — «Вы уверены, что хотите заблокировать
 * данный номер?» — «Да, уверен» / «Отменить». The rules refuse first (no unblock of «Заблокирован /
 * Долг», with the debt's explanation); once the operator accepts, the number is «В обработке» and the
 * operation is followed to its end.
 */
import { Programs, Rules } from "@kabinet/core"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import { html } from "lit"
import { denialOf } from "../internal/templates/action.js"
import "../confirm-dialog/confirm-dialog.js"
import type { DialogContext, OperationDialog } from "./dialog-context.js"
import { companyOf } from "./run.js"

/** The block or unblock confirmation of a number. */
export class BlockDialog implements OperationDialog {
  readonly #context: DialogContext

  constructor(context: DialogContext) {
    this.#context = context
  }

  get #kind(): "block" | "unblock" {
    return this.#context.operation === "unblock" ? "unblock" : "block"
  }

  render() {
    const { i18n, number, operations } = this.#context
    const kind = this.#kind
    return html`<kab-confirm-dialog
      id="dialog"
      label=${i18n.t(`operations.${kind}.title`)}
      subtitle=${i18n.phone(number.msisdn)}
      text=${i18n.t(`operations.${kind}.question`)}
      operation=${`operation.${kind}`}
      .denial=${denialOf(Rules.NumberRules.operation(kind, number))}
      .error=${operations.failure?.error}
      .action=${() => this.#send()}
    ><p class="note">${i18n.t("operations.pending")}</p></kab-confirm-dialog>`
  }

  async #send(): Promise<boolean> {
    const context = this.#context
    const kind = this.#kind
    const companyId = companyOf(context)
    const idempotencyKey = await context.key(kind)
    const target = { companyId, number: context.number, idempotencyKey }
    const follow = kind === "block" ? Programs.NumberActions.block : Programs.NumberActions.unblock
    // The dialog waits for the operator's acceptance only; the rest is followed after it closes.
    const outcome = await context.operations.run(`operation.${kind}`, Stream.runHead(follow(target, context.follow)))
    if (outcome._tag !== "Success") {
      if (outcome._tag === "Failure") context.failed()
      return false
    }
    context.settle(kind)
    const accepted = Option.getOrUndefined(outcome.value)
    if (accepted === undefined) context.done()
    else context.accepted(accepted)
    return true
  }
}
