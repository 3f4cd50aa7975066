/**
 * A tab that shows a table over a period (C1 «История платежей», C3 «История действий»): the period
 * (today at the latest, refused with the rule's message, the input kept) → «Запросить» → the table,
 * which «Выгрузить в XLSX» / «Выгрузить в CSV» write to a file (E5).
 */
import { Calendar, Company, type Documents, Programs, Rules } from "@kabinet/core"
import type { Table } from "@kabinet/core/export"
import type * as Effect from "effect/Effect"
import { html, nothing, type TemplateResult } from "lit"
import type { UiKey } from "../../i18n/catalog/index.js"
import { FormController } from "../../internal/controllers/form-controller.js"
import { OperationController } from "../../internal/controllers/operation-controller.js"
import type { OperatorServices } from "../../internal/store/runtime.js"
import { action } from "../../internal/templates/action.js"
import { failureNotice } from "../../internal/templates/failure.js"
import { companyIdOf, type DocumentsContext, momentOf, parseDay, refusal, todayOf } from "../context.js"
import { texts } from "../fields.js"
import { periodFields } from "../period.js"
import { resultTable } from "../results.js"
import type { DocumentTab } from "../tab.js"

type Values = { readonly start: string; readonly end: string }

/** How one period table differs from the other. */
export interface PeriodTableSpec<Answer> {
  readonly kind: "paymentHistory" | "actionHistory"
  readonly title: "document.paymentHistory" | "document.actionHistory"
  readonly text?: UiKey | undefined
  /** The file's name without extension. */
  readonly fileName: UiKey
  /** The table of what the operator answered, as the exporters write it. */
  readonly table: (
    answer: Answer,
    period: Documents.PaymentHistoryRequest["period"],
    company: string | undefined,
    locale: Table.Locale,
  ) => Table.Table
}

/** A tab showing a table over a period. */
export class PeriodTableTab<Answer> implements DocumentTab {
  readonly kind: "paymentHistory" | "actionHistory"
  readonly #context: DocumentsContext
  readonly #spec: PeriodTableSpec<Answer>
  readonly #operations: OperationController
  readonly #form: FormController<Values>
  #answer: { readonly answer: Answer; readonly period: Documents.PaymentHistoryRequest["period"] } | undefined

  constructor(context: DocumentsContext, spec: PeriodTableSpec<Answer>) {
    this.#context = context
    this.#spec = spec
    this.kind = spec.kind
    this.#operations = new OperationController(context.host, context.kabinet)
    this.#form = new FormController(context.host, {
      initial: () => {
        const today = todayOf(context)
        return { start: Calendar.addMonths(today, -1), end: today }
      },
    })
  }

  title(): string {
    return this.#context.i18n.m(this.#spec.title)
  }

  #period(values: Values) {
    const start = parseDay(values.start)
    const end = parseDay(values.end)
    return start === undefined || end === undefined ? undefined : { start, end }
  }

  #periodError(values: Values): string | undefined {
    const period = this.#period(values)
    if (period === undefined) return this.#context.i18n.m("period.order")
    return refusal(
      this.#context,
      Rules.DocumentRules.requestGuard({ kind: this.kind, period }, momentOf(this.#context)),
    )
  }

  async #submit(event: Event): Promise<void> {
    await this.#form.submit(event, async (values) => {
      const companyId = companyIdOf(this.#context)
      const period = this.#period(values)
      if (companyId === undefined || period === undefined || this.#periodError(values) !== undefined) return false
      const program = Programs.Documents.requestDocument(companyId, { kind: this.kind, period }) as Effect.Effect<
        Answer,
        unknown,
        OperatorServices
      >
      const outcome = await this.#operations.run(this.#spec.title, program)
      if (outcome._tag !== "Success") return false
      this.#answer = { answer: outcome.value, period }
      return true
    })
  }

  #table(locale: Table.Locale): Table.Table | undefined {
    const answer = this.#answer
    if (answer === undefined) return undefined
    const company = this.#context.kabinet.store.company
    return this.#spec.table(
      answer.answer,
      answer.period,
      company === undefined ? undefined : Company.displayName(company),
      locale,
    )
  }

  render(): TemplateResult {
    const { i18n } = this.#context
    const form = this.#form
    const id = this.kind
    const table = this.#table(i18n.locale)
    return html`
      <h2 id=${`${id}-title`} part="heading">${this.title()}</h2>
      ${this.#spec.text === undefined ? nothing : texts([{ text: i18n.t(this.#spec.text) }])}
      <form novalidate aria-labelledby=${`${id}-title`} @submit=${(event: Event) => this.#submit(event)}>
        ${periodFields(this.#context, form, {
          id: `${id}-period`,
          max: todayOf(this.#context),
          error: form.shown(this.#periodError(form.values)),
        })}
        <div class="actions">
          ${action(i18n, { id: `${id}-submit`, label: i18n.t("documents.request"), type: "submit", busy: form.busy })}
        </div>
      </form>
      ${failureNotice(this.#operations.failure)}
      ${
        table === undefined
          ? nothing
          : resultTable(i18n, {
              id,
              table,
              empty: i18n.t("documents.empty"),
              exportAs: (format, progress) =>
                void progress.run({
                  table: () => this.#table(i18n.locale) ?? table,
                  format,
                  fileName: i18n.t(this.#spec.fileName),
                }),
            })
      }
    `
  }
}
