/**
 * The `documents` group (C2, C4–C9, B17 as a file). What is shown or downloaded is answered at
 * once — a table, or the id of a file kept for the company for an hour and fetched through the
 * contract (`file`) with a session of its admin; what is e-mailed is accepted (202) and sent by a
 * long operation, landing in the outbox with its attachment. Which months and periods are on offer
 * is the core's rules (`Rules.DocumentRules`).
 */
import { Api, Calendar, Documents, Rules } from "@kabinet/core"
import * as Effect from "effect/Effect"
import * as HttpApiBuilder from "effect/http-api/HttpApiBuilder"
import * as Schema from "effect/Schema"
import type * as Companies from "../db/Companies.js"
import * as Invoices from "../db/Invoices.js"
import type { Account } from "../db/NumberStore.js"
import type { OperatorState } from "../db/OperatorState.js"
import * as Payments from "../db/Payments.js"
import * as Reports from "../files/Reports.js"
import { company, enforce, line, moment } from "./Access.js"
import { audited } from "./Audit.js"
import * as Contract from "./Contract.js"
import { OperatorDb } from "./OperatorDb.js"
import { companyPaymentsOf, maxPaymentRows } from "./records.js"

/** How long the operator takes to prepare an e-mailed report at time scale 1: 20–60 seconds. */
export const reportDurationMs = { min: 20_000, max: 60_000 } as const

/** How long an e-mailed report's attachment stays in the mailbox of the control API. */
export const attachmentValidMs = 7 * 24 * 60 * 60_000

// Keeps a produced document for the company and answers its id.
const fileReady = (state: OperatorState, companyId: string, document: Reports.Document): Documents.FileReady => {
  const file = state.files.put({
    companyId,
    name: document.fileName,
    mediaType: document.mediaType,
    body: document.body,
    expiresAt: state.now() + Api.Documents.fileValidMinutes * 60_000,
  })
  return Schema.decodeUnknownSync(Documents.FileReady)({
    kind: "file",
    fileId: file.id,
    fileName: file.name,
    mediaType: file.mediaType,
    sizeBytes: file.body.byteLength,
    expiresAt: Contract.iso(file.expiresAt),
  })
}

// Accepts a report to e-mail: the operation that prepares it sends the e-mail when it finishes.
const emailed = (
  state: OperatorState,
  companyId: string,
  email: string,
  subject: string,
  build: (requestId: string, at: number) => Reports.Document,
): Api.Documents.ReportAccepted => {
  const requestId = state.nextReportId()
  const duration = state.clock.scaled(state.random("duration").int(reportDurationMs.min, reportDurationMs.max))
  const operation = state.operations.start({
    kind: "report",
    companyId,
    startedAt: state.now(),
    durationMs: duration,
    finish: (at) => {
      const document = build(requestId, at)
      const file = state.files.put({
        companyId,
        name: document.fileName,
        mediaType: document.mediaType,
        body: document.body,
        expiresAt: at + attachmentValidMs,
      })
      state.outbox.email({
        at,
        to: email,
        subject,
        text: `Здравствуйте! Во вложении — ${subject.toLowerCase()}. Номер запроса: ${requestId}. Данные актуальны на ${Contract.iso(at)}.`,
        requestId,
        attachments: [
          { fileId: file.id, fileName: file.name, mediaType: file.mediaType, sizeBytes: file.body.byteLength },
        ],
      })
      return { state: "succeeded" }
    },
  })
  return Schema.decodeUnknownSync(Api.Documents.ReportAccepted)({
    kind: "emailed",
    requestId,
    email,
    operationId: operation.id,
  })
}

// An account of the company; 404 alike when it is another company's and when nobody has it.
const accountOf = Effect.fnUntraced(function* (companyId: string, accountNumber: string) {
  const state = yield* OperatorDb
  const account = state.numbers.accountOf(companyId, accountNumber)
  if (account !== undefined) return account as Account
  return yield* new Api.Errors.NotFound({ resource: "account", id: accountNumber })
})

// A request for a document of the company, audited: the company is checked first, then `body` runs.
const companyDocument = <A, E, R>(
  companyId: string,
  kind: string,
  body: (state: OperatorState, record: Companies.CompanyRecord) => Effect.Effect<A, E, R>,
) =>
  audited(
    { action: "documentRequest", companyId, details: kind },
    Effect.gen(function* () {
      const state = yield* OperatorDb
      const record = yield* company(companyId)
      return yield* body(state, record)
    }),
  )

/**
 * The handlers of the `documents` group.
 *
 * @example
 * ```ts
 * HttpApiBuilder.layer(Api.OperatorApi.OperatorApi).pipe(Layer.provide(DocumentsHandlers))
 * ```
 */
export const DocumentsHandlers = HttpApiBuilder.group(Api.OperatorApi.OperatorApi, "documents", (handlers) =>
  handlers
    .handle("numberPaymentHistory", ({ params, payload }) =>
      audited(
        { action: "paymentHistoryRequest", companyId: params.companyId, msisdn: payload.msisdn },
        Effect.gen(function* () {
          const state = yield* OperatorDb
          const of = yield* line(params.companyId, payload.msisdn)
          yield* enforce(Rules.NumberRules.paymentHistoryAdvanceOnly.check({ billingMethod: of.billingMethod }))
          yield* enforce(Rules.DocumentRules.requestGuard(payload, yield* moment))
          const rows = Payments.ofLine(state.seed, of.msisdn, of.accountNumber, payload.period, state.now())
          if (payload.output === "На экран") return { kind: "table" as const, rows: rows.map(Contract.payment) }
          const name = `payments-${of.msisdn}-${payload.period.start}-${payload.period.end}`
          const format = payload.output === "Файл формата PDF" ? "pdf" : "xls"
          return fileReady(
            state,
            params.companyId,
            Reports.paymentHistory(`История платежей ${of.msisdn}`, rows, format, name),
          )
        }),
      ),
    )
    .handle("invoiceSearch", ({ params, payload }) =>
      companyDocument(params.companyId, payload.kind, (state) =>
        Effect.gen(function* () {
          yield* enforce(Rules.DocumentRules.requestGuard(payload, yield* moment))
          const invoice = Invoices.parse(payload.invoiceNumber, Documents.invoiceSearchByKey(payload.searchBy))
          const account =
            invoice === undefined || invoice.year !== payload.year
              ? undefined
              : state.numbers.accountOf(params.companyId, invoice.accountNumber)
          const rows = (account?.msisdns ?? []).map((msisdn) => ({
            msisdn,
            accountNumber: account?.accountNumber ?? "",
          }))
          if (payload.output === "На экран")
            return Schema.decodeUnknownSync(Documents.InvoiceSearchTable)({ kind: "table", rows })
          return fileReady(
            state,
            params.companyId,
            Reports.invoiceSearch(rows, `invoice-search-${payload.year}-${state.nextReportId()}`),
          )
        }),
      ),
    )
    .handle("numberListReport", ({ params, payload }) =>
      companyDocument(params.companyId, payload.kind, (state) =>
        Effect.sync(() =>
          emailed(state, params.companyId, payload.email, "Отчет по списку номеров", (requestId, at) =>
            Reports.numberListReport(state.seed, state.numbers.accounts(params.companyId), at, requestId),
          ),
        ),
      ),
    )
    .handle("completedWorksAct", ({ params, payload }) =>
      companyDocument(params.companyId, payload.kind, (state, record) =>
        Effect.gen(function* () {
          yield* enforce(Rules.DocumentRules.requestGuard(payload, yield* moment))
          const account =
            payload.target.by === "account"
              ? yield* accountOf(params.companyId, payload.target.accountNumber)
              : yield* accountOf(params.companyId, (yield* line(params.companyId, payload.target.msisdn)).accountNumber)
          const format = Documents.actOutputKey(payload.output)
          return fileReady(
            state,
            params.companyId,
            Reports.completedWorksAct(state.seed, record.fullName, account, payload.month, format),
          )
        }),
      ),
    )
    .handle("invoiceRegistry", ({ params, payload }) =>
      companyDocument(params.companyId, payload.kind, (state) =>
        Effect.gen(function* () {
          yield* enforce(Rules.DocumentRules.requestGuard(payload, yield* moment))
          const months = Calendar.monthsBetween(payload.period.start, payload.period.end)
          const name = `invoice-registry-${Calendar.monthKey(payload.period.start)}-${Calendar.monthKey(payload.period.end)}`
          return fileReady(
            state,
            params.companyId,
            Reports.invoiceRegistry(state.seed, state.numbers.accounts(params.companyId), months, name),
          )
        }),
      ),
    )
    .handle("reconciliationAct", ({ params, payload }) =>
      companyDocument(params.companyId, payload.kind, (state, record) =>
        Effect.gen(function* () {
          yield* enforce(Rules.DocumentRules.requestGuard(payload, yield* moment))
          return emailed(state, params.companyId, payload.email, "Акт сверки", (requestId) =>
            Reports.reconciliationAct(
              state.seed,
              record.fullName,
              payload.period,
              companyPaymentsOf(state, params.companyId, payload.period),
              requestId,
            ),
          )
        }),
      ),
    )
    .handle("registeredDevicesReport", ({ params, payload }) =>
      companyDocument(params.companyId, payload.kind, (state) =>
        Effect.sync(() =>
          emailed(state, params.companyId, payload.email, "Отчет по зарегистрированным устройствам", (requestId) =>
            Reports.registeredDevicesReport(
              state.numbers
                .accounts(params.companyId)
                .flatMap((account) => account.msisdns)
                .flatMap((msisdn) =>
                  (state.numbers.get(msisdn)?.devices ?? []).map((device) => ({ msisdn, ...device })),
                ),
              requestId,
            ),
          ),
        ),
      ),
    )
    .handle("paymentsReport", ({ params, payload }) =>
      companyDocument(params.companyId, payload.kind, (state) =>
        Effect.gen(function* () {
          yield* enforce(Rules.DocumentRules.requestGuard(payload, yield* moment))
          return emailed(state, params.companyId, payload.email, "Отчет по платежам", (requestId) => {
            const rows =
              payload.paymentType === "Кредитный"
                ? companyPaymentsOf(state, params.companyId, payload.period)
                : state.numbers
                    .accounts(params.companyId)
                    .filter((account) => account.billingMethod === "Авансовый")
                    .flatMap((account) =>
                      account.msisdns.flatMap((msisdn) =>
                        Payments.ofLine(state.seed, msisdn, account.accountNumber, payload.period, state.now()),
                      ),
                    )
                    .slice(0, maxPaymentRows)
            return Reports.paymentsReport(rows, requestId)
          })
        }),
      ),
    )
    .handle("file", ({ params }) =>
      Effect.gen(function* () {
        const state = yield* OperatorDb
        yield* company(params.companyId)
        const file = state.files.get(params.companyId, params.fileId, state.now())
        if (file === undefined) return yield* new Api.Errors.NotFound({ resource: "file", id: params.fileId })
        return file.body
      }),
    ),
)
