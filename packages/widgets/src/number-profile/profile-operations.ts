/**
 * The profile's way into operations: the ⋮ menu (`kab-menu` with the core's `profileOperations`, a
 * refused entry with its reason) and the block button open the page's one operation dialog,
 * `<kab-number-operation>`, placed here; «Детализация» and «История платежей» ask the host for the
 * records view with `kab-records-request`.
 */
import { type MobileNumber, Rules } from "@kabinet/core"
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from "lit"
import { emit } from "../events/events.js"
import type { I18nController } from "../i18n/i18n-controller.js"
import { allowedOperation, operationItems } from "../internal/templates/operation-menu.js"
import "../menu/menu.js"
import type { KabMenu } from "../menu/menu.js"
import "../number-operation/number-operation.js"
import type { KabNumberOperation } from "../number-operation/number-operation.js"

/**
 * Opens a number's operations from the profile.
 *
 * @example
 * ```ts
 * readonly #operations = new ProfileOperations(this, () => this.#shown())
 * html`${this.#operations.render(this.i18n)}`
 * ```
 */
export class ProfileOperations implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement
  readonly #number: () => MobileNumber.MobileNumber | undefined

  constructor(host: ReactiveControllerHost & HTMLElement, number: () => MobileNumber.MobileNumber | undefined) {
    this.#host = host
    this.#number = number
    host.addController(this)
  }

  hostConnected(): void {}

  #find<T extends Element>(selector: string): T | undefined {
    return this.#host.shadowRoot?.querySelector<T>(selector) ?? undefined
  }

  /** Opens `operation` for the number; the focus returns to `opener` (the button pressed). */
  open(operation: Rules.NumberRules.Operation, opener?: HTMLElement): void {
    const number = this.#number()
    if (number === undefined) return
    if (operation === "paymentHistory" || operation === "detalization") {
      emit(this.#host, "kab-records-request", {
        kind: operation === "detalization" ? "detalization" : "payments",
        number: number.msisdn,
      })
      return
    }
    this.#find<KabNumberOperation>("kab-number-operation")?.open(operation, number, opener)
  }

  /** Shows the ⋮ menu under `button` (the menu keeps the button's `aria-expanded` in step). */
  async showMenu(button: HTMLElement): Promise<void> {
    await this.#host.updateComplete
    await this.#find<KabMenu>("kab-menu")?.show(button)
  }

  readonly #onSelect = (event: CustomEvent<{ readonly value: string }>): void => {
    const number = this.#number()
    if (number === undefined) return
    const operation = allowedOperation(Rules.NumberRules.profileOperations(number), event.detail.value)
    if (operation !== undefined) this.open(operation, this.#find<HTMLElement>("#more"))
  }

  /** The menu (for the number shown, if any) and the operation dialog. */
  render(i18n: I18nController): TemplateResult {
    const number = this.#number()
    return html`
      <kab-menu
        id="menu"
        part="menu"
        exportparts="item: menu-item, reason"
        label=${i18n.t("profile.more")}
        .items=${number === undefined ? [] : operationItems(i18n, Rules.NumberRules.profileOperations(number))}
        @kab-menu-select=${this.#onSelect}
      ></kab-menu>
      <kab-number-operation></kab-number-operation>
    `
  }
}
