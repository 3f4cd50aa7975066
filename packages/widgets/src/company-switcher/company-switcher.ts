import { Company } from "@kabinet/core"
import { html, nothing } from "lit"
import { emit } from "../events/events.js"
import * as companySwitcherStrings from "../i18n/catalog/company-switcher.js"
import { addStrings } from "../i18n/catalog/strings.js"
import { CompaniesController } from "../internal/controllers/companies-controller.js"
import { OperationController } from "../internal/controllers/operation-controller.js"
import "../operator-error/operator-error.js"
import { define } from "../internal/define.js"
import { KabElement } from "../internal/kab-element.js"
import { base, forms } from "../internal/styles.js"
import { tokens } from "../theme/tokens.js"
import { styles } from "./company-switcher.styles.js"

/**
 * «Выбор компании» (A4): an administrator of several companies chooses the one to work on in a
 * drop-down that shows the short names the admin gave them («Мои компании»), full names otherwise.
 * Every widget under the same `<kab-provider>` (or on the same page, without one) follows the choice
 * at once. It shows nothing until the admin signs in.
 *
 * @summary The company drop-down «Выбор компании».
 * @tag kab-company-switcher
 * @csspart field - The label and the drop-down.
 * @csspart label - «Выбор компании».
 * @csspart select - The drop-down.
 * @csspart status - «Загрузка…» or «Нет доступных компаний.».
 * @cssproperty --kab-company-switcher-max-inline-size - The largest width (default 24rem).
 * @event kab-company-change - The admin chose another company; `detail.companyId`, `detail.company`.
 * @event kab-error - The companies could not be loaded; already shown to the admin.
 */
export class KabCompanySwitcher extends KabElement {
  static override styles = [tokens, base, forms, styles]

  readonly #operations = new OperationController(this, this.kabinet)
  readonly #companies = new CompaniesController(this, this.kabinet, this.#operations)

  override willUpdate(): void {
    this.toggleAttribute("signed-out", !this.#companies.signedIn)
  }

  #choose(event: Event): void {
    const id = (event.target as HTMLSelectElement).value
    const company = this.#companies.list?.find((each) => each.id === id)
    if (company === undefined) return
    this.kabinet.store.selectCompany(company.id)
    emit(this, "kab-company-change", { companyId: company.id, company })
  }

  override render() {
    if (!this.#companies.signedIn) return nothing
    const i18n = this.i18n
    const list = this.#companies.list
    const failure = this.#operations.failure
    return html`
      <div class="field" part="field" lang=${i18n.locale}>
        ${
          list === undefined || list.length === 0
            ? html`<span class="label" part="label">${i18n.m("operation.selectCompany")}</span>
                <p class="status" part="status" role="status">
                ${list === undefined ? (failure === undefined ? i18n.t("common.loading") : nothing) : i18n.t("companies.empty")}
              </p>`
            : html`<label for="company" part="label">${i18n.m("operation.selectCompany")}</label>
                <select id="company" part="select" @change=${this.#choose}>
                ${list.map(
                  (company) =>
                    html`<option value=${company.id} ?selected=${company.id === this.#companies.selectedId}>
                      ${Company.displayName(company)}
                    </option>`,
                )}
              </select>`
        }
        ${
          failure === undefined
            ? nothing
            : html`<kab-operator-error .error=${failure.error} operation=${failure.operation}></kab-operator-error>`
        }
      </div>
    `
  }
}

addStrings(companySwitcherStrings)
define("kab-company-switcher", KabCompanySwitcher)

declare global {
  interface HTMLElementTagNameMap {
    "kab-company-switcher": KabCompanySwitcher
  }
}
