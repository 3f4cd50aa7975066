/**
 * Connecting and disconnecting a number's services (B6, B7): «Подключить» sends at once, «Отключить»
 * asks first in a `<kab-confirm-dialog>`. Each intent keeps one idempotency key until it succeeds, so
 * a double click or a retry after a lost answer never connects twice; then the profile is read again
 * and the service shows in its new list.
 */
import { type Api, type MobileNumber, Programs, type Service } from "@kabinet/core"
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from "lit"
import "../confirm-dialog/confirm-dialog.js"
import type { KabConfirmDialog } from "../confirm-dialog/confirm-dialog.js"
import type { I18nController } from "../i18n/i18n-controller.js"
import { announce } from "../internal/controllers/announcer.js"
import type { KabinetController } from "../internal/controllers/kabinet-controller.js"
import { OperationController } from "../internal/controllers/operation-controller.js"
import type { ServiceActions } from "./services.js"

type IdempotencyKey = Api.Security.IdempotencyKey

/** What the changes need from the widget: the number as shown, and a way to read the profile again. */
export interface ServiceChangesOptions {
  readonly number: () => MobileNumber.MobileNumber | undefined
  readonly reload: () => Promise<void>
}

/**
 * The service buttons' behaviour and the disconnect confirmation.
 *
 * @example
 * ```ts
 * readonly #services = new ServiceChanges(this, this.kabinet, { number: () => number, reload: () => this.refresh() })
 * html`${services(i18n, number, connected, available, this.#services.actions)}${this.#services.dialog(i18n)}`
 * ```
 */
export class ServiceChanges implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement
  readonly #kabinet: KabinetController
  readonly #options: ServiceChangesOptions
  readonly #runs: OperationController
  readonly #keys = new Map<string, IdempotencyKey>()
  #busy: Service.ServiceId | undefined
  #confirming: Service.Service | undefined

  constructor(host: ReactiveControllerHost & HTMLElement, kabinet: KabinetController, options: ServiceChangesOptions) {
    this.#host = host
    this.#kabinet = kabinet
    this.#options = options
    this.#runs = new OperationController(host, kabinet)
    host.addController(this)
  }

  /** The buttons' actions, for the `services` template. */
  get actions(): ServiceActions {
    return {
      busy: this.#busy,
      connect: (service) => void this.#connect(service),
      disconnect: (service) => void this.#askToDisconnect(service),
    }
  }

  hostConnected(): void {}

  async #key(intent: string): Promise<IdempotencyKey | undefined> {
    const known = this.#keys.get(intent)
    if (known !== undefined) return known
    const made = await this.#kabinet.store.run(Programs.NumberActions.newIntent)
    if (made._tag !== "Success") return undefined
    this.#keys.set(intent, made.value)
    return made.value
  }

  async #change(service: Service.Service, i18n: I18nController | undefined): Promise<boolean> {
    const number = this.#options.number()
    const companyId = this.#kabinet.store.companyId
    if (number === undefined || companyId === undefined || this.#busy !== undefined) return false
    const intent = `${service.connected ? "disconnect" : "connect"}:${number.msisdn}:${service.id}`
    const idempotencyKey = await this.#key(intent)
    const target = { companyId, number, serviceId: service.id, idempotencyKey }
    this.#busy = service.id
    this.#host.requestUpdate()
    const outcome = service.connected
      ? await this.#runs.run("operation.disconnectService", Programs.NumberActions.disconnectService(target))
      : await this.#runs.run("operation.connectService", Programs.NumberActions.connectService(target))
    if (outcome._tag === "Success") {
      this.#keys.delete(intent)
      await this.#options.reload()
      if (i18n !== undefined)
        announce(
          i18n.t(service.connected ? "profile.services.disconnectedNow" : "profile.services.connectedNow", {
            name: service.name,
          }),
        )
    }
    this.#busy = undefined
    this.#host.requestUpdate()
    return outcome._tag === "Success"
  }

  #connect(service: Service.Service): Promise<boolean> {
    return this.#change(service, this.#i18n)
  }

  async #askToDisconnect(service: Service.Service): Promise<void> {
    this.#runs.clear()
    this.#confirming = service
    this.#host.requestUpdate()
    await this.#host.updateComplete
    const opener = this.#host.shadowRoot?.activeElement
    await this.#host.shadowRoot
      ?.querySelector<KabConfirmDialog>("#service-dialog")
      ?.show(opener instanceof HTMLElement ? opener : undefined)
  }

  #i18n: I18nController | undefined

  /** The failure of the last connection, where the services are; and the disconnect confirmation. */
  dialog(i18n: I18nController): TemplateResult {
    this.#i18n = i18n
    const service = this.#confirming
    const number = this.#options.number()
    return html`
      ${
        this.#confirming === undefined && this.#runs.failure !== undefined
          ? html`<kab-operator-error .error=${this.#runs.failure.error} operation=${this.#runs.failure.operation}></kab-operator-error>`
          : nothing
      }
      <kab-confirm-dialog
        id="service-dialog"
        label=${i18n.t("profile.services.confirmTitle")}
        subtitle=${number === undefined ? nothing : i18n.phone(number.msisdn)}
        text=${service === undefined ? nothing : i18n.t("profile.services.confirmText", { name: service.name })}
        confirm-label=${i18n.m("operation.disconnectService")}
        operation="operation.disconnectService"
        .error=${this.#confirming === undefined ? undefined : this.#runs.failure?.error}
        .action=${() => (service === undefined ? Promise.resolve(false) : this.#change(service, i18n))}
        @kab-confirm=${() => (this.#confirming = undefined)}
        @kab-cancel=${() => (this.#confirming = undefined)}
      ></kab-confirm-dialog>
    `
  }
}
