/**
 * The cabinet's navigation: «Управление номерами» and «Документы и отчеты», the current one marked
 * `aria-current="page"`. On a narrow cabinet (a phone) the list collapses behind a «Меню» disclosure
 * button.
 */
import { html, type TemplateResult } from "lit"
import type { I18nController } from "../i18n/i18n-controller.js"
import { type CabinetView, type Route, routeHash, sectionOf } from "./route.js"

/** What the navigation shows and does. */
export interface NavigationView {
  readonly view: CabinetView
  /** Whether the collapsed list is open. */
  readonly open: boolean
  readonly onToggle: () => void
  readonly onGo: (route: Route) => void
}

const sections = [
  { view: "numbers", label: "cabinet.nav.numbers" },
  { view: "documents", label: "cabinet.nav.documents" },
] as const

/**
 * The navigation landmark.
 *
 * @example
 * ```ts
 * navigation(this.i18n, { view, open, onToggle, onGo: (route) => this.#router.go(route) })
 * ```
 */
export const navigation = (i18n: I18nController, nav: NavigationView): TemplateResult => {
  const current = sectionOf(nav.view)
  return html`<nav class="nav" part="nav" aria-label=${i18n.t("cabinet.nav.label")}>
    <button
      type="button"
      class="nav-toggle"
      part="nav-toggle"
      aria-expanded=${nav.open ? "true" : "false"}
      aria-controls="nav-list"
      @click=${nav.onToggle}
    >
      <span aria-hidden="true">☰</span> ${i18n.t("cabinet.nav.menu")}
    </button>
    <ul id="nav-list" class=${nav.open ? "nav-list open" : "nav-list"} part="nav-list">
      ${sections.map(
        (section) => html`<li>
          <a
            href=${routeHash({ view: section.view })}
            part="nav-item"
            aria-current=${current === section.view ? "page" : "false"}
            @click=${(event: MouseEvent) => {
              if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return
              event.preventDefault()
              nav.onGo({ view: section.view })
            }}
            >${i18n.t(section.label)}</a
          >
        </li>`,
      )}
    </ul>
  </nav>`
}
