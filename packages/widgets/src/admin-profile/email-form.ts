/**
 * «СМЕНА E-MAIL» of the admin's profile (A3): the new e-mail and the current password → «Изменить». The
 * field shows the session's e-mail until the admin types, and the new one once it is changed.
 */
import { Email, Programs, Rules } from "@kabinet/core"
import * as Result from "effect/Result"
import { html, nothing, type TemplateResult } from "lit"
import { emit } from "../events/events.js"
import { announce } from "../internal/controllers/announcer.js"
import { FormController } from "../internal/controllers/form-controller.js"
import { OperationController } from "../internal/controllers/operation-controller.js"
import { action, denialOf } from "../internal/templates/action.js"
import { failureNotice } from "../internal/templates/failure.js"
import { field } from "../internal/templates/field.js"
import type { ProfileContext } from "./profile-context.js"

/** The error of a current-password field, by the core's rule. */
export const currentPasswordError = (context: ProfileContext, currentPassword: string): string | undefined => {
  const denial = denialOf(Rules.AccessRules.currentPasswordRequired.check({ currentPassword }))
  return denial === undefined ? undefined : context.i18n.message(denial)
}

/** The e-mail form; `render()` it in the profile's «Мой профиль» tab. */
export class EmailForm {
  readonly #context: ProfileContext
  readonly #operations: OperationController
  readonly #form: FormController<{ readonly email: string; readonly password: string }>

  constructor(context: ProfileContext) {
    this.#context = context
    this.#operations = new OperationController(context.host, context.kabinet)
    this.#form = new FormController(context.host, {
      initial: () => ({ email: context.kabinet.store.session?.admin.email ?? "", password: "" }),
    })
  }

  #emailError(): string | undefined {
    const parsed = Email.parse(this.#form.value("email"))
    return Result.isFailure(parsed) ? this.#context.i18n.m(parsed.failure) : undefined
  }

  async #submit(event: Event): Promise<void> {
    let email: Email.Email | undefined
    const changed = await this.#form.submit(event, async (values) => {
      const parsed = Email.parse(values.email)
      if (Result.isFailure(parsed)) return false
      const program = Programs.Profile.changeEmail({ email: parsed.success, currentPassword: values.password })
      const outcome = await this.#operations.run("operation.changeEmail", program)
      if (outcome._tag !== "Success") return false
      email = parsed.success
      return true
    })
    if (!changed || email === undefined) return
    announce(this.#context.i18n.t("profile.email.saved"))
    emit(this.#context.host, "kab-email-changed", { email })
  }

  render(): TemplateResult {
    const { i18n, kabinet } = this.#context
    const form = this.#form
    return html`
      <section part="section" aria-labelledby="email-title">
        <h3 id="email-title">${i18n.m("operation.changeEmail")}</h3>
        ${failureNotice(this.#operations.failure)}
        <form id="email-form" novalidate aria-labelledby="email-title" @submit=${(event: Event) => this.#submit(event)}>
          <input hidden aria-hidden="true" tabindex="-1" autocomplete="username" .value=${kabinet.store.session?.admin.phone ?? ""} />
          ${field({
            id: "email",
            name: "email",
            type: "email",
            autocomplete: "email",
            label: i18n.t("profile.email.label"),
            placeholder: i18n.t("profile.email.placeholder"),
            ...form.bind("email"),
            required: true,
            error: form.shown(this.#emailError()),
          })}
          ${field({
            id: "email-password",
            name: "password",
            type: "password",
            autocomplete: "current-password",
            label: i18n.t("profile.email.password"),
            placeholder: i18n.t("profile.email.passwordPlaceholder"),
            ...form.bind("password"),
            required: true,
            error: form.shown(currentPasswordError(this.#context, form.value("password"))),
          })}
          ${form.saved ? html`<p class="notice success" part="notice">${i18n.t("profile.email.saved")}</p>` : nothing}
          <div class="actions">
            ${action(i18n, { id: "email-submit", label: i18n.t("profile.email.submit"), type: "submit", busy: form.busy })}
          </div>
        </form>
      </section>
    `
  }
}
