import {
  type Api,
  type Instant,
  type MobileNumber,
  Msisdn,
  type NumberProfile,
  Programs,
  Rules,
  type Spending,
} from "@kabinet/core"
import { html, nothing } from "lit"
import { property } from "lit/decorators.js"
import * as confirmDialogStrings from "../i18n/catalog/confirm-dialog.js"
import * as operationsStrings from "../i18n/catalog/operations.js"
import * as profileStrings from "../i18n/catalog/profile.js"
import { addStrings } from "../i18n/catalog/strings.js"
import { announce } from "../internal/controllers/announcer.js"
import { OperationController } from "../internal/controllers/operation-controller.js"
import { define } from "../internal/define.js"
import { KabElement } from "../internal/kab-element.js"
import { base, forms, notices } from "../internal/styles.js"
import { failureNotice } from "../internal/templates/failure.js"
import { tokens } from "../theme/tokens.js"
import { general } from "./general.js"
import { header } from "./header.js"
import { styles } from "./number-profile.styles.js"
import { OperationFollower } from "./operation-follower.js"
import { ProfileOperations } from "./profile-operations.js"
import { remainders } from "./remainders.js"
import { ServiceChanges } from "./service-changes.js"
import { services } from "./services.js"
import { type SimCode, sim } from "./sim.js"
import { spendingChart } from "./spending-chart.js"

/**
 * «Информация по номеру» (B2–B7): a number's profile — its header with the status, tariff, funds and
 * limits and the actions «Детализация», «Блокировка» / «Разблокировка», ⋮ and «Обновить»; «Общая
 * информация»; «SIM карта и устройство» with the PIN and PUK codes masked until revealed, one at a time;
 * «Остатки по тарифному плану» and «Дополнительно» as meters; the spending of the last six months as a
 * chart with a table behind it (E3); «Подключенные услуги» and «Доступные услуги».
 *
 * Every action is decided by the core's `NumberRules`: a refused one stays visible with its reason
 * (no «Разблокировка» for «Заблокирован / Долг», nothing but reading while «В обработке»). Operations
 * open in the page's one `<kab-number-operation>` dialog, the same as from the list's ⋮.
 *
 * A long operation (block, unblock, SIM swap) is followed to its end without «Обновить»: «В обработке»
 * with its progress, then the new status, announced. The widget learns of it from the operator — the
 * number's running operation is asked for whenever the profile loads — so closing the profile, opening
 * another number or reloading the page loses nothing; `kab-operation-started` starts following at once.
 *
 * @summary A number's profile «Информация по номеру», with its operations.
 * @tag kab-number-profile
 * @csspart header - «Информация по номеру»: the number, its status and figures, and the actions.
 * @csspart phone - The number, `+7 701 054 20 01`.
 * @csspart status - The status badge.
 * @csspart processing - «В обработке»: the running operation's progress.
 * @csspart general - «Общая информация».
 * @csspart sim - «SIM карта и устройство».
 * @csspart reveal - A «Показать» / «Скрыть» button of a PIN or PUK code.
 * @csspart remainders - «Остатки по тарифному плану», «Дополнительно».
 * @csspart meter - A bundle's meter.
 * @csspart spending - The spending chart and its table.
 * @csspart connected-services - «Подключенные услуги».
 * @csspart available-services - «Доступные услуги».
 * @csspart conditions - A service's conditions (the toggletip).
 * @csspart menu - The ⋮ menu (a `<kab-menu>`); its entries are `menu-item`, their refusals `reason`.
 * @cssproperty --kab-color-brand - The meters' and the chart's bars.
 * @event kab-records-request - «Детализация» (`kind: "detalization"`) or «История платежей» (`kind: "payments"`).
 * @event kab-error - The operator failed; already shown to the admin.
 */
export class KabNumberProfile extends KabElement {
  static override styles = [tokens, base, forms, notices, styles]

  /** The number, 11 digits (`77010542001`). */
  @property({ reflect: true }) accessor number = ""

  readonly #loading = new OperationController(this, this.kabinet)
  readonly #follower = new OperationFollower(this, this.kabinet, (operation) => this.#onOperation(operation))
  readonly #operations = new ProfileOperations(this, () => this.#shown())
  readonly #services = new ServiceChanges(this, this.kabinet, {
    number: () => this.#shown(),
    reload: () => this.#load({ quiet: true }),
  })
  #profile: NumberProfile.NumberProfile | undefined
  #spending: Spending.Spending | undefined
  #loadedFor = ""
  #runningSince: Instant.Instant | undefined
  #revealed: SimCode | undefined
  #refreshing = false

  readonly #onStarted = (event: Event) => {
    const { msisdn, operationId } = (event as CustomEvent<{ msisdn: string; operationId?: string }>).detail
    if (msisdn !== this.number || operationId === undefined) return
    const ref = this.#ref()
    if (ref !== undefined) void this.#follower.follow(Programs.Operations.followPending(ref))
  }

  readonly #onFinished = (event: Event) => {
    const { msisdn } = (event as CustomEvent<{ msisdn: string }>).detail
    if (msisdn === this.number) void this.#load({ quiet: true })
  }

  constructor() {
    super()
    this.kabinet.onChange(() => this.#followStore())
  }

  /** The profile shown, once the operator answered. */
  get profile(): NumberProfile.NumberProfile | undefined {
    return this.#profile
  }

  /** Loads the profile again, and picks up the operation running on the number from the operator. */
  refresh(): Promise<void> {
    return this.#load({ quiet: true })
  }

  override connectedCallback(): void {
    super.connectedCallback()
    document.addEventListener("kab-operation-started", this.#onStarted)
    document.addEventListener("kab-operation-finished", this.#onFinished)
    this.#followStore()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    document.removeEventListener("kab-operation-started", this.#onStarted)
    document.removeEventListener("kab-operation-finished", this.#onFinished)
    this.#loadedFor = ""
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has("number")) this.#followStore()
  }

  #ref(): Programs.Operations.NumberRef | undefined {
    const companyId = this.store.companyId
    const digits = Msisdn.digitsOf(this.number)
    if (companyId === undefined || this.store.session === undefined || !/^7\d{10}$/u.test(digits)) return undefined
    return { companyId, msisdn: Msisdn.make(digits) }
  }

  #followStore(): void {
    const ref = this.#ref()
    const key = ref === undefined ? "" : `${ref.companyId}:${ref.msisdn}`
    if (key === this.#loadedFor) return
    this.#loadedFor = key
    this.#profile = undefined
    this.#spending = undefined
    this.#runningSince = undefined
    this.#revealed = undefined
    this.#follower.stop()
    if (key !== "") void this.#load({ quiet: false })
    this.requestUpdate()
  }

  async #load(options: { readonly quiet: boolean }): Promise<void> {
    const ref = this.#ref()
    if (ref === undefined) return
    this.#refreshing = options.quiet
    this.requestUpdate()
    const [profile, spending] = await Promise.all([
      this.#loading.run("operation.loadNumber", Programs.Numbers.loadNumberProfile(ref)),
      this.store.run(Programs.Numbers.loadSpending(ref)),
    ])
    this.#refreshing = false
    if (this.#ref()?.msisdn !== ref.msisdn) return
    if (spending._tag === "Success") this.#spending = spending.value
    if (profile._tag === "Success") {
      this.#profile = profile.value
      if (profile.value.number.status === "В обработке")
        void this.#follower.follow(Programs.Operations.followPending(ref))
      else this.#runningSince = undefined
    }
    this.requestUpdate()
  }

  #onOperation(operation: Api.Operations.Operation): void {
    if (operation.state === "pending") {
      this.#runningSince = operation.startedAt
      this.requestUpdate()
      return
    }
    this.#runningSince = undefined
    if (operation.status !== undefined) announce(this.i18n.t("profile.statusNow", { status: operation.status }))
    void this.#load({ quiet: true })
  }

  /** The number as shown: «В обработке» while an operation the widget follows runs. */
  #shown(): MobileNumber.MobileNumber | undefined {
    const number = this.#profile?.number
    if (number === undefined || this.#runningSince === undefined || number.status === "В обработке") return number
    return { ...number, status: "В обработке" } as MobileNumber.MobileNumber
  }

  #body(number: MobileNumber.MobileNumber, profile: NumberProfile.NumberProfile) {
    const { i18n } = this
    return html`
      ${header(
        i18n,
        number,
        { runningSince: this.#runningSince, refreshing: this.#refreshing },
        {
          detalization: () => this.#operations.open("detalization"),
          blockToggle: () =>
            this.#operations.open(
              Rules.NumberRules.blockToggle(number).operation,
              this.renderRoot.querySelector<HTMLElement>("#block-toggle") ?? undefined,
            ),
          menu: (button) => void this.#operations.showMenu(button),
          refresh: () => void this.refresh(),
        },
      )}
      ${failureNotice(this.#follower.failure)}
      <div class="sections">
        ${general(i18n, profile.general)}
        ${sim(i18n, profile.sim, this.#revealed, (which) => {
          this.#revealed = which
          this.requestUpdate()
        })}
        ${remainders(i18n, profile.remainders)}
        ${this.#spending === undefined ? nothing : spendingChart(i18n, this.#spending)}
        ${services(i18n, number, profile.connectedServices, profile.availableServices, this.#services.actions)}
      </div>
      ${this.#services.dialog(i18n)}
    `
  }

  override render() {
    if (this.store.session === undefined) return nothing
    const { i18n } = this
    const profile = this.#profile
    const number = this.#shown()
    return html`
      <div class="profile" lang=${i18n.locale}>
        ${failureNotice(this.#loading.failure)}
        ${
          profile === undefined || number === undefined
            ? this.#loading.failure === undefined
              ? html`<p class="status-note" role="status">${i18n.t("profile.loading")}</p>`
              : html`<button type="button" class="button secondary" @click=${() => void this.#load({ quiet: false })}>${i18n.t("profile.retry")}</button>`
            : this.#body(number, profile)
        }
        ${this.#operations.render(i18n)}
      </div>
    `
  }
}

addStrings(confirmDialogStrings, operationsStrings, profileStrings)
define("kab-number-profile", KabNumberProfile)

declare global {
  interface HTMLElementTagNameMap {
    "kab-number-profile": KabNumberProfile
  }
}
