/**
 * C6 «Реестр счетов-фактур»: a range of months → «Запросить» → the operator's file, fetched with the
 * admin's session. The latest month on offer is the rule's (last month from the 4th); the month not
 * yet out is named with the day it comes out.
 */
import { Calendar, type Documents, Programs, Rules } from "@kabinet/core"
import { html, nothing, type TemplateResult } from "lit"
import { announce } from "../../internal/controllers/announcer.js"
import { FormController } from "../../internal/controllers/form-controller.js"
import { OperationController } from "../../internal/controllers/operation-controller.js"
import { action } from "../../internal/templates/action.js"
import { failureNotice } from "../../internal/templates/failure.js"
import { companyIdOf, type DocumentsContext, momentOf, parseMonth, refusal, todayOf } from "../context.js"
import { texts } from "../fields.js"
import { saveOperatorFile } from "../operator-file.js"
import { periodFields } from "../period.js"
import type { DocumentTab } from "../tab.js"

type Values = { readonly start: string; readonly end: string }

/** The tab of the invoice registry. */
export class InvoiceRegistryTab implements DocumentTab {
  readonly kind = "invoiceRegistry" as const
  readonly #context: DocumentsContext
  readonly #operations: OperationController
  readonly #form: FormController<Values>
  #saved: string | undefined

  constructor(context: DocumentsContext) {
    this.#context = context
    this.#operations = new OperationController(context.host, context.kabinet)
    this.#form = new FormController(context.host, {
      initial: () => {
        const latest = Calendar.monthKey(Rules.DocumentRules.invoiceRegistryLatestMonth(todayOf(context)))
        return { start: latest, end: latest }
      },
    })
  }

  title(): string {
    return this.#context.i18n.m("document.invoiceRegistry")
  }

  #period(values: Values): Documents.InvoiceRegistryRequest["period"] | undefined {
    const start = parseMonth(values.start)
    const end = parseMonth(values.end)
    return start === undefined || end === undefined ? undefined : { start, end }
  }

  #periodError(values: Values): string | undefined {
    const period = this.#period(values)
    if (period === undefined) return this.#context.i18n.m("period.order")
    return refusal(
      this.#context,
      Rules.DocumentRules.requestGuard({ kind: "invoiceRegistry", period }, momentOf(this.#context)),
    )
  }

  /** Why the month after the latest one is not on offer yet. */
  #nextMonthReason(): string {
    const today = todayOf(this.#context)
    const next = Calendar.shiftMonth(Rules.DocumentRules.invoiceRegistryLatestMonth(today), 1)
    const decision = Rules.DocumentRules.invoiceRegistryAvailability.check(
      { start: next, end: next },
      momentOf(this.#context),
    )
    return refusal(this.#context, decision) ?? ""
  }

  async #submit(event: Event): Promise<void> {
    this.#saved = undefined
    await this.#form.submit(event, async (values) => {
      const companyId = companyIdOf(this.#context)
      const period = this.#period(values)
      if (companyId === undefined || period === undefined || this.#periodError(values) !== undefined) return false
      const request: Documents.InvoiceRegistryRequest = { kind: "invoiceRegistry", period }
      const outcome = await this.#operations.run(
        "document.invoiceRegistry",
        Programs.Documents.requestDocument(companyId, request),
      )
      if (outcome._tag !== "Success") return false
      const saved = await saveOperatorFile(this.#context.kabinet.store, outcome.value)
      if (saved._tag !== "Saved") return false
      this.#saved = this.#context.i18n.t("documents.file.saved", { name: saved.fileName })
      announce(this.#saved)
      return false
    })
    this.#context.host.requestUpdate()
  }

  render(): TemplateResult {
    const { i18n } = this.#context
    const form = this.#form
    const latest = Calendar.monthKey(Rules.DocumentRules.invoiceRegistryLatestMonth(todayOf(this.#context)))
    return html`
      <h2 id="invoiceRegistry-title" part="heading">${this.title()}</h2>
      ${texts([
        { text: i18n.t("documents.invoiceRegistry.text") },
        { text: i18n.t("documents.invoiceRegistry.warning"), warning: true },
      ])}
      <form novalidate aria-labelledby="invoiceRegistry-title" @submit=${(event: Event) => this.#submit(event)}>
        ${periodFields(this.#context, form, {
          id: "invoiceRegistry-period",
          type: "month",
          max: latest,
          error: form.shown(this.#periodError(form.values)),
        })}
        <p class="hint" part="hint">${this.#nextMonthReason()}</p>
        <div class="actions">
          ${action(i18n, { id: "invoiceRegistry-submit", label: i18n.t("documents.request"), type: "submit", busy: form.busy })}
        </div>
      </form>
      ${failureNotice(this.#operations.failure)}
      ${this.#saved === undefined ? nothing : html`<p class="notice success" role="status" part="saved">${this.#saved}</p>`}
    `
  }
}
