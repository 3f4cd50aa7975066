import { Company, Email, Programs, Rules } from "@kabinet/core"
import { Result, Schema } from "effect"
import { html, nothing, type TemplateResult } from "lit"
import { property, state } from "lit/decorators.js"
import { emit } from "../events/events.js"
import { announce } from "../internal/controllers/announcer.js"
import { CompaniesController } from "../internal/controllers/companies-controller.js"
import { OperationController } from "../internal/controllers/operation-controller.js"
import "../operator-error/operator-error.js"
import { define } from "../internal/define.js"
import { KabElement } from "../internal/kab-element.js"
import { base, forms, notices, policy } from "../internal/styles.js"
import { action, denialOf } from "../internal/templates/action.js"
import { field } from "../internal/templates/field.js"
import { passwordPolicy, passwordViolations } from "../internal/templates/password-policy.js"
import { passwordToggle } from "../internal/templates/password-toggle.js"
import { tokens } from "../theme/tokens.js"
import { styles } from "./admin-profile.styles.js"

/** The profile's two tabs. */
export type ProfileTab = "profile" | "companies"

const tabs: ReadonlyArray<ProfileTab> = ["profile", "companies"]

const decodeShortName = Schema.decodeUnknownOption(Company.ShortName)

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
 * what the admin typed is kept through errors; each form shows its own operator error.
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

  @state() accessor #email: string | undefined = undefined
  @state() accessor #emailPassword = ""
  @state() accessor #emailSubmitted = false
  @state() accessor #emailSaved = false

  @state() accessor #current = ""
  @state() accessor #next = ""
  @state() accessor #repeat = ""
  @state() accessor #showPasswords = false
  @state() accessor #passwordSubmitted = false
  @state() accessor #passwordSaved = false

  @state() accessor #shortNames: ReadonlyMap<string, string> = new Map()
  @state() accessor #companySubmitted: string | undefined = undefined
  @state() accessor #companySaved: string | undefined = undefined
  @state() accessor #companyFailed: string | undefined = undefined

  readonly #load = new OperationController(this, this.kabinet)
  readonly #emailOps = new OperationController(this, this.kabinet)
  readonly #passwordOps = new OperationController(this, this.kabinet)
  readonly #companyOps = new OperationController(this, this.kabinet)
  readonly #companies = new CompaniesController(this, this.kabinet, this.#load)

  #selectTab(tab: ProfileTab, focus: boolean): void {
    this.tab = tab
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus())
  }

  #onTabKey(event: KeyboardEvent): void {
    const index = tabs.indexOf(this.tab)
    const next =
      event.key === "ArrowRight" || event.key === "ArrowDown"
        ? tabs[(index + 1) % tabs.length]
        : event.key === "ArrowLeft" || event.key === "ArrowUp"
          ? tabs[(index - 1 + tabs.length) % tabs.length]
          : event.key === "Home"
            ? tabs[0]
            : event.key === "End"
              ? tabs[tabs.length - 1]
              : undefined
    if (next === undefined) return
    event.preventDefault()
    this.#selectTab(next, true)
  }

  // «СМЕНА E-MAIL».

  #emailValue(): string {
    return this.#email ?? this.kabinet.store.session?.admin.email ?? ""
  }

  #emailError(): string | undefined {
    if (!this.#emailSubmitted) return undefined
    const parsed = Email.parse(this.#emailValue())
    return Result.isFailure(parsed) ? this.i18n.m(parsed.failure) : undefined
  }

  #currentPasswordError(value: string, submitted: boolean): string | undefined {
    if (!submitted) return undefined
    const denial = denialOf(Rules.AccessRules.currentPasswordRequired.check({ currentPassword: value }))
    return denial === undefined ? undefined : this.i18n.message(denial)
  }

  async #focusFirstInvalid(form: string): Promise<boolean> {
    await this.updateComplete
    const invalid = this.renderRoot.querySelector<HTMLInputElement>(`#${form} input[aria-invalid=true]`)
    invalid?.focus()
    return invalid !== null
  }

  async #changeEmail(event: Event): Promise<void> {
    event.preventDefault()
    if (this.#emailOps.pending !== undefined) return
    this.#emailSubmitted = true
    this.#emailSaved = false
    if (await this.#focusFirstInvalid("email-form")) return
    const parsed = Email.parse(this.#emailValue())
    if (Result.isFailure(parsed)) return
    const outcome = await this.#emailOps.run(
      "operation.changeEmail",
      Programs.Profile.changeEmail({ email: parsed.success, currentPassword: this.#emailPassword }),
    )
    if (outcome._tag !== "Success") return
    this.kabinet.store.updateAdmin(outcome.value)
    this.#email = undefined
    this.#emailPassword = ""
    this.#emailSubmitted = false
    this.#emailSaved = true
    announce(this.i18n.t("profile.email.saved"))
    emit(this, "kab-email-changed", { email: parsed.success })
  }

  // «СМЕНА ПАРОЛЯ».

  #policyInput() {
    return {
      password: this.#next,
      confirmation: this.#repeat,
      current: this.#current,
      policy: this.kabinet.store.passwordPolicy,
      surroundings: {
        phone: this.kabinet.store.session?.admin.phone,
        email: this.kabinet.store.session?.admin.email,
      },
    }
  }

  #newPasswordError(): string | undefined {
    if (!this.#passwordSubmitted) return undefined
    if (this.#next === "") return this.i18n.m("field.required")
    const denial = passwordViolations(this.#policyInput()).find(
      (each) => each.messageKey !== "rule.password.confirmationMismatch",
    )
    return denial === undefined ? undefined : this.i18n.message(denial)
  }

  #repeatError(): string | undefined {
    if (!this.#passwordSubmitted) return undefined
    if (this.#repeat === "") return this.i18n.m("field.required")
    const denial = denialOf(
      Rules.PasswordPolicy.confirmationMismatch.check({ password: this.#next, confirmation: this.#repeat }),
    )
    return denial === undefined ? undefined : this.i18n.message(denial)
  }

  async #changePassword(event: Event): Promise<void> {
    event.preventDefault()
    if (this.#passwordOps.pending !== undefined) return
    this.#passwordSubmitted = true
    this.#passwordSaved = false
    if (await this.#focusFirstInvalid("password-form")) return
    const outcome = await this.#passwordOps.run(
      "operation.changePassword",
      Programs.Profile.changePassword({
        currentPassword: this.#current,
        newPassword: this.#next,
        confirmation: this.#repeat,
      }),
    )
    if (outcome._tag !== "Success") return
    this.#current = ""
    this.#next = ""
    this.#repeat = ""
    this.#passwordSubmitted = false
    this.#passwordSaved = true
    announce(this.i18n.t("profile.password.saved"))
    emit(this, "kab-password-changed", {})
  }

  // «Мои компании».

  #shortNameValue(company: Company.Company): string {
    return this.#shortNames.get(company.id) ?? company.shortName ?? ""
  }

  #shortNameError(company: Company.Company): string | undefined {
    if (this.#companySubmitted !== company.id) return undefined
    const value = this.#shortNameValue(company).trim()
    if (value === "") return undefined
    const denial = denialOf(Rules.AccessRules.shortNameTooLong.check({ shortName: value }))
    if (denial !== undefined) return this.i18n.message(denial)
    return decodeShortName(value)._tag === "None"
      ? this.i18n.m("rule.profile.shortName.tooLong", { max: Company.shortNameMaxLength })
      : undefined
  }

  async #rename(event: Event, company: Company.Company): Promise<void> {
    event.preventDefault()
    if (this.#companyOps.pending !== undefined) return
    this.#companySubmitted = company.id
    this.#companySaved = undefined
    if (await this.#focusFirstInvalid(`company-form-${company.id}`)) return
    const value = this.#shortNameValue(company).trim()
    const shortName = value === "" ? undefined : decodeShortName(value)
    if (shortName !== undefined && shortName._tag === "None") return
    this.#companyFailed = company.id
    const outcome = await this.#companyOps.run(
      "operation.renameCompany",
      Programs.Profile.setCompanyShortName({
        companyId: company.id,
        shortName: shortName === undefined ? undefined : shortName.value,
      }),
    )
    if (outcome._tag !== "Success") return
    this.#companyFailed = undefined
    this.kabinet.store.updateCompany(outcome.value)
    const names = new Map(this.#shortNames)
    names.delete(company.id)
    this.#shortNames = names
    this.#companySubmitted = undefined
    this.#companySaved = company.id
    announce(this.i18n.t("profile.companies.saved"))
    emit(this, "kab-company-renamed", { company: outcome.value })
  }

  override render() {
    const i18n = this.i18n
    if (this.kabinet.store.session === undefined) {
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
          ${this.tab === "profile" ? this.#renderProfile() : this.#renderCompanies()}
        </div>
      </div>
    `
  }

  #failure(ops: OperationController): TemplateResult | typeof nothing {
    const failure = ops.failure
    return failure === undefined
      ? nothing
      : html`<kab-operator-error .error=${failure.error} operation=${failure.operation}></kab-operator-error>`
  }

  #renderProfile() {
    const i18n = this.i18n
    const toggle = passwordToggle(i18n, {
      controls: "current-password new-password repeat-password",
      shown: this.#showPasswords,
      onToggle: () => {
        this.#showPasswords = !this.#showPasswords
      },
    })
    const passwordType = this.#showPasswords ? "text" : "password"
    return html`
      <section part="section" aria-labelledby="email-title">
        <h3 id="email-title">${i18n.m("operation.changeEmail")}</h3>
        ${this.#failure(this.#emailOps)}
        <form id="email-form" novalidate aria-labelledby="email-title" @submit=${this.#changeEmail}>
          <input hidden aria-hidden="true" tabindex="-1" autocomplete="username" .value=${this.kabinet.store.session?.admin.phone ?? ""} />
          ${field({
            id: "email",
            name: "email",
            type: "email",
            autocomplete: "email",
            label: i18n.t("profile.email.label"),
            placeholder: i18n.t("profile.email.placeholder"),
            value: this.#emailValue(),
            required: true,
            error: this.#emailError(),
            onInput: (value) => {
              this.#email = value
              this.#emailSaved = false
            },
          })}
          ${field({
            id: "email-password",
            name: "password",
            type: "password",
            autocomplete: "current-password",
            label: i18n.t("profile.email.password"),
            placeholder: i18n.t("profile.email.passwordPlaceholder"),
            value: this.#emailPassword,
            required: true,
            error: this.#currentPasswordError(this.#emailPassword, this.#emailSubmitted),
            onInput: (value) => {
              this.#emailPassword = value
            },
          })}
          ${this.#emailSaved ? html`<p class="notice success" part="notice">${i18n.t("profile.email.saved")}</p>` : nothing}
          <div class="actions">
            ${action(i18n, {
              id: "email-submit",
              label: i18n.t("profile.email.submit"),
              type: "submit",
              busy: this.#emailOps.pending !== undefined,
            })}
          </div>
        </form>
      </section>
      <section part="section" aria-labelledby="password-title">
        <h3 id="password-title">${i18n.m("operation.changePassword")}</h3>
        ${this.#failure(this.#passwordOps)}
        <form id="password-form" novalidate aria-labelledby="password-title" @submit=${this.#changePassword}>
          <input hidden aria-hidden="true" tabindex="-1" autocomplete="username" .value=${this.kabinet.store.session?.admin.phone ?? ""} />
          ${field({
            id: "current-password",
            name: "current-password",
            type: passwordType,
            autocomplete: "current-password",
            label: i18n.t("profile.password.current"),
            placeholder: i18n.t("profile.password.currentPlaceholder"),
            value: this.#current,
            required: true,
            error: this.#currentPasswordError(this.#current, this.#passwordSubmitted),
            onInput: (value) => {
              this.#current = value
              this.#passwordSaved = false
            },
            after: toggle,
          })}
          ${field({
            id: "new-password",
            name: "new-password",
            type: passwordType,
            autocomplete: "new-password",
            label: i18n.t("profile.password.new"),
            placeholder: i18n.t("profile.password.newPlaceholder"),
            describedBy: "policy",
            value: this.#next,
            required: true,
            error: this.#newPasswordError(),
            onInput: (value) => {
              this.#next = value
              this.#passwordSaved = false
            },
          })}
          ${passwordPolicy(i18n, "policy", this.#policyInput())}
          ${field({
            id: "repeat-password",
            name: "repeat-password",
            type: passwordType,
            autocomplete: "new-password",
            label: i18n.t("profile.password.repeat"),
            placeholder: i18n.t("profile.password.repeatPlaceholder"),
            value: this.#repeat,
            required: true,
            error: this.#repeatError(),
            onInput: (value) => {
              this.#repeat = value
              this.#passwordSaved = false
            },
          })}
          ${
            this.#passwordSaved
              ? html`<p class="notice success" part="notice">${i18n.t("profile.password.saved")}</p>`
              : nothing
          }
          <div class="actions">
            ${action(i18n, {
              id: "password-submit",
              label: i18n.t("profile.password.submit"),
              type: "submit",
              busy: this.#passwordOps.pending !== undefined,
            })}
          </div>
        </form>
      </section>
    `
  }

  #renderCompanies() {
    const i18n = this.i18n
    const list = this.#companies.list
    if (list === undefined) {
      return html`${this.#failure(this.#load)}
        ${this.#load.failure === undefined ? html`<p class="lead" role="status">${i18n.t("common.loading")}</p>` : nothing}`
    }
    if (list.length === 0) {
      return html`<p class="lead">${i18n.t("profile.companies.empty")}</p>
        <p class="lead">${i18n.m("advice.requestAccess")}</p>`
    }
    return html`
      <p class="lead">${i18n.t("profile.companies.intro")}</p>
      ${list.map((company, index) => this.#renderCompany(company, index))}
    `
  }

  #renderCompany(company: Company.Company, index: number) {
    const i18n = this.i18n
    const nameId = `company-${index}-name`
    const pending = this.#companyOps.pending !== undefined && this.#companySubmitted === company.id
    return html`
      <div class="company" part="section">
        <dl>
          <div>
            <dt>${i18n.t("profile.companies.bin")}</dt>
            <dd class="bin">${company.bin}</dd>
          </div>
          <div>
            <dt>${i18n.t("profile.companies.fullName")}</dt>
            <dd id=${nameId}>${company.fullName}</dd>
          </div>
        </dl>
        ${this.#companyFailed === company.id ? this.#failure(this.#companyOps) : nothing}
        <form
          id=${`company-form-${company.id}`}
          novalidate
          aria-labelledby=${nameId}
          @submit=${(event: Event) => this.#rename(event, company)}
        >
          ${field({
            id: `short-name-${index}`,
            name: "short-name",
            autocomplete: "off",
            label: i18n.t("profile.companies.shortName"),
            placeholder: i18n.t("profile.companies.shortNamePlaceholder"),
            value: this.#shortNameValue(company),
            error: this.#shortNameError(company),
            onInput: (value) => {
              const names = new Map(this.#shortNames)
              names.set(company.id, value)
              this.#shortNames = names
              if (this.#companySaved === company.id) this.#companySaved = undefined
            },
          })}
          ${
            this.#companySaved === company.id
              ? html`<p class="notice success" part="notice">${i18n.t("profile.companies.saved")}</p>`
              : nothing
          }
          <div class="actions">
            ${action(i18n, {
              id: `short-name-${index}-submit`,
              label: i18n.t("profile.companies.save"),
              type: "submit",
              busy: pending,
            })}
          </div>
        </form>
      </div>
    `
  }
}

define("kab-admin-profile", KabAdminProfile)

declare global {
  interface HTMLElementTagNameMap {
    "kab-admin-profile": KabAdminProfile
  }
}
