/**
 * C5 «Акт выполненных работ и расшифровка к счету-фактуре»: by account (drop-down) or by phone
 * number, year and month → «Загрузить в PDF» (act and breakdown) or «Загрузить в Excel» (breakdown).
 *
 * Only the months the rule allows are offered: none before January 2018, and last month only from
 * the 6th; the month not yet out is named with the day it comes out. The act is the operator's
 * accounting document, so its file is the operator's, fetched with the admin's session.
 */
import {
  type AccountNumber,
  type Api,
  Calendar,
  type Documents,
  Msisdn,
  type Period,
  Programs,
  Rules,
} from "@kabinet/core"
import * as Result from "effect/Result"
import { html, nothing, type TemplateResult } from "lit"
import { announce } from "../../internal/controllers/announcer.js"
import { FormController } from "../../internal/controllers/form-controller.js"
import { OperationController } from "../../internal/controllers/operation-controller.js"
import { action } from "../../internal/templates/action.js"
import { failureNotice } from "../../internal/templates/failure.js"
import { field } from "../../internal/templates/field.js"
import { companyIdOf, type DocumentsContext, momentOf, monthName, refusal, todayOf } from "../context.js"
import { selectField, texts } from "../fields.js"
import { saveOperatorFile } from "../operator-file.js"
import type { DocumentTab } from "../tab.js"

type Values = {
  readonly by: string
  readonly account: string
  readonly phone: string
  readonly year: string
  readonly month: string
}

/** The tab of the act of completed works. */
export class ActTab implements DocumentTab {
  readonly kind = "completedWorksAct" as const
  readonly #context: DocumentsContext
  readonly #operations: OperationController
  readonly #form: FormController<Values>
  #accounts: ReadonlyArray<Api.Companies.Account> | undefined
  #accountsFor: string | undefined
  #saved: string | undefined

  constructor(context: DocumentsContext) {
    this.#context = context
    this.#operations = new OperationController(context.host, context.kabinet)
    this.#form = new FormController(context.host, {
      initial: () => {
        const last = Rules.DocumentRules.actMonths(todayOf(context)).last
        return {
          by: "account",
          account: this.#accounts?.[0]?.accountNumber ?? "",
          phone: "",
          year: String(last.year),
          month: String(last.month),
        }
      },
    })
  }

  title(): string {
    return this.#context.i18n.m("document.act")
  }

  /** Loads the company's accounts for the drop-down, once per company. */
  #loadAccounts(): void {
    const companyId = companyIdOf(this.#context)
    if (companyId === undefined || this.#accountsFor === companyId) return
    this.#accountsFor = companyId
    void this.#operations.run("document.act", Programs.Profile.listAccounts(companyId)).then((outcome) => {
      if (outcome._tag === "Success") this.#accounts = outcome.value
      this.#context.host.requestUpdate()
    })
  }

  /** The month chosen; when the year changed under it, the year's latest month on offer. */
  #offered(values: Values): Period.Month {
    const months = this.#months(Number(values.year))
    return months.find((m) => m.month === Number(values.month)) ?? months.at(-1) ?? Rules.DocumentRules.actFirstMonth
  }

  /** The months of `year` on offer. */
  #months(year: number): ReadonlyArray<Period.Month> {
    const { first, last } = Rules.DocumentRules.actMonths(todayOf(this.#context))
    return Calendar.monthsBetween(first, last).filter((month) => month.year === year)
  }

  /** The month after the last one on offer, while it is not out yet: why it is missing. */
  #nextMonthReason(): string | undefined {
    const { last } = Rules.DocumentRules.actMonths(todayOf(this.#context))
    const next = Calendar.shiftMonth(last, 1)
    return refusal(this.#context, Rules.DocumentRules.actAvailability.check({ month: next }, momentOf(this.#context)))
  }

  #phoneError(values: Values): string | undefined {
    if (values.by !== "phone") return undefined
    const parsed = Msisdn.parse(values.phone)
    return Result.isFailure(parsed) ? this.#context.i18n.m(parsed.failure) : undefined
  }

  async #download(output: Documents.ActOutput): Promise<void> {
    this.#saved = undefined
    await this.#form.submit(undefined, async (values) => {
      const companyId = companyIdOf(this.#context)
      const month = this.#offered(values)
      if (companyId === undefined || this.#phoneError(values) !== undefined) return false
      const target: Documents.ActTarget =
        values.by === "phone"
          ? { by: "phone", msisdn: Result.getOrThrow(Msisdn.parse(values.phone)) }
          : { by: "account", accountNumber: values.account as AccountNumber.AccountNumber }
      const request: Documents.CompletedWorksActRequest = { kind: "completedWorksAct", target, month, output }
      const outcome = await this.#operations.run("document.act", Programs.Documents.requestDocument(companyId, request))
      if (outcome._tag !== "Success") return false
      const saved = await saveOperatorFile(this.#context.kabinet.store, companyId, outcome.value)
      if (saved._tag !== "Saved") return false
      this.#saved = this.#context.i18n.t("documents.file.saved", { name: saved.fileName })
      announce(this.#saved)
      return false
    })
    this.#context.host.requestUpdate()
  }

  render(): TemplateResult {
    this.#loadAccounts()
    const { i18n } = this.#context
    const form = this.#form
    const values = form.values
    const { first, last } = Rules.DocumentRules.actMonths(todayOf(this.#context))
    const years = Array.from({ length: last.year - first.year + 1 }, (_, i) => String(last.year - i))
    const months = this.#months(Number(values.year))
    const chosen = String(this.#offered(values).month)
    const reason = this.#nextMonthReason()
    const by = values.by === "phone" ? "phone" : "account"
    const mode = (value: "account" | "phone", label: string) =>
      html`<button type="button" class="button ${by === value ? "" : "secondary"}" part="mode" aria-pressed=${by === value ? "true" : "false"} @click=${() => form.set("by", value)}>${label}</button>`
    return html`
      <h2 id="act-title" part="heading">${this.title()}</h2>
      ${texts([
        { text: i18n.t("documents.act.text") },
        { text: i18n.t("documents.act.warning"), warning: true },
        { text: i18n.t("documents.act.since"), warning: true },
      ])}
      <form novalidate aria-labelledby="act-title" @submit=${(event: Event) => event.preventDefault()}>
        <div class="actions modes">${mode("account", i18n.t("documents.act.byAccount"))}${mode("phone", i18n.t("documents.act.byPhone"))}</div>
        ${
          by === "account"
            ? selectField({
                id: "act-account",
                label: i18n.t("documents.act.account"),
                ...form.bind("account"),
                choices: (this.#accounts ?? []).map((a) => ({ value: a.accountNumber, label: a.accountNumber })),
              })
            : field({
                id: "act-phone",
                type: "tel",
                inputmode: "tel",
                autocomplete: "off",
                label: i18n.t("documents.act.phone"),
                ...form.bind("phone"),
                error: form.shown(this.#phoneError(values)),
              })
        }
        <div class="row">
          ${selectField({
            id: "act-year",
            label: i18n.t("documents.year"),
            ...form.bind("year"),
            choices: years.map((year) => ({ value: year, label: year })),
          })}
          ${selectField({
            id: "act-month",
            label: i18n.t("documents.month"),
            value: chosen,
            onInput: (value) => form.set("month", value),
            choices: months.map((m) => ({ value: String(m.month), label: monthName(this.#context, m) })),
            hint:
              Number(values.year) === last.year || Number(values.year) === Calendar.shiftMonth(last, 1).year
                ? reason
                : undefined,
          })}
        </div>
        <div class="actions">
          ${action(i18n, { id: "act-pdf", label: i18n.t("documents.act.pdf"), busy: form.busy, onActivate: () => void this.#download("Загрузить в PDF") })}
          ${action(i18n, { id: "act-excel", label: i18n.t("documents.act.excel"), kind: "secondary", busy: form.busy, onActivate: () => void this.#download("Загрузить в Excel") })}
        </div>
      </form>
      ${failureNotice(this.#operations.failure)}
      ${this.#saved === undefined ? nothing : html`<p class="notice success" role="status" part="saved">${this.#saved}</p>`}
    `
  }
}
