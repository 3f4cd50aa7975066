/**
 * The cabinet's header (the manual's page top): the operator's logo (D7), «Выбор компании», the
 * language switch and the account menu in the top right corner.
 */
import type { Admin } from "@kabinet/core"
import { html, type TemplateResult } from "lit"
import "../company-switcher/company-switcher.js"
import type { I18nController } from "../i18n/i18n-controller.js"
import { languageSwitch } from "../internal/templates/language-switch.js"
import { type AccountChoice, accountMenu } from "./account-menu.js"

/**
 * The brand: the logo image when the brand has one, else the operator's name in its colour.
 *
 * @example
 * ```ts
 * brandMark(this.i18n)
 * ```
 */
export const brandMark = (i18n: I18nController): TemplateResult => {
  const brand = i18n.brand
  return html`<span class="brand" part="brand">
    ${
      brand.logo === undefined
        ? html`<span class="brand-name">${brand.operator}</span>`
        : html`<img class="brand-logo" src=${brand.logo.src} alt=${brand.logo.alt ?? brand.operator} />`
    }
  </span>`
}

/**
 * The header landmark of a signed-in cabinet.
 *
 * @example
 * ```ts
 * cabinetHeader(this.i18n, this, session.admin, (choice) => …)
 * ```
 */
export const cabinetHeader = (
  i18n: I18nController,
  host: HTMLElement,
  admin: Admin.Admin,
  onAccount: (choice: AccountChoice) => void,
): TemplateResult => html`<header class="header" part="header">
  ${brandMark(i18n)}
  <kab-company-switcher class="company" part="company"></kab-company-switcher>
  ${languageSwitch(i18n, host, "cabinet-language")}
  ${accountMenu(i18n, admin, onAccount)}
</header>`
