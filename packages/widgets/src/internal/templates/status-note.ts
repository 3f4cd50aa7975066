/**
 * A note shown in place of, or above, a widget's rows: «Загрузка…», nothing found, a long read's progress.
 */
import { html, nothing, type TemplateResult } from "lit"

/**
 * A note, read out politely when it changes, with a spinner while something is on its way.
 *
 * @example
 * ```ts
 * statusNote(i18n.t("records.table.loading"), true)
 * ```
 */
export const statusNote = (text: string, spinner = false): TemplateResult =>
  html`<p class="note" part="status" role="status">${spinner ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${text}</p>`
