import { Documents } from "@kabinet/core"
import { html, nothing } from "lit"
import { property } from "lit/decorators.js"
import * as documentsStrings from "../i18n/catalog/documents.js"
import * as exportStrings from "../i18n/catalog/export.js"
import { addStrings } from "../i18n/catalog/strings.js"
import { define } from "../internal/define.js"
import { KabElement } from "../internal/kab-element.js"
import { base, forms, notices } from "../internal/styles.js"
import { tokens } from "../theme/tokens.js"
import type { DocumentsContext } from "./context.js"
import { styles } from "./documents.styles.js"
import { selectField } from "./fields.js"
import type { DocumentTab } from "./tab.js"
import { ActTab } from "./tabs/act.js"
import { actionHistoryTab } from "./tabs/action-history.js"
import { devicesReportTab } from "./tabs/devices-report.js"
import { InvoiceRegistryTab } from "./tabs/invoice-registry.js"
import { InvoiceSearchTab } from "./tabs/invoice-search.js"
import { numberListReportTab } from "./tabs/number-list-report.js"
import { paymentHistoryTab } from "./tabs/payment-history.js"
import { paymentsReportTab } from "./tabs/payments-report.js"
import { reconciliationTab } from "./tabs/reconciliation.js"

/** A tab of «Документы и отчеты», by its document's kind. */
export type DocumentsTab = (typeof Documents.sections)[number]

/**
 * «Документы и отчеты» (C1–C9): the manual's nine tabs — История платежей, Поиск мобильного номера по
 * номеру счета-фактуры, История действий, Отчет по списку номеров, Акт выполненных работ и
 * расшифровка к счету-фактуре, Реестр счетов-фактур, Акт сверки, Отчет по зарегистрированным
 * устройствам, Отчет по платежам — each with its texts, warnings, form and buttons.
 *
 * Every period and availability rule is the core's and shows before the admin submits: months not
 * yet out are not offered, and the reason is at hand; a period the rule refuses is refused with its
 * message, the input kept. E-mailed reports say where they go and follow the report until it is sent.
 * Files the operator makes (acts, the registry) are fetched with the admin's session; tables on
 * screen (payments, invoice search, action history) are written to XLSX or CSV in a Web Worker.
 *
 * The tabs are a vertical tab list (↑/↓, Home/End) beside the panel, or a drop-down above it when the
 * widget is narrow (under 40rem of its own width).
 *
 * @summary «Документы и отчеты»: the nine documents and reports, with the operator's rules.
 * @tag kab-documents
 * @csspart tabs - The tab list.
 * @csspart tab - A tab.
 * @csspart picker - The drop-down of tabs on narrow widths.
 * @csspart panel - The chosen tab's panel.
 * @csspart heading - The panel's title.
 * @csspart text - A text of the manual.
 * @csspart warning - A warning of the manual («Внимание! …»).
 * @csspart result - A table on screen and its export buttons.
 * @csspart export-button - «Выгрузить в XLSX», «Выгрузить в CSV».
 * @csspart report-status - Where an e-mailed report is.
 * @event kab-error - A request failed; already shown to the admin.
 */
export class KabDocuments extends KabElement {
  static override styles = [tokens, base, forms, notices, styles]

  /** The tab shown. */
  @property({ reflect: true }) accessor tab: DocumentsTab = "paymentHistory"

  readonly #context: DocumentsContext = { host: this, i18n: this.i18n, kabinet: this.kabinet }
  readonly #tabs: ReadonlyArray<DocumentTab> = [
    paymentHistoryTab(this.#context),
    new InvoiceSearchTab(this.#context),
    actionHistoryTab(this.#context),
    numberListReportTab(this.#context),
    new ActTab(this.#context),
    new InvoiceRegistryTab(this.#context),
    reconciliationTab(this.#context),
    devicesReportTab(this.#context),
    paymentsReportTab(this.#context),
  ]

  #choose(kind: DocumentsTab, focus: boolean): void {
    this.tab = kind
    if (!focus) return
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${kind}`)?.focus())
  }

  #onKeydown(event: KeyboardEvent): void {
    const kinds = Documents.sections
    const index = kinds.indexOf(this.tab)
    const next =
      event.key === "ArrowDown" || event.key === "ArrowRight"
        ? (index + 1) % kinds.length
        : event.key === "ArrowUp" || event.key === "ArrowLeft"
          ? (index - 1 + kinds.length) % kinds.length
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? kinds.length - 1
              : undefined
    const kind = next === undefined ? undefined : kinds[next]
    if (kind === undefined) return
    event.preventDefault()
    this.#choose(kind, true)
  }

  override render() {
    if (this.store.session === undefined) return nothing
    const { i18n } = this
    const current = this.#tabs.find((tab) => tab.kind === this.tab) ?? this.#tabs[0]
    if (current === undefined) return nothing
    return html`<div class="layout" lang=${i18n.locale}>
      <div role="tablist" part="tabs" aria-orientation="vertical" aria-label=${i18n.t("documents.tabs")} @keydown=${this.#onKeydown}>
        ${this.#tabs.map(
          (tab) => html`<button
            type="button"
            role="tab"
            part="tab"
            id=${`tab-${tab.kind}`}
            aria-selected=${tab.kind === current.kind ? "true" : "false"}
            aria-controls="panel"
            tabindex=${tab.kind === current.kind ? 0 : -1}
            @click=${() => this.#choose(tab.kind, false)}
          >
            ${tab.title()}
          </button>`,
        )}
      </div>
      <div class="picker" part="picker">
        ${selectField({
          id: "picker",
          label: i18n.t("documents.tabs.choose"),
          value: current.kind,
          onInput: (value) => this.#choose(value as DocumentsTab, false),
          choices: this.#tabs.map((tab) => ({ value: tab.kind, label: tab.title() })),
        })}
      </div>
      <section id="panel" role="tabpanel" part="panel" aria-labelledby=${`tab-${current.kind}`} tabindex="-1">
        ${current.render()}
      </section>
    </div>`
  }
}

addStrings(documentsStrings, exportStrings)
define("kab-documents", KabDocuments)

declare global {
  interface HTMLElementTagNameMap {
    "kab-documents": KabDocuments
  }
}
