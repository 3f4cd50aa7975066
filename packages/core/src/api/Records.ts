/**
 * Records over a period: a number's call detail records (B8, paged), a number's payments (B17)
 * and the company's payments on credit accounts (C1).
 *
 * Which periods are allowed (B8: the last 90 days including today) is a rule the core checks
 * first and the operator again (422). Files (PDF, XLS) are made in the browser from these rows.
 *
 * @example
 * ```ts
 * const page = yield* client.records.callRecords({
 *   params: { companyId, number },
 *   query: { start: "2020-09-01", end: "2020-09-30", offset: 0, limit: 500 },
 * })
 * ```
 */

import * as HttpApiEndpoint from "effect/http-api/HttpApiEndpoint"
import * as HttpApiGroup from "effect/http-api/HttpApiGroup"
import * as OpenApi from "effect/http-api/OpenApi"
import * as Schema from "effect/Schema"
import * as CallRecord from "../domain/CallRecord.js"
import * as Documents from "../domain/Documents.js"
import * as LocalDate from "../domain/LocalDate.js"
import * as Errors from "./Errors.js"
import { CompanyParams, NumberParams } from "./Numbers.js"
import * as Paging from "./Paging.js"
import * as Security from "./Security.js"

const ordered = Schema.makeFilter(
  (q: { readonly start: LocalDate.LocalDate; readonly end: LocalDate.LocalDate }) =>
    q.start <= q.end || { path: ["end"], issue: "the end is before the start" },
)

/**
 * A period as query parameters: `?start=2020-09-01&end=2020-09-30`, both days included, in
 * Asia/Almaty.
 */
export const PeriodQuery = Schema.Struct({ start: LocalDate.LocalDate, end: LocalDate.LocalDate })
  .check(ordered)
  .annotate({ identifier: "PeriodQuery" })
export type PeriodQuery = typeof PeriodQuery.Type

/**
 * A period and a page: `?start=…&end=…&offset=0&limit=500`.
 */
export const PagedPeriodQuery = Schema.Struct({
  start: LocalDate.LocalDate,
  end: LocalDate.LocalDate,
  offset: Paging.OffsetParam,
  limit: Paging.LimitParam,
})
  .check(ordered)
  .annotate({ identifier: "PagedPeriodQuery" })
export type PagedPeriodQuery = typeof PagedPeriodQuery.Type

/**
 * A page of call detail records, oldest first.
 *
 * JSON: `{ "items": [CallRecord…], "total": 1234, "offset": 0 }`
 */
export const CallRecordPage = Paging.Page(CallRecord.CallRecord, "CallRecordPage")
export type CallRecordPage = typeof CallRecordPage.Type

const error = [...Errors.companyScoped, Errors.RuleDenied] as const

/** `GET …/numbers/:number/call-records` — call detail records of a period, paged (B8). */
export const callRecords = HttpApiEndpoint.get("callRecords", "/v1/companies/:companyId/numbers/:number/call-records", {
  params: NumberParams,
  query: PagedPeriodQuery,
  success: CallRecordPage,
  error,
}).annotateMerge(
  OpenApi.annotations({
    summary: "Call detail records of a period",
    description:
      "A page of the number's call detail records over a period within the last 90 days including today, oldest first. 422 `detalization.window` outside it.",
  }),
)

/** `GET …/numbers/:number/payments` — payments to an advance-paid number over a period (B17). */
export const numberPayments = HttpApiEndpoint.get(
  "numberPayments",
  "/v1/companies/:companyId/numbers/:number/payments",
  {
    params: NumberParams,
    query: PeriodQuery,
    success: Documents.PaymentTable,
    error,
  },
).annotateMerge(
  OpenApi.annotations({
    summary: "Payment history of a number",
    description:
      "Payments to an advance-paid number over a period. 422 `number.paymentHistory.advanceOnly` for a credit number.",
  }),
)

/** `GET /v1/companies/:companyId/payments` — payments on the company's credit accounts (C1). */
export const companyPayments = HttpApiEndpoint.get("companyPayments", "/v1/companies/:companyId/payments", {
  params: CompanyParams,
  query: PeriodQuery,
  success: Documents.PaymentTable,
  error,
}).annotateMerge(
  OpenApi.annotations({
    summary: "Payment history of the company's credit accounts",
    description: "Payments on the company's credit accounts over a period, oldest first, at most 5,000 rows.",
  }),
)

/**
 * The `records` group.
 *
 * @example
 * ```ts
 * yield* client.records.companyPayments({ params: { companyId }, query: { start, end } })
 * ```
 */
export class RecordsGroup extends HttpApiGroup.make("records")
  .add(callRecords, numberPayments, companyPayments)
  .middleware(Security.Authorization)
  .annotateMerge(
    OpenApi.annotations({ title: "Records", description: "Call detail records and payments (B8, B17, C1)" }),
  ) {}
