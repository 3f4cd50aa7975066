/**
 * «Мои компании» of the admin's profile (A3): for each company its БИН and full name, and a short name
 * for the company drop-down («СОКРАЩЕННОЕ НАЗВАНИЕ КОМПАНИИ» → «Сохранить»; an empty name restores the
 * full one). Each company's form has its own state and its own failure; a saved name shows at once in
 * `<kab-company-switcher>` under the same provider.
 */
import { type Company, Programs, Rules } from "@kabinet/core"
import * as Result from "effect/Result"
import { html, nothing, type TemplateResult } from "lit"
import { emit } from "../events/events.js"
import { announce } from "../internal/controllers/announcer.js"
import { CompaniesController } from "../internal/controllers/companies-controller.js"
import { FormController } from "../internal/controllers/form-controller.js"
import { OperationController } from "../internal/controllers/operation-controller.js"
import { action } from "../internal/templates/action.js"
import { failureNotice } from "../internal/templates/failure.js"
import { field } from "../internal/templates/field.js"
import type { ProfileContext } from "./profile-context.js"

/** One company's form: what was typed and its own operation. */
interface NameForm {
  readonly form: FormController<{ readonly shortName: string }>
  readonly operations: OperationController
}

/** The companies' short names; `render()` it in the profile's «Мои компании» tab. */
export class CompanyNames {
  readonly #context: ProfileContext
  readonly #load: OperationController
  readonly #companies: CompaniesController
  readonly #forms = new Map<Company.CompanyId, NameForm>()

  constructor(context: ProfileContext) {
    this.#context = context
    this.#load = new OperationController(context.host, context.kabinet)
    // Loads the companies as soon as the admin is signed in, whichever tab is shown.
    this.#companies = new CompaniesController(context.host, context.kabinet, this.#load)
  }

  #formOf(id: Company.CompanyId): NameForm {
    let entry = this.#forms.get(id)
    if (entry === undefined) {
      const { host, kabinet } = this.#context
      const saved = () => this.#companies.list?.find((company) => company.id === id)?.shortName ?? ""
      entry = {
        form: new FormController(host, { initial: () => ({ shortName: saved() }) }),
        operations: new OperationController(host, kabinet),
      }
      this.#forms.set(id, entry)
    }
    return entry
  }

  /** The core's guard of «Сохранить» refuses the typed name, or lets it through. */
  #shortNameError(value: string): string | undefined {
    const guarded = Rules.AccessRules.shortNameGuard(value)
    return Result.isFailure(guarded) ? this.#context.i18n.message(guarded.failure) : undefined
  }

  async #submit(event: Event, company: Company.Company, { form, operations }: NameForm): Promise<void> {
    let renamed: Company.Company | undefined
    const saved = await form.submit(event, async ({ shortName: value }) => {
      const guarded = Rules.AccessRules.shortNameGuard(value)
      if (Result.isFailure(guarded)) return false
      const program = Programs.Profile.setCompanyShortName({ companyId: company.id, shortName: guarded.success })
      const outcome = await operations.run("operation.renameCompany", program)
      if (outcome._tag !== "Success") return false
      this.#context.kabinet.store.updateCompany(outcome.value)
      renamed = outcome.value
      return true
    })
    if (!saved || renamed === undefined) return
    announce(this.#context.i18n.t("profile.companies.saved"))
    emit(this.#context.host, "kab-company-renamed", { company: renamed })
  }

  render(): TemplateResult {
    const { i18n } = this.#context
    const list = this.#companies.list
    if (list === undefined) {
      return html`${failureNotice(this.#load.failure)}
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

  #renderCompany(company: Company.Company, index: number): TemplateResult {
    const { i18n } = this.#context
    const entry = this.#formOf(company.id)
    const { form } = entry
    const nameId = `company-${index}-name`
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
        ${failureNotice(entry.operations.failure)}
        <form
          id=${`company-form-${company.id}`}
          novalidate
          aria-labelledby=${nameId}
          @submit=${(event: Event) => this.#submit(event, company, entry)}
        >
          ${field({
            id: `short-name-${index}`,
            name: "short-name",
            autocomplete: "off",
            label: i18n.t("profile.companies.shortName"),
            placeholder: i18n.t("profile.companies.shortNamePlaceholder"),
            ...form.bind("shortName"),
            error: form.shown(this.#shortNameError(form.value("shortName"))),
          })}
          ${form.saved ? html`<p class="notice success" part="notice">${i18n.t("profile.companies.saved")}</p>` : nothing}
          <div class="actions">
            ${action(i18n, {
              id: `short-name-${index}-submit`,
              label: i18n.t("profile.companies.save"),
              type: "submit",
              busy: form.busy,
            })}
          </div>
        </form>
      </div>
    `
  }
}
