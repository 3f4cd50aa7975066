import { type Api, Msisdn, Programs, Rules, SmsCode } from "@kabinet/core"
import { Result } from "effect"
import { html, nothing, type PropertyValues } from "lit"
import { property, state } from "lit/decorators.js"
import { emit } from "../events/events.js"
import { announce } from "../internal/controllers/announcer.js"
import { ClockController } from "../internal/controllers/clock-controller.js"
import { OperationController } from "../internal/controllers/operation-controller.js"
import "../operator-error/operator-error.js"
import { define } from "../internal/define.js"
import { KabElement } from "../internal/kab-element.js"
import { base, card, forms, notices, policy } from "../internal/styles.js"
import { action, denialOf } from "../internal/templates/action.js"
import { field } from "../internal/templates/field.js"
import { passwordPolicy, passwordViolations } from "../internal/templates/password-policy.js"
import { passwordToggle } from "../internal/templates/password-toggle.js"
import { tokens } from "../theme/tokens.js"
import { styles } from "./password-recovery.styles.js"

/** The three steps of the manual: phone, SMS code, new password. */
export type RecoveryStep = "phone" | "code" | "password"

const stepNumber: { readonly [S in RecoveryStep]: number } = { phone: 1, code: 2, password: 3 }

/**
 * Password recovery in the manual's three steps («Восстановление пароля», A2), which is also how a
 * new administrator activates the account:
 *
 * 1. «НОМЕР ТЕЛЕФОНА*» → «Далее»: the operator texts an SMS code.
 * 2. «SMS код*» → «Далее». «Отправить код на телефон» sends a new code 60 seconds after the last one;
 *    until then it is refused and the countdown is shown. A code lasts 5 minutes and allows 5 tries.
 * 3. «НОВЫЙ ПАРОЛЬ», «ПОДТВЕРЖДЕНИЕ ПАРОЛЯ» → «Подтвердить», with the operator's password policy
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
 * @event kab-login-request - «← Назад ко входу» or «Отмена» was chosen; show the sign-in form.
 * @event kab-error - A step failed; already shown to the admin.
 */
export class KabPasswordRecovery extends KabElement {
  static override styles = [tokens, base, forms, notices, policy, card, styles]

  /** The phone number as typed; set it to prefill step 1 (e.g. from `kab-recovery-request`). */
  @property() accessor phone = ""

  /** The step shown. */
  @property({ reflect: true }) accessor step: RecoveryStep = "phone"

  @state() accessor #code = ""
  @state() accessor #newPassword = ""
  @state() accessor #confirmation = ""
  @state() accessor #showPassword = false
  @state() accessor #submitted: RecoveryStep | undefined = undefined
  @state() accessor #challenge: Api.Auth.RecoveryChallenge | undefined = undefined
  @state() accessor #grant: Api.Auth.RecoveryGrant | undefined = undefined
  @state() accessor #codeSent = false
  @state() accessor #wrongCode = false

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
    this.#submitted = undefined
    this.#focusOnUpdate = true
  }

  // Step 1.

  #phoneError(): string | undefined {
    if (this.#submitted !== "phone") return undefined
    if (this.phone.trim() === "") return this.i18n.m("field.required")
    const parsed = Msisdn.parse(this.phone)
    return Result.isFailure(parsed) ? this.i18n.m(parsed.failure) : undefined
  }

  async #start(event: Event): Promise<void> {
    event.preventDefault()
    if (this.#operations.pending !== undefined) return
    this.#submitted = "phone"
    const parsed = Msisdn.parse(this.phone)
    if (Result.isFailure(parsed)) {
      await this.updateComplete
      this.focus()
      return
    }
    const outcome = await this.#operations.run(
      "operation.passwordRecovery",
      Programs.Access.startRecovery({ phone: parsed.success }),
    )
    if (outcome._tag !== "Success") return
    this.#challenge = outcome.value
    this.#code = ""
    this.#wrongCode = false
    this.#codeSent = true
    announce(this.i18n.m("note.recovery.codeSent"))
    this.#goTo("code")
  }

  // Step 2.

  #resendDenial(): Rules.Denied | undefined {
    const challenge = this.#challenge
    if (this.step !== "code" || challenge === undefined) return undefined
    return denialOf(Rules.AccessRules.resendCooldown.check({ lastSentAt: challenge.sentAt }, this.#clock.moment()))
  }

  #verifyDenial(): Rules.Denied | undefined {
    const challenge = this.#challenge
    if (challenge === undefined) return undefined
    const moment = this.#clock.moment()
    return denialOf(
      Rules.firstDenied(
        () => Rules.AccessRules.codeExpired.check({ sentAt: challenge.sentAt }, moment),
        () =>
          Rules.AccessRules.tooManyTries.check({
            tries: Rules.AccessRules.maxCodeTries - challenge.attemptsLeft,
          }),
      ),
    )
  }

  #codeError(): string | undefined {
    if (this.#wrongCode) return this.i18n.m("smsCode.invalid")
    if (this.#submitted !== "code") return undefined
    if (this.#code.trim() === "") return this.i18n.m("field.required")
    const parsed = SmsCode.parse(this.#code)
    return Result.isFailure(parsed) ? this.i18n.m(parsed.failure) : undefined
  }

  async #resend(): Promise<void> {
    const challenge = this.#challenge
    if (challenge === undefined || this.#operations.pending !== undefined) return
    const outcome = await this.#operations.run(
      "operation.passwordRecovery",
      Programs.Access.resendRecoveryCode({ challenge }),
    )
    if (outcome._tag !== "Success") return
    this.#challenge = outcome.value
    this.#wrongCode = false
    this.#codeSent = true
    announce(this.i18n.m("note.recovery.codeSent"))
  }

  async #verify(event: Event): Promise<void> {
    event.preventDefault()
    const challenge = this.#challenge
    if (challenge === undefined || this.#operations.pending !== undefined) return
    this.#submitted = "code"
    this.#wrongCode = false
    const parsed = SmsCode.parse(this.#code)
    if (Result.isFailure(parsed)) {
      await this.updateComplete
      this.focus()
      return
    }
    if (this.#verifyDenial() !== undefined) return
    const outcome = await this.#operations.run(
      "operation.passwordRecovery",
      Programs.Access.verifyRecoveryCode({ challenge, code: parsed.success }),
      { expected: ["InvalidSmsCode"] },
    )
    if (outcome._tag === "Success") {
      this.#grant = outcome.value
      this.#codeSent = false
      this.#goTo("password")
      return
    }
    if (outcome._tag === "Failure") {
      const error = outcome.failure.error
      if (hasTag(error, "InvalidSmsCode")) {
        const attemptsLeft = (error as { readonly attemptsLeft?: unknown }).attemptsLeft
        if (typeof attemptsLeft === "number") this.#challenge = { ...challenge, attemptsLeft }
        this.#wrongCode = true
        await this.updateComplete
        this.focus()
      }
    }
  }

  // Step 3.

  #policyInput() {
    return {
      password: this.#newPassword,
      confirmation: this.#confirmation,
      policy: this.kabinet.store.passwordPolicy,
      surroundings: { phone: this.phone },
    }
  }

  #newPasswordError(): string | undefined {
    if (this.#submitted !== "password") return undefined
    if (this.#newPassword === "") return this.i18n.m("field.required")
    const denial = passwordViolations(this.#policyInput()).find(
      (each) => each.messageKey !== "rule.password.confirmationMismatch",
    )
    return denial === undefined ? undefined : this.i18n.message(denial)
  }

  #confirmationError(): string | undefined {
    if (this.#submitted !== "password") return undefined
    if (this.#confirmation === "") return this.i18n.m("field.required")
    const denial = denialOf(
      Rules.PasswordPolicy.confirmationMismatch.check({
        password: this.#newPassword,
        confirmation: this.#confirmation,
      }),
    )
    return denial === undefined ? undefined : this.i18n.message(denial)
  }

  async #complete(event: Event): Promise<void> {
    event.preventDefault()
    const grant = this.#grant
    if (grant === undefined || this.#operations.pending !== undefined) return
    this.#submitted = "password"
    await this.updateComplete
    const invalid = this.renderRoot.querySelector<HTMLInputElement>("input[aria-invalid=true]")
    if (invalid !== null) {
      invalid.focus()
      return
    }
    const outcome = await this.#operations.run(
      "operation.passwordRecovery",
      Programs.Access.completeRecovery({ grant, newPassword: this.#newPassword, confirmation: this.#confirmation }),
    )
    if (outcome._tag !== "Success") return
    this.kabinet.store.setSession(outcome.value)
    emit(this, "kab-signed-in", { session: outcome.value })
  }

  #backToLogin(): void {
    if (!emit(this, "kab-login-request", { phone: this.phone })) return
    this.#challenge = undefined
    this.#grant = undefined
    this.#code = ""
    this.#newPassword = ""
    this.#confirmation = ""
    this.#codeSent = false
    this.#wrongCode = false
    this.#operations.clear()
    this.#goTo("phone")
  }

  override render() {
    const i18n = this.i18n
    const failure = this.#operations.failure
    return html`
      <div class="card" part="card" lang=${i18n.locale}>
        <div class="heading">
          <h2 class="title" part="title" id="title">${i18n.m("operation.passwordRecovery")}</h2>
          <p part="step" id="step">${i18n.t("recovery.step", { step: stepNumber[this.step], total: 3 })}</p>
        </div>
        ${
          failure === undefined
            ? nothing
            : html`<kab-operator-error .error=${failure.error} operation=${failure.operation}></kab-operator-error>`
        }
        ${this.step === "phone" ? this.#renderPhone() : this.step === "code" ? this.#renderCode() : this.#renderPassword()}
      </div>
    `
  }

  #back() {
    return action(this.i18n, {
      id: "back",
      label: this.i18n.t("recovery.back"),
      icon: "←",
      kind: "link",
      part: "back",
      onActivate: () => this.#backToLogin(),
    })
  }

  #renderPhone() {
    const i18n = this.i18n
    return html`
      <p class="lead" part="instructions" id="instructions">${i18n.t("recovery.instructions")}</p>
      <form novalidate aria-labelledby="title step" @submit=${this.#start}>
        ${field({
          id: "phone",
          name: "username",
          type: "tel",
          autocomplete: "username",
          inputmode: "tel",
          label: i18n.t("recovery.phone.label"),
          placeholder: i18n.t("recovery.phone.placeholder"),
          hint: i18n.t("recovery.phone.hint"),
          describedBy: "instructions",
          value: this.phone,
          required: true,
          error: this.#phoneError(),
          onInput: (value) => {
            this.phone = value
          },
        })}
        ${action(i18n, {
          id: "next",
          label: i18n.t("recovery.next"),
          type: "submit",
          block: true,
          busy: this.#operations.pending !== undefined,
        })}
        <div class="back">${this.#back()}</div>
      </form>
    `
  }

  #renderCode() {
    const i18n = this.i18n
    const pending = this.#operations.pending !== undefined
    return html`
      <p class="lead" part="instructions" id="instructions">${i18n.t("recovery.code.instructions")}</p>
      <form novalidate aria-labelledby="title step" @submit=${this.#verify}>
        ${field({
          id: "code",
          name: "code",
          autocomplete: "one-time-code",
          inputmode: "numeric",
          label: i18n.t("recovery.code.label"),
          placeholder: i18n.t("recovery.code.placeholder"),
          hint: i18n.m("note.recovery.resend"),
          describedBy: "instructions",
          value: this.#code,
          required: true,
          error: this.#codeError(),
          onInput: (value) => {
            this.#code = value
            this.#wrongCode = false
          },
        })}
        <div class="resend">
          ${action(i18n, {
            id: "resend",
            label: i18n.t("recovery.resend"),
            kind: "link",
            denial: this.#resendDenial(),
            busy: pending,
            onActivate: () => void this.#resend(),
          })}
        </div>
        ${
          this.#codeSent
            ? html`<p class="notice success" part="notice" id="sent">${i18n.m("note.recovery.codeSent")}</p>`
            : nothing
        }
        <div class="actions">
          ${action(i18n, {
            id: "next",
            label: i18n.t("recovery.next"),
            type: "submit",
            busy: pending,
            denial: this.#verifyDenial(),
          })}
          ${action(i18n, {
            id: "cancel",
            label: i18n.t("recovery.cancel"),
            kind: "secondary",
            onActivate: () => this.#backToLogin(),
          })}
        </div>
      </form>
    `
  }

  #renderPassword() {
    const i18n = this.i18n
    const toggle = passwordToggle(i18n, {
      controls: "new-password confirmation",
      shown: this.#showPassword,
      onToggle: () => {
        this.#showPassword = !this.#showPassword
      },
    })
    return html`
      <p class="notice warning" part="notice" id="instructions">${i18n.m("note.recovery.activate")}</p>
      <form novalidate aria-labelledby="title step" @submit=${this.#complete}>
        <input hidden aria-hidden="true" tabindex="-1" autocomplete="username" name="username" .value=${this.phone} />
        ${field({
          id: "new-password",
          name: "new-password",
          type: this.#showPassword ? "text" : "password",
          autocomplete: "new-password",
          label: i18n.t("recovery.newPassword.label"),
          describedBy: "instructions policy",
          value: this.#newPassword,
          required: true,
          error: this.#newPasswordError(),
          onInput: (value) => {
            this.#newPassword = value
          },
          after: toggle,
        })}
        ${passwordPolicy(i18n, "policy", this.#policyInput())}
        ${field({
          id: "confirmation",
          name: "confirmation",
          type: this.#showPassword ? "text" : "password",
          autocomplete: "new-password",
          label: i18n.t("recovery.confirmPassword.label"),
          value: this.#confirmation,
          required: true,
          error: this.#confirmationError(),
          onInput: (value) => {
            this.#confirmation = value
          },
        })}
        ${action(i18n, {
          id: "confirm",
          label: i18n.t("recovery.submit"),
          type: "submit",
          block: true,
          busy: this.#operations.pending !== undefined,
        })}
        <div class="back">${this.#back()}</div>
      </form>
    `
  }
}

const hasTag = (value: unknown, tag: string): boolean =>
  typeof value === "object" && value !== null && "_tag" in value && value._tag === tag

define("kab-password-recovery", KabPasswordRecovery)

declare global {
  interface HTMLElementTagNameMap {
    "kab-password-recovery": KabPasswordRecovery
  }
}
