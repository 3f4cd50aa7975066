/**
 * C2 «Поиск мобильного номера по номеру счета-фактуры»: «Введите данные» (by «Регистрационный номер»
 * or «Номер учетной системы»), «Номер», «Год», «На экран» / «Файл формата XLS» → «Запросить».
 *
 * The XLS file is written here, by the core's exporter in the export service's worker, from the rows
 * the operator answers: a small table, whose spreadsheet then has real text and number cells and the
 * same columns as on screen. The operator is asked for the rows in both cases.
 */
import { Company, Documents, Period, Programs, Rules } from "@kabinet/core"
import { Documents as Exports, type Table } from "@kabinet/core/export"
import { html, nothing, type TemplateResult } from "lit"
import type { KabExportProgress } from "../../export-progress/export-progress.js"
import "../../export-progress/export-progress.js"
import { FormController } from "../../internal/controllers/form-controller.js"
import { OperationController } from "../../internal/controllers/operation-controller.js"
import { action } from "../../internal/templates/action.js"
import { failureNotice } from "../../internal/templates/failure.js"
import { field } from "../../internal/templates/field.js"
import { companyIdOf, type DocumentsContext, momentOf, refusal, todayOf } from "../context.js"
import { radioGroup, selectField, texts } from "../fields.js"
import { resultTable } from "../results.js"
import type { DocumentTab } from "../tab.js"

type Values = { readonly by: string; readonly number: string; readonly year: string; readonly output: string }

/** The tab of the invoice search. */
export class InvoiceSearchTab implements DocumentTab {
  readonly kind = "invoiceSearch" as const
  readonly #context: DocumentsContext
  readonly #operations: OperationController
  readonly #form: FormController<Values>
  #found:
    | { readonly rows: ReadonlyArray<Documents.InvoiceSearchRow>; readonly number: string; readonly year: number }
    | undefined

  constructor(context: DocumentsContext) {
    this.#context = context
    this.#operations = new OperationController(context.host, context.kabinet)
    this.#form = new FormController(context.host, {
      initial: () => ({
        by: "Регистрационный номер",
        number: "",
        year: String(Period.monthOf(todayOf(context)).year),
        output: "На экран",
      }),
    })
  }

  title(): string {
    return this.#context.i18n.m("document.invoiceSearch")
  }

  #numberError(values: Values): string | undefined {
    return refusal(
      this.#context,
      Rules.DocumentRules.invoiceSearchQuery.check(
        { number: values.number, year: Number(values.year) },
        momentOf(this.#context),
      ),
    )
  }

  #table(locale: Table.Locale): Table.Table | undefined {
    const found = this.#found
    if (found === undefined) return undefined
    const company = this.#context.kabinet.store.company
    return Exports.invoiceSearch(
      {
        invoiceNumber: found.number,
        year: found.year,
        rows: found.rows,
        company: company === undefined ? undefined : Company.displayName(company),
      },
      locale,
    )
  }

  async #submit(event: Event): Promise<void> {
    const host = this.#context.host
    let toFile = false
    await this.#form.submit(event, async (values) => {
      const companyId = companyIdOf(this.#context)
      if (companyId === undefined || this.#numberError(values) !== undefined) return false
      const request: Documents.InvoiceSearchRequest = {
        kind: "invoiceSearch",
        searchBy: values.by === "Номер учетной системы" ? "Номер учетной системы" : "Регистрационный номер",
        invoiceNumber: Documents.InvoiceNumber.make(values.number.trim()),
        year: Number(values.year),
        output: "На экран",
      }
      const program = Programs.Documents.requestDocument(companyId, request)
      const outcome = await this.#operations.run("document.invoiceSearch", program)
      if (outcome._tag !== "Success" || outcome.value.kind !== "table") return false
      this.#found = { rows: outcome.value.rows, number: values.number.trim(), year: Number(values.year) }
      toFile = values.output === "Файл формата XLS"
      // The form keeps its values: the admin may search the next invoice from here.
      return false
    })
    if (!toFile) return
    await host.updateComplete
    const progress = host.shadowRoot?.querySelector<KabExportProgress>("#invoiceSearch-file")
    const locale = this.#context.i18n.locale
    await progress?.run({
      table: () => this.#table(locale) as Table.Table,
      format: "xlsx",
      fileName: this.#context.i18n.t("documents.invoiceSearch.fileName"),
    })
  }

  render(): TemplateResult {
    const { i18n } = this.#context
    const form = this.#form
    const values = form.values
    const currentYear = Period.monthOf(todayOf(this.#context)).year
    const years = Array.from({ length: 6 }, (_, i) => String(currentYear - i))
    const table = values.output === "На экран" ? this.#table(i18n.locale) : undefined
    return html`
      <h2 id="invoiceSearch-title" part="heading">${this.title()}</h2>
      ${texts([{ text: i18n.t("documents.invoiceSearch.text") }])}
      <form novalidate aria-labelledby="invoiceSearch-title" @submit=${(event: Event) => this.#submit(event)}>
        ${selectField({
          id: "invoiceSearch-by",
          label: i18n.t("documents.invoiceSearch.by"),
          ...form.bind("by"),
          choices: Documents.invoiceSearchByValues.map((value) => ({ value, label: value })),
        })}
        ${field({
          id: "invoiceSearch-number",
          label: i18n.t("documents.invoiceSearch.number"),
          placeholder: i18n.t("documents.invoiceSearch.number.placeholder"),
          ...form.bind("number"),
          required: true,
          maxlength: 64,
          error: form.shown(this.#numberError(values)),
        })}
        ${selectField({
          id: "invoiceSearch-year",
          label: i18n.t("documents.year"),
          ...form.bind("year"),
          choices: years.map((year) => ({ value: year, label: year })),
        })}
        ${radioGroup({
          id: "invoiceSearch-output",
          label: i18n.t("documents.invoiceSearch.output"),
          ...form.bind("output"),
          choices: (["На экран", "Файл формата XLS"] as const).map((value) => ({ value, label: value })),
        })}
        <div class="actions">
          ${action(i18n, { id: "invoiceSearch-submit", label: i18n.t("documents.request"), type: "submit", busy: form.busy })}
        </div>
      </form>
      ${failureNotice(this.#operations.failure)}
      <kab-export-progress id="invoiceSearch-file" part="export-progress"></kab-export-progress>
      ${table === undefined ? nothing : resultTable(i18n, { id: "invoiceSearch", table, empty: i18n.t("documents.invoiceSearch.notFound") })}
    `
  }
}
