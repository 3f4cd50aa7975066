/**
 * B5 «Остатки по тарифному плану» and «Дополнительно»: each bundle as a meter of what is available of
 * its total (a `role="meter"` with the value spoken as «50 мин 0 сек из 50 мин 0 сек»), or «Безлимит»,
 * with its «Дата подключения» and «Дата отключения». On-net calls take the brand's network name.
 */
import { TariffRemainders } from "@kabinet/core"
import { html, nothing, type TemplateResult } from "lit"
import { styleMap } from "lit/directives/style-map.js"
import type { I18nController } from "../i18n/i18n-controller.js"
import { row } from "./general.js"

/** An amount of a bundle in its unit: «50 мин 0 сек», «150 SMS», «10239 МБ». */
export const amount = (i18n: I18nController, kind: TariffRemainders.RemainderKind, value: number): string => {
  switch (TariffRemainders.units[kind]) {
    case "second":
      return i18n.t("profile.remainders.seconds", {
        minutes: i18n.number(Math.floor(value / 60)),
        seconds: i18n.number(value % 60),
      })
    case "message":
      return i18n.t("profile.remainders.messages", { count: i18n.number(value) })
    default:
      return i18n.t("profile.remainders.megabytes", { count: i18n.number(value) })
  }
}

/** The bundle's name: the brand's on-net and the manual's off-net wording, else the operator's own name. */
const nameOf = (i18n: I18nController, remainder: TariffRemainders.Remainder): string =>
  remainder.kind === "onNetCalls"
    ? i18n.t("profile.remainders.onNetCalls")
    : remainder.kind === "offNetCalls"
      ? i18n.t("profile.remainders.offNetCalls")
      : remainder.name

const bundle = (i18n: I18nController, remainder: TariffRemainders.Remainder, id: string): TemplateResult => {
  const allowance = remainder.allowance
  const name = nameOf(i18n, remainder)
  const body =
    allowance.kind === "unlimited"
      ? html`<p class="unlimited" part="unlimited">${i18n.t("profile.remainders.unlimited")}</p>`
      : html`
          <div
            class="meter"
            part="meter"
            role="meter"
            aria-labelledby=${id}
            aria-valuemin="0"
            aria-valuemax=${allowance.total}
            aria-valuenow=${allowance.available}
            aria-valuetext=${i18n.t("profile.remainders.ofTotal", {
              available: amount(i18n, remainder.kind, allowance.available),
              total: amount(i18n, remainder.kind, allowance.total),
            })}
          >
            <div
              class="meter-fill"
              style=${styleMap({
                inlineSize: `${allowance.total === 0 ? 0 : (100 * allowance.available) / allowance.total}%`,
              })}
            ></div>
          </div>
          <dl class="rows compact">
            ${row(i18n.t("profile.remainders.available"), amount(i18n, remainder.kind, allowance.available))}
            ${row(i18n.t("profile.remainders.total"), amount(i18n, remainder.kind, allowance.total))}
          </dl>
        `
  return html`
    <li class="bundle" part="bundle" data-kind=${remainder.kind}>
      <h4 id=${id} class="bundle-name">${name}</h4>
      ${body}
      <dl class="rows compact">
        ${row(i18n.t("profile.remainders.connectedOn"), i18n.date(remainder.connectedOn))}
        ${
          remainder.disconnectedOn === undefined
            ? nothing
            : row(i18n.t("profile.remainders.disconnectedOn"), i18n.date(remainder.disconnectedOn))
        }
      </dl>
    </li>
  `
}

const group = (
  i18n: I18nController,
  title: string,
  id: string,
  remainders: ReadonlyArray<TariffRemainders.Remainder>,
): TemplateResult => html`
  <section class="card" part="remainders" aria-labelledby=${id}>
    <h3 id=${id} class="section-title">${title}</h3>
    ${
      remainders.length === 0
        ? html`<p class="note">${i18n.t("profile.remainders.none")}</p>`
        : html`<ul class="bundles">${remainders.map((each, index) => bundle(i18n, each, `${id}-${index}`))}</ul>`
    }
  </section>
`

/**
 * Renders «Остатки по тарифному плану» and «Дополнительно».
 *
 * @example
 * ```ts
 * remainders(this.i18n, profile.remainders)
 * ```
 */
export const remainders = (i18n: I18nController, of: TariffRemainders.TariffRemainders): TemplateResult => html`
  ${group(i18n, i18n.t("profile.remainders.title"), "tariff-title", of.tariff)}
  ${group(i18n, i18n.t("profile.remainders.additional"), "additional-title", of.additional)}
`
