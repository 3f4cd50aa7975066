/**
 * «Укажите начало и конец периода»: the two ends of a period as date (or month) pickers bounded by
 * the rule's widest period, under one legend. The rule's refusal shows under them, the input kept.
 */
import { html, type TemplateResult } from "lit"
import type { FormController } from "../internal/controllers/form-controller.js"
import { errorId } from "../internal/templates/field.js"
import type { DocumentsContext } from "./context.js"
import { dateField } from "./fields.js"

/** A form with a period in it. */
export type PeriodValues = { readonly start: string; readonly end: string }

/** The period's two fields; `error` (the rule's refusal) is shown once, under both. */
export const periodFields = (
  context: DocumentsContext,
  form: FormController<PeriodValues & Record<string, string>>,
  options: {
    readonly id: string
    readonly type?: "date" | "month" | undefined
    readonly min?: string | undefined
    readonly max?: string | undefined
    readonly error?: string | undefined
  },
): TemplateResult => {
  const { i18n } = context
  const type = options.type ?? "date"
  const bounds = {
    ...(options.min === undefined ? {} : { min: options.min }),
    ...(options.max === undefined ? {} : { max: options.max }),
  }
  const errorShown = options.error
  return html`<fieldset class="period" part="period" aria-describedby=${errorShown === undefined ? "" : errorId(options.id)}>
    <legend>${i18n.t("documents.period")}</legend>
    <div class="period-fields">
      ${dateField({
        id: `${options.id}-start`,
        type,
        label: i18n.t("documents.period.start"),
        ...form.bind("start"),
        ...bounds,
        error: errorShown === undefined ? undefined : "",
      })}
      ${dateField({
        id: `${options.id}-end`,
        type,
        label: i18n.t("documents.period.end"),
        ...form.bind("end"),
        ...bounds,
      })}
    </div>
    ${errorShown === undefined ? "" : html`<p id=${errorId(options.id)} class="error" part="error" role="alert">${errorShown}</p>`}
  </fieldset>`
}
