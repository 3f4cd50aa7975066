/**
 * Documents and reports (C2, C4–C9, and B17 as a file), one endpoint per document, each taking
 * the domain's request (`Documents.*Request`, with its `kind`) and answering:
 *
 * - a table on screen or a file to download (`200`): C2, C5, C6, B17;
 * - for what is e-mailed (C4, C7, C8, C9): `202 Accepted` with the request id and the operation
 *   that follows the report until it is sent ({@link ReportAccepted}).
 *
 * They are all `POST` with an `Idempotency-Key`: each request is recorded in the action history,
 * and a retry must not e-mail twice. Which months and periods are on offer is a rule (422).
 *
 * @example
 * ```ts
 * const accepted = yield* client.documents.reconciliationAct({
 *   params: { companyId },
 *   headers: { "idempotency-key": key },
 *   payload: { kind: "reconciliationAct", period, email },
 * })
 * ```
 */
import { Schema } from "effect"
import { HttpApiEndpoint, HttpApiGroup, HttpApiSchema, OpenApi } from "effect/http-api"
import * as Documents from "../domain/Documents.js"
import * as Errors from "./Errors.js"
import { CompanyParams } from "./Numbers.js"
import * as Operations from "./Operations.js"
import * as Security from "./Security.js"

/**
 * An e-mailed report was accepted: where it goes, the request id to quote to support, and the
 * long operation to follow until it is sent.
 *
 * JSON: `{ "kind": "emailed", "requestId": "rep-2020-0001", "email": "buh@example.kz", "operationId": "op-7" }`
 */
export const ReportAccepted = Schema.Struct({
  ...Documents.EmailAccepted.fields,
  operationId: Operations.OperationId,
}).annotate({ identifier: "ReportAccepted" })
export type ReportAccepted = typeof ReportAccepted.Type

const accepted = ReportAccepted.pipe(HttpApiSchema.status(202))
const headers = Security.IdempotencyHeaders
const error = [...Errors.mutation] as const
const base = "/v1/companies/:companyId/documents" as const

/** `POST …/documents/number-payment-history` — B17 on screen or as a file. */
export const numberPaymentHistory = HttpApiEndpoint.post("numberPaymentHistory", `${base}/number-payment-history`, {
  params: CompanyParams,
  headers,
  payload: Documents.NumberPaymentHistoryRequest,
  success: Documents.NumberPaymentHistoryResponse,
  error,
}).annotateMerge(OpenApi.annotations({ summary: "Payment history of a number (B17)" }))

/** `POST …/documents/invoice-search` — C2: numbers of an invoice, on screen or as XLS. */
export const invoiceSearch = HttpApiEndpoint.post("invoiceSearch", `${base}/invoice-search`, {
  params: CompanyParams,
  headers,
  payload: Documents.InvoiceSearchRequest,
  success: Documents.InvoiceSearchResponse,
  error,
}).annotateMerge(OpenApi.annotations({ summary: "Find numbers by invoice (C2)" }))

/** `POST …/documents/number-list-report` — C4, e-mailed (202). */
export const numberListReport = HttpApiEndpoint.post("numberListReport", `${base}/number-list-report`, {
  params: CompanyParams,
  headers,
  payload: Documents.NumberListReportRequest,
  success: accepted,
  error,
}).annotateMerge(OpenApi.annotations({ summary: "Number list report by e-mail (C4)" }))

/** `POST …/documents/completed-works-act` — C5: act and invoice breakdown of a month, a file. */
export const completedWorksAct = HttpApiEndpoint.post("completedWorksAct", `${base}/completed-works-act`, {
  params: CompanyParams,
  headers,
  payload: Documents.CompletedWorksActRequest,
  success: Documents.CompletedWorksActResponse,
  error,
}).annotateMerge(OpenApi.annotations({ summary: "Act of completed works and invoice breakdown (C5)" }))

/** `POST …/documents/invoice-registry` — C6: the invoice registry of a range of months, a file. */
export const invoiceRegistry = HttpApiEndpoint.post("invoiceRegistry", `${base}/invoice-registry`, {
  params: CompanyParams,
  headers,
  payload: Documents.InvoiceRegistryRequest,
  success: Documents.InvoiceRegistryResponse,
  error,
}).annotateMerge(OpenApi.annotations({ summary: "Invoice registry (C6)" }))

/** `POST …/documents/reconciliation-act` — C7, e-mailed (202). */
export const reconciliationAct = HttpApiEndpoint.post("reconciliationAct", `${base}/reconciliation-act`, {
  params: CompanyParams,
  headers,
  payload: Documents.ReconciliationActRequest,
  success: accepted,
  error,
}).annotateMerge(OpenApi.annotations({ summary: "Reconciliation act by e-mail (C7)" }))

/** `POST …/documents/registered-devices-report` — C8, e-mailed (202). */
export const registeredDevicesReport = HttpApiEndpoint.post(
  "registeredDevicesReport",
  `${base}/registered-devices-report`,
  { params: CompanyParams, headers, payload: Documents.RegisteredDevicesReportRequest, success: accepted, error },
).annotateMerge(OpenApi.annotations({ summary: "Registered devices report by e-mail (C8)" }))

/** `POST …/documents/payments-report` — C9, e-mailed (202). */
export const paymentsReport = HttpApiEndpoint.post("paymentsReport", `${base}/payments-report`, {
  params: CompanyParams,
  headers,
  payload: Documents.PaymentsReportRequest,
  success: accepted,
  error,
}).annotateMerge(OpenApi.annotations({ summary: "Payments report by e-mail (C9)" }))

/**
 * The `documents` group.
 *
 * @example
 * ```ts
 * yield* client.documents.invoiceRegistry({ params: { companyId }, headers, payload })
 * ```
 */
export class DocumentsGroup extends HttpApiGroup.make("documents")
  .add(
    numberPaymentHistory,
    invoiceSearch,
    numberListReport,
    completedWorksAct,
    invoiceRegistry,
    reconciliationAct,
    registeredDevicesReport,
    paymentsReport,
  )
  .middleware(Security.Authorization)
  .annotateMerge(OpenApi.annotations({ title: "Documents", description: "Documents and reports (C2, C4–C9, B17)" })) {}
