/**
 * The cabinet's sign-in page (the manual's «Вход в «Кабинет»»): the brand and the language switch
 * above, the promo «Управляйте номерами в один клик!», and the sign-in form — or password recovery,
 * after «Забыли пароль?».
 */
import { html, nothing, type TemplateResult } from "lit"
import type { I18nController } from "../i18n/i18n-controller.js"
import { languageSwitch } from "../internal/templates/language-switch.js"
import "../login/login.js"
import "../password-recovery/password-recovery.js"
import { brandMark } from "./header.js"

/** What the sign-in page shows. */
export interface SignInView {
  /** Recovery instead of the sign-in form. */
  readonly recovering: boolean
  /** The phone typed so far, carried between the two forms. */
  readonly phone: string
  /** The session ended on the operator's side: the page says so. */
  readonly expired: boolean
}

/**
 * The signed-out page, a `main` landmark. The forms' own events (`kab-recovery-request`,
 * `kab-login-request`, `kab-signed-in`) reach the cabinet, which switches between them.
 *
 * @example
 * ```ts
 * signInPage(this.i18n, this, { recovering: false, phone: "", expired: false })
 * ```
 */
export const signInPage = (i18n: I18nController, host: HTMLElement, view: SignInView): TemplateResult =>
  html`<main class="sign-in" part="sign-in">
    <div class="sign-in-top">
      ${brandMark(i18n)} ${languageSwitch(i18n, host, "cabinet-language")}
    </div>
    <div class="sign-in-body">
      <section class="promo" part="promo" aria-labelledby="promo-title">
        <h1 class="promo-title" id="promo-title">${i18n.t("cabinet.promo.title")}</h1>
        <p class="promo-text">${i18n.t("cabinet.promo.text")}</p>
      </section>
      <div class="sign-in-form">
        ${
          view.expired
            ? html`<p class="notice info" part="expired" role="status">${i18n.t("cabinet.expired")}</p>`
            : nothing
        }
        ${
          view.recovering
            ? html`<kab-password-recovery .phone=${view.phone}></kab-password-recovery>`
            : html`<kab-login hide-language .phone=${view.phone}></kab-login>`
        }
      </div>
    </div>
  </main>`
