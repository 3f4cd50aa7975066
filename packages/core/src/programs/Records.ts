/**
 * Records over a period: a number's call details (B8), a number's payments (B17), the company's
 * payments (C1) and the action history (C3). The period is checked by the core's rules first
 * (B8: the last 90 days including today; no day after today), so a refused period makes no
 * request.
 *
 * @example
 * ```ts
 * import { Programs } from "@kabinet/core"
 * const records = yield* Stream.runCollect(Programs.Records.requestCallRecords({ companyId, msisdn, period }))
 * ```
 */
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import * as Paging from "../api/Paging.js"
import type * as Records from "../api/Records.js"
import { type ClientError, OperatorClient } from "../client/OperatorClient.js"
import type * as CallRecord from "../domain/CallRecord.js"
import type * as Company from "../domain/Company.js"
import type * as Documents from "../domain/Documents.js"
import type * as Msisdn from "../domain/Msisdn.js"
import type * as Period from "../domain/Period.js"
import * as DocumentRules from "../rules/DocumentRules.js"
import * as NumberRules from "../rules/NumberRules.js"
import * as Rule from "../rules/Rule.js"
import { check } from "./internal.js"
import type { NumberState } from "./NumberActions.js"

/** How many call records one request asks for when reading a whole period. */
export const callRecordsPageSize = Paging.maxLimit

/**
 * A number and a period of its records.
 */
export interface CallRecordsInput {
  readonly companyId: Company.CompanyId
  readonly msisdn: Msisdn.Msisdn
  readonly period: Period.DateRange
}

const detalizationWindow = (period: Period.DateRange) =>
  check((moment) => NumberRules.detalizationWindow.check(period, moment))

/**
 * One page of a number's call details for a period, for a virtualized table.
 *
 * @example
 * ```ts
 * const page = yield* Records.callRecordsPage({ companyId, msisdn, period, offset: 0, limit: 100 })
 * ```
 */
export const callRecordsPage = Effect.fn("Records.callRecordsPage")(function* (
  input: CallRecordsInput & { readonly offset: number; readonly limit: number },
): Effect.fn.Return<Records.CallRecordPage, ClientError, OperatorClient> {
  yield* detalizationWindow(input.period)
  const client = yield* OperatorClient
  return yield* client.call(
    "operation.detalization",
    client.api.records.callRecords({
      params: { companyId: input.companyId, number: input.msisdn },
      query: { ...input.period, offset: input.offset, limit: input.limit },
    }),
  )
})

/**
 * All of a number's call details for a period («Запросить детализацию», B8), read page by page as
 * the stream is consumed. Refused without a request outside the last 90 days.
 *
 * @example
 * ```ts
 * const rows = yield* Stream.runCollect(Records.requestCallRecords({ companyId, msisdn, period }))
 * ```
 */
export const requestCallRecords = (
  input: CallRecordsInput,
): Stream.Stream<CallRecord.CallRecord, ClientError, OperatorClient> =>
  Stream.unwrap(
    Effect.gen(function* () {
      yield* detalizationWindow(input.period)
      const client = yield* OperatorClient
      return Stream.paginate(0, (offset: number) =>
        Effect.map(
          client.call(
            "operation.detalization",
            client.api.records.callRecords({
              params: { companyId: input.companyId, number: input.msisdn },
              query: { ...input.period, offset, limit: callRecordsPageSize },
            }),
          ),
          (page) => {
            const next = page.offset + page.items.length
            return [page.items, page.items.length > 0 && next < page.total ? Option.some(next) : Option.none()] as const
          },
        ),
      )
    }),
  )

const periodValid = (period: Period.DateRange) => check((moment) => DocumentRules.periodValid.check(period, moment))

/**
 * Payments to an advance-paid number over a period («История платежей», B17). Refused for a
 * credit number and for a period that ends after today.
 *
 * @example
 * ```ts
 * const table = yield* Records.numberPayments({ companyId, number: row, period })
 * ```
 */
export const numberPayments = Effect.fn("Records.numberPayments")(function* (input: {
  readonly companyId: Company.CompanyId
  readonly number: NumberState
  readonly period: Period.DateRange
}): Effect.fn.Return<Documents.PaymentTable, ClientError, OperatorClient> {
  const billingMethod = input.number.billingMethod
  yield* check(() =>
    billingMethod === undefined ? Rule.allowed : NumberRules.paymentHistoryAdvanceOnly.check({ billingMethod }),
  )
  yield* periodValid(input.period)
  const client = yield* OperatorClient
  return yield* client.call(
    "operation.paymentHistory",
    client.api.records.numberPayments({
      params: { companyId: input.companyId, number: input.number.msisdn },
      query: input.period,
    }),
  )
})

/**
 * Payments on the company's credit accounts over a period (C1).
 *
 * @example
 * ```ts
 * const table = yield* Records.companyPayments({ companyId, period })
 * ```
 */
export const companyPayments = Effect.fn("Records.companyPayments")(function* (input: {
  readonly companyId: Company.CompanyId
  readonly period: Period.DateRange
}): Effect.fn.Return<Documents.PaymentTable, ClientError, OperatorClient> {
  yield* periodValid(input.period)
  const client = yield* OperatorClient
  return yield* client.call(
    "operation.paymentHistory",
    client.api.records.companyPayments({ params: { companyId: input.companyId }, query: input.period }),
  )
})

/**
 * The action history over a period (C3): every operation made through Kabinet, failed ones too.
 *
 * @example
 * ```ts
 * const table = yield* Records.actionHistory({ companyId, period })
 * ```
 */
export const actionHistory = Effect.fn("Records.actionHistory")(function* (input: {
  readonly companyId: Company.CompanyId
  readonly period: Period.DateRange
}): Effect.fn.Return<Documents.ActionHistoryTable, ClientError, OperatorClient> {
  yield* periodValid(input.period)
  const client = yield* OperatorClient
  return yield* client.call(
    undefined,
    client.api.history.list({ params: { companyId: input.companyId }, query: input.period }),
  )
})
