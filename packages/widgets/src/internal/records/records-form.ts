/**
 * The page of a records widget (B8 «Детализация», B17 «История платежей»): its title and number, the
 * form — «НАЧАЛО И КОНЕЦ ПЕРИОДА», «ВЫВОД» and the request button — the progress of a file being
 * written, and the table (or its notes) below. The period is checked here the same way for both.
 */
import { Msisdn, type Period, type Rules } from "@kabinet/core"
import { html, type LitElement, nothing, type TemplateResult } from "lit"
import type { I18nController } from "../../i18n/i18n-controller.js"
import { action } from "../templates/action.js"
import { type OutputChoiceOptions, outputChoice } from "./output-choice.js"
import {
  type PeriodFieldOptions,
  periodField,
  periodFieldIds,
  periodRefusal,
  type TypedPeriod,
  typedRange,
} from "./period-field.js"
import { exportProgress } from "./records-export.js"

/** A typed period as last checked, with the rule's decision (none when the dates do not parse). */
export interface CheckedPeriod {
  readonly typed: TypedPeriod
  readonly decision: Rules.Decision | undefined
}

/** What the records page shows. */
export interface RecordsFormView {
  readonly title: string
  readonly msisdn: Msisdn.Msisdn | undefined
  readonly intro: TemplateResult | string
  readonly period: Omit<PeriodFieldOptions, "refusal">
  readonly checked: CheckedPeriod | undefined
  readonly output: OutputChoiceOptions
  /** The request button: its label, why it is refused, whether a request is on its way. */
  readonly submit: { readonly label: string; readonly denial?: Rules.Denied | undefined; readonly busy: boolean }
  readonly onSubmit: (event: SubmitEvent) => void
  readonly table: TemplateResult | typeof nothing
}

/**
 * The widget's `number` attribute as an MSISDN, if it holds one (11 digits).
 *
 * @example
 * ```ts
 * msisdnOf("77010541921") // "77010541921"
 * ```
 */
export const msisdnOf = (number: string): Msisdn.Msisdn | undefined => {
  const digits = Msisdn.digitsOf(number)
  return Msisdn.is(digits) && digits.length === 11 ? digits : undefined
}

/**
 * Checks `typed` with `decide` (the period's rule as of now): the range to request, or `undefined`
 * after showing the refusal and focusing the refused date field (what was typed stays).
 *
 * @example
 * ```ts
 * const range = await checkPeriod(this, this.i18n, typed, (range) => rule.check(range, moment), (checked) => (this.#checked = checked))
 * ```
 */
export const checkPeriod = async (
  host: LitElement,
  i18n: I18nController,
  typed: TypedPeriod,
  decide: (range: Period.DateRange) => Rules.Decision,
  remember: (checked: CheckedPeriod) => void,
): Promise<Period.DateRange | undefined> => {
  const range = typedRange(typed)
  const decision = range === undefined ? undefined : decide(range)
  remember({ typed, decision })
  const refusal = periodRefusal(i18n, typed, decision)
  if (refusal === undefined && range !== undefined) return range
  host.requestUpdate()
  await host.updateComplete
  if (refusal !== undefined) host.renderRoot.querySelector<HTMLElement>(`#${periodFieldIds[refusal.field]}`)?.focus()
  return undefined
}

/**
 * The records page around its table.
 *
 * @example
 * ```ts
 * recordsForm(i18n, { title, msisdn, intro, period, checked, output, submit, onSubmit, table })
 * ```
 */
export const recordsForm = (i18n: I18nController, view: RecordsFormView): TemplateResult => {
  const { checked } = view
  const refusal = checked === undefined ? undefined : periodRefusal(i18n, checked.typed, checked.decision)
  return html`
    <section class="records" lang=${i18n.locale} aria-labelledby="title">
      <h2 id="title">${view.title}</h2>
      ${view.msisdn === undefined ? nothing : html`<p class="number" part="number">${i18n.phone(view.msisdn)}</p>`}
      <p class="intro">${view.intro}</p>
      <form novalidate @submit=${view.onSubmit}>
        ${periodField(i18n, { ...view.period, refusal })}
        ${outputChoice(i18n, view.output)}
        <div class="actions">
          ${action(i18n, {
            id: "submit",
            label: view.submit.label,
            type: "submit",
            part: "submit",
            denial: view.submit.denial,
            busy: view.submit.busy,
          })}
        </div>
      </form>
      ${exportProgress()}
      ${view.table}
    </section>
  `
}
