/**
 * The `records` group (B8, B17, C1): call detail records of a number (the last 90 days, the
 * core's rule), payments of an advance number, payments on the company's credit accounts. All are
 * generated on demand from the seed, so any period of any of 100,000 lines can be asked for.
 */
import { Api, Rules } from "@kabinet/core"
import * as Effect from "effect/Effect"
import * as HttpApiBuilder from "effect/http-api/HttpApiBuilder"
import * as CallRecords from "../db/CallRecords.js"
import type { OperatorState } from "../db/OperatorState.js"
import * as Payments from "../db/Payments.js"
import { company, enforce, line, moment } from "./Access.js"
import { audited } from "./Audit.js"
import * as Contract from "./Contract.js"
import { OperatorDb } from "./OperatorDb.js"

/** The most rows a company's payment table answers; a large fleet pays thousands of invoices a month. */
export const maxPaymentRows = 5_000

/** The payments on a company's credit accounts over a period, oldest first. */
export const companyPaymentsOf = (
  state: OperatorState,
  companyId: string,
  period: { readonly start: string; readonly end: string },
): ReadonlyArray<Payments.PaymentRow> =>
  state.numbers
    .accounts(companyId)
    .filter((account) => account.billingMethod === "Кредитный")
    .flatMap((account) => Payments.ofAccount(state.seed, account.accountNumber, period, state.now()))
    .sort((a, b) => a.paidAt - b.paidAt)
    .slice(0, maxPaymentRows)

/**
 * The handlers of the `records` group.
 *
 * @example
 * ```ts
 * HttpApiBuilder.layer(Api.OperatorApi.OperatorApi).pipe(Layer.provide(RecordsHandlers))
 * ```
 */
export const RecordsHandlers = HttpApiBuilder.group(Api.OperatorApi.OperatorApi, "records", (handlers) =>
  handlers
    .handle("callRecords", ({ params, query }) => {
      const read = Effect.gen(function* () {
        const state = yield* OperatorDb
        const of = yield* line(params.companyId, params.number)
        yield* enforce(
          Rules.NumberRules.detalizationWindow.check({ start: query.start, end: query.end }, yield* moment),
        )
        const records = CallRecords.recordsOfPeriod(state.seed, of.msisdn, query, state.now())
        return {
          items: records.slice(query.offset, query.offset + query.limit).map(Contract.callRecord),
          total: records.length,
          offset: query.offset,
        }
      })
      // A request is one entry of the history, not one per page of it.
      return query.offset === 0
        ? audited({ action: "callRecordsRequest", companyId: params.companyId, msisdn: params.number }, read)
        : read
    })
    .handle("numberPayments", ({ params, query }) =>
      audited(
        { action: "paymentHistoryRequest", companyId: params.companyId, msisdn: params.number },
        Effect.gen(function* () {
          const state = yield* OperatorDb
          const of = yield* line(params.companyId, params.number)
          yield* enforce(Rules.NumberRules.paymentHistoryAdvanceOnly.check({ billingMethod: of.billingMethod }))
          yield* enforce(Rules.DocumentRules.periodValid.check(query, yield* moment))
          const rows = Payments.ofLine(state.seed, of.msisdn, of.accountNumber, query, state.now())
          return { kind: "table" as const, rows: rows.map(Contract.payment) }
        }),
      ),
    )
    .handle("companyPayments", ({ params, query }) =>
      audited(
        { action: "paymentHistoryRequest", companyId: params.companyId },
        Effect.gen(function* () {
          const state = yield* OperatorDb
          yield* company(params.companyId)
          yield* enforce(Rules.DocumentRules.periodValid.check(query, yield* moment))
          return {
            kind: "table" as const,
            rows: companyPaymentsOf(state, params.companyId, query).map(Contract.payment),
          }
        }),
      ),
    ),
)
