/**
 * The action history of the operator's own making: every mutation is recorded when it ends,
 * «Успешно» or «Ошибка», with the admin's name and phone — refusals included, because an admin
 * reading the history wants to see what was tried and refused, not only what went through.
 */
import { Api } from "@kabinet/core"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import type { ActionKind } from "../db/ActionLog.js"
import { OperatorDb } from "./OperatorDb.js"

/** What to record about an operation. */
export interface Audit {
  readonly action: ActionKind
  readonly companyId?: string | undefined
  readonly msisdn?: string | undefined
  readonly details?: string | undefined
}

// What the history says about a failure: the rule that refused, or the kind of error.
const reasonOf = (cause: Cause.Cause<unknown>): string => {
  const error = Cause.squash(cause)
  if (error instanceof Api.Errors.RuleDenied) return error.ruleId
  if (typeof error === "object" && error !== null && "_tag" in error) return String(error._tag)
  return "defect"
}

/**
 * Runs an operation of the signed-in admin and records it in the action history, however it ends.
 *
 * @example
 * ```ts
 * audited({ action: "block", companyId, msisdn }, startBlock)
 * ```
 */
export const audited = <A, E, R>(
  audit: Audit,
  effect: Effect.Effect<A, E, R>,
): Effect.Effect<A, E, R | OperatorDb | Api.Security.CurrentSession> =>
  Effect.gen(function* () {
    const state = yield* OperatorDb
    const session = yield* Api.Security.CurrentSession
    return yield* effect.pipe(
      Effect.onExit((exit) =>
        Effect.sync(() => {
          state.actions.record({
            action: audit.action,
            status: Exit.isSuccess(exit) ? "Успешно" : "Ошибка",
            at: state.now(),
            admin: { fullName: session.admin.fullName, phone: session.admin.phone },
            companyId: audit.companyId,
            msisdn: audit.msisdn,
            details: Exit.isSuccess(exit) ? audit.details : reasonOf(exit.cause),
          })
        }),
      ),
    )
  })

/**
 * Records an operation of someone not signed in yet (sign-in, recovery), by phone; nothing is
 * recorded for a phone the operator does not know.
 */
export const auditedAs = <A, E, R>(
  phone: string,
  audit: Audit,
  effect: Effect.Effect<A, E, R>,
): Effect.Effect<A, E, R | OperatorDb> =>
  Effect.gen(function* () {
    const state = yield* OperatorDb
    return yield* effect.pipe(
      Effect.onExit((exit) =>
        Effect.sync(() => {
          const account = state.admins.get(phone)
          if (account === undefined) return
          state.actions.record({
            action: audit.action,
            status: Exit.isSuccess(exit) ? "Успешно" : "Ошибка",
            at: state.now(),
            admin: { fullName: account.fullName, phone: account.phone },
            companyId: audit.companyId,
            msisdn: audit.msisdn,
            details: Exit.isSuccess(exit) ? audit.details : reasonOf(exit.cause),
          })
        }),
      ),
    )
  })
