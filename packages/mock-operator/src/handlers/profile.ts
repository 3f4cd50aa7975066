/**
 * The `profile` group (A3): the admin's own account — e-mail, password (the core's password
 * policy), and the short names of their companies.
 */
import { Api, Rules } from "@kabinet/core"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as HttpApiBuilder from "effect/http-api/HttpApiBuilder"
import * as Redacted from "effect/Redacted"
import { company, enforce, moment, signedIn } from "./Access.js"
import { audited } from "./Audit.js"
import * as Contract from "./Contract.js"
import { OperatorDb } from "./OperatorDb.js"

// A wrong current password is refused under the rule that asks for the current password, with the
// core's message for a wrong current password. It is guessed no more easily than at sign-in: wrong
// ones count toward the same lock of the admin's login (A1's five failures, 15 minutes).
const checkCurrentPassword = Effect.fnUntraced(function* (given: string) {
  const state = yield* OperatorDb
  const now = yield* moment
  const account = yield* signedIn
  const attempts = state.admins.attempts(account.phone)
  const lockedUntil = Rules.AccessRules.lockedUntil(attempts, now)
  if (lockedUntil !== undefined) {
    return yield* new Api.Errors.LoginLocked({
      lockedUntil: DateTime.makeUnsafe(lockedUntil),
      retryAfterSeconds: Math.ceil((lockedUntil - now.epochMillis) / 1_000),
    })
  }
  yield* enforce(Rules.AccessRules.currentPasswordRequired.check({ currentPassword: given }))
  if (account.password !== given) {
    state.admins.setAttempts(account.phone, Rules.AccessRules.recordFailure(attempts, now.epochMillis))
    return yield* new Api.Errors.RuleDenied({
      ruleId: "profile.currentPassword.required",
      messageKey: "rule.profile.currentPassword.wrong",
      params: {},
    })
  }
  state.admins.setAttempts(account.phone, Rules.AccessRules.recordSuccess())
  return account
})

/**
 * The handlers of the `profile` group.
 *
 * @example
 * ```ts
 * HttpApiBuilder.layer(Api.OperatorApi.OperatorApi).pipe(Layer.provide(ProfileHandlers))
 * ```
 */
export const ProfileHandlers = HttpApiBuilder.group(Api.OperatorApi.OperatorApi, "profile", (handlers) =>
  handlers
    .handle("get", () => Effect.map(signedIn, Contract.admin))
    .handle("changeEmail", ({ payload }) =>
      audited(
        { action: "emailChange" },
        Effect.gen(function* () {
          const state = yield* OperatorDb
          const account = yield* checkCurrentPassword(Redacted.value(payload.currentPassword))
          return Contract.admin(state.admins.update(account.phone, (a) => ({ ...a, email: payload.email })))
        }),
      ),
    )
    .handle("changePassword", ({ payload, request }) =>
      audited(
        { action: "passwordChange" },
        Effect.gen(function* () {
          const state = yield* OperatorDb
          const current = Redacted.value(payload.currentPassword)
          const password = Redacted.value(payload.newPassword)
          const account = yield* checkCurrentPassword(current)
          yield* enforce(
            Rules.PasswordPolicy.checkChange({
              password,
              confirmation: password,
              current,
              surroundings: { phone: account.phone, email: account.email },
            }),
          )
          state.admins.update(account.phone, (a) => ({ ...a, password }))
          // Other sessions of the admin end with the old password; this one goes on.
          const token = request.headers.authorization?.replace(/^Bearer\s+/iu, "").trim()
          state.sessions.closeAll(account.phone, token)
        }),
      ),
    )
    .handle("setCompanyShortName", ({ params, payload }) =>
      audited(
        { action: "companyRename", companyId: params.companyId, details: payload.shortName },
        Effect.gen(function* () {
          const state = yield* OperatorDb
          const record = yield* company(params.companyId)
          yield* enforce(Rules.AccessRules.shortNameTooLong.check({ shortName: payload.shortName }))
          const account = yield* signedIn
          state.admins.update(account.phone, (a) => ({
            ...a,
            shortNames: new Map([...a.shortNames, [record.id, payload.shortName]]),
          }))
          return Contract.company(record, payload.shortName)
        }),
      ),
    )
    .handle("clearCompanyShortName", ({ params }) =>
      audited(
        { action: "companyRename", companyId: params.companyId },
        Effect.gen(function* () {
          const state = yield* OperatorDb
          const record = yield* company(params.companyId)
          const account = yield* signedIn
          state.admins.update(account.phone, (a) => {
            const shortNames = new Map(a.shortNames)
            shortNames.delete(record.id)
            return { ...a, shortNames }
          })
          return Contract.company(record, undefined)
        }),
      ),
    ),
)
