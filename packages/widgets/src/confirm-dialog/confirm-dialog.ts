import type { Messages, Rules } from "@kabinet/core"
import { html, nothing } from "lit"
import { property } from "lit/decorators.js"
import { emit } from "../events/events.js"
import * as confirmDialogStrings from "../i18n/catalog/confirm-dialog.js"
import { addStrings } from "../i18n/catalog/strings.js"
import { define } from "../internal/define.js"
import { KabElement } from "../internal/kab-element.js"
import { base, forms, notices } from "../internal/styles.js"
import { action as actionButton } from "../internal/templates/action.js"
import "../operator-error/operator-error.js"
import { tokens } from "../theme/tokens.js"
import { styles } from "./confirm-dialog.styles.js"

/**
 * The work a confirmation starts. Resolving with `false` keeps the dialog open (the host shows why: a
 * field's error, or `error`); rejecting keeps it open and shows the rejection as `error`; anything else
 * closes it as confirmed.
 */
export type ConfirmAction = () => Promise<unknown>

/** The deepest focused element, looking through shadow roots. */
const deepFocus = (): HTMLElement | null => {
  let focused = document.activeElement
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement
  return focused instanceof HTMLElement ? focused : null
}

/**
 * A confirmation in a modal dialog on the platform's `<dialog>`, as the manual asks before every
 * operation on a number: a title («Заблокировать номер»), what it applies to («+7 701 054 19 21»), the
 * question («Вы уверены, что хотите заблокировать данный номер?») and «Да, уверен» / «Отменить».
 *
 * `show(opener)` opens it; the focus goes to the first slotted element with `autofocus`, else to
 * «Отменить» (the choice that changes nothing), and returns to `opener` (by default, what had the focus)
 * when the dialog closes. Confirming runs `action`: meanwhile the dialog is busy — «Да, уверен» shows
 * that it is working and does nothing more, «Отменить» and Escape do nothing — and when the action
 * fails the dialog stays open with the failure shown (the operator's error and the manual's advice),
 * so the admin can try again or cancel. Escape cancels unless the dialog is busy.
 *
 * @example
 * ```ts
 * html`<kab-confirm-dialog
 *   label=${i18n.m("operation.block")}
 *   subtitle=${i18n.phone(number.msisdn)}
 *   text="Вы уверены, что хотите заблокировать данный номер?"
 *   operation="operation.block"
 *   .error=${this.#operations.failure?.error}
 *   .action=${async () => (await this.#operations.run("operation.block", block(number)))._tag === "Success"}
 *   @kab-confirm=${() => this.#followBlocking(number)}
 * ></kab-confirm-dialog>`
 * dialog.show(menuButton)
 * ```
 *
 * @summary A confirmation dialog «Да, уверен / Отменить» that stays busy while its action runs.
 * @tag kab-confirm-dialog
 * @slot - What else the confirmation needs, under the question: a field (the new SIM card's number), a
 * warning. Give a field `autofocus` to focus it when the dialog opens.
 * @slot error - The action's failure, for a host that shows it itself; `error` is shown here otherwise.
 * @csspart dialog - The dialog's box.
 * @csspart title - The title.
 * @csspart subtitle - What the operation applies to.
 * @csspart text - The question.
 * @csspart actions - The buttons' row.
 * @csspart confirm - «Да, уверен».
 * @csspart cancel - «Отменить».
 * @cssproperty --kab-confirm-dialog-max-inline-size - The dialog's largest width (default 28rem).
 * @cssproperty --kab-confirm-dialog-padding - Space inside the dialog.
 * @cssproperty --kab-confirm-dialog-backdrop - What covers the page behind the dialog.
 * @event kab-confirm - The admin confirmed and the action, if any, succeeded; the dialog has closed.
 * Bubbles, but does not leave the shadow root the dialog is in.
 * @event kab-cancel - The dialog closed without confirming («Отменить», Escape, `close()`).
 */
export class KabConfirmDialog extends KabElement {
  static override styles = [tokens, base, forms, notices, styles]

  /** The title, which is also the dialog's accessible name («Заблокировать номер»). */
  @property() accessor label = ""

  /** What the operation applies to, under the title («+7 701 054 19 21»). */
  @property() accessor subtitle = ""

  /** The question («Вы уверены, что хотите заблокировать данный номер?»), the dialog's description. */
  @property() accessor text = ""

  /** The confirming button's label; «Да, уверен» (in the admin's language) by default. */
  @property({ attribute: "confirm-label" }) accessor confirmLabel: string | undefined = undefined

  /** The cancelling button's label; «Отменить» by default. */
  @property({ attribute: "cancel-label" }) accessor cancelLabel: string | undefined = undefined

  /** Whether the action runs: set while `action` runs, and settable by a host doing the work itself. */
  @property({ type: Boolean, reflect: true }) accessor busy = false

  /** The work confirming starts (see `ConfirmAction`); without one, confirming just closes the dialog. */
  @property({ attribute: false }) accessor action: ConfirmAction | undefined = undefined

  /** A failure to show (a core `Errors.*` or anything else); set by a failed `action` too. */
  @property({ attribute: false }) accessor error: unknown = undefined

  /**
   * A rule's refusal of the confirmation: «Да, уверен» stays visible with the reason under it and does
   * nothing (the one denial pattern), so the admin learns why before anything is sent.
   */
  @property({ attribute: false }) accessor denial: Rules.Denied | undefined = undefined

  /** The operation, as a core message key (`"operation.block"`), named in the failure's advice. */
  @property() accessor operation: Messages.MessageKey | undefined = undefined

  #opener: HTMLElement | undefined

  /** Whether the dialog is open. */
  get open(): boolean {
    return this.#dialog()?.open === true
  }

  /**
   * Opens the dialog, modal. The focus returns to `opener` when it closes (by default, to whatever had
   * the focus now). A failure shown before is cleared.
   */
  async show(opener: HTMLElement | undefined = deepFocus() ?? undefined): Promise<void> {
    this.#opener = opener
    this.error = undefined
    await this.updateComplete
    const dialog = this.#dialog()
    if (dialog === null || dialog.open || !this.isConnected) return
    dialog.returnValue = ""
    dialog.showModal()
    const first =
      this.querySelector<HTMLElement>("[autofocus]") ?? this.renderRoot.querySelector<HTMLElement>("#cancel")
    first?.focus()
  }

  /** Closes the dialog without confirming (sends `kab-cancel`); does nothing while it is busy. */
  close(): void {
    if (!this.busy) this.#dialog()?.close("cancel")
  }

  /** Confirms, as «Да, уверен» does: runs `action`, then closes unless it failed. */
  async confirm(): Promise<void> {
    if (this.busy || !this.open || this.denial !== undefined) return
    this.error = undefined
    if (this.action !== undefined) {
      this.busy = true
      const succeeded = await this.action().then(
        (result) => result !== false,
        (error: unknown) => {
          this.error = error
          return false
        },
      )
      this.busy = false
      if (!succeeded) return
    }
    this.#dialog()?.close("confirm")
  }

  #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector?.("dialog") ?? null
  }

  #onCancel(event: Event): void {
    // Escape while the action runs: the admin waits for its end.
    if (this.busy) event.preventDefault()
  }

  #onClose(): void {
    const confirmed = this.#dialog()?.returnValue === "confirm"
    const opener = this.#opener
    this.#opener = undefined
    if (opener?.isConnected === true) opener.focus()
    emit(this, confirmed ? "kab-confirm" : "kab-cancel", {})
  }

  override render() {
    const { i18n } = this
    const described = [this.subtitle === "" ? "" : "subtitle", this.text === "" ? "" : "text"].join(" ").trim()
    return html`<dialog
      part="dialog"
      role="alertdialog"
      aria-labelledby="title"
      aria-describedby=${described === "" ? nothing : described}
      aria-busy=${this.busy ? "true" : "false"}
      closedby=${this.busy ? "none" : "closerequest"}
      lang=${i18n.locale}
      @cancel=${this.#onCancel}
      @close=${this.#onClose}
    >
      <h2 class="title" part="title" id="title">${this.label}</h2>
      ${this.subtitle === "" ? nothing : html`<p class="subtitle" part="subtitle" id="subtitle">${this.subtitle}</p>`}
      ${this.text === "" ? nothing : html`<p part="text" id="text">${this.text}</p>`}
      <slot></slot>
      <div class="failure"><slot name="error">${
        this.error === undefined
          ? nothing
          : html`<kab-operator-error .error=${this.error} operation=${this.operation ?? nothing}></kab-operator-error>`
      }</slot></div>
      <div class="actions" part="actions">
        ${actionButton(i18n, {
          id: "confirm",
          label: this.confirmLabel ?? i18n.t("confirm.confirm"),
          busy: this.busy,
          denial: this.denial,
          part: "confirm",
          onActivate: () => void this.confirm(),
        })}
        <button
          type="button"
          id="cancel"
          class="button secondary"
          part="cancel"
          aria-disabled=${this.busy ? "true" : nothing}
          @click=${() => this.close()}
        >${this.cancelLabel ?? i18n.t("confirm.cancel")}</button>
      </div>
    </dialog>`
  }
}

addStrings(confirmDialogStrings)
define("kab-confirm-dialog", KabConfirmDialog)

declare global {
  interface HTMLElementTagNameMap {
    "kab-confirm-dialog": KabConfirmDialog
  }
}
