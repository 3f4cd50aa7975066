/**
 * Documents and reports («Документы и отчеты», C1–C9, and the per-number payment history of B17):
 * one request schema per document with exactly the inputs its form asks for, and the answer the
 * operator gives — a table for what is shown on screen, a file for what is downloaded, or an
 * acknowledgement for what is delivered by e-mail later.
 *
 * Every request carries a `kind`, so one `DocumentRequest` union can describe any of them (for a
 * generic "request a document" program or for the action history). The company is not part of
 * the request: it is the company the admin has chosen, and travels with the call.
 *
 * Which periods and months are on offer (90 days, after the 5th, since January 2018, …) are rules
 * decided elsewhere; these schemas only guarantee well-formed inputs.
 *
 * @example
 * ```ts
 * import { Documents } from "@kabinet/core"
 * const request = Schema.decodeUnknownSync(Documents.DocumentRequest)({
 *   kind: "paymentsReport",
 *   period: { start: "2020-09-07", end: "2020-10-07" },
 *   paymentType: "Кредитный",
 *   email: "buh@example.kz",
 * })
 * Documents.responses[request.kind] // Documents.PaymentsReportResponse
 * ```
 */
import * as Schema from "effect/Schema"
import * as AccountNumber from "./AccountNumber.js"
import * as ActionHistory from "./ActionHistory.js"
import * as BillingMethod from "./BillingMethod.js"
import * as Email from "./Email.js"
import * as Instant from "./Instant.js"
import * as Msisdn from "./Msisdn.js"
import * as Payment from "./Payment.js"
import * as Period from "./Period.js"
import * as ReportOutput from "./ReportOutput.js"

// ---------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------

/** Both ways to search a number by invoice (C2), as the drop-down «Введите данные» spells them. */
export const invoiceSearchByValues = ["Регистрационный номер", "Номер учетной системы"] as const

/**
 * What the invoice number searched for is: the registration number of the e-invoice in the state
 * system (ИС ЭСФ), or the number in the operator's accounting system.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Documents.InvoiceSearchBy)("Номер учетной системы")
 * ```
 */
export const InvoiceSearchBy = Schema.Literals(invoiceSearchByValues).annotate({ identifier: "InvoiceSearchBy" })
export type InvoiceSearchBy = typeof InvoiceSearchBy.Type

/**
 * Stable key of an invoice search: `"registrationNumber"` or `"accountingSystemNumber"`.
 *
 * @example
 * ```ts
 * Documents.invoiceSearchByKey("Регистрационный номер") // "registrationNumber"
 * ```
 */
export const invoiceSearchByKey = (by: InvoiceSearchBy): "registrationNumber" | "accountingSystemNumber" =>
  by === "Регистрационный номер" ? "registrationNumber" : "accountingSystemNumber"

/**
 * The outputs of the invoice search: «На экран» or «Файл формата XLS» (no PDF there).
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Documents.InvoiceSearchOutput)("Файл формата XLS")
 * ```
 */
export const InvoiceSearchOutput = ReportOutput.ReportOutput.pick(["На экран", "Файл формата XLS"]).annotate({
  identifier: "InvoiceSearchOutput",
})
export type InvoiceSearchOutput = typeof InvoiceSearchOutput.Type

/**
 * An invoice number as typed: trimmed, 1–64 characters. Registration numbers of ИС ЭСФ carry
 * letters and hyphens, so no narrower pattern is assumed.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Documents.InvoiceNumber)("ESF-800800800800-2020-0001234")
 * ```
 */
export const InvoiceNumber = Schema.String.check(Schema.isTrimmed(), Schema.isNonEmpty(), Schema.isMaxLength(64))
  .pipe(Schema.brand("InvoiceNumber"))
  .annotate({ identifier: "InvoiceNumber" })
export type InvoiceNumber = typeof InvoiceNumber.Type

/** Both downloads of the act of completed works (C5), as the buttons spell them. */
export const actOutputs = ["Загрузить в PDF", "Загрузить в Excel"] as const

/**
 * Which download of the act of completed works: «Загрузить в PDF» gives the act and the invoice
 * breakdown, «Загрузить в Excel» the breakdown only.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Documents.ActOutput)("Загрузить в Excel")
 * ```
 */
export const ActOutput = Schema.Literals(actOutputs).annotate({ identifier: "ActOutput" })
export type ActOutput = typeof ActOutput.Type

/**
 * Stable key of an act download: `"pdf"` (act + breakdown) or `"excel"` (breakdown).
 *
 * @example
 * ```ts
 * Documents.actOutputKey("Загрузить в PDF") // "pdf"
 * ```
 */
export const actOutputKey = (output: ActOutput): "pdf" | "excel" => (output === "Загрузить в PDF" ? "pdf" : "excel")

/**
 * Whose act of completed works (C5): an account picked from the drop-down, or the account of a
 * phone number («Поиск по номеру телефона»). Told apart by `by`.
 *
 * JSON: `{ "by": "account", "accountNumber": "10085297" }` or `{ "by": "phone", "msisdn": "77010542001" }`
 *
 * @example
 * ```ts
 * Documents.ActTarget.cases.phone.make({ msisdn })
 * ```
 */
export const ActTarget = Schema.Union([
  Schema.Struct({ by: Schema.tag("account"), accountNumber: AccountNumber.AccountNumber }),
  Schema.Struct({ by: Schema.tag("phone"), msisdn: Msisdn.Msisdn }),
])
  .annotate({ identifier: "ActTarget" })
  .pipe(Schema.toTaggedUnion("by"))
export type ActTarget = typeof ActTarget.Type

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

/**
 * C1 — payment history of the company's credit accounts over a period, shown as a table.
 *
 * JSON: `{ "kind": "paymentHistory", "period": { "start": "2020-09-07", "end": "2020-10-07" } }`
 *
 * @example
 * ```ts
 * Documents.PaymentHistoryRequest.make({ period })
 * ```
 */
export const PaymentHistoryRequest = Schema.Struct({
  kind: Schema.tag("paymentHistory"),
  period: Period.DateRange,
}).annotate({ identifier: "PaymentHistoryRequest" })
export type PaymentHistoryRequest = typeof PaymentHistoryRequest.Type

/**
 * B17 — payment history of one advance-paid number over a period, on screen or as a file.
 *
 * JSON: `{ "kind": "numberPaymentHistory", "msisdn": "77010541921", "period": { … }, "output": "На экран" }`
 *
 * @example
 * ```ts
 * Documents.NumberPaymentHistoryRequest.make({ msisdn, period, output: "На экран" })
 * ```
 */
export const NumberPaymentHistoryRequest = Schema.Struct({
  kind: Schema.tag("numberPaymentHistory"),
  msisdn: Msisdn.Msisdn,
  period: Period.DateRange,
  output: ReportOutput.ReportOutput,
}).annotate({ identifier: "NumberPaymentHistoryRequest" })
export type NumberPaymentHistoryRequest = typeof NumberPaymentHistoryRequest.Type

/**
 * C2 — find the numbers an invoice was issued for, by the invoice's registration or accounting
 * number and its year, on screen or as an XLS file.
 *
 * JSON: `{ "kind": "invoiceSearch", "searchBy": "Регистрационный номер", "invoiceNumber": "…", "year": 2020,
 * "output": "На экран" }`
 *
 * @example
 * ```ts
 * Documents.InvoiceSearchRequest.make({ searchBy: "Номер учетной системы", invoiceNumber, year: 2020, output: "Файл формата XLS" })
 * ```
 */
export const InvoiceSearchRequest = Schema.Struct({
  kind: Schema.tag("invoiceSearch"),
  searchBy: InvoiceSearchBy,
  invoiceNumber: InvoiceNumber,
  year: Period.Year,
  output: InvoiceSearchOutput,
}).annotate({ identifier: "InvoiceSearchRequest" })
export type InvoiceSearchRequest = typeof InvoiceSearchRequest.Type

/**
 * C3 — the action history over a period, shown as a table.
 *
 * JSON: `{ "kind": "actionHistory", "period": { "start": "2020-09-21", "end": "2020-09-21" } }`
 *
 * @example
 * ```ts
 * Documents.ActionHistoryRequest.make({ period })
 * ```
 */
export const ActionHistoryRequest = Schema.Struct({
  kind: Schema.tag("actionHistory"),
  period: Period.DateRange,
}).annotate({ identifier: "ActionHistoryRequest" })
export type ActionHistoryRequest = typeof ActionHistoryRequest.Type

/**
 * C4 — the number list report (accounts, payment types, funds, limits, balances), e-mailed.
 *
 * JSON: `{ "kind": "numberListReport", "email": "buh@example.kz" }`
 *
 * @example
 * ```ts
 * Documents.NumberListReportRequest.make({ email })
 * ```
 */
export const NumberListReportRequest = Schema.Struct({
  kind: Schema.tag("numberListReport"),
  email: Email.Email,
}).annotate({ identifier: "NumberListReportRequest" })
export type NumberListReportRequest = typeof NumberListReportRequest.Type

/**
 * C5 — the act of completed works and the invoice breakdown of one month, for an account or a
 * phone's account, downloaded as PDF (act + breakdown) or Excel (breakdown).
 *
 * JSON: `{ "kind": "completedWorksAct", "target": { "by": "account", "accountNumber": "10085297" },
 * "month": { "year": 2018, "month": 1 }, "output": "Загрузить в PDF" }`
 *
 * @example
 * ```ts
 * Documents.CompletedWorksActRequest.make({ target, month: { year: 2018, month: 1 }, output: "Загрузить в PDF" })
 * ```
 */
export const CompletedWorksActRequest = Schema.Struct({
  kind: Schema.tag("completedWorksAct"),
  target: ActTarget,
  month: Period.Month,
  output: ActOutput,
}).annotate({ identifier: "CompletedWorksActRequest" })
export type CompletedWorksActRequest = typeof CompletedWorksActRequest.Type

/**
 * C6 — the invoice registry over a range of months, downloaded.
 *
 * JSON: `{ "kind": "invoiceRegistry", "period": { "start": { "year": 2020, "month": 9 }, "end": { "year": 2020, "month": 9 } } }`
 *
 * @example
 * ```ts
 * Documents.InvoiceRegistryRequest.make({ period: { start: september, end: september } })
 * ```
 */
export const InvoiceRegistryRequest = Schema.Struct({
  kind: Schema.tag("invoiceRegistry"),
  period: Period.MonthRange,
}).annotate({ identifier: "InvoiceRegistryRequest" })
export type InvoiceRegistryRequest = typeof InvoiceRegistryRequest.Type

/**
 * C7 — the reconciliation act over a period, e-mailed.
 *
 * JSON: `{ "kind": "reconciliationAct", "period": { "start": "2020-09-01", "end": "2020-09-30" }, "email": "buh@example.kz" }`
 *
 * @example
 * ```ts
 * Documents.ReconciliationActRequest.make({ period, email })
 * ```
 */
export const ReconciliationActRequest = Schema.Struct({
  kind: Schema.tag("reconciliationAct"),
  period: Period.DateRange,
  email: Email.Email,
}).annotate({ identifier: "ReconciliationActRequest" })
export type ReconciliationActRequest = typeof ReconciliationActRequest.Type

/**
 * C8 — the report of devices registered to the company's numbers, e-mailed.
 *
 * JSON: `{ "kind": "registeredDevicesReport", "email": "it@example.kz" }`
 *
 * @example
 * ```ts
 * Documents.RegisteredDevicesReportRequest.make({ email })
 * ```
 */
export const RegisteredDevicesReportRequest = Schema.Struct({
  kind: Schema.tag("registeredDevicesReport"),
  email: Email.Email,
}).annotate({ identifier: "RegisteredDevicesReportRequest" })
export type RegisteredDevicesReportRequest = typeof RegisteredDevicesReportRequest.Type

/**
 * C9 — the payments report over a period, for credit or advance numbers («Типы платежей»), e-mailed.
 *
 * JSON: `{ "kind": "paymentsReport", "period": { … }, "paymentType": "Кредитный", "email": "buh@example.kz" }`
 *
 * @example
 * ```ts
 * Documents.PaymentsReportRequest.make({ period, paymentType: "Авансовый", email })
 * ```
 */
export const PaymentsReportRequest = Schema.Struct({
  kind: Schema.tag("paymentsReport"),
  period: Period.DateRange,
  paymentType: BillingMethod.BillingMethod,
  email: Email.Email,
}).annotate({ identifier: "PaymentsReportRequest" })
export type PaymentsReportRequest = typeof PaymentsReportRequest.Type

/**
 * Any document request, told apart by `kind`.
 *
 * @example
 * ```ts
 * Documents.DocumentRequest.match(request, { paymentHistory: …, invoiceSearch: …, … })
 * ```
 */
export const DocumentRequest = Schema.Union([
  PaymentHistoryRequest,
  NumberPaymentHistoryRequest,
  InvoiceSearchRequest,
  ActionHistoryRequest,
  NumberListReportRequest,
  CompletedWorksActRequest,
  InvoiceRegistryRequest,
  ReconciliationActRequest,
  RegisteredDevicesReportRequest,
  PaymentsReportRequest,
])
  .annotate({ identifier: "DocumentRequest" })
  .pipe(Schema.toTaggedUnion("kind"))
export type DocumentRequest = typeof DocumentRequest.Type

/** The kind of a document request. */
export type Kind = DocumentRequest["kind"]

/**
 * The tabs of «Документы и отчеты» in the manual's order (C1–C9). The per-number payment history
 * (B17) lives on the number's page, not here.
 *
 * @example
 * ```ts
 * for (const kind of Documents.sections) renderTab(kind)
 * ```
 */
export const sections = [
  "paymentHistory",
  "invoiceSearch",
  "actionHistory",
  "numberListReport",
  "completedWorksAct",
  "invoiceRegistry",
  "reconciliationAct",
  "registeredDevicesReport",
  "paymentsReport",
] as const satisfies ReadonlyArray<Kind>

// ---------------------------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------------------------

/**
 * The operator's id of an e-mailed report request, e.g. `"rep-2020-0001"`: what to quote to
 * support, and what an operation tracker follows.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Documents.ReportRequestId)("rep-2020-0001")
 * ```
 */
export const ReportRequestId = Schema.NonEmptyString.pipe(
  Schema.brand("ReportRequestId"),
  Schema.annotate({ identifier: "ReportRequestId" }),
)
export type ReportRequestId = typeof ReportRequestId.Type

/**
 * An e-mailed report was accepted and will be sent to `email` when ready.
 *
 * JSON: `{ "kind": "emailed", "requestId": "rep-2020-0001", "email": "buh@example.kz" }`
 */
export const EmailAccepted = Schema.Struct({
  kind: Schema.tag("emailed"),
  requestId: ReportRequestId,
  email: Email.Email,
}).annotate({ identifier: "EmailAccepted" })
export type EmailAccepted = typeof EmailAccepted.Type

/** The media types of downloadable documents: PDF, XLSX, and legacy XLS. */
export const mediaTypes = [
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.ms-excel",
] as const

/**
 * The media type of a downloadable document.
 *
 * @example
 * ```ts
 * file.mediaType === "application/pdf" ? "PDF" : "Excel"
 * ```
 */
export const FileMediaType = Schema.Literals(mediaTypes).annotate({ identifier: "FileMediaType" })
export type FileMediaType = typeof FileMediaType.Type

/**
 * The operator's id of a file it produced: unguessable — 22 to 128 characters of letters, digits,
 * `-` and `_`, drawn from a cryptographic source — and good only with a session of the admin's
 * company, until the file expires.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Documents.FileId)("file_4Qm7cT2vXk9RbN1sW8yH3jLp")
 * ```
 */
export const FileId = Schema.String.check(
  Schema.isPattern(/^[A-Za-z0-9_-]{22,128}$/u, { expected: "a file id (22 to 128 letters, digits, - or _)" }),
).pipe(Schema.brand("FileId"), Schema.annotate({ identifier: "FileId" }))
export type FileId = typeof FileId.Type

/**
 * A document ready to download: its id, file name, media type, size and until when it can be
 * fetched. Files travel through the contract (decision 12): the bytes are fetched from
 * `GET /v1/companies/{companyId}/files/{fileId}` with the admin's session, never from a public
 * link. Answering with an id rather than the bytes keeps the JSON small.
 *
 * JSON: `{ "kind": "file", "fileId": "file_4Qm7cT2vXk9RbN1sW8yH3jLp", "fileName": "act-2018-01-10085297.pdf",
 * "mediaType": "application/pdf", "sizeBytes": 48213, "expiresAt": "2020-09-21T13:00:00Z" }`
 *
 * @example
 * ```ts
 * if (answer.kind === "file") yield* client.documents.file({ params: { companyId, fileId: answer.fileId } })
 * ```
 */
export const FileReady = Schema.Struct({
  kind: Schema.tag("file"),
  fileId: FileId,
  fileName: Schema.NonEmptyString,
  mediaType: FileMediaType,
  sizeBytes: Schema.optionalKey(Schema.Int.check(Schema.isGreaterThanOrEqualTo(0))),
  expiresAt: Instant.Instant,
}).annotate({ identifier: "FileReady" })
export type FileReady = typeof FileReady.Type

const table = <Row extends Schema.Top>(identifier: string, row: Row) =>
  Schema.Struct({ kind: Schema.tag("table"), rows: Schema.Array(row) }).annotate({ identifier })

/**
 * Payments shown on screen (C1, B17). JSON: `{ "kind": "table", "rows": [Payment…] }`
 *
 * @example
 * ```ts
 * const { rows } = Schema.decodeUnknownSync(Documents.PaymentTable)(json)
 * ```
 */
export const PaymentTable = table("PaymentTable", Payment.Payment)
export type PaymentTable = typeof PaymentTable.Type

/**
 * One number found by invoice (C2): the number and its account.
 *
 * JSON: `{ "msisdn": "77010542001", "accountNumber": "25602051" }`
 *
 * @example
 * ```ts
 * rows.map((row) => Msisdn.format(row.msisdn))
 * ```
 */
export const InvoiceSearchRow = Schema.Struct({
  msisdn: Msisdn.Msisdn,
  accountNumber: AccountNumber.AccountNumber,
}).annotate({ identifier: "InvoiceSearchRow" })
export type InvoiceSearchRow = typeof InvoiceSearchRow.Type

/**
 * Numbers found by invoice, on screen (C2). JSON: `{ "kind": "table", "rows": [InvoiceSearchRow…] }`
 *
 * @example
 * ```ts
 * const { rows } = Schema.decodeUnknownSync(Documents.InvoiceSearchTable)(json)
 * ```
 */
export const InvoiceSearchTable = table("InvoiceSearchTable", InvoiceSearchRow)
export type InvoiceSearchTable = typeof InvoiceSearchTable.Type

/**
 * The action history on screen (C3). JSON: `{ "kind": "table", "rows": [ActionHistoryEntry…] }`
 *
 * @example
 * ```ts
 * const { rows } = Schema.decodeUnknownSync(Documents.ActionHistoryTable)(json)
 * ```
 */
export const ActionHistoryTable = table("ActionHistoryTable", ActionHistory.ActionHistoryEntry)
export type ActionHistoryTable = typeof ActionHistoryTable.Type

/**
 * C1's answer: a table of payments.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownEffect(Documents.PaymentHistoryResponse)(json)
 * ```
 */
export const PaymentHistoryResponse = PaymentTable

/**
 * B17's answer: a table on screen, or a file.
 *
 * @example
 * ```ts
 * Documents.NumberPaymentHistoryResponse.match(answer, { table: showRows, file: download })
 * ```
 */
export const NumberPaymentHistoryResponse = Schema.Union([PaymentTable, FileReady])
  .annotate({ identifier: "NumberPaymentHistoryResponse" })
  .pipe(Schema.toTaggedUnion("kind"))

/**
 * C2's answer: a table on screen, or an XLS file.
 *
 * @example
 * ```ts
 * Documents.InvoiceSearchResponse.match(answer, { table: showRows, file: download })
 * ```
 */
export const InvoiceSearchResponse = Schema.Union([InvoiceSearchTable, FileReady])
  .annotate({ identifier: "InvoiceSearchResponse" })
  .pipe(Schema.toTaggedUnion("kind"))

/**
 * C3's answer: a table of entries.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownEffect(Documents.ActionHistoryResponse)(json)
 * ```
 */
export const ActionHistoryResponse = ActionHistoryTable

/**
 * C4's answer: accepted, will be e-mailed.
 *
 * @example
 * ```ts
 * const { requestId } = Schema.decodeUnknownSync(Documents.NumberListReportResponse)(json)
 * ```
 */
export const NumberListReportResponse = EmailAccepted

/**
 * C5's answer: the PDF or Excel file.
 *
 * @example
 * ```ts
 * const { url, fileName } = Schema.decodeUnknownSync(Documents.CompletedWorksActResponse)(json)
 * ```
 */
export const CompletedWorksActResponse = FileReady

/**
 * C6's answer: the registry file.
 *
 * @example
 * ```ts
 * const { url } = Schema.decodeUnknownSync(Documents.InvoiceRegistryResponse)(json)
 * ```
 */
export const InvoiceRegistryResponse = FileReady

/**
 * C7's answer: accepted, will be e-mailed.
 *
 * @example
 * ```ts
 * const { requestId } = Schema.decodeUnknownSync(Documents.ReconciliationActResponse)(json)
 * ```
 */
export const ReconciliationActResponse = EmailAccepted

/**
 * C8's answer: accepted, will be e-mailed.
 *
 * @example
 * ```ts
 * const { requestId } = Schema.decodeUnknownSync(Documents.RegisteredDevicesReportResponse)(json)
 * ```
 */
export const RegisteredDevicesReportResponse = EmailAccepted

/**
 * C9's answer: accepted, will be e-mailed.
 *
 * @example
 * ```ts
 * const { requestId } = Schema.decodeUnknownSync(Documents.PaymentsReportResponse)(json)
 * ```
 */
export const PaymentsReportResponse = EmailAccepted

/**
 * The answer schema of each request kind, as data: what a client decodes and a server encodes.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownEffect(Documents.responses.invoiceSearch)(json)
 * ```
 */
export const responses = {
  paymentHistory: PaymentHistoryResponse,
  numberPaymentHistory: NumberPaymentHistoryResponse,
  invoiceSearch: InvoiceSearchResponse,
  actionHistory: ActionHistoryResponse,
  numberListReport: NumberListReportResponse,
  completedWorksAct: CompletedWorksActResponse,
  invoiceRegistry: InvoiceRegistryResponse,
  reconciliationAct: ReconciliationActResponse,
  registeredDevicesReport: RegisteredDevicesReportResponse,
  paymentsReport: PaymentsReportResponse,
} as const satisfies { readonly [K in Kind]: Schema.Top }

/**
 * Whether a request is delivered by e-mail (the form asks for an address and the answer is an
 * acknowledgement), as opposed to shown or downloaded now.
 *
 * @example
 * ```ts
 * Documents.isEmailed("reconciliationAct") // true
 * ```
 */
export const isEmailed = (kind: Kind): boolean => responses[kind] === EmailAccepted
