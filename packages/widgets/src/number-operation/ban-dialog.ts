/**
 * The three bans (B12–B14): «Запрет на просмотр детализации в MyKcell», «Запрет на доступ в MyKcell»,
 * «Запрет на SMS / USSD управление» — the number — «Запрет не установлен. Хотите установить запрет?» —
 * «УСТАНОВИТЬ» / «Отменить»; a ban in force is lifted the same way («Запрет установлен. Хотите снять
 * запрет?» — «СНЯТЬ»). The self-care app's name is the brand's.
 */
import { type Bans, Programs, Rules } from "@kabinet/core"
import { html } from "lit"
import { denialOf } from "../internal/templates/action.js"
import "../confirm-dialog/confirm-dialog.js"
import type { DialogContext, OperationDialog } from "./dialog-context.js"
import { companyOf } from "./run.js"
import { runShort } from "./short-operation.js"

/** The ban each ban operation sets or lifts. */
export const banKinds = {
  detailViewBan: "selfCareDetailView",
  selfCareBan: "selfCareAccess",
  smsUssdBan: "smsUssdControl",
} as const satisfies Record<string, Bans.BanKind>

/** An operation that is a ban. */
export type BanOperation = keyof typeof banKinds

/** The dialog of one ban: set it, or lift it when it is in force. */
export class BanDialog implements OperationDialog {
  readonly #context: DialogContext
  readonly #operation: BanOperation
  #state: Bans.BanState | undefined

  constructor(context: DialogContext, operation: BanOperation) {
    this.#context = context
    this.#operation = operation
  }

  async load(): Promise<void> {
    const context = this.#context
    const companyId = context.store.companyId
    if (companyId === undefined) return
    const outcome = await context.operations.run(
      "operation.loadNumber",
      Programs.Numbers.loadSection({ companyId, msisdn: context.number.msisdn }, "general"),
    )
    if (outcome._tag === "Success") this.#state = outcome.value.bans[banKinds[this.#operation]]
    context.update()
  }

  render() {
    const { i18n, number, operations } = this.#context
    const state = this.#state
    const set = state === "enabled"
    return html`<kab-confirm-dialog
      id="dialog"
      label=${i18n.m(`operation.${this.#operation}`)}
      subtitle=${i18n.phone(number.msisdn)}
      text=${state === undefined ? i18n.t("operations.loading") : i18n.t(set ? "operations.ban.isSet" : "operations.ban.notSet")}
      confirm-label=${i18n.t(set ? "operations.ban.lift" : "operations.ban.set")}
      operation=${`operation.${this.#operation}`}
      .denial=${denialOf(Rules.NumberRules.operation(this.#operation, number))}
      .error=${operations.failure?.error}
      .action=${() => this.#send()}
    ></kab-confirm-dialog>`
  }

  async #send(): Promise<boolean> {
    const context = this.#context
    const state = this.#state
    // The state did not load: read it again rather than guess which way to switch.
    if (state === undefined) {
      await this.load()
      return false
    }
    const companyId = companyOf(context)
    const next = state === "enabled" ? "disabled" : "enabled"
    const kind = banKinds[this.#operation]
    const bans = await runShort(context, `operation.${this.#operation}`, `${kind}:${next}`, (idempotencyKey) =>
      Programs.NumberActions.setBan({ companyId, number: context.number, kind, state: next, idempotencyKey }),
    )
    if (bans === undefined) return false
    this.#state = bans[kind]
    return true
  }
}
