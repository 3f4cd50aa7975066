/**
 * Documents and reports (C2, C4–C9, and B17 as a file), one endpoint per document, each taking
 * the domain's request (`Documents.*Request`, with its `kind`) and answering:
 *
 * - a table on screen or a file to download (`200`): C2, C5, C6, B17 — the file's id, fetched
 *   from {@link file} with the admin's session; it is the company's alone and expires after
 *   {@link fileValidMinutes} minutes;
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

import * as HttpApiEndpoint from "effect/http-api/HttpApiEndpoint"
import * as HttpApiGroup from "effect/http-api/HttpApiGroup"
import * as HttpApiSchema from "effect/http-api/HttpApiSchema"
import * as OpenApi from "effect/http-api/OpenApi"
import * as Schema from "effect/Schema"
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
}).annotateMerge(
  OpenApi.annotations({
    summary: "Payment history of a number (B17)",
    description:
      "Payments to an advance-paid number over a period, on screen (a table) or as a file to fetch from `GET …/files/{fileId}`. 422 `number.paymentHistory.advanceOnly` for a credit number, `period.valid` for a bad period; 404 for a number the admin does not manage.",
  }),
)

/** `POST …/documents/invoice-search` — C2: numbers of an invoice, on screen or as XLS. */
export const invoiceSearch = HttpApiEndpoint.post("invoiceSearch", `${base}/invoice-search`, {
  params: CompanyParams,
  headers,
  payload: Documents.InvoiceSearchRequest,
  success: Documents.InvoiceSearchResponse,
  error,
}).annotateMerge(
  OpenApi.annotations({
    summary: "Find numbers by invoice (C2)",
    description:
      "The numbers of an invoice, found by its registration or accounting-system number and year; on screen or as an XLS file to fetch from `GET …/files/{fileId}`.",
  }),
)

/** `POST …/documents/number-list-report` — C4, e-mailed (202). */
export const numberListReport = HttpApiEndpoint.post("numberListReport", `${base}/number-list-report`, {
  params: CompanyParams,
  headers,
  payload: Documents.NumberListReportRequest,
  success: accepted,
  error,
}).annotateMerge(
  OpenApi.annotations({
    summary: "Number list report by e-mail (C4)",
    description: "Prepares the number list report and e-mails it; 202 with the request id and the operation to follow.",
  }),
)

/** `POST …/documents/completed-works-act` — C5: act and invoice breakdown of a month, a file. */
export const completedWorksAct = HttpApiEndpoint.post("completedWorksAct", `${base}/completed-works-act`, {
  params: CompanyParams,
  headers,
  payload: Documents.CompletedWorksActRequest,
  success: Documents.CompletedWorksActResponse,
  error,
}).annotateMerge(
  OpenApi.annotations({
    summary: "Act of completed works and invoice breakdown (C5)",
    description:
      "The act and the invoice breakdown of a month, by account or by number, as a PDF or Excel file to fetch from `GET …/files/{fileId}`. 422 `document.act.availability` for a month not yet available or before January 2018.",
  }),
)

/** `POST …/documents/invoice-registry` — C6: the invoice registry of a range of months, a file. */
export const invoiceRegistry = HttpApiEndpoint.post("invoiceRegistry", `${base}/invoice-registry`, {
  params: CompanyParams,
  headers,
  payload: Documents.InvoiceRegistryRequest,
  success: Documents.InvoiceRegistryResponse,
  error,
}).annotateMerge(
  OpenApi.annotations({
    summary: "Invoice registry (C6)",
    description:
      "The invoice registry of a range of months, as an XLS file to fetch from `GET …/files/{fileId}`. 422 `document.invoiceRegistry.availability` for months not yet available.",
  }),
)

/** `POST …/documents/reconciliation-act` — C7, e-mailed (202). */
export const reconciliationAct = HttpApiEndpoint.post("reconciliationAct", `${base}/reconciliation-act`, {
  params: CompanyParams,
  headers,
  payload: Documents.ReconciliationActRequest,
  success: accepted,
  error,
}).annotateMerge(
  OpenApi.annotations({
    summary: "Reconciliation act by e-mail (C7)",
    description:
      "Prepares the reconciliation act of a period (at most 12 months back) and e-mails it; 202 with the request id and the operation to follow.",
  }),
)

/** `POST …/documents/registered-devices-report` — C8, e-mailed (202). */
export const registeredDevicesReport = HttpApiEndpoint.post(
  "registeredDevicesReport",
  `${base}/registered-devices-report`,
  { params: CompanyParams, headers, payload: Documents.RegisteredDevicesReportRequest, success: accepted, error },
).annotateMerge(
  OpenApi.annotations({
    summary: "Registered devices report by e-mail (C8)",
    description:
      "Prepares the registered devices report and e-mails it; 202 with the request id and the operation to follow.",
  }),
)

/** `POST …/documents/payments-report` — C9, e-mailed (202). */
export const paymentsReport = HttpApiEndpoint.post("paymentsReport", `${base}/payments-report`, {
  params: CompanyParams,
  headers,
  payload: Documents.PaymentsReportRequest,
  success: accepted,
  error,
}).annotateMerge(
  OpenApi.annotations({
    summary: "Payments report by e-mail (C9)",
    description:
      "Prepares the payments report of a period (at most 3 months back) for credit or advance numbers and e-mails it; 202 with the request id and the operation to follow.",
  }),
)

/** How long a produced file can be fetched, in minutes. */
export const fileValidMinutes = 60

/**
 * The bytes of a produced file. Sent as `application/octet-stream` whatever the document: its
 * media type and name are those of the {@link Documents.FileReady} that named it, and a browser
 * never renders it in place (with `X-Content-Type-Options: nosniff`).
 */
export const FileBytes = Schema.Uint8Array.pipe(
  HttpApiSchema.asUint8Array({ contentType: "application/octet-stream" }),
).annotate({ identifier: "FileBytes" })

/**
 * `GET /v1/companies/:companyId/files/:fileId` — the bytes of a file the operator produced for
 * the company (decision 12). 404 for an unknown id, an expired file, or a file of another company.
 */
export const file = HttpApiEndpoint.get("file", "/v1/companies/:companyId/files/:fileId", {
  params: { ...CompanyParams, fileId: Documents.FileId },
  success: FileBytes,
  error: [...Errors.companyScoped],
}).annotateMerge(
  OpenApi.annotations({
    summary: "Fetch a produced file",
    description:
      "The bytes of a document the operator produced for this company (an act, a registry, a payment history as a file), named by the `fileId` of its `FileReady`. Needs a session of an admin of the company; the id is unguessable and expires an hour after the file was made. An unknown, expired or other company's file is the same 404.",
  }),
)

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
    file,
  )
  .middleware(Security.Authorization)
  .annotateMerge(OpenApi.annotations({ title: "Documents", description: "Documents and reports (C2, C4–C9, B17)" })) {}
