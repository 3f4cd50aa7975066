/**
 * The language switch of the sign-in form (the manual's «РУССКИЙ ▾»): a native select listing each
 * language in its own name. Choosing one sends `kab-language-change`; unless the host cancels it, the
 * language is set on the nearest `<kab-provider>` (so every widget under it follows) or else on the
 * widget itself.
 */
import { Messages } from "@kabinet/core"
import { html, type TemplateResult } from "lit"
import { emit } from "../../events/events.js"
import type { I18nController } from "../../i18n/i18n-controller.js"

const composedClosest = (element: Element, selector: string): Element | null => {
  for (let node: Element | null = element; node !== null; ) {
    const found: Element | null = node.closest(selector)
    if (found !== null) return found
    const root = node.getRootNode()
    node = root instanceof ShadowRoot ? root.host : null
  }
  return null
}

/** Applies a language chosen in `host`: on its provider, else on itself. */
export const chooseLanguage = (host: HTMLElement, locale: Messages.Locale): void => {
  if (!emit(host, "kab-language-change", { locale })) return
  const provider = composedClosest(host, "kab-provider")
  ;(provider instanceof HTMLElement ? provider : host).lang = locale
}

/**
 * Renders the switch.
 *
 * @example
 * ```ts
 * languageSwitch(this.#i18n, this, "login-language")
 * ```
 */
export const languageSwitch = (i18n: I18nController, host: HTMLElement, id: string): TemplateResult => html`
  <span class="language compact" part="language">
    <label class="visually-hidden" for=${id}>${i18n.t("language.label")}</label>
    <select
      id=${id}
      part="language-select"
      @change=${(event: Event) =>
        chooseLanguage(host, Messages.resolveLocale((event.target as HTMLSelectElement).value))}
    >
      ${Messages.locales.map(
        (locale) =>
          html`<option value=${locale} lang=${locale} ?selected=${locale === i18n.locale}>
            ${i18n.t(`language.${locale}`)}
          </option>`,
      )}
    </select>
  </span>
`
