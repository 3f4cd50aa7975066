import { type Calendar, Errors, type Messages, Msisdn, Programs, Rules } from "@kabinet/core"
import * as Result from "effect/Result"
import { html, nothing } from "lit"
import { property, state } from "lit/decorators.js"
import { emit } from "../events/events.js"
import * as loginStrings from "../i18n/catalog/login.js"
import { addStrings } from "../i18n/catalog/strings.js"
import { ClockController } from "../internal/controllers/clock-controller.js"
import { FormController } from "../internal/controllers/form-controller.js"
import { OperationController } from "../internal/controllers/operation-controller.js"
import "../operator-error/operator-error.js"
import { define } from "../internal/define.js"
import { KabElement } from "../internal/kab-element.js"
import { base, card, forms, notices } from "../internal/styles.js"
import { action } from "../internal/templates/action.js"
import { field } from "../internal/templates/field.js"
import { languageSwitch } from "../internal/templates/language-switch.js"
import { passwordToggle } from "../internal/templates/password-toggle.js"
import { tokens } from "../theme/tokens.js"
import { styles } from "./login.styles.js"

/** A login lock: for which phone and until when (epoch milliseconds). */
interface Lock {
  readonly phone: Msisdn.Msisdn
  readonly until: number
}

const minute = 60_000

/**
 * When the lock a failed sign-in leaves ends: the operator's `login.locked` refusal carries the
 * instant; the failure that used the last attempt (none left) starts the lock now, for the rule's
 * 15 minutes, so the form never says «0 attempts left» of a login already locked.
 */
const lockEnd = (error: unknown, now: number): number | undefined => {
  const until = Errors.loginLockedUntil(error)
  if (until !== undefined) return until
  return Errors.isKabinetError(error) && error._tag === "InvalidCredentials" && error.attemptsLeft === 0
    ? now + Rules.AccessRules.loginLockMinutes * minute
    : undefined
}

/** The attempts left before the lock, when the failure is wrong credentials that carry them. */
const attemptsOf = (error: unknown): Messages.Message | undefined =>
  Errors.isKabinetError(error) ? Errors.attemptsMessage(error) : undefined

/** The core's lock rule for a lock ending at `until`, checked at `moment`. */
const lockDecision = (until: number, moment: Calendar.Moment): Rules.Decision =>
  Rules.AccessRules.locked.check({ lockedUntil: until }, moment)

/**
 * The sign-in form of the manual's «Вход в «Кабинет»» (A1): the administrator's phone and password.
 *
 * The phone is checked as typed against the core's rule (11 digits `77XXXXXXXXX`; `8 701 …` and
 * `+7 701 …` are accepted and normalised), the typed text is kept as it is. Wrong credentials get
 * the operator's one generic message and, when the operator tells, how many attempts are left before
 * the lock; an account never activated is sent to «Забыли пароль?»; after five failures the form
 * says until when the lock lasts and «ВОЙТИ» stays refused, with the reason, until it ends. The
 * password field works with paste and password managers.
 *
 * On success the session is shared with every widget under the same provider, and
 * `kab-signed-in` is sent.
 *
 * @summary Sign-in form «Вход в Kcell Business ID».
 * @tag kab-login
 * @slot footer - Content under the form (a link to the portal's help, a registration note).
 * @csspart card - The form's box.
 * @csspart logo - The operator's logo or name.
 * @csspart language - The language switch.
 * @csspart title - The form's title.
 * @csspart field - A field: label, input, hint, error.
 * @csspart label - A field's label.
 * @csspart input - A field's input.
 * @csspart hint - A field's hint.
 * @csspart error - A field's error.
 * @csspart action - The buttons.
 * @csspart attempts - How many sign-in attempts are left before the lock, under wrong credentials.
 * @csspart reason - Why «ВОЙТИ» is refused, while the login is locked.
 * @cssproperty --kab-login-max-inline-size - The form's largest width (default 28rem).
 * @cssproperty --kab-login-padding - Space inside the form's box.
 * @cssproperty --kab-color-brand - The operator's colour: the logo and «ВОЙТИ».
 * @event kab-signed-in - The admin signed in; `detail.session` holds the admin and the session's end.
 * @event kab-recovery-request - «Забыли пароль?» was chosen; `detail.phone` is what was typed. Show the
 * recovery form (`<kab-password-recovery>`).
 * @event kab-language-change - A language was chosen; cancel it to apply it yourself.
 * @event kab-error - Sign-in failed; already shown to the admin.
 */
export class KabLogin extends KabElement {
  static override styles = [tokens, base, forms, notices, card, styles]

  /** The phone number as typed; set it to prefill the form. */
  @property() accessor phone = ""

  /** Hides the language switch (when the host page has its own). */
  @property({ type: Boolean, attribute: "hide-language" }) accessor hideLanguage = false

  @state() accessor #showPassword = false
  @state() accessor #lock: Lock | undefined = undefined

  readonly #form = new FormController(this, { initial: () => ({ password: "" }) })
  readonly #operations = new OperationController(this, this.kabinet)
  readonly #clock = new ClockController(this, this.kabinet, () => this.#lockDenial() !== undefined)

  /** Puts the focus on the phone field. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLInputElement>("#phone")?.focus(options)
  }

  #phoneResult() {
    return Msisdn.parse(this.phone)
  }

  #phoneError(): string | undefined {
    if (this.phone.trim() === "") return this.i18n.m("field.required")
    const parsed = this.#phoneResult()
    return Result.isFailure(parsed) ? this.i18n.m(parsed.failure) : undefined
  }

  #passwordError(): string | undefined {
    return this.#form.value("password") === "" ? this.i18n.m("field.required") : undefined
  }

  /** The lock, as the core's rule states it now, for the phone in the field. */
  #lockDenial(): Rules.Denied | undefined {
    const lock = this.#lock
    if (lock === undefined) return undefined
    const parsed = this.#phoneResult()
    if (Result.isFailure(parsed) || parsed.success !== lock.phone) return undefined
    const decision = lockDecision(lock.until, this.#clock.moment())
    return decision._tag === "Denied" ? decision : undefined
  }

  async #signIn(password: string): Promise<boolean> {
    const parsed = this.#phoneResult()
    if (Result.isFailure(parsed) || this.#lockDenial() !== undefined) return false
    const phone = parsed.success
    const outcome = await this.#operations.run("operation.signIn", Programs.Access.signIn({ phone, password }))
    if (outcome._tag === "Success") {
      this.#lock = undefined
      emit(this, "kab-signed-in", { session: outcome.value })
      return true
    }
    if (outcome._tag === "Failure") {
      const until = lockEnd(outcome.failure.error, this.#clock.now())
      if (until !== undefined) this.#lock = { phone, until }
    }
    return false
  }

  #forgot(): void {
    emit(this, "kab-recovery-request", { phone: this.phone })
  }

  override render() {
    const i18n = this.i18n
    const brand = i18n.brand
    const pending = this.#form.busy
    const lockDenial = this.#lockDenial()
    const failure = this.#operations.failure
    const attempts = failure === undefined ? undefined : attemptsOf(failure.error)
    return html`
      <div class="card" part="card" lang=${i18n.locale}>
        <header>
          <span part="logo">
            ${brand.logo === undefined ? brand.operator : html`<img src=${brand.logo.src} alt=${brand.logo.alt ?? brand.operator} />`}
          </span>
          ${this.hideLanguage ? nothing : languageSwitch(i18n, this, "language")}
        </header>
        <h2 class="title" part="title" id="title">${i18n.m("operation.signIn")}</h2>
        <form novalidate aria-labelledby="title" aria-busy=${pending ? "true" : "false"} @submit=${(event: Event) => this.#form.submit(event, ({ password }) => this.#signIn(password))}>
          ${
            failure === undefined || lockDenial !== undefined
              ? nothing
              : html`<kab-operator-error .error=${failure.error} operation=${failure.operation}></kab-operator-error>`
          }
          ${
            attempts === undefined || lockDenial !== undefined
              ? nothing
              : html`<p class="notice warning" part="attempts" id="attempts" role="status">${i18n.message(attempts)}</p>`
          }
          ${field({
            id: "phone",
            name: "username",
            type: "tel",
            autocomplete: "username",
            inputmode: "tel",
            label: i18n.t("login.phone.label"),
            placeholder: i18n.t("login.phone.placeholder"),
            hint: i18n.t("login.phone.hint"),
            value: this.phone,
            required: true,
            error: this.#form.shown(this.#phoneError()),
            onInput: (value) => {
              this.phone = value
            },
          })}
          ${field({
            id: "password",
            name: "password",
            type: this.#showPassword ? "text" : "password",
            autocomplete: "current-password",
            label: i18n.t("login.password.label"),
            ...this.#form.bind("password"),
            required: true,
            error: this.#form.shown(this.#passwordError()),
            labelEnd: html`<button type="button" class="link" part="forgot" @click=${this.#forgot}>
              ${i18n.t("login.forgot")}
            </button>`,
            after: passwordToggle(i18n, {
              controls: "password",
              shown: this.#showPassword,
              className: "link toggle",
              onToggle: () => {
                this.#showPassword = !this.#showPassword
              },
            }),
          })}
          <div class="submit">
            ${action(i18n, {
              id: "submit",
              label: i18n.t("login.submit"),
              type: "submit",
              block: true,
              busy: pending,
              denial: lockDenial,
              reason:
                lockDenial === undefined ? undefined : `${i18n.message(lockDenial)} ${i18n.t("login.locked.zone")}`,
            })}
          </div>
          ${
            // The operator's advice under a failure already sends a first sign-in to «Забыли пароль?».
            failure === undefined ? html`<p class="note" part="note">${i18n.m("note.firstLogin")}</p>` : nothing
          }
        </form>
        <slot name="footer"></slot>
      </div>
    `
  }
}

addStrings(loginStrings)
define("kab-login", KabLogin)

declare global {
  interface HTMLElementTagNameMap {
    "kab-login": KabLogin
  }
}
