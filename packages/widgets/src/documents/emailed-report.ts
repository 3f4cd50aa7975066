/**
 * An e-mailed report (C4, C7, C8, C9, D6): the request is accepted, the report is prepared — «В
 * обработке» and where it will go — and sent; the admin sees each step. Following survives the tab
 * being left and reopened, since the state is the documents element's.
 */
import { type Api, Programs } from "@kabinet/core"
import type * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import { html, nothing, type TemplateResult } from "lit"
import { announce } from "../internal/controllers/announcer.js"
import { OperationController } from "../internal/controllers/operation-controller.js"
import type { OperatorServices } from "../internal/store/runtime.js"
import { failureNotice } from "../internal/templates/failure.js"
import type { DocumentsContext } from "./context.js"

type Accepted = Api.Documents.ReportAccepted

/** Where a report is: sent to nobody yet, being prepared for `email`, sent to it, or failed. */
export type ReportState =
  | { readonly _tag: "Idle" }
  | { readonly _tag: "Preparing"; readonly email: string }
  | { readonly _tag: "Sent"; readonly email: string }
  | { readonly _tag: "Failed"; readonly email: string }

/** One e-mailed report's request and its following. */
export class EmailedReport {
  readonly #context: DocumentsContext
  readonly operations: OperationController
  #state: ReportState = { _tag: "Idle" }

  constructor(context: DocumentsContext) {
    this.#context = context
    this.operations = new OperationController(context.host, context.kabinet)
  }

  /** Where the last report is. */
  get state(): ReportState {
    return this.#state
  }

  /** Sends the request; resolves `true` once the operator accepted it, then follows its preparation. */
  async request(program: Effect.Effect<Accepted, unknown, OperatorServices>): Promise<boolean> {
    const outcome = await this.operations.run("document.section", program)
    if (outcome._tag !== "Success") return false
    const email = outcome.value.email
    this.#set({ _tag: "Preparing", email })
    announce(this.#context.i18n.t("documents.report.preparing", { email }))
    void this.#follow(outcome.value)
    return true
  }

  async #follow(accepted: Accepted): Promise<void> {
    const last = await this.#context.kabinet.store.run(Stream.runLast(Programs.Documents.followReport(accepted)))
    const email = accepted.email
    const operation = last._tag === "Success" ? Option.getOrUndefined(last.value) : undefined
    if (operation?.state === "succeeded") {
      this.#set({ _tag: "Sent", email })
      announce(this.#context.i18n.t("documents.report.sent", { email }))
    } else this.#set({ _tag: "Failed", email })
  }

  #set(state: ReportState): void {
    this.#state = state
    this.#context.host.requestUpdate()
  }

  /** The operator's refusal or error, then where the report is. */
  render(): TemplateResult {
    const { i18n } = this.#context
    const state = this.#state
    const status =
      state._tag === "Idle"
        ? nothing
        : state._tag === "Preparing"
          ? html`<p class="notice" role="status" part="report-status">
              <span class="spinner" aria-hidden="true"></span>${i18n.t("documents.report.preparing", { email: state.email })}
            </p>`
          : state._tag === "Sent"
            ? html`<p class="notice success" role="status" part="report-status">${i18n.t("documents.report.sent", { email: state.email })}</p>`
            : html`<p class="notice danger" role="alert" part="report-status">${i18n.t("documents.report.failed")}</p>`
    return html`${failureNotice(this.operations.failure)}${status}`
  }
}
