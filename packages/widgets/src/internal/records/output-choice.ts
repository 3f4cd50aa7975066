/**
 * «ВЫВОД» as the records' forms render it (B8, B17): a radio group of «На экран», «Файл формата PDF»
 * and «Файл формата XLS», in the manual's order. An output that cannot be used now stays visible,
 * unselectable, with the reason under it.
 */
import { ReportOutput } from "@kabinet/core"
import { html, nothing, type TemplateResult } from "lit"
import type { I18nController } from "../../i18n/i18n-controller.js"

/** An output by its stable key: `"screen"`, `"pdf"` or `"xls"`. */
export type OutputKey = ReportOutput.Key

/** Every output, in the manual's order. */
export const outputKeys: ReadonlyArray<OutputKey> = ReportOutput.values.map(ReportOutput.key)

/** What the output choice shows. */
export interface OutputChoiceOptions {
  readonly value: OutputKey
  /** Outputs that cannot be chosen now, each with why. */
  readonly unavailable?: Partial<Record<OutputKey, string>> | undefined
  readonly onChange: (value: OutputKey) => void
}

/**
 * Renders the output choice.
 *
 * @example
 * ```ts
 * outputChoice(this.i18n, { value: this.#output, onChange: (output) => (this.#output = output) })
 * ```
 */
export const outputChoice = (i18n: I18nController, options: OutputChoiceOptions): TemplateResult => html`
  <fieldset class="output" part="output">
    <legend class="label">${i18n.t("records.output.legend")}</legend>
    <div class="choices">
      ${outputKeys.map((key) => {
        const reason = options.unavailable?.[key]
        const id = `output-${key}`
        return html`<div class="choice">
          <input
            type="radio"
            name="output"
            id=${id}
            part="output-option"
            value=${key}
            .checked=${options.value === key}
            ?disabled=${reason !== undefined}
            aria-describedby=${reason === undefined ? nothing : `${id}-reason`}
            @change=${() => options.onChange(key)}
          /><label for=${id}>${i18n.t(`records.output.${key}`)}</label>
          ${reason === undefined ? nothing : html`<span class="hint reason" id=${`${id}-reason`} part="reason">${reason}</span>`}
        </div>`
      })}
    </div>
  </fieldset>
`
