import { type Api, type MobileNumber, Programs, type Rules } from "@kabinet/core"
import * as Stream from "effect/Stream"
import { html, nothing } from "lit"
import { property } from "lit/decorators.js"
import { keyed } from "lit/directives/keyed.js"
import type { KabConfirmDialog } from "../confirm-dialog/confirm-dialog.js"
import { emit } from "../events/events.js"
import * as confirmDialogStrings from "../i18n/catalog/confirm-dialog.js"
import * as operationsStrings from "../i18n/catalog/operations.js"
import { addStrings } from "../i18n/catalog/strings.js"
import { OperationController } from "../internal/controllers/operation-controller.js"
import { define } from "../internal/define.js"
import { KabElement } from "../internal/kab-element.js"
import { base, forms, notices } from "../internal/styles.js"
import { tokens } from "../theme/tokens.js"
import type { DialogContext, OperationDialog } from "./dialog-context.js"
import { dialogFor } from "./dialogs.js"
import { styles } from "./number-operation.styles.js"

/** The deepest focused element, looking through shadow roots: where the focus returns. */
const deepFocus = (): HTMLElement | undefined => {
  let focused = document.activeElement
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement
  return focused instanceof HTMLElement ? focused : undefined
}

/**
 * Every operation on a number (B9–B16) as the manual's dialog, for the number's profile and the number
 * list alike: `open(operation, number, opener)` opens the operation's dialog on `<kab-confirm-dialog>`.
 * Each dialog asks the core's rules first and shows a refusal with its reason (no «Разблокировка» of a
 * «Заблокирован / Долг» number) before anything is sent; each intent carries one idempotency key from
 * the first press to the last retry, so a double click or a retry after a timeout never makes the
 * operator act twice; an operator error keeps the dialog open with the manual's advice and what was
 * typed.
 *
 * «Детализация» and «История платежей» are views, not dialogs: `open()` sends `kab-records-request`.
 *
 * @example
 * ```ts
 * const operations = document.querySelector("kab-number-operation")
 * operations.open("block", number, menuButton)
 * document.addEventListener("kab-operation-started", (event) => markPending(event.detail.msisdn))
 * ```
 *
 * @summary The dialogs of the operations on a number: block, SIM swap, bans, forwarding, IMEI, secret code.
 * @tag kab-number-operation
 * @event kab-operation-started - The operator accepted an operation; a long one (block, unblock, SIM
 * swap) carries `operationId` and the number is «В обработке» until `kab-operation-finished`.
 * @event kab-operation-finished - An operation ended: `outcome` "done", or "failed" (the dialog, or for a
 * long operation the number's status, shows why).
 * @event kab-records-request - «Детализация» or «История платежей» was opened: show the records view.
 * @event kab-error - An operation failed; the dialog already shows it.
 */
export class KabNumberOperation extends KabElement {
  static override styles = [tokens, base, forms, notices, styles]

  /**
   * How long operations are polled while followed (the core's defaults: a first poll after 2 s, growing
   * to 15 s); a test or a demo with a faster operator may shorten it.
   */
  @property({ attribute: false }) accessor followOptions: Programs.Operations.FollowOptions | undefined = undefined

  readonly #operations = new OperationController(this, this.kabinet)
  readonly #following = new OperationController(this, this.kabinet)
  // Intent keys by number and intent, kept across openings until the intent succeeds: cancelling after a
  // timeout and trying again is still the same intent.
  readonly #keys = new Map<string, Promise<Api.Security.IdempotencyKey>>()
  #dialog: OperationDialog | undefined
  #context: DialogContext | undefined
  #opener: HTMLElement | undefined
  // Every opening renders a new dialog element, so a closing one's late events cannot close the next.
  #opened = 0
  #shown: KabConfirmDialog | undefined

  /** The operation whose dialog is open, if any. */
  get operation(): Rules.NumberRules.Operation | undefined {
    return this.#dialog === undefined ? undefined : this.#context?.operation
  }

  /**
   * Opens `operation`'s dialog for `number`; the focus returns to `opener` (by default, what has the
   * focus now) when it closes. For «Детализация» and «История платежей» sends `kab-records-request`
   * instead.
   */
  open(operation: Rules.NumberRules.Operation, number: MobileNumber.MobileNumber, opener?: HTMLElement): void {
    if (operation === "detalization" || operation === "paymentHistory") {
      emit(this, "kab-records-request", {
        kind: operation === "detalization" ? "detalization" : "payments",
        number: number.msisdn,
      })
      return
    }
    this.#operations.clear()
    this.#opener = opener ?? deepFocus()
    this.#context = this.#contextFor(operation, number)
    this.#dialog = dialogFor(this.#context)
    this.#opened++
    this.requestUpdate()
    void this.#show(this.#dialog)
  }

  /** Closes the open dialog, as «Отменить» does (not while it is sending). */
  close(): void {
    this.#confirmDialog()?.close()
  }

  async #show(dialog: OperationDialog | undefined): Promise<void> {
    await this.updateComplete
    if (dialog === undefined || dialog !== this.#dialog) return
    this.#shown = this.#confirmDialog() ?? undefined
    await this.#shown?.show(this.#opener)
    await dialog.load?.()
  }

  #confirmDialog(): KabConfirmDialog | null {
    return this.renderRoot.querySelector<KabConfirmDialog>("kab-confirm-dialog#dialog")
  }

  #contextFor(operation: Rules.NumberRules.Operation, number: MobileNumber.MobileNumber): DialogContext {
    const host = this
    const operations = this.#operations
    const keys = this.#keys
    return {
      operation,
      number,
      i18n: this.i18n,
      operations,
      get store() {
        return host.store
      },
      get follow() {
        return host.followOptions
      },
      key: (intent) => {
        const id = `${number.msisdn}:${intent}`
        const known = keys.get(id)
        if (known !== undefined) return known
        const made = this.store.run(Programs.NumberActions.newIntent).then((exit) => {
          if (exit._tag === "Success") return exit.value
          keys.delete(id)
          throw new Error("no idempotency key")
        })
        keys.set(id, made)
        return made
      },
      settle: (intent) => {
        keys.delete(`${number.msisdn}:${intent}`)
      },
      get root() {
        return host.renderRoot
      },
      update: () => this.requestUpdate(),
      done: () => {
        emit(this, "kab-operation-started", { operation, msisdn: number.msisdn })
        emit(this, "kab-operation-finished", { operation, msisdn: number.msisdn, outcome: "done" })
      },
      failed: () => {
        emit(this, "kab-operation-finished", { operation, msisdn: number.msisdn, outcome: "failed" })
      },
      accepted: (accepted) => {
        emit(this, "kab-operation-started", { operation, msisdn: number.msisdn, operationId: accepted.id })
        void this.#follow(operation, number, accepted)
      },
    }
  }

  async #follow(
    operation: Rules.NumberRules.Operation,
    number: MobileNumber.MobileNumber,
    accepted: Api.Operations.Operation,
  ): Promise<void> {
    const outcome = await this.#following.run(
      "operation.refresh",
      Stream.runLast(Programs.Operations.followFrom(accepted, this.followOptions)),
    )
    // Interrupted (the element left the page) or the operator out of reach while following: the
    // operation goes on, and the operator's record tells its end to whoever reads the number next.
    if (outcome._tag !== "Success") return
    const last = outcome.value._tag === "Some" ? outcome.value.value : undefined
    emit(this, "kab-operation-finished", {
      operation,
      msisdn: number.msisdn,
      outcome: last?.state === "succeeded" ? "done" : "failed",
    })
  }

  #onClosed(event: Event): void {
    // Only the operation's own dialog; a confirmation inside it (removing an IMEI) closes alone.
    if (event.target !== this.#shown || this.#shown === undefined) return
    this.#shown = undefined
    this.#dialog = undefined
    this.requestUpdate()
  }

  override render() {
    if (this.#dialog === undefined) return nothing
    return html`<div lang=${this.i18n.locale} @kab-confirm=${this.#onClosed} @kab-cancel=${this.#onClosed}>${keyed(this.#opened, this.#dialog.render())}</div>`
  }
}

addStrings(confirmDialogStrings, operationsStrings)
define("kab-number-operation", KabNumberOperation)

declare global {
  interface HTMLElementTagNameMap {
    "kab-number-operation": KabNumberOperation
  }
}
