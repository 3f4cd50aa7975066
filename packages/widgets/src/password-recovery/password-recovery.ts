import { type Api, Errors, Msisdn, Programs, Rules, SmsCode } from "@kabinet/core"
import * as Result from "effect/Result"
import { html, nothing, type PropertyValues } from "lit"
import { property, state } from "lit/decorators.js"
import { emit } from "../events/events.js"
import * as passwordPolicyStrings from "../i18n/catalog/password-policy.js"
import * as passwordRecoveryStrings from "../i18n/catalog/password-recovery.js"
import { addStrings } from "../i18n/catalog/strings.js"
import { announce } from "../internal/controllers/announcer.js"
import { ClockController } from "../internal/controllers/clock-controller.js"
import { FormController } from "../internal/controllers/form-controller.js"
import { OperationController } from "../internal/controllers/operation-controller.js"
import { define } from "../internal/define.js"
import { KabElement } from "../internal/kab-element.js"
import { base, card, forms, notices, policy } from "../internal/styles.js"
import { denialOf } from "../internal/templates/action.js"
import { confirmationError, newPasswordError } from "../internal/templates/password-policy.js"
import "../operator-error/operator-error.js"
import { tokens } from "../theme/tokens.js"
import { codeStep, passwordStep, phoneStep, type StepContext } from "./password-recovery.steps.js"
import { styles } from "./password-recovery.styles.js"

/** The three steps of the manual: phone, SMS code, new password. */
export type RecoveryStep = "phone" | "code" | "password"

const stepNumber: { readonly [S in RecoveryStep]: number } = { phone: 1, code: 2, password: 3 }

/**
 * Password recovery in the manual's three steps («Восстановление пароля», A2), which is also how a
 * new administrator activates the account:
 *
 * 1. «НОМЕР ТЕЛЕФОНА*» → «ДАЛЕЕ»: the operator texts an SMS code.
 * 2. «SMS код*» → «ДАЛЕЕ». «Отправить код на телефон» sends a new code 60 seconds after the last one;
 *    until then it is refused and the countdown is shown. A code lasts 5 minutes and allows 5 tries.
 * 3. «НОВЫЙ ПАРОЛЬ», «ПОДТВЕРЖДЕНИЕ ПАРОЛЯ» → «ПОДТВЕРДИТЬ», with the operator's password policy
 *    shown as the admin types. The admin is then signed in: `kab-signed-in` is sent.
 *
 * Every check is the core's rule; what the admin typed is kept through errors.
 *
 * @summary Password recovery «Восстановление пароля» in three steps.
 * @tag kab-password-recovery
 * @csspart card - The form's box.
 * @csspart title - «Восстановление пароля».
 * @csspart step - «Шаг 1 из 3».
 * @csspart instructions - The step's instruction.
 * @csspart field - A field: label, input, hint, error.
 * @csspart label - A field's label.
 * @csspart input - A field's input.
 * @csspart hint - A field's hint.
 * @csspart error - A field's error.
 * @csspart action - The buttons.
 * @csspart reason - Why «Отправить код на телефон» is refused: the countdown.
 * @csspart notice - «SMS код успешно выслан», «Вам необходимо изменить пароль…».
 * @csspart policy - The password policy.
 * @cssproperty --kab-password-recovery-max-inline-size - The form's largest width (default 28rem).
 * @cssproperty --kab-password-recovery-padding - Space inside the form's box.
 * @event kab-signed-in - Recovery is complete and the admin is signed in; `detail.session`.
 * @event kab-login-request - «← Назад ко входу» or «ОТМЕНА» was chosen; show the sign-in form.
 * @event kab-error - A step failed; already shown to the admin.
 */
export class KabPasswordRecovery extends KabElement {
  static override styles = [tokens, base, forms, notices, policy, card, styles]

  /** The phone number as typed; set it to prefill step 1 (e.g. from `kab-recovery-request`). */
  @property() accessor phone = ""

  /** The step shown. */
  @property({ reflect: true }) accessor step: RecoveryStep = "phone"

  @state() accessor #showPassword = false
  @state() accessor #challenge: Api.Auth.RecoveryChallenge | undefined = undefined
  @state() accessor #grant: Api.Auth.RecoveryGrant | undefined = undefined
  @state() accessor #codeSent = false
  @state() accessor #wrongCode = false

  readonly #phoneForm = new FormController(this, { initial: () => ({}) })
  readonly #codeForm = new FormController(this, { initial: () => ({ code: "" }) })
  readonly #passwordForm = new FormController(this, { initial: () => ({ newPassword: "", confirmation: "" }) })
  readonly #operations = new OperationController(this, this.kabinet)
  readonly #clock = new ClockController(this, this.kabinet, () => this.#resendDenial() !== undefined)
  #focusOnUpdate = false

  /** Puts the focus on the current step's first field. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLInputElement>("input:not([hidden])")?.focus(options)
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has("step") && changed.get("step") !== undefined) this.#focusOnUpdate = true
    if (this.#focusOnUpdate) {
      this.#focusOnUpdate = false
      this.focus()
    }
  }

  #goTo(step: RecoveryStep): void {
    this.step = step
    this.#focusOnUpdate = true
  }

  // Step 1.

  #phoneError(): string | undefined {
    if (this.phone.trim() === "") return this.i18n.m("field.required")
    const parsed = Msisdn.parse(this.phone)
    return Result.isFailure(parsed) ? this.i18n.m(parsed.failure) : undefined
  }

  async #start(): Promise<boolean> {
    const parsed = Msisdn.parse(this.phone)
    if (Result.isFailure(parsed)) return false
    const program = Programs.Access.startRecovery({ phone: parsed.success })
    const outcome = await this.#operations.run("operation.passwordRecovery", program)
    if (outcome._tag !== "Success") return false
    this.#challenge = outcome.value
    this.#codeForm.reset()
    this.#wrongCode = false
    this.#codeSent = true
    announce(this.i18n.m("note.recovery.codeSent"))
    this.#goTo("code")
    return true
  }

  // Step 2.

  #resendDenial(): Rules.Denied | undefined {
    const challenge = this.#challenge
    if (this.step !== "code" || challenge === undefined) return undefined
    return denialOf(Rules.AccessRules.resendCooldown.check({ lastSentAt: challenge.sentAt }, this.#clock.moment()))
  }

  #verifyDenial(): Rules.Denied | undefined {
    const challenge = this.#challenge
    return challenge === undefined
      ? undefined
      : denialOf(Rules.AccessRules.codeEntryGuard(challenge, this.#clock.moment()))
  }

  #codeError(): string | undefined {
    if (this.#wrongCode) return this.i18n.m("smsCode.invalid")
    const code = this.#codeForm.value("code")
    if (code.trim() === "") return this.#codeForm.shown(this.i18n.m("field.required"))
    const parsed = SmsCode.parse(code)
    return Result.isFailure(parsed) ? this.#codeForm.shown(this.i18n.m(parsed.failure)) : undefined
  }

  async #resend(): Promise<void> {
    const challenge = this.#challenge
    if (challenge === undefined || this.#operations.pending !== undefined) return
    const program = Programs.Access.resendRecoveryCode({ challenge })
    const outcome = await this.#operations.run("operation.passwordRecovery", program)
    if (outcome._tag !== "Success") return
    this.#challenge = outcome.value
    this.#wrongCode = false
    this.#codeSent = true
    announce(this.i18n.m("note.recovery.codeSent"))
  }

  async #verify(code: string): Promise<boolean> {
    const challenge = this.#challenge
    const parsed = SmsCode.parse(code)
    if (challenge === undefined || Result.isFailure(parsed) || this.#verifyDenial() !== undefined) return false
    const program = Programs.Access.verifyRecoveryCode({ challenge, code: parsed.success })
    const outcome = await this.#operations.run("operation.passwordRecovery", program, { expected: ["InvalidSmsCode"] })
    if (outcome._tag === "Success") {
      this.#grant = outcome.value
      this.#codeSent = false
      this.#goTo("password")
      return true
    }
    const error = outcome._tag === "Failure" ? outcome.failure.error : undefined
    if (Errors.isKabinetError(error) && error._tag === "InvalidSmsCode") {
      this.#challenge = { ...challenge, attemptsLeft: error.attemptsLeft }
      this.#wrongCode = true
      // «SMS код успешно выслан» is old news beside a wrong code; a new code brings it back.
      this.#codeSent = false
      await this.updateComplete
      this.focus()
    }
    return false
  }

  #submitCode(event: Event): void {
    // A wrong code's error goes as soon as the admin tries again.
    this.#wrongCode = false
    void this.#codeForm.submit(event, ({ code }) => this.#verify(code))
  }

  // Step 3.

  #policyInput() {
    const { newPassword, confirmation } = this.#passwordForm.values
    return {
      password: newPassword,
      confirmation,
      policy: this.store.passwordPolicy,
      surroundings: { phone: this.phone },
    }
  }

  async #complete(newPassword: string, confirmation: string): Promise<boolean> {
    const grant = this.#grant
    if (grant === undefined) return false
    const program = Programs.Access.completeRecovery({ grant, newPassword, confirmation })
    const outcome = await this.#operations.run("operation.passwordRecovery", program)
    if (outcome._tag !== "Success") return false
    emit(this, "kab-signed-in", { session: outcome.value })
    return true
  }

  #backToLogin(): void {
    if (!emit(this, "kab-login-request", { phone: this.phone })) return
    this.#challenge = undefined
    this.#grant = undefined
    for (const form of [this.#phoneForm, this.#codeForm, this.#passwordForm]) form.reset()
    this.#codeSent = false
    this.#wrongCode = false
    this.#operations.clear()
    this.#goTo("phone")
  }

  #renderStep() {
    const context: StepContext = {
      i18n: this.i18n,
      busy: this.#operations.pending !== undefined,
      backToLogin: () => this.#backToLogin(),
    }
    const [phone, code, password] = [this.#phoneForm, this.#codeForm, this.#passwordForm]
    if (this.step === "phone") {
      return phoneStep(context, {
        phone: this.phone,
        error: phone.shown(this.#phoneError()),
        onPhone: (value) => (this.phone = value),
        submit: (event) => void phone.submit(event, () => this.#start()),
      })
    }
    if (this.step === "code") {
      return codeStep(context, {
        form: code,
        submit: (event) => this.#submitCode(event),
        error: this.#codeError(),
        codeSent: this.#codeSent,
        resendDenial: this.#resendDenial(),
        verifyDenial: this.#verifyDenial(),
        resend: () => void this.#resend(),
      })
    }
    return passwordStep(context, {
      form: password,
      submit: (event) =>
        void password.submit(event, (values) => this.#complete(values.newPassword, values.confirmation)),
      phone: this.phone,
      errors: {
        newPassword: password.shown(newPasswordError(this.i18n, this.#policyInput())),
        confirmation: password.shown(
          confirmationError(this.i18n, password.value("newPassword"), password.value("confirmation")),
        ),
      },
      policy: this.#policyInput(),
      shown: this.#showPassword,
      toggle: () => (this.#showPassword = !this.#showPassword),
    })
  }

  override render() {
    const failure = this.#operations.failure
    return html`
      <div class="card" part="card" lang=${this.i18n.locale}>
        <div class="heading">
          <h2 class="title" part="title" id="title">${this.i18n.m("operation.passwordRecovery")}</h2>
          <p part="step" id="step">${this.i18n.t("recovery.step", { step: stepNumber[this.step], total: 3 })}</p>
        </div>
        ${
          failure === undefined
            ? nothing
            : html`<kab-operator-error .error=${failure.error} operation=${failure.operation}></kab-operator-error>`
        }
        ${this.#renderStep()}
      </div>
    `
  }
}

addStrings(passwordPolicyStrings, passwordRecoveryStrings)
define("kab-password-recovery", KabPasswordRecovery)

declare global {
  interface HTMLElementTagNameMap {
    "kab-password-recovery": KabPasswordRecovery
  }
}
