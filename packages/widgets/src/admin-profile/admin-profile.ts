import { html } from "lit"
import { property } from "lit/decorators.js"
import * as adminProfileStrings from "../i18n/catalog/admin-profile.js"
import * as passwordPolicyStrings from "../i18n/catalog/password-policy.js"
import { addStrings } from "../i18n/catalog/strings.js"
import { define } from "../internal/define.js"
import { KabElement } from "../internal/kab-element.js"
import { base, forms, notices, policy } from "../internal/styles.js"
import { tokens } from "../theme/tokens.js"
import { styles } from "./admin-profile.styles.js"
import { CompanyNames } from "./company-names.js"
import { EmailForm } from "./email-form.js"
import { PasswordForm } from "./password-form.js"
import type { ProfileContext } from "./profile-context.js"

/** The profile's two tabs. */
export type ProfileTab = "profile" | "companies"

const tabs: ReadonlyArray<ProfileTab> = ["profile", "companies"]

/** The tab a key on the tab list moves to from `tab` (the WAI-ARIA tabs pattern), if any. */
const tabFor = (key: string, tab: ProfileTab): ProfileTab | undefined => {
  const index = tabs.indexOf(tab)
  const moves: Record<string, number> = {
    ArrowRight: index + 1,
    ArrowDown: index + 1,
    ArrowLeft: index - 1 + tabs.length,
    ArrowUp: index - 1 + tabs.length,
    Home: 0,
    End: tabs.length - 1,
  }
  const next = moves[key]
  return next === undefined ? undefined : tabs[next % tabs.length]
}

/**
 * The administrator's profile («Профиль Администратора», A3) in the manual's two tabs:
 *
 * - «Мой профиль»: «СМЕНА E-MAIL» (the new e-mail and the current password → «Изменить») and
 *   «СМЕНА ПАРОЛЯ» (current password, new password, its repetition → «Сохранить»), with the
 *   operator's password policy shown as the admin types;
 * - «Мои компании»: for each company its БИН and full name, and a short name for the company
 *   drop-down («СОКРАЩЕННОЕ НАЗВАНИЕ КОМПАНИИ» → «Сохранить»; an empty name restores the full one).
 *   A saved name shows at once in `<kab-company-switcher>` under the same provider.
 *
 * The tabs follow the WAI-ARIA tabs pattern (arrow keys, Home, End). Every check is the core's rule;
 * what the admin typed is kept through errors; each form shows its own operator error. Each form is a
 * module of its own (`email-form.ts`, `password-form.ts`, `company-names.ts`) that this element composes.
 *
 * @summary The admin's profile: «Мой профиль» and «Мои компании».
 * @tag kab-admin-profile
 * @csspart title - «Профиль Администратора».
 * @csspart tabs - The tab list.
 * @csspart tab - A tab.
 * @csspart panel - A tab's panel.
 * @csspart section - A form's box («СМЕНА E-MAIL», «СМЕНА ПАРОЛЯ», a company).
 * @csspart field - A field: label, input, hint, error.
 * @csspart label - A field's label.
 * @csspart input - A field's input.
 * @csspart error - A field's error.
 * @csspart action - The buttons.
 * @csspart notice - A saved change.
 * @csspart policy - The password policy.
 * @cssproperty --kab-admin-profile-max-inline-size - The largest width (default 40rem).
 * @event kab-email-changed - The e-mail changed; `detail.email`.
 * @event kab-password-changed - The password changed.
 * @event kab-company-renamed - A company's short name was saved or cleared; `detail.company`.
 * @event kab-error - An operation failed; already shown to the admin.
 */
export class KabAdminProfile extends KabElement {
  static override styles = [tokens, base, forms, notices, policy, styles]

  /** The tab shown. */
  @property({ reflect: true }) accessor tab: ProfileTab = "profile"

  readonly #context: ProfileContext = { host: this, i18n: this.i18n, kabinet: this.kabinet }
  readonly #email = new EmailForm(this.#context)
  readonly #password = new PasswordForm(this.#context)
  readonly #companies = new CompanyNames(this.#context)

  #selectTab(tab: ProfileTab, focus: boolean): void {
    this.tab = tab
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus())
  }

  #onTabKey(event: KeyboardEvent): void {
    const next = tabFor(event.key, this.tab)
    if (next === undefined) return
    event.preventDefault()
    this.#selectTab(next, true)
  }

  override render() {
    const { i18n } = this
    if (this.store.session === undefined) {
      return html`<p class="notice" part="notice" lang=${i18n.locale}>${i18n.m("error.unauthorized")}</p>`
    }
    return html`
      <div class="profile" lang=${i18n.locale}>
        <h2 class="title" part="title" id="title">${i18n.t("profile.tabs")}</h2>
        <div role="tablist" part="tabs" aria-labelledby="title" @keydown=${this.#onTabKey}>
          ${tabs.map(
            (tab) => html`
              <button
                type="button"
                role="tab"
                part="tab"
                id=${`tab-${tab}`}
                aria-selected=${tab === this.tab ? "true" : "false"}
                aria-controls=${`panel-${tab}`}
                tabindex=${tab === this.tab ? 0 : -1}
                @click=${() => this.#selectTab(tab, false)}
              >
                ${tab === "profile" ? i18n.t("profile.tab.profile") : i18n.t("profile.tab.companies")}
              </button>
            `,
          )}
        </div>
        <div role="tabpanel" part="panel" id=${`panel-${this.tab}`} aria-labelledby=${`tab-${this.tab}`}>
          ${this.tab === "profile" ? html`${this.#email.render()}${this.#password.render()}` : this.#companies.render()}
        </div>
      </div>
    `
  }
}

addStrings(adminProfileStrings, passwordPolicyStrings)
define("kab-admin-profile", KabAdminProfile)

declare global {
  interface HTMLElementTagNameMap {
    "kab-admin-profile": KabAdminProfile
  }
}
