/**
 * «НАЧАЛО И КОНЕЦ ПЕРИОДА» as the records' forms render it (B8, B17): two native date fields under
 * one legend, the days that may be chosen stated beside them (and as the fields' `min`/`max`), and
 * the rule's refusal shown under them with the field it concerns marked invalid. What was typed is
 * never changed by a refusal.
 */
import type { LocalDate, Period, Rules } from "@kabinet/core"
import { html, nothing, type TemplateResult } from "lit"
import { live } from "lit/directives/live.js"
import type { I18nController } from "../../i18n/i18n-controller.js"

/** The period as typed: `"YYYY-MM-DD"` each, `""` while empty. */
export interface TypedPeriod {
  readonly start: string
  readonly end: string
}

/** What the period field shows. */
export interface PeriodFieldOptions {
  readonly value: TypedPeriod
  /** The days that may be chosen, stated before submitting; no earliest day when `start` is absent. */
  readonly limits: { readonly start?: LocalDate.LocalDate | undefined; readonly end: LocalDate.LocalDate }
  /** Why the period is refused: a rule's denial, or the message that a day is missing. */
  readonly refusal?: PeriodRefusal | undefined
  /** A day was typed in one of the fields. */
  readonly onInput: (field: keyof TypedPeriod, value: string) => void
}

/** A refused period: the message and the field it concerns. */
export interface PeriodRefusal {
  readonly message: string
  readonly field: "start" | "end"
}

/** The ids of the two date fields, to focus the one a refusal concerns. */
export const periodFieldIds = { start: "period-start", end: "period-end" } as const

const refusalId = "period-refusal"
const limitsId = "period-limits"

/**
 * The typed period as a `DateRange`, or `undefined` while a day is missing.
 *
 * @example
 * ```ts
 * const period = typedRange(this.#period) // { start: "2019-01-26", end: "2019-02-26" }
 * ```
 */
export const typedRange = (typed: TypedPeriod): Period.DateRange | undefined =>
  typed.start === "" || typed.end === ""
    ? undefined
    : { start: typed.start as LocalDate.LocalDate, end: typed.end as LocalDate.LocalDate }

/**
 * The refusal of a period: a missing day, or the rule's denial, placed on the field it concerns (an
 * earliest-day refusal on the start, an order or future-day refusal on the end).
 *
 * @example
 * ```ts
 * const refusal = periodRefusal(i18n, this.#period, Rules.NumberRules.detalizationWindow.check(range, moment))
 * ```
 */
export const periodRefusal = (
  i18n: I18nController,
  typed: TypedPeriod,
  decision: Rules.Decision | undefined,
): PeriodRefusal | undefined => {
  if (typed.start === "" || typed.end === "") {
    return { message: i18n.t("records.period.required"), field: typed.start === "" ? "start" : "end" }
  }
  if (decision === undefined || decision._tag === "Allowed") return undefined
  const onEnd = decision.messageKey === "period.order" || decision.messageKey === "period.future"
  return { message: i18n.message(decision), field: onEnd ? "end" : "start" }
}

const dateField = (
  id: string,
  label: string,
  value: string,
  limits: PeriodFieldOptions["limits"],
  invalid: boolean,
  onInput: (value: string) => void,
): TemplateResult => html`
  <div class="field">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      part="date"
      type="date"
      required
      .value=${live(value)}
      min=${limits.start ?? nothing}
      max=${limits.end}
      aria-invalid=${invalid ? "true" : "false"}
      aria-describedby=${invalid ? `${refusalId} ${limitsId}` : limitsId}
      @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)}
    />
  </div>
`

/**
 * Renders the period field.
 *
 * @example
 * ```ts
 * periodField(this.i18n, { value: this.#period, limits: Rules.NumberRules.detalizationRange(today), refusal, onInput })
 * ```
 */
export const periodField = (i18n: I18nController, options: PeriodFieldOptions): TemplateResult => {
  const { value, limits, refusal } = options
  const stated =
    limits.start === undefined
      ? nothing
      : i18n.t("records.period.limits", { start: i18n.date(limits.start), end: i18n.date(limits.end) })
  return html`
    <fieldset class="period" part="period">
      <legend class="label">${i18n.t("records.period.legend")}</legend>
      <div class="dates">
        ${dateField(periodFieldIds.start, i18n.t("records.period.start"), value.start, limits, refusal?.field === "start", (start) => options.onInput("start", start))}
        <span class="arrow" aria-hidden="true">→</span>
        ${dateField(periodFieldIds.end, i18n.t("records.period.end"), value.end, limits, refusal?.field === "end", (end) => options.onInput("end", end))}
      </div>
      <p class="hint" id=${limitsId} part="limits">${stated}</p>
      ${refusal === undefined ? nothing : html`<p class="error" id=${refusalId} part="error" role="alert">${refusal.message}</p>`}
    </fieldset>
  `
}
