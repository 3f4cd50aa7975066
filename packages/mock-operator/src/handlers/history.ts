/**
 * The `history` group (C3): the company's action history over a period, newest first — the
 * manual's own entries and everything done through this operator since.
 */
import { Api, Calendar, Rules } from "@kabinet/core"
import * as Effect from "effect/Effect"
import * as HttpApiBuilder from "effect/http-api/HttpApiBuilder"
import { company, enforce, moment } from "./Access.js"
import * as Contract from "./Contract.js"
import { OperatorDb } from "./OperatorDb.js"

/**
 * The handlers of the `history` group.
 *
 * @example
 * ```ts
 * HttpApiBuilder.layer(Api.OperatorApi.OperatorApi).pipe(Layer.provide(HistoryHandlers))
 * ```
 */
export const HistoryHandlers = HttpApiBuilder.group(Api.OperatorApi.OperatorApi, "history", (handlers) =>
  handlers.handle("list", ({ params, query }) =>
    Effect.gen(function* () {
      const state = yield* OperatorDb
      yield* company(params.companyId)
      yield* enforce(Rules.DocumentRules.periodValid.check(query, yield* moment))
      const from = Calendar.startOfDay(query.start)
      const to = Calendar.startOfDay(Calendar.addDays(query.end, 1)) - 1
      const entries = state.actions.list(params.companyId, state.admins.phonesOf(params.companyId), from, to)
      return { kind: "table" as const, rows: entries.map(Contract.actionEntry) }
    }),
  ),
)
