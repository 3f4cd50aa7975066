/**
 * The e-mailed reports' tab (C4, C7, C8, C9): the manual's texts and warnings, the period when the
 * report has one (bounded by the rule's widest period, refused with the rule's message), «Типы
 * платежей» for C9, «Электронная почта» and «Запросить» or «Отправить»; then where the report went.
 */
import { type Api, type Documents, Email, type LocalDate, type Period, Programs, Rules } from "@kabinet/core"
import type * as Effect from "effect/Effect"
import * as Result from "effect/Result"
import { html, nothing, type TemplateResult } from "lit"
import type { UiKey } from "../../i18n/catalog/index.js"
import { FormController } from "../../internal/controllers/form-controller.js"
import type { OperatorServices } from "../../internal/store/runtime.js"
import { action } from "../../internal/templates/action.js"
import { field } from "../../internal/templates/field.js"
import { companyIdOf, type DocumentsContext, momentOf, parseDay, refusal, todayOf } from "../context.js"
import { EmailedReport } from "../emailed-report.js"
import { selectField, texts } from "../fields.js"
import { periodFields } from "../period.js"
import type { DocumentTab } from "../tab.js"

type ReportKind = "numberListReport" | "reconciliationAct" | "registeredDevicesReport" | "paymentsReport"

/** How one e-mailed report differs from the others. */
export interface EmailReportSpec {
  readonly kind: ReportKind
  readonly title:
    | "document.numberListReport"
    | "document.reconciliation"
    | "document.devicesReport"
    | "document.paymentsReport"
  readonly beta: boolean
  readonly texts: ReadonlyArray<{ readonly key: UiKey; readonly warning?: boolean }>
  readonly button: "documents.request" | "documents.send"
  /** The period's widest range on a day, when the report has a period. */
  readonly range?: ((today: LocalDate.LocalDate) => Period.DateRange) | undefined
  /** Whether the report asks for «Типы платежей». */
  readonly paymentType?: boolean | undefined
}

type Values = { readonly start: string; readonly end: string; readonly email: string; readonly paymentType: string }

/** A tab whose report the operator e-mails. */
export class EmailReportTab implements DocumentTab {
  readonly kind: ReportKind
  readonly #context: DocumentsContext
  readonly #spec: EmailReportSpec
  readonly #report: EmailedReport
  readonly #form: FormController<Values>

  constructor(context: DocumentsContext, spec: EmailReportSpec) {
    this.#context = context
    this.#spec = spec
    this.kind = spec.kind
    this.#report = new EmailedReport(context)
    this.#form = new FormController(context.host, {
      initial: () => {
        const range = spec.range?.(todayOf(context))
        return {
          start: range?.start ?? "",
          end: range?.end ?? "",
          email: context.kabinet.store.session?.admin.email ?? "",
          paymentType: "Кредитный",
        }
      },
    })
  }

  title(): string {
    return this.#context.i18n.m(this.#spec.title)
  }

  #request(values: Values): Documents.DocumentRequest | undefined {
    const email = Email.parse(values.email)
    if (Result.isFailure(email)) return undefined
    const start = parseDay(values.start)
    const end = parseDay(values.end)
    const period = start === undefined || end === undefined ? undefined : { start, end }
    switch (this.kind) {
      case "numberListReport":
        return { kind: "numberListReport", email: email.success }
      case "registeredDevicesReport":
        return { kind: "registeredDevicesReport", email: email.success }
      case "reconciliationAct":
        return period === undefined ? undefined : { kind: "reconciliationAct", period, email: email.success }
      case "paymentsReport":
        return period === undefined
          ? undefined
          : {
              kind: "paymentsReport",
              period,
              email: email.success,
              paymentType: values.paymentType === "Авансовый" ? "Авансовый" : "Кредитный",
            }
    }
  }

  #periodError(values: Values): string | undefined {
    if (this.#spec.range === undefined) return undefined
    const start = parseDay(values.start)
    const end = parseDay(values.end)
    if (start === undefined || end === undefined) return this.#context.i18n.m("period.order")
    const request = this.#request({ ...values, email: "a@b.kz" })
    if (request === undefined) return undefined
    return refusal(this.#context, Rules.DocumentRules.requestGuard(request, momentOf(this.#context)))
  }

  #emailError(values: Values): string | undefined {
    const email = Email.parse(values.email)
    return Result.isFailure(email) ? this.#context.i18n.m(email.failure) : undefined
  }

  async #submit(event: Event): Promise<void> {
    await this.#form.submit(event, async (values) => {
      const companyId = companyIdOf(this.#context)
      const request = this.#request(values)
      if (companyId === undefined || request === undefined || this.#periodError(values) !== undefined) return false
      // Every kind of this tab is e-mailed: the operator answers its acceptance.
      const program = Programs.Documents.requestDocument(companyId, request) as Effect.Effect<
        Api.Documents.ReportAccepted,
        unknown,
        OperatorServices
      >
      return this.#report.request(program)
    })
  }

  render(): TemplateResult {
    const { i18n } = this.#context
    const spec = this.#spec
    const form = this.#form
    const values = form.values
    const range = spec.range?.(todayOf(this.#context))
    const id = this.kind
    const title = this.title()
    return html`
      <h2 id=${`${id}-title`} part="heading">${spec.beta ? i18n.t("documents.beta", { title }) : title}</h2>
      ${texts(spec.texts.map((t) => ({ text: i18n.t(t.key), warning: t.warning === true })))}
      <form novalidate aria-labelledby=${`${id}-title`} @submit=${(event: Event) => this.#submit(event)}>
        ${
          range === undefined
            ? nothing
            : periodFields(this.#context, form, {
                id: `${id}-period`,
                min: range.start,
                max: range.end,
                error: form.shown(this.#periodError(values)),
              })
        }
        ${
          spec.paymentType === true
            ? selectField({
                id: `${id}-type`,
                label: i18n.t("documents.paymentsReport.type"),
                ...form.bind("paymentType"),
                choices: [
                  { value: "Кредитный", label: i18n.t("documents.paymentsReport.credit") },
                  { value: "Авансовый", label: i18n.t("documents.paymentsReport.advance") },
                ],
              })
            : nothing
        }
        ${field({
          id: `${id}-email`,
          type: "email",
          autocomplete: "email",
          label: i18n.t("documents.email"),
          placeholder: i18n.t("documents.email.placeholder"),
          ...form.bind("email"),
          required: true,
          error: form.shown(this.#emailError(values)),
        })}
        <div class="actions">
          ${action(i18n, { id: `${id}-submit`, label: i18n.t(spec.button), type: "submit", busy: form.busy })}
        </div>
      </form>
      ${this.#report.render()}
    `
  }
}
