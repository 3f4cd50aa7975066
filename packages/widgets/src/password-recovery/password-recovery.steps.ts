/**
 * The three steps of `<kab-password-recovery>` as templates: each renders its form from what the element
 * decided (values, errors, refusals) and reports what the admin does. The element keeps the flow.
 */
import type { Rules } from "@kabinet/core"
import { html, nothing, type TemplateResult } from "lit"
import type { I18nController } from "../i18n/i18n-controller.js"
import type { FormController } from "../internal/controllers/form-controller.js"
import { action } from "../internal/templates/action.js"
import { field } from "../internal/templates/field.js"
import { type PasswordPolicyInput, passwordPolicy } from "../internal/templates/password-policy.js"
import { passwordToggle } from "../internal/templates/password-toggle.js"

/** What every step shows: the words, whether a request runs, and the way back to sign-in. */
export interface StepContext {
  readonly i18n: I18nController
  readonly busy: boolean
  readonly backToLogin: () => void
}

/** The step's form (what was typed) and its submission. */
export interface StepForm<V extends { readonly [name: string]: string }> {
  readonly form: FormController<V>
  readonly submit: (event: Event) => void
}

const back = (context: StepContext): TemplateResult =>
  html`<div class="back">${action(context.i18n, {
    id: "back",
    label: context.i18n.t("recovery.back"),
    icon: "←",
    kind: "link",
    part: "back",
    onActivate: context.backToLogin,
  })}</div>`

/** Step 1: «НОМЕР ТЕЛЕФОНА*» → «ДАЛЕЕ». The phone is the element's `phone` property. */
export const phoneStep = (
  context: StepContext,
  step: {
    readonly phone: string
    readonly error: string | undefined
    readonly onPhone: (phone: string) => void
    readonly submit: (event: Event) => void
  },
): TemplateResult => {
  const { i18n } = context
  return html`
    <p class="lead" part="instructions" id="instructions">${i18n.t("recovery.instructions")}</p>
    <form novalidate aria-labelledby="title step" @submit=${step.submit}>
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
        value: step.phone,
        onInput: step.onPhone,
        required: true,
        error: step.error,
      })}
      ${action(i18n, { id: "next", label: i18n.t("recovery.next"), type: "submit", block: true, busy: context.busy })}
      ${back(context)}
    </form>
  `
}

/** Step 2: «SMS код*» → «ДАЛЕЕ», «Отправить код на телефон» refused during its countdown, «ОТМЕНА». */
export const codeStep = (
  context: StepContext,
  step: StepForm<{ readonly code: string }> & {
    readonly error: string | undefined
    readonly codeSent: boolean
    readonly resendDenial: Rules.Denied | undefined
    readonly verifyDenial: Rules.Denied | undefined
    readonly resend: () => void
  },
): TemplateResult => {
  const { i18n, busy } = context
  return html`
    <p class="lead" part="instructions" id="instructions">${i18n.t("recovery.code.instructions")}</p>
    <form novalidate aria-labelledby="title step" @submit=${step.submit}>
      ${field({
        id: "code",
        name: "code",
        autocomplete: "one-time-code",
        inputmode: "numeric",
        label: i18n.t("recovery.code.label"),
        placeholder: i18n.t("recovery.code.placeholder"),
        hint: i18n.m("note.recovery.resend"),
        describedBy: "instructions",
        ...step.form.bind("code"),
        required: true,
        error: step.error,
      })}
      <div class="resend">
        ${action(i18n, {
          id: "resend",
          label: i18n.t("recovery.resend"),
          kind: "link",
          denial: step.resendDenial,
          busy,
          onActivate: step.resend,
        })}
      </div>
      ${step.codeSent && step.error === undefined && step.verifyDenial === undefined ? html`<p class="notice success" part="notice" id="sent">${i18n.m("note.recovery.codeSent")}</p>` : nothing}
      <div class="actions">
        ${action(i18n, { id: "next", label: i18n.t("recovery.next"), type: "submit", busy, denial: step.verifyDenial })}
        ${action(i18n, { id: "cancel", label: i18n.t("recovery.cancel"), kind: "secondary", onActivate: context.backToLogin })}
      </div>
    </form>
  `
}

/** Step 3: «НОВЫЙ ПАРОЛЬ», «ПОДТВЕРЖДЕНИЕ ПАРОЛЯ» → «ПОДТВЕРДИТЬ», with the policy as the admin types. */
export const passwordStep = (
  context: StepContext,
  step: StepForm<{ readonly newPassword: string; readonly confirmation: string }> & {
    readonly phone: string
    readonly errors: { readonly newPassword: string | undefined; readonly confirmation: string | undefined }
    readonly policy: PasswordPolicyInput
    readonly shown: boolean
    readonly toggle: () => void
  },
): TemplateResult => {
  const { i18n } = context
  const type = step.shown ? "text" : "password"
  return html`
    <p class="notice warning" part="notice" id="instructions">${i18n.m("note.recovery.activate")}</p>
    <form novalidate aria-labelledby="title step" @submit=${step.submit}>
      <input hidden aria-hidden="true" tabindex="-1" autocomplete="username" name="username" .value=${step.phone} />
      ${field({
        id: "new-password",
        name: "new-password",
        type,
        autocomplete: "new-password",
        label: i18n.t("recovery.newPassword.label"),
        describedBy: "instructions policy",
        ...step.form.bind("newPassword"),
        required: true,
        error: step.errors.newPassword,
        after: passwordToggle(i18n, {
          controls: "new-password confirmation",
          shown: step.shown,
          onToggle: step.toggle,
        }),
      })}
      ${passwordPolicy(i18n, "policy", step.policy)}
      ${field({
        id: "confirmation",
        name: "confirmation",
        type,
        autocomplete: "new-password",
        label: i18n.t("recovery.confirmPassword.label"),
        ...step.form.bind("confirmation"),
        required: true,
        error: step.errors.confirmation,
      })}
      ${action(i18n, { id: "confirm", label: i18n.t("recovery.submit"), type: "submit", block: true, busy: context.busy })}
      ${back(context)}
    </form>
  `
}
