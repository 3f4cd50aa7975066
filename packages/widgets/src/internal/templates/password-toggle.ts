/**
 * The show-password toggle placed after a password field: a link-styled button that shows or hides
 * what was typed in the fields it controls (WCAG 2.2 SC 3.3.8), labelled by what it will do next.
 */
import { html, type TemplateResult } from "lit"
import type { I18nController } from "../../i18n/i18n-controller.js"

/** What the toggle controls and how it reports a press. */
export interface PasswordToggleOptions {
  /** Space-separated ids of the password fields it shows and hides. */
  readonly controls: string
  /** Whether the passwords are shown now. */
  readonly shown: boolean
  readonly onToggle: () => void
  /** The button's classes; `link` unless a widget styles its toggle apart. */
  readonly className?: string | undefined
}

/**
 * Renders the toggle, for a field's `after`.
 *
 * @example
 * ```ts
 * passwordToggle(i18n, { controls: "password", shown: this.#show, onToggle: () => (this.#show = !this.#show) })
 * ```
 */
export const passwordToggle = (i18n: I18nController, options: PasswordToggleOptions): TemplateResult =>
  html`<button
    type="button"
    class=${options.className ?? "link"}
    part="toggle"
    aria-controls=${options.controls}
    @click=${options.onToggle}
  >
    ${options.shown ? i18n.t("common.hidePassword") : i18n.t("common.showPassword")}
  </button>`
