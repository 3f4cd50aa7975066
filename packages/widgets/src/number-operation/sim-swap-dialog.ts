/**
 * SIM swap (B11): «Замена Sim-карты» — the number — «Для замены введите 20-ти значный номер новой SIM
 * карты» — «ВВЕДИТЕ НОВЫЙ НОМЕР SIM-КАРТЫ». Only for an «Активный» number (the rule's reason shown
 * otherwise); a mistyped ICCID is refused under the field with the input kept; the operator's refusals
 * (the card is the current one, or already another line's) are shown there too.
 */
import { Errors, Iccid, Programs, Rules } from "@kabinet/core"
import * as Option from "effect/Option"
import * as Result from "effect/Result"
import * as Stream from "effect/Stream"
import { html } from "lit"
import { denialOf } from "../internal/templates/action.js"
import { field } from "../internal/templates/field.js"
import "../confirm-dialog/confirm-dialog.js"
import type { DialogContext, OperationDialog } from "./dialog-context.js"
import { regroup } from "./iccid-field.js"
import { companyOf } from "./run.js"

// The refusals that are about the card typed, not the number: shown under the field.
const cardRules: ReadonlySet<string> = new Set(["number.simSwap.sameSim", "number.simSwap.iccidInUse"])

/** The SIM swap dialog of a number. */
export class SimSwapDialog implements OperationDialog {
  readonly #context: DialogContext
  #value = ""
  #error: string | undefined
  #submitted = false
  #currentIccid: Iccid.Iccid | undefined

  constructor(context: DialogContext) {
    this.#context = context
  }

  async load(): Promise<void> {
    const context = this.#context
    const companyId = context.store.companyId
    if (companyId === undefined) return
    // The current card, so that typing its number is refused before sending; optional.
    const exit = await context.store.run(
      Programs.Numbers.loadSection({ companyId, msisdn: context.number.msisdn }, "sim"),
    )
    if (exit._tag === "Success") this.#currentIccid = exit.value.iccid
  }

  render() {
    const { i18n, number, operations } = this.#context
    return html`<kab-confirm-dialog
      id="dialog"
      label=${i18n.t("operations.simSwap.title")}
      subtitle=${i18n.phone(number.msisdn)}
      text=${i18n.t("operations.simSwap.text")}
      operation="operation.simSwap"
      .denial=${denialOf(Rules.NumberRules.operation("simSwap", number))}
      .error=${operations.failure?.error}
      .action=${() => this.#send()}
    >${field({
      id: "iccid",
      label: i18n.t("operations.simSwap.field"),
      value: this.#value,
      inputmode: "numeric",
      autocomplete: "off",
      autofocus: true,
      error: this.#error,
      onInput: () => this.#onInput(),
    })}</kab-confirm-dialog>`
  }

  #input(): HTMLInputElement | null {
    return this.#context.root.querySelector<HTMLInputElement>("#iccid")
  }

  #onInput(): void {
    const input = this.#input()
    if (input === null) return
    const next = regroup(input, this.#submitted)
    this.#value = next.value
    this.#error = next.error === undefined ? undefined : this.#context.i18n.m(next.error)
    this.#context.update()
  }

  #refuse(message: string): false {
    this.#error = message
    this.#context.update()
    void Promise.resolve().then(() => this.#input()?.focus())
    return false
  }

  async #send(): Promise<boolean> {
    const context = this.#context
    const { i18n } = context
    this.#submitted = true
    const parsed = Iccid.parse(this.#value)
    if (Result.isFailure(parsed)) return this.#refuse(i18n.m(parsed.failure))
    const iccid = parsed.success
    const sameSim = Rules.NumberRules.simSwapGuard({
      ...context.number,
      currentIccid: this.#currentIccid,
      newIccid: iccid,
    })
    if (sameSim._tag === "Denied") return this.#refuse(i18n.message(sameSim))
    this.#error = undefined
    const companyId = companyOf(context)
    const intent = `simSwap:${iccid}`
    const idempotencyKey = await context.key(intent)
    const program = Programs.NumberActions.simSwap(
      { companyId, number: context.number, iccid, currentIccid: this.#currentIccid, idempotencyKey },
      context.follow,
    )
    const outcome = await context.operations.run("operation.simSwap", Stream.runHead(program))
    if (outcome._tag === "Interrupted") return false
    if (outcome._tag === "Failure") {
      context.failed()
      const error = outcome.failure.error
      // The operator's refusal of this card (the current one, another line's) belongs under the field.
      if (Errors.isRuleDenied(error) && cardRules.has(error.rule)) {
        context.operations.clear()
        return this.#refuse(i18n.maybe(error.messageKey, error.params) ?? i18n.m("iccid.invalid"))
      }
      return false
    }
    context.settle(intent)
    const accepted = Option.getOrUndefined(outcome.value)
    if (accepted === undefined) context.done()
    else context.accepted(accepted)
    return true
  }
}
