/**
 * Device registration (B16): «Регистрация устройства (IMEI)» — the number — «Последний зафиксированный
 * IMEI:», «Статус регистрации:» and «Зарегистрировать»; the registered IMEIs, each with «Удалить»
 * (confirmed). The network records 14 digits (the manual's 35720106026360); one press of
 * «Зарегистрировать» registers that device, completed with its Luhn check digit.
 */
import { Imei, ImeiRegistration, Programs, Rules } from "@kabinet/core"
import { html, nothing } from "lit"
import { denialOf } from "../internal/templates/action.js"
import "../confirm-dialog/confirm-dialog.js"
import type { KabConfirmDialog } from "../confirm-dialog/confirm-dialog.js"
import type { DialogContext, OperationDialog } from "./dialog-context.js"
import { companyOf } from "./run.js"
import { runShort } from "./short-operation.js"

/** The device registration dialog of a number. */
export class ImeiDialog implements OperationDialog {
  readonly #context: DialogContext
  #state: ImeiRegistration.ImeiRegistration | undefined
  #removing: Imei.Imei | undefined
  #registered: Imei.Imei | undefined

  constructor(context: DialogContext) {
    this.#context = context
  }

  async load(): Promise<void> {
    const context = this.#context
    const companyId = context.store.companyId
    if (companyId === undefined) return
    const outcome = await context.operations.run(
      "operation.loadNumber",
      Programs.Numbers.loadSection({ companyId, msisdn: context.number.msisdn }, "devices"),
    )
    if (outcome._tag === "Success") this.#state = outcome.value
    context.update()
  }

  /** The device «Зарегистрировать» registers: the last recorded one, with its check digit. */
  get #device(): Imei.Imei | undefined {
    const recorded = this.#state?.lastRecordedImei
    return recorded === undefined ? undefined : Imei.complete(recorded)
  }

  #denial(): ReturnType<typeof denialOf> {
    const { number } = this.#context
    const state = this.#state
    if (state === undefined) return denialOf(Rules.NumberRules.operation("imeiRegistration", number))
    return denialOf(
      Rules.NumberRules.imeiRegistrationGuard(number, {
        imei: this.#device ?? "",
        registered: state.devices.map((device) => device.imei),
        recorded: { lastRecorded: state.lastRecordedImei },
      }),
    )
  }

  render() {
    const { i18n, number, operations } = this.#context
    const state = this.#state
    // While the devices load, «Отменить» and Escape stay free: the dialog is not busy, «Зарегистрировать» waits.
    return html`<kab-confirm-dialog
      id="dialog"
      label=${i18n.m("operation.imeiRegistration")}
      subtitle=${i18n.phone(number.msisdn)}
      confirm-label=${i18n.t("operations.imei.register")}
      operation="operation.imeiRegistration"
      .denial=${this.#denial()}
      .error=${this.#removing === undefined ? operations.failure?.error : undefined}
      .action=${() => this.#register()}
    >
      ${state === undefined ? html`<p class="note">${operations.pending === undefined ? nothing : i18n.t("operations.loading")}</p>` : this.#facts(state)}
      ${this.#removeDialog()}
    </kab-confirm-dialog>`
  }

  #facts(state: ImeiRegistration.ImeiRegistration) {
    const { i18n, operations } = this.#context
    const refused = denialOf(Rules.NumberRules.operation("imeiRegistration", this.#context.number)) !== undefined
    const status =
      ImeiRegistration.statusKey(state.status) === "registered"
        ? i18n.t("operations.imei.registeredStatus")
        : i18n.m("note.imei.notRegistered")
    return html`<dl class="facts">
        <div><dt>${i18n.t("operations.imei.lastRecorded")}</dt><dd class="imei" data-field="lastRecorded">${state.lastRecordedImei === undefined ? i18n.t("operations.imei.none") : Imei.format(state.lastRecordedImei)}</dd></div>
        <div><dt>${i18n.t("operations.imei.status")}</dt><dd data-field="status">${status}</dd></div>
      </dl>
      <p class="note">${i18n.m("note.imei.lastRecorded")}</p>
      ${this.#registered === undefined ? nothing : html`<p class="notice success" role="status">${i18n.t("operations.imei.done", { imei: this.#registered })}</p>`}
      ${
        state.devices.length === 0
          ? nothing
          : html`<h3 class="devices-title" id="devices-title">${i18n.t("operations.imei.registered")}</h3>
            <ul class="devices" aria-labelledby="devices-title">
              ${state.devices.map(
                (device) => html`<li data-imei=${device.imei}>
                  <span class="imei">${Imei.format(device.imei)}</span>
                  <span class="note">${i18n.t("operations.imei.registeredAt", { date: i18n.dateTime(device.registeredAt) })}</span>
                  ${
                    refused
                      ? nothing
                      : html`<button type="button" class="button secondary" ?disabled=${operations.pending !== undefined && this.#removing === device.imei} @click=${(event: Event) => void this.#askRemove(device.imei, event.currentTarget as HTMLElement)}>${i18n.t("operations.imei.remove")}</button>`
                  }
                </li>`,
              )}
            </ul>`
      }`
  }

  #removeDialog() {
    const { i18n, number, operations } = this.#context
    const imei = this.#removing
    return html`<kab-confirm-dialog
      id="remove"
      label=${i18n.t("operations.imei.removeTitle")}
      subtitle=${i18n.phone(number.msisdn)}
      text=${imei === undefined ? "" : i18n.t("operations.imei.removeQuestion", { imei })}
      confirm-label=${i18n.t("operations.imei.remove")}
      operation="operation.imeiRegistration"
      .error=${imei === undefined ? undefined : operations.failure?.error}
      .action=${() => this.#remove()}
      @kab-cancel=${this.#onRemoveClosed}
      @kab-confirm=${this.#onRemoveClosed}
    ></kab-confirm-dialog>`
  }

  async #askRemove(imei: Imei.Imei, opener: HTMLElement): Promise<void> {
    this.#removing = imei
    this.#context.operations.clear()
    this.#context.update()
    await Promise.resolve()
    const dialog = this.#context.root.querySelector<KabConfirmDialog>("kab-confirm-dialog#remove")
    await dialog?.updateComplete
    await dialog?.show(opener.isConnected ? opener : undefined)
  }

  #onRemoveClosed = (event: Event): void => {
    // The confirmation's own events stop here: the operation's dialog is still open.
    event.stopPropagation()
    this.#removing = undefined
    this.#context.update()
  }

  async #register(): Promise<boolean> {
    const context = this.#context
    const imei = this.#device
    if (this.#state === undefined) {
      await this.load()
      return false
    }
    if (imei === undefined) return false
    const registered = this.#state.devices.map((device) => device.imei)
    const recorded = { lastRecorded: this.#state.lastRecordedImei }
    const companyId = companyOf(context)
    const state = await runShort(context, "operation.imeiRegistration", `register:${imei}`, (idempotencyKey) =>
      Programs.NumberActions.registerImei({
        companyId,
        number: context.number,
        imei,
        registered,
        recorded,
        idempotencyKey,
      }),
    )
    if (state === undefined) return false
    this.#state = state
    this.#registered = imei
    context.update()
    // The dialog stays open on the device now registered, with «Удалить» beside it.
    return false
  }

  async #remove(): Promise<boolean> {
    const context = this.#context
    const imei = this.#removing
    if (imei === undefined) return true
    const companyId = companyOf(context)
    const state = await runShort(context, "operation.imeiRegistration", `remove:${imei}`, (idempotencyKey) =>
      Programs.NumberActions.removeImei({ companyId, number: context.number, imei, idempotencyKey }),
    )
    if (state === undefined) return false
    this.#state = state
    this.#registered = undefined
    return true
  }
}
