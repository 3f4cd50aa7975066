/**
 * B3 «Общая информация»: the billing method, the registration form, the account, and the states of
 * the three bans (B12–B14) as «Включен» / «Отключен».
 */
import { Bans, type GeneralInfo, Messages } from "@kabinet/core"
import { html, type TemplateResult } from "lit"
import type { I18nController } from "../i18n/i18n-controller.js"

/** The ban of each row, in the manual's order, and the operation that names it. */
const banRows = [
  ["smsUssdControl", "operation.smsUssdBan"],
  ["selfCareDetailView", "operation.detailViewBan"],
  ["selfCareAccess", "operation.selfCareBan"],
] as const

/** A label and its value, as the manual's two-column tables show them. */
export const row = (label: string, value: TemplateResult | string, part = "row"): TemplateResult =>
  html`<div class="row" part=${part}><dt>${label}</dt><dd>${value}</dd></div>`

/**
 * Renders «Общая информация».
 *
 * @example
 * ```ts
 * general(this.i18n, profile.general)
 * ```
 */
export const general = (i18n: I18nController, info: GeneralInfo.GeneralInfo): TemplateResult => html`
  <section class="card" part="general" aria-labelledby="general-title">
    <h3 id="general-title" class="section-title">${i18n.t("profile.general.title")}</h3>
    <dl class="rows">
      ${row(i18n.t("profile.general.billingMethod"), i18n.m(Messages.billingMethodKey(info.billingMethod)))}
      ${row(i18n.t("profile.general.registrationForm"), info.registrationForm)}
      ${row(i18n.t("profile.general.accountNumber"), info.accountNumber)}
      ${banRows.map(([kind, key]) =>
        row(`${i18n.m(key)}:`, i18n.m(Bans.isEnabled(info.bans, kind) ? "ban.on" : "ban.off"), `ban ban-${kind}`),
      )}
    </dl>
  </section>
`
