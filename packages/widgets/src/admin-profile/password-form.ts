/**
 * «СМЕНА ПАРОЛЯ» of the admin's profile (A3): the current password, the new one and its repetition →
 * «Сохранить», with the operator's password policy shown as the admin types.
 */
import { Programs } from "@kabinet/core"
import { html, nothing, type TemplateResult } from "lit"
import { emit } from "../events/events.js"
import { announce } from "../internal/controllers/announcer.js"
import { FormController } from "../internal/controllers/form-controller.js"
import { OperationController } from "../internal/controllers/operation-controller.js"
import { action } from "../internal/templates/action.js"
import { failureNotice } from "../internal/templates/failure.js"
import { field } from "../internal/templates/field.js"
import {
  confirmationError,
  newPasswordError,
  type PasswordPolicyInput,
  passwordPolicy,
} from "../internal/templates/password-policy.js"
import { passwordToggle } from "../internal/templates/password-toggle.js"
import { currentPasswordError } from "./email-form.js"
import type { ProfileContext } from "./profile-context.js"

type Passwords = { readonly current: string; readonly next: string; readonly repeat: string }

/** The password form; `render()` it in the profile's «Мой профиль» tab. */
export class PasswordForm {
  readonly #context: ProfileContext
  readonly #operations: OperationController
  readonly #form: FormController<Passwords>
  #shown = false

  constructor(context: ProfileContext) {
    this.#context = context
    this.#operations = new OperationController(context.host, context.kabinet)
    this.#form = new FormController(context.host, { initial: () => ({ current: "", next: "", repeat: "" }) })
  }

  #policyInput(): PasswordPolicyInput {
    const { current, next, repeat } = this.#form.values
    const admin = this.#context.kabinet.store.session?.admin
    return {
      password: next,
      confirmation: repeat,
      current,
      policy: this.#context.kabinet.store.passwordPolicy,
      surroundings: { phone: admin?.phone, email: admin?.email },
    }
  }

  async #submit(event: Event): Promise<void> {
    const changed = await this.#form.submit(event, async (values) => {
      const program = Programs.Profile.changePassword({
        currentPassword: values.current,
        newPassword: values.next,
        confirmation: values.repeat,
      })
      return (await this.#operations.run("operation.changePassword", program))._tag === "Success"
    })
    if (!changed) return
    announce(this.#context.i18n.t("profile.password.saved"))
    emit(this.#context.host, "kab-password-changed", {})
  }

  render(): TemplateResult {
    const { host, i18n } = this.#context
    const form = this.#form
    const type = this.#shown ? "text" : "password"
    const toggle = passwordToggle(i18n, {
      controls: "current-password new-password repeat-password",
      shown: this.#shown,
      onToggle: () => {
        this.#shown = !this.#shown
        host.requestUpdate()
      },
    })
    return html`
      <section part="section" aria-labelledby="password-title">
        <h3 id="password-title">${i18n.m("operation.changePassword")}</h3>
        ${failureNotice(this.#operations.failure)}
        <form id="password-form" novalidate aria-labelledby="password-title" @submit=${(event: Event) => this.#submit(event)}>
          <input hidden aria-hidden="true" tabindex="-1" autocomplete="username" .value=${this.#context.kabinet.store.session?.admin.phone ?? ""} />
          ${field({
            id: "current-password",
            name: "current-password",
            type,
            autocomplete: "current-password",
            label: i18n.t("profile.password.current"),
            placeholder: i18n.t("profile.password.currentPlaceholder"),
            ...form.bind("current"),
            required: true,
            error: form.shown(currentPasswordError(this.#context, form.value("current"))),
            after: toggle,
          })}
          ${field({
            id: "new-password",
            name: "new-password",
            type,
            autocomplete: "new-password",
            label: i18n.t("profile.password.new"),
            placeholder: i18n.t("profile.password.newPlaceholder"),
            describedBy: "policy",
            ...form.bind("next"),
            required: true,
            error: form.shown(newPasswordError(i18n, this.#policyInput())),
          })}
          ${passwordPolicy(i18n, "policy", this.#policyInput())}
          ${field({
            id: "repeat-password",
            name: "repeat-password",
            type,
            autocomplete: "new-password",
            label: i18n.t("profile.password.repeat"),
            placeholder: i18n.t("profile.password.repeatPlaceholder"),
            ...form.bind("repeat"),
            required: true,
            error: form.shown(confirmationError(i18n, form.value("next"), form.value("repeat"))),
          })}
          ${form.saved ? html`<p class="notice success" part="notice">${i18n.t("profile.password.saved")}</p>` : nothing}
          <div class="actions">
            ${action(i18n, { id: "password-submit", label: i18n.t("profile.password.submit"), type: "submit", busy: form.busy })}
          </div>
        </form>
      </section>
    `
  }
}
