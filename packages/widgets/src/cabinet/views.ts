/**
 * The cabinet's views: each one's heading (where the focus goes on arrival) and its content, a public
 * widget. A view whose widget the page has not loaded says what it is and offers the way back.
 */
import type { Msisdn } from "@kabinet/core"
import { html, type TemplateResult } from "lit"
import "../admin-profile/admin-profile.js"
import { formatPhone } from "../i18n/format.js"
import type { I18nController } from "../i18n/i18n-controller.js"
import "../number-list/number-list.js"
import type { ElementsController } from "./elements.js"
import { type CabinetView, isNumberView, type Route, routeHash, startRoute } from "./route.js"

/** The element each view is made of. */
export const viewTags: { readonly [V in CabinetView]: string } = {
  numbers: "kab-number-list",
  number: "kab-number-profile",
  detalization: "kab-detalization",
  payments: "kab-payment-history",
  documents: "kab-documents",
  profile: "kab-admin-profile",
}

const phoneOf = (route: Route): string => formatPhone((route.number ?? "") as Msisdn.Msisdn)

/**
 * The heading of a view, in the admin's language.
 *
 * @example
 * ```ts
 * viewTitle(i18n, { view: "number", number: "77010542001" }) // "Номер +7 701 054 20 01"
 * ```
 */
export const viewTitle = (i18n: I18nController, route: Route): string => {
  switch (route.view) {
    case "numbers":
      return i18n.t("cabinet.nav.numbers")
    case "documents":
      return i18n.t("cabinet.nav.documents")
    case "profile":
      return i18n.t("cabinet.view.profile")
    default:
      return i18n.t(`cabinet.view.${route.view}`, { number: phoneOf(route) })
  }
}

const back = (i18n: I18nController, onGo: (route: Route) => void): TemplateResult =>
  html`<a
    class="back"
    part="back"
    href=${routeHash(startRoute)}
    @click=${(event: MouseEvent) => {
      event.preventDefault()
      onGo(startRoute)
    }}
    >${i18n.t("cabinet.back")}</a
  >`

const placeholder = (i18n: I18nController, route: Route, onGo: (route: Route) => void): TemplateResult =>
  html`<section class="placeholder" part="placeholder" data-view=${route.view}>
    <p>${i18n.t(`cabinet.placeholder.${route.view as Exclude<CabinetView, "numbers">}`, { number: phoneOf(route) })}</p>
    <p class="hint">${i18n.t("cabinet.placeholder.note")}</p>
    ${back(i18n, onGo)}
  </section>`

// On a phone the number list scrolls with the page rather than in a box of its own.
const widget = (route: Route, narrow: boolean): TemplateResult => {
  const number = route.number ?? ""
  switch (route.view) {
    case "numbers":
      return html`<kab-number-list class="numbers" ?page-scroll=${narrow}></kab-number-list>`
    case "number":
      return html`<kab-number-profile number=${number}></kab-number-profile>`
    case "detalization":
      return html`<kab-detalization number=${number}></kab-detalization>`
    case "payments":
      return html`<kab-payment-history number=${number}></kab-payment-history>`
    case "documents":
      return html`<kab-documents></kab-documents>`
    case "profile":
      return html`<kab-admin-profile></kab-admin-profile>`
  }
}

/**
 * A view's content: its widget, or what it is and the way back while the page lacks the widget.
 *
 * @example
 * ```ts
 * viewContent(this.i18n, route, this.#elements, (to) => this.#router.go(to))
 * ```
 */
export const viewContent = (
  i18n: I18nController,
  route: Route,
  elements: ElementsController,
  onGo: (route: Route) => void,
  narrow = false,
): TemplateResult => {
  const tag = viewTags[route.view]
  if (!elements.defined(tag)) {
    return elements.loading(tag)
      ? html`<p class="loading" part="loading" role="status">${i18n.t("common.loading")}</p>`
      : placeholder(i18n, route, onGo)
  }
  return isNumberView(route.view) ? html`${back(i18n, onGo)}${widget(route, narrow)}` : widget(route, narrow)
}
