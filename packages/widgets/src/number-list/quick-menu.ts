/**
 * The number list's quick operations (⋮ on a row): the `<kab-menu>` of the row's number, its entries
 * enabled or refused by the core's `NumberRules.quickOperations`, and the `<kab-number-operation>` that
 * opens an allowed operation's dialog unless the host cancels `kab-operation-request`.
 */
import { type MobileNumber, Rules } from "@kabinet/core"
import { html, type LitElement, type TemplateResult } from "lit"
import { emit } from "../events/events.js"
import type { I18nController } from "../i18n/i18n-controller.js"
import { allowedOperation, operationItems } from "../internal/templates/operation-menu.js"
import "../menu/menu.js"
import type { KabMenu } from "../menu/menu.js"
import "../number-operation/number-operation.js"
import type { KabNumberOperation } from "../number-operation/number-operation.js"

/** What the menu needs of its list. */
export interface QuickMenuHost {
  readonly element: LitElement
  /** Row `index`'s number, if its page is held. */
  readonly row: (index: number) => MobileNumber.MobileNumber | undefined
  /** Makes row `index` the grid's current row. */
  readonly activate: (index: number) => void
  /** An operation started or ended: the operator changed a row's number. */
  readonly changed: () => void
}

/** The ⋮ menu of the list's rows and the dialogs of its operations. */
export class QuickMenu {
  readonly #host: QuickMenuHost
  #number: MobileNumber.MobileNumber | undefined
  #button: HTMLElement | undefined

  constructor(host: QuickMenuHost) {
    this.#host = host
  }

  /** Opens the menu of row `index` under its ⋮ `button`. */
  async open(index: number, button: HTMLElement): Promise<void> {
    const number = this.#host.row(index)
    if (number === undefined) return
    this.#number = number
    this.#button = button
    this.#host.activate(index)
    const { element } = this.#host
    element.requestUpdate()
    await element.updateComplete
    await element.renderRoot.querySelector<KabMenu>("kab-menu")?.show(button)
  }

  /** Closes the menu (another company or admin). */
  hide(): void {
    this.#host.element.renderRoot.querySelector?.<KabMenu>("kab-menu")?.hide()
  }

  readonly #onSelect = (event: CustomEvent<{ readonly value: string }>): void => {
    const number = this.#number
    if (number === undefined) return
    const operation = allowedOperation(Rules.NumberRules.quickOperations(number), event.detail.value)
    if (operation === undefined) return
    const { element } = this.#host
    // A host that cancels the request handles the operation itself; otherwise the list opens its dialog.
    if (emit(element, "kab-operation-request", { operation, number }))
      element.renderRoot
        .querySelector<KabNumberOperation>("kab-number-operation")
        ?.open(operation, number, this.#button)
  }

  // The operator changed a row's number («В обработке», then the end): the rows are read again.
  readonly #onOperationChange = (): void => this.#host.changed()

  /** The menu and the operations' dialogs. */
  render(i18n: I18nController): TemplateResult {
    const number = this.#number
    return html`
      <kab-menu
        id="menu"
        part="menu"
        exportparts="item: menu-item, reason"
        label=${number === undefined ? i18n.t("numbers.column.actions") : i18n.t("numbers.menu.button", { phone: i18n.phone(number.msisdn) })}
        .items=${number === undefined ? [] : operationItems(i18n, Rules.NumberRules.quickOperations(number))}
        @kab-menu-select=${this.#onSelect}
      ></kab-menu>
      <kab-number-operation
        @kab-operation-started=${this.#onOperationChange}
        @kab-operation-finished=${this.#onOperationChange}
      ></kab-number-operation>
    `
  }
}
