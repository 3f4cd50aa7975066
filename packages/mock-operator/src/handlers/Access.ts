/**
 * Who is asking and what they may reach: the signed-in admin, the company boundary, and the core's
 * rules turned into the contract's 422 refusals.
 *
 * The boundary answers as the contract says a caller may learn: a company or number the admin does
 * not manage is the same 404 as one nobody has, so no probing tells what other companies hold.
 */
import { Api, Calendar, type Rules } from "@kabinet/core"
import * as Effect from "effect/Effect"
import type { AdminAccount } from "../db/AdminStore.js"
import * as Companies from "../db/Companies.js"
import type { Line } from "../db/Line.js"
import { OperatorDb } from "./OperatorDb.js"

/** The admin of the current session, as the operator keeps the account. */
export const signedIn: Effect.Effect<AdminAccount, never, Api.Security.CurrentSession | OperatorDb> = Effect.gen(
  function* () {
    const session = yield* Api.Security.CurrentSession
    const state = yield* OperatorDb
    const account = state.admins.get(session.admin.phone)
    if (account === undefined) return yield* Effect.die(new Error(`session of an unknown admin ${session.admin.phone}`))
    return account
  },
)

/** A company the signed-in admin manages; 404 alike when there is no such company and when it is not theirs. */
export const company = Effect.fnUntraced(function* (companyId: string) {
  const account = yield* signedIn
  const record = Companies.byId(companyId)
  if (record === undefined || !account.companyIds.includes(companyId))
    return yield* new Api.Errors.NotFound({ resource: "company", id: companyId })
  return record
})

/**
 * A number of the company named in the URL, which the admin manages; 404 alike when the operator
 * has no such number and when it is another company's — the admin's own other company included,
 * since the URL names one.
 */
export const line = Effect.fnUntraced(function* (companyId: string, msisdn: string) {
  yield* company(companyId)
  const state = yield* OperatorDb
  const found = state.numbers.get(msisdn)
  if (found === undefined || found.companyId !== companyId)
    return yield* new Api.Errors.NotFound({ resource: "number", id: msisdn })
  return found as Line
})

/** The operator's "now" as the core's rules take it. */
export const moment: Effect.Effect<Calendar.Moment, never, OperatorDb> = Effect.map(OperatorDb, (state) =>
  Calendar.momentAt(state.now()),
)

/** The contract's 422 for a refusal of the core's rules. */
export const refusal = (denied: Rules.Denied): Api.Errors.RuleDenied =>
  new Api.Errors.RuleDenied({ ruleId: denied.rule, messageKey: denied.messageKey, params: denied.params })

/** Goes on when the core's rule allows, fails with the contract's 422 when it refuses. */
export const enforce = (decision: Rules.Decision): Effect.Effect<void, Api.Errors.RuleDenied> =>
  decision._tag === "Allowed" ? Effect.void : Effect.fail(refusal(decision))
