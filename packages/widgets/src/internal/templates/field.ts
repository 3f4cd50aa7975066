/**
 * A form field as every widget renders it: a visible label that is also the control's accessible
 * name, the control, a hint and an error, the latter two read out as the control's description.
 * Inputs are native and live in the widget's own `<form>`, so autofill, password managers and paste
 * keep working (WCAG 2.2 SC 3.3.8).
 */
import { html, nothing, type TemplateResult } from "lit"
import { ifDefined } from "lit/directives/if-defined.js"
import { live } from "lit/directives/live.js"

/** What a field shows and how it reports input. */
export interface FieldOptions {
  /** The control's id, unique in the widget's shadow root; hint and error ids derive from it. */
  readonly id: string
  /** The visible label, which is also the accessible name. */
  readonly label: string
  readonly value: string
  readonly onInput: (value: string) => void
  readonly type?: "text" | "tel" | "password" | "email" | undefined
  readonly name?: string | undefined
  readonly autocomplete?: string | undefined
  readonly inputmode?: "text" | "tel" | "numeric" | "email" | undefined
  readonly placeholder?: string | undefined
  readonly hint?: string | undefined
  /** The error to show; the control is then marked invalid. */
  readonly error?: string | undefined
  readonly required?: boolean | undefined
  readonly maxlength?: number | undefined
  readonly readonly?: boolean | undefined
  /** Focus the control when its dialog opens (`<kab-confirm-dialog>` honours `autofocus`). */
  readonly autofocus?: boolean | undefined
  /** Ids of more descriptions (a password policy list). */
  readonly describedBy?: string | undefined
  /** Something on the label's line, at its end (the manual's «Забыли пароль?» beside «ВАШ ПАРОЛЬ»). */
  readonly labelEnd?: TemplateResult | undefined
  /** Something after the control (a show-password toggle). */
  readonly after?: TemplateResult | undefined
}

/** The id of a field's error message, for focusing or testing. */
export const errorId = (id: string): string => `${id}-error`

/** The id of a field's hint. */
export const hintId = (id: string): string => `${id}-hint`

/**
 * Renders a field.
 *
 * @example
 * ```ts
 * field({ id: "phone", label: i18n.t("login.phone.label"), value: this.phone, onInput: (v) => (this.phone = v) })
 * ```
 */
export const field = (options: FieldOptions): TemplateResult => {
  const described = [
    options.hint === undefined ? undefined : hintId(options.id),
    options.error === undefined ? undefined : errorId(options.id),
    options.describedBy,
  ]
    .filter((id) => id !== undefined)
    .join(" ")
  return html`
    <div class="field" part="field">
      <div class="label-row">
        <label for=${options.id} part="label">${options.label}</label>
        ${options.labelEnd ?? nothing}
      </div>
      <input
        id=${options.id}
        part="input"
        name=${ifDefined(options.name)}
        type=${options.type ?? "text"}
        .value=${live(options.value)}
        autocomplete=${ifDefined(options.autocomplete)}
        inputmode=${ifDefined(options.inputmode)}
        placeholder=${ifDefined(options.placeholder)}
        maxlength=${ifDefined(options.maxlength)}
        ?required=${options.required === true}
        ?readonly=${options.readonly === true}
        ?autofocus=${options.autofocus === true}
        aria-invalid=${options.error === undefined ? "false" : "true"}
        aria-describedby=${described === "" ? nothing : described}
        @input=${(event: Event) => options.onInput((event.target as HTMLInputElement).value)}
      />
      ${options.after ?? nothing}
      ${options.hint === undefined ? nothing : html`<p id=${hintId(options.id)} class="hint" part="hint">${options.hint}</p>`}
      ${
        options.error === undefined
          ? nothing
          : html`<p id=${errorId(options.id)} class="error" part="error">${options.error}</p>`
      }
    </div>
  `
}
