/**
 * The admin's profile and companies (A3, A4).
 *
 * @example
 * ```ts
 * import { Programs } from "@kabinet/core"
 * const companies = yield* Programs.Profile.listCompanies
 * ```
 */
import * as Effect from "effect/Effect"
import * as Result from "effect/Result"
import type * as Companies from "../api/Companies.js"
import type * as Security from "../api/Security.js"
import { type ClientError, OperatorClient } from "../client/OperatorClient.js"
import type * as Admin from "../domain/Admin.js"
import type * as Company from "../domain/Company.js"
import type * as Email from "../domain/Email.js"
import * as Errors from "../Errors.js"
import * as AccessRules from "../rules/AccessRules.js"
import * as PasswordPolicy from "../rules/PasswordPolicy.js"
import { check, keyFor, redact, reveal, type Secret } from "./internal.js"

/**
 * The signed-in admin («Профиль Администратора»), also refreshed in the client's session.
 *
 * @example
 * ```ts
 * const admin = yield* Profile.getProfile
 * ```
 */
export const getProfile: Effect.Effect<Admin.Admin, ClientError, OperatorClient> = OperatorClient.use((client) =>
  client.session.refreshAdmin(undefined, client.api.profile.get()),
)

/**
 * The admin's companies, with short names where set (A4).
 *
 * @example
 * ```ts
 * const companies = yield* Profile.listCompanies
 * companies.map(Company.displayName)
 * ```
 */
export const listCompanies: Effect.Effect<
  ReadonlyArray<Company.Company>,
  ClientError,
  OperatorClient
> = OperatorClient.use((client) => client.call("operation.selectCompany", client.api.companies.list()))

/**
 * The personal accounts of a company, for the account drop-down of the act of completed works (C5).
 *
 * @example
 * ```ts
 * const accounts = yield* Profile.listAccounts(companyId)
 * ```
 */
export const listAccounts = (
  companyId: Company.CompanyId,
): Effect.Effect<ReadonlyArray<Companies.Account>, ClientError, OperatorClient> =>
  OperatorClient.use((client) => client.call(undefined, client.api.companies.accounts({ params: { companyId } })))

/**
 * Changes the e-mail; the current password is required (refused without a request when empty). The
 * client's session takes the changed admin, so every widget following it shows the new e-mail.
 *
 * @example
 * ```ts
 * yield* Profile.changeEmail({ email, currentPassword })
 * ```
 */
export const changeEmail = Effect.fn("Profile.changeEmail")(function* (input: {
  readonly email: Email.Email
  readonly currentPassword: Secret
  readonly idempotencyKey?: Security.IdempotencyKey | undefined
}): Effect.fn.Return<Admin.Admin, ClientError, OperatorClient> {
  yield* check(() => AccessRules.currentPasswordRequired.check({ currentPassword: reveal(input.currentPassword) }))
  const client = yield* OperatorClient
  const key = yield* keyFor(input.idempotencyKey)
  return yield* client.session.refreshAdmin(
    "operation.changeEmail",
    client.api.profile.changeEmail({
      headers: { "idempotency-key": key },
      payload: { email: input.email, currentPassword: redact(input.currentPassword) },
    }),
  )
})

/**
 * Changes the password (current, new, repeat). The policy (length, common passwords, new ≠
 * current) and the repetition are checked first, without a request.
 *
 * @example
 * ```ts
 * yield* Profile.changePassword({ currentPassword, newPassword, confirmation })
 * ```
 */
export const changePassword = Effect.fn("Profile.changePassword")(function* (input: {
  readonly currentPassword: Secret
  readonly newPassword: Secret
  readonly confirmation: Secret
  readonly idempotencyKey?: Security.IdempotencyKey | undefined
}): Effect.fn.Return<void, ClientError, OperatorClient> {
  const current = reveal(input.currentPassword)
  yield* check(() => AccessRules.currentPasswordRequired.check({ currentPassword: current }))
  const decision = yield* PasswordPolicy.evaluate({
    password: reveal(input.newPassword),
    confirmation: reveal(input.confirmation),
    current,
  })
  yield* check(() => decision)
  const client = yield* OperatorClient
  const key = yield* keyFor(input.idempotencyKey)
  yield* client.call(
    "operation.changePassword",
    client.api.profile.changePassword({
      headers: { "idempotency-key": key },
      payload: { currentPassword: redact(input.currentPassword), newPassword: redact(input.newPassword) },
    }),
  )
})

/**
 * Gives a company a short display name, or removes it (A3). `shortName` is what the admin typed,
 * decided by the form's guard `Rules.AccessRules.shortNameGuard`: trimmed, empty (or `undefined`)
 * removes the short name, a name over 64 characters is refused with `RuleDenied`
 * (`profile.shortName.tooLong`) without a request.
 *
 * @example
 * ```ts
 * yield* Profile.setCompanyShortName({ companyId, shortName: "Кабинет" })
 * yield* Profile.setCompanyShortName({ companyId, shortName: undefined }) // back to the full name
 * ```
 */
export const setCompanyShortName = Effect.fn("Profile.setCompanyShortName")(function* (input: {
  readonly companyId: Company.CompanyId
  readonly shortName: string | undefined
  readonly idempotencyKey?: Security.IdempotencyKey | undefined
}): Effect.fn.Return<Company.Company, ClientError, OperatorClient> {
  const guarded = AccessRules.shortNameGuard(input.shortName ?? "")
  if (Result.isFailure(guarded)) return yield* Errors.RuleDenied.fromDenied(guarded.failure)
  const shortName = guarded.success
  const client = yield* OperatorClient
  const key = yield* keyFor(input.idempotencyKey)
  const params = { companyId: input.companyId }
  const headers = { "idempotency-key": key }
  return yield* client.call(
    "operation.renameCompany",
    shortName === undefined
      ? client.api.profile.clearCompanyShortName({ params, headers })
      : client.api.profile.setCompanyShortName({ params, headers, payload: { shortName } }),
  )
})
