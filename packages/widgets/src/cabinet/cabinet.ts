import { html, type PropertyValues } from "lit"
import { property, state } from "lit/decorators.js"
import { emit, type KabEvent } from "../events/events.js"
import * as adminProfileStrings from "../i18n/catalog/admin-profile.js"
import * as cabinetStrings from "../i18n/catalog/cabinet.js"
import * as companySwitcherStrings from "../i18n/catalog/company-switcher.js"
import * as confirmDialogStrings from "../i18n/catalog/confirm-dialog.js"
import * as exportStrings from "../i18n/catalog/export.js"
import * as loginStrings from "../i18n/catalog/login.js"
import * as numberListStrings from "../i18n/catalog/number-list.js"
import * as operationsStrings from "../i18n/catalog/operations.js"
import * as passwordPolicyStrings from "../i18n/catalog/password-policy.js"
import * as passwordRecoveryStrings from "../i18n/catalog/password-recovery.js"
import { addStrings } from "../i18n/catalog/strings.js"
import { define } from "../internal/define.js"
import { KabElement } from "../internal/kab-element.js"
import { base, forms, notices } from "../internal/styles.js"
import type { KabLogin } from "../login/login.js"
import { tokens } from "../theme/tokens.js"
import type { AccountChoice } from "./account-menu.js"
import { styles } from "./cabinet.styles.js"
import { ElementsController } from "./elements.js"
import { cabinetHeader } from "./header.js"
import { NarrowController } from "./narrow.js"
import { navigation } from "./navigation.js"
import { type CabinetView, normalize, type Route, startRoute } from "./route.js"
import { Router, type Routing } from "./router.js"
import { signInPage } from "./sign-in-page.js"
import { viewContent, viewTitle } from "./views.js"

/**
 * The whole cabinet as one element, made of the public widgets: a portal that wants everything drops in
 * `<kab-provider><kab-cabinet></kab-cabinet></kab-provider>`.
 *
 * Signed out, it is the manual's sign-in page: the brand, the language switch, the promo «Управляйте
 * номерами в один клик!» and `<kab-login>`, with `<kab-password-recovery>` after «Забыли пароль?»
 * (its last step signs in and lands on the numbers). Signed in, it is a header (logo, «Выбор
 * компании», language, the account menu with the admin's name and phone, «Мой профиль», «Выйти»), the
 * navigation «Управление номерами» / «Документы и отчеты», and one view: the numbers, a number, its
 * call records, its advance payment history, the documents or the admin's profile. A view whose
 * element the page has not loaded says what it is and offers the way back, and appears once the
 * element is registered.
 *
 * With `routing="hash"` (the default) the view and the number live in `location.hash`
 * (`#/numbers/77010542001/detalization`), so the browser's back and forward buttons work; with
 * `routing="none"` the host routes and sets `view` and `number`. Every move sends `kab-navigate` first:
 * cancel it to take over. When the operator ends the session, the cabinet asks to sign in again and
 * then returns to the same view; «Выйти» ends the session and the next sign-in starts at the numbers.
 * On a narrow cabinet (a phone) the navigation folds behind «Меню» and the list scrolls with the page.
 *
 * @summary The whole cabinet: sign-in page, header, navigation and views.
 * @tag kab-cabinet
 * @csspart sign-in - The signed-out page.
 * @csspart promo - The sign-in page's promo text.
 * @csspart expired - The note that the session ended, over the sign-in form.
 * @csspart brand - The operator's logo or name.
 * @csspart header - The signed-in header.
 * @csspart company - The company drop-down (`<kab-company-switcher>`).
 * @csspart account - The account menu: its button and menu.
 * @csspart account-button - The button with the admin's name and phone.
 * @csspart nav - The navigation.
 * @csspart nav-item - A navigation link.
 * @csspart main - The view.
 * @csspart title - The view's heading.
 * @csspart placeholder - A view whose element the page has not loaded.
 * @cssproperty --kab-cabinet-max-inline-size - The view's largest width (default 90rem).
 * @cssproperty --kab-cabinet-min-block-size - The cabinet's smallest height (default the viewport's).
 * @event kab-navigate - The cabinet is about to show `detail.view` (and `detail.number`); cancel to route yourself.
 * @event kab-signed-out - The admin signed out with «Выйти».
 */
export class KabCabinet extends KabElement {
  static override styles = [tokens, base, forms, notices, styles]

  /** `"hash"` keeps the view in `location.hash`; `"none"` leaves routing to the host. */
  @property({ reflect: true }) accessor routing: Routing = "hash"

  /** The view shown: `numbers`, `number`, `detalization`, `payments`, `documents` or `profile`. */
  @property({ reflect: true }) accessor view: CabinetView = "numbers"

  /** The MSISDN of the number the view shows (`number`, `detalization`, `payments`). */
  @property({ reflect: true }) accessor number: string | undefined = undefined

  @state() accessor #recovering = false
  @state() accessor #phone = ""
  @state() accessor #navOpen = false

  readonly #router = new Router(this)
  readonly #elements = new ElementsController(this)
  readonly #narrow = new NarrowController(this)
  #internalMove = false
  #focusTitle = false
  #wasSignedIn = false
  #rendered = false

  constructor() {
    super()
    this.kabinet.onChange(() => this.#onSession())
    this.addEventListener("kab-number-open", (event) => {
      const { number } = (event as KabEvent<"kab-number-open">).detail
      this.#router.go({ view: "number", number: number.msisdn })
    })
    this.addEventListener("kab-records-request", (event) => {
      const { kind, number } = (event as KabEvent<"kab-records-request">).detail
      this.#router.go({ view: kind, number })
    })
    this.addEventListener("kab-recovery-request", (event) => {
      this.#phone = (event as KabEvent<"kab-recovery-request">).detail.phone
      this.#recovering = true
    })
    this.addEventListener("kab-login-request", (event) => {
      this.#phone = (event as KabEvent<"kab-login-request">).detail.phone
      this.#recovering = false
    })
    this.addEventListener("kab-signed-in", () => {
      // Recovery's last step lands on the numbers (the manual: «Вы будете направлены на страницу с номерами»).
      if (this.#recovering) this.#router.go(startRoute, { replace: true })
      this.#recovering = false
    })
  }

  /** The route shown now. */
  get route(): Route {
    return normalize(this.view, this.number)
  }

  /** Shows `route`; called by the router. `moved` puts the focus on the view's heading. */
  show(route: Route, moved: boolean): void {
    this.#internalMove = true
    this.view = route.view
    this.number = route.number
    this.#navOpen = false
    if (moved) this.#focusTitle = true
  }

  /** Goes to a view as the navigation would: sends `kab-navigate`, then moves unless it was cancelled. */
  navigate(view: CabinetView, number?: string): boolean {
    return this.#router.go(normalize(view, number))
  }

  /** Signs out as «Выйти» does. */
  async signOut(): Promise<void> {
    await this.store.signOut()
    this.#router.go(startRoute, { replace: true })
    this.#focusTitle = false
    emit(this, "kab-signed-out", {})
    await this.updateComplete
    this.renderRoot.querySelector<KabLogin>("kab-login")?.focus()
  }

  #onSession(): void {
    const signedIn = this.store.session !== undefined
    if (signedIn === this.#wasSignedIn) return
    this.#wasSignedIn = signedIn
    this.#navOpen = false
    if (!signedIn) this.#recovering = false
    // Signed in from the form: the focus leaves the form that is gone for the view's heading.
    else if (this.matches(":focus-within")) this.#focusTitle = true
  }

  #onAccount(choice: AccountChoice): void {
    if (choice === "profile") this.#router.go({ view: "profile" })
    else void this.signOut()
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has("view") || changed.has("number")) {
      // The host set the view itself: the address follows, and so does the focus once the page is up.
      if (!this.#internalMove && this.#rendered) {
        this.#router.record(this.route)
        this.#focusTitle = true
      }
      this.#internalMove = false
    }
    if (this.#focusTitle && this.store.session !== undefined) {
      this.#focusTitle = false
      this.renderRoot.querySelector<HTMLElement>("#view-title")?.focus()
    }
    this.#rendered = true
  }

  override render() {
    const i18n = this.i18n
    const session = this.store.session
    if (session === undefined) {
      const expired = this.store.sessionEnd === "expired"
      return signInPage(i18n, this, { recovering: this.#recovering, phone: this.#phone, expired })
    }
    const route = this.route
    const go = (to: Route) => this.#router.go(to)
    // No \`lang\` here: the widgets inside follow the provider's (or the page's) as the cabinet does, at once.
    return html`<div class="frame">
      ${cabinetHeader(i18n, this, session.admin, (choice) => this.#onAccount(choice))}
      ${navigation(i18n, {
        view: route.view,
        open: this.#navOpen,
        onToggle: () => {
          this.#navOpen = !this.#navOpen
        },
        onGo: go,
      })}
      <main class="main" part="main" aria-labelledby="view-title">
        <h1 class="title view-title" part="title" id="view-title" tabindex="-1">${viewTitle(i18n, route)}</h1>
        ${viewContent(i18n, route, this.#elements, go, this.#narrow.narrow)}
      </main>
    </div>`
  }
}

addStrings(
  adminProfileStrings,
  cabinetStrings,
  companySwitcherStrings,
  confirmDialogStrings,
  exportStrings,
  loginStrings,
  numberListStrings,
  operationsStrings,
  passwordPolicyStrings,
  passwordRecoveryStrings,
)
define("kab-cabinet", KabCabinet)

declare global {
  interface HTMLElementTagNameMap {
    "kab-cabinet": KabCabinet
  }
}
