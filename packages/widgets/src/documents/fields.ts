/**
 * The documents' own controls, shaped like the shared `field()`: a visible label that is the accessible
 * name, a hint and an error read as the control's description. Dates and months are the platform's
 * pickers (`type="date"`, `type="month"`) with the rules' bounds as `min`/`max`, so a day the rule
 * refuses is not offered; a typed one is still refused, with the rule's message, on submit.
 */
import { html, nothing, type TemplateResult } from "lit"
import { ifDefined } from "lit/directives/if-defined.js"
import { live } from "lit/directives/live.js"
import { errorId, hintId } from "../internal/templates/field.js"

/** An option of a drop-down. */
export interface Choice {
  readonly value: string
  readonly label: string
}

/** What a date, month or drop-down field shows. */
export interface ControlOptions {
  readonly id: string
  readonly label: string
  readonly value: string
  readonly onInput: (value: string) => void
  readonly hint?: string | undefined
  readonly error?: string | undefined
}

const describedBy = (options: ControlOptions): string | typeof nothing => {
  const ids = [
    options.hint === undefined ? undefined : hintId(options.id),
    options.error === undefined ? undefined : errorId(options.id),
  ].filter((id) => id !== undefined)
  return ids.length === 0 ? nothing : ids.join(" ")
}

const notes = (options: ControlOptions) =>
  html`${
    options.hint === undefined
      ? nothing
      : html`<p id=${hintId(options.id)} class="hint" part="hint">${options.hint}</p>`
  }${options.error === undefined ? nothing : html`<p id=${errorId(options.id)} class="error" part="error">${options.error}</p>`}`

const typedValue = (event: Event): string => (event.target as HTMLInputElement | HTMLSelectElement).value

/** A day or a month picked on the platform's picker, bounded by `min` and `max`. */
export const dateField = (
  options: ControlOptions & { readonly type: "date" | "month"; readonly min?: string; readonly max?: string },
): TemplateResult => html`
  <div class="field" part="field">
    <label for=${options.id} part="label">${options.label}</label>
    <input
      id=${options.id}
      part="input"
      type=${options.type}
      min=${ifDefined(options.min)}
      max=${ifDefined(options.max)}
      .value=${live(options.value)}
      aria-invalid=${options.error === undefined ? "false" : "true"}
      aria-describedby=${describedBy(options)}
      @input=${(event: Event) => options.onInput(typedValue(event))}
      @change=${(event: Event) => options.onInput(typedValue(event))}
    />
    ${notes(options)}
  </div>
`

/** A drop-down of `choices`; only what may be chosen is offered. */
export const selectField = (
  options: ControlOptions & { readonly choices: ReadonlyArray<Choice> },
): TemplateResult => html`
  <div class="field" part="field">
    <label for=${options.id} part="label">${options.label}</label>
    <select
      id=${options.id}
      part="select"
      aria-invalid=${options.error === undefined ? "false" : "true"}
      aria-describedby=${describedBy(options)}
      @change=${(event: Event) => options.onInput(typedValue(event))}
    >
      ${options.choices.map(
        (choice) =>
          html`<option value=${choice.value} ?selected=${choice.value === options.value}>${choice.label}</option>`,
      )}
    </select>
    ${notes(options)}
  </div>
`

/** A group of radio buttons under a legend. */
export const radioGroup = (
  options: ControlOptions & { readonly choices: ReadonlyArray<Choice> },
): TemplateResult => html`
  <fieldset class="choices" part="choices" aria-describedby=${describedBy(options)}>
    <legend>${options.label}</legend>
    ${options.choices.map(
      (choice, index) => html`<span class="choice">
        <input
          type="radio"
          id=${`${options.id}-${index}`}
          name=${options.id}
          value=${choice.value}
          .checked=${live(choice.value === options.value)}
          @change=${(event: Event) => options.onInput(typedValue(event))}
        />
        <label for=${`${options.id}-${index}`}>${choice.label}</label>
      </span>`,
    )}
    ${notes(options)}
  </fieldset>
`

/** The manual's notes and warnings of a tab, in its order; warnings stand out. */
export const texts = (
  paragraphs: ReadonlyArray<{ readonly text: string; readonly warning?: boolean }>,
): TemplateResult =>
  html`${paragraphs.map(
    (
      p,
    ) => html`<p class=${p.warning === true ? "notice warning" : "text"} part=${p.warning === true ? "warning" : "text"}>
    ${p.text}
  </p>`,
  )}`
