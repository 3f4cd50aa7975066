/**
 * The operator's side of the contract's bearer authentication: a token names a session, a session
 * names an admin. No token, an unknown one and a session that ran out (idle, or past its absolute
 * end) are told apart, so a client can say "sign in" rather than "something went wrong".
 */
import { Api } from "@kabinet/core"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import { expiresAt } from "../db/Sessions.js"
import * as Contract from "./Contract.js"
import { OperatorDb } from "./OperatorDb.js"

/**
 * The `Authorization` middleware of the contract, answering from the operator's sessions.
 *
 * @example
 * ```ts
 * HttpApiBuilder.layer(OperatorApi).pipe(Layer.provide(AuthorizationLive))
 * ```
 */
export const AuthorizationLive: Layer.Layer<Api.Security.Authorization, never, OperatorDb> = Layer.effect(
  Api.Security.Authorization,
  Effect.gen(function* () {
    const state = yield* OperatorDb
    return Api.Security.Authorization.of({
      bearer: (httpEffect, { credential }) =>
        Effect.gen(function* () {
          const token = Redacted.value(credential)
          if (token === "") return yield* new Api.Errors.Unauthenticated({ reason: "missingToken" })
          const lookup = state.sessions.touch(token, state.now())
          if (lookup._tag === "Expired") return yield* new Api.Errors.Unauthenticated({ reason: "sessionExpired" })
          if (lookup._tag === "Unknown") return yield* new Api.Errors.Unauthenticated({ reason: "invalidToken" })
          const account = state.admins.get(lookup.session.phone)
          if (account === undefined) return yield* new Api.Errors.Unauthenticated({ reason: "invalidToken" })
          return yield* Effect.provideService(httpEffect, Api.Security.CurrentSession, {
            admin: Contract.admin(account),
            expiresAt: DateTime.makeUnsafe(expiresAt(lookup.session)),
          })
        }),
    })
  }),
)
