/**
 * Call forwarding (B15), beyond the manual's pictures: the four GSM conditions — all calls, busy, no
 * answer (after a delay of 5–30 s), unreachable — each with its target number, set and cleared. The
 * target is an 11-digit number checked as the number fields are, never the number itself, and the
 * delay one the rule allows; the operator checks the same guard.
 */
import { Forwarding, Msisdn, Programs, Rules } from "@kabinet/core"
import * as Result from "effect/Result"
import { html, nothing } from "lit"
import { live } from "lit/directives/live.js"
import { denialOf } from "../internal/templates/action.js"
import { field } from "../internal/templates/field.js"
import "../confirm-dialog/confirm-dialog.js"
import type { DialogContext, OperationDialog } from "./dialog-context.js"
import { companyOf } from "./run.js"
import { runShort } from "./short-operation.js"

/** The forwarding dialog of a number: the conditions in force, and a rule to set. */
export class ForwardingDialog implements OperationDialog {
  readonly #context: DialogContext
  #state: Forwarding.Forwarding | undefined
  #condition: Forwarding.ForwardingCondition = "unconditional"
  #target = ""
  #delay: number = Rules.NumberRules.forwardingDelayLimits.min * 4
  #error: string | undefined

  constructor(context: DialogContext) {
    this.#context = context
  }

  async load(): Promise<void> {
    const context = this.#context
    const companyId = context.store.companyId
    if (companyId === undefined) return
    const outcome = await context.operations.run(
      "operation.loadNumber",
      Programs.Numbers.loadSection({ companyId, msisdn: context.number.msisdn }, "forwarding"),
    )
    if (outcome._tag === "Success") this.#state = outcome.value
    context.update()
  }

  render() {
    const { i18n, number, operations } = this.#context
    const denial = denialOf(Rules.NumberRules.operation("forwarding", number))
    return html`<kab-confirm-dialog
      id="dialog"
      label=${i18n.m("operation.forwarding")}
      subtitle=${i18n.phone(number.msisdn)}
      text=${i18n.t("operations.forwarding.text")}
      confirm-label=${i18n.t("operations.forwarding.set")}
      operation="operation.forwarding"
      .denial=${denial}
      .error=${operations.failure?.error}
      .action=${() => this.#set()}
    >
      ${this.#current(denial !== undefined)}
      <div class="field">
        <label for="condition">${i18n.t("operations.forwarding.condition")}</label>
        <select id="condition" .value=${live(this.#condition)} @change=${(event: Event) => this.#onCondition(event)}>
          ${Forwarding.conditions.map(
            (condition) =>
              html`<option value=${condition} ?selected=${condition === this.#condition}>${i18n.t(`operations.forwarding.${condition}`)}</option>`,
          )}
        </select>
      </div>
      ${field({
        id: "target",
        label: i18n.t("operations.forwarding.target", {
          condition: i18n.t(`operations.forwarding.${this.#condition}`),
        }),
        value: this.#target,
        type: "tel",
        inputmode: "tel",
        autocomplete: "off",
        autofocus: true,
        error: this.#error,
        onInput: (value) => {
          this.#target = value
          this.#error = undefined
          this.#context.update()
        },
      })}
      ${this.#condition === "noAnswer" ? this.#delayField() : nothing}
    </kab-confirm-dialog>`
  }

  #current(refused: boolean) {
    const { i18n, operations } = this.#context
    const state = this.#state
    if (state === undefined)
      return html`<p class="note">${operations.pending === undefined ? nothing : i18n.t("operations.loading")}</p>`
    return html`<dl class="forwarding">
      ${Forwarding.conditions.map((condition) => {
        const rule = state[condition]
        return html`<div class="condition">
          <dt>${i18n.t(`operations.forwarding.${condition}`)}</dt>
          <dd>
            ${rule === undefined ? i18n.t("operations.forwarding.off") : i18n.t("operations.forwarding.on", { target: i18n.phone(rule.target) })}
            ${
              rule === undefined || refused
                ? nothing
                : html`<button type="button" class="link" data-condition=${condition} @click=${() => void this.#clear(condition)}>${i18n.t("operations.forwarding.clear")}</button>`
            }
          </dd>
        </div>`
      })}
    </dl>`
  }

  #delayField() {
    const { i18n } = this.#context
    return html`<div class="field">
      <label for="delay">${i18n.t("operations.forwarding.delay")}</label>
      <select id="delay" .value=${live(String(this.#delay))} @change=${(event: Event) => {
        this.#delay = Number((event.target as HTMLSelectElement).value)
        this.#context.update()
      }}>
        ${Forwarding.noAnswerDelays.map((seconds) => html`<option value=${seconds} ?selected=${seconds === this.#delay}>${seconds}</option>`)}
      </select>
    </div>`
  }

  #onCondition(event: Event): void {
    this.#condition = (event.target as HTMLSelectElement).value as Forwarding.ForwardingCondition
    this.#error = undefined
    this.#context.update()
  }

  #refuse(message: string): false {
    this.#error = message
    this.#context.update()
    void Promise.resolve().then(() => this.#context.root.querySelector<HTMLInputElement>("#target")?.focus())
    return false
  }

  async #set(): Promise<boolean> {
    const context = this.#context
    const { i18n } = context
    const parsed = Msisdn.parse(this.#target)
    if (Result.isFailure(parsed)) return this.#refuse(i18n.m(parsed.failure))
    const target = parsed.success
    const rule: Forwarding.ForwardingRule =
      this.#condition === "noAnswer"
        ? { condition: "noAnswer", target, delaySeconds: this.#delay as Forwarding.NoAnswerDelay }
        : { condition: this.#condition, target }
    const decision = Rules.NumberRules.forwardingGuard(context.number, { action: "set", rule })
    if (decision._tag === "Denied") return this.#refuse(i18n.message(decision))
    this.#error = undefined
    const companyId = companyOf(context)
    const state = await runShort(context, "operation.forwarding", `set:${JSON.stringify(rule)}`, (idempotencyKey) =>
      Programs.NumberActions.setForwarding({ companyId, number: context.number, rule, idempotencyKey }),
    )
    if (state === undefined) return false
    this.#state = state
    return true
  }

  async #clear(condition: Forwarding.ForwardingCondition): Promise<void> {
    const context = this.#context
    const companyId = companyOf(context)
    const state = await runShort(context, "operation.forwarding", `clear:${condition}`, (idempotencyKey) =>
      Programs.NumberActions.clearForwarding({ companyId, number: context.number, condition, idempotencyKey }),
    )
    if (state !== undefined) this.#state = state
    context.update()
  }
}
