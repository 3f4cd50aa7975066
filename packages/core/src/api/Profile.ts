/**
 * The admin's own profile (A3, «Мой профиль» / «Мои компании»): read it, change the e-mail
 * (needs the current password), change the password, give a company a short display name.
 *
 * @example
 * ```ts
 * const admin = yield* client.profile.get()
 * ```
 */
import { Schema } from "effect"
import { HttpApiEndpoint, HttpApiGroup, HttpApiSchema, OpenApi } from "effect/http-api"
import * as Admin from "../domain/Admin.js"
import * as Company from "../domain/Company.js"
import * as Email from "../domain/Email.js"
import * as Auth from "./Auth.js"
import * as Errors from "./Errors.js"
import * as Security from "./Security.js"

/**
 * New e-mail, confirmed with the current password.
 *
 * JSON: `{ "email": "adel@example.kz", "currentPassword": "…" }`
 */
export const ChangeEmailRequest = Schema.Struct({ email: Email.Email, currentPassword: Auth.Password }).annotate({
  identifier: "ChangeEmailRequest",
})
export type ChangeEmailRequest = typeof ChangeEmailRequest.Type

/**
 * New password, confirmed with the current one. The repetition is compared in the form; the
 * policy is a rule (422 when the operator refuses it).
 *
 * JSON: `{ "currentPassword": "…", "newPassword": "…" }`
 */
export const ChangePasswordRequest = Schema.Struct({
  currentPassword: Auth.Password,
  newPassword: Auth.Password,
}).annotate({ identifier: "ChangePasswordRequest" })
export type ChangePasswordRequest = typeof ChangePasswordRequest.Type

/**
 * A company's short display name.
 *
 * JSON: `{ "shortName": "Кабинет" }`
 */
export const ShortNameRequest = Schema.Struct({ shortName: Company.ShortName }).annotate({
  identifier: "ShortNameRequest",
})
export type ShortNameRequest = typeof ShortNameRequest.Type

/** `GET /v1/profile` — the signed-in admin. */
export const get = HttpApiEndpoint.get("get", "/v1/profile", {
  success: Admin.Admin,
  error: [...Errors.common],
}).annotateMerge(OpenApi.annotations({ summary: "The signed-in admin" }))

/**
 * `PUT /v1/profile/email` — change the e-mail. A wrong current password is a 401 `credentials`;
 * the session stays valid.
 */
export const changeEmail = HttpApiEndpoint.put("changeEmail", "/v1/profile/email", {
  headers: Security.IdempotencyHeaders,
  payload: ChangeEmailRequest,
  success: Admin.Admin,
  error: [...Errors.common, Errors.Unauthenticated, Errors.RuleDenied, Errors.IdempotencyConflict],
}).annotateMerge(OpenApi.annotations({ summary: "Change the admin's e-mail" }))

/**
 * `PUT /v1/profile/password` — change the password (204). A wrong current password is a 401
 * `credentials` (the session stays valid); a new one the policy refuses is a 422 with the rule id
 * (`password.policy`, `password.sameAsCurrent`).
 */
export const changePassword = HttpApiEndpoint.put("changePassword", "/v1/profile/password", {
  headers: Security.IdempotencyHeaders,
  payload: ChangePasswordRequest,
  success: HttpApiSchema.NoContent,
  error: [...Errors.common, Errors.Unauthenticated, Errors.RuleDenied, Errors.IdempotencyConflict],
}).annotateMerge(OpenApi.annotations({ summary: "Change the admin's password" }))

/** `PUT /v1/profile/companies/:companyId/short-name` — set a company's short name (A3). */
export const setCompanyShortName = HttpApiEndpoint.put(
  "setCompanyShortName",
  "/v1/profile/companies/:companyId/short-name",
  {
    params: { companyId: Company.CompanyId },
    headers: Security.IdempotencyHeaders,
    payload: ShortNameRequest,
    success: Company.Company,
    error: [...Errors.mutation],
  },
).annotateMerge(OpenApi.annotations({ summary: "Give a company a short display name" }))

/** `DELETE /v1/profile/companies/:companyId/short-name` — back to the full name. */
export const clearCompanyShortName = HttpApiEndpoint.delete(
  "clearCompanyShortName",
  "/v1/profile/companies/:companyId/short-name",
  {
    params: { companyId: Company.CompanyId },
    headers: Security.IdempotencyHeaders,
    success: Company.Company,
    error: [...Errors.mutation],
  },
).annotateMerge(OpenApi.annotations({ summary: "Remove a company's short display name" }))

/**
 * The `profile` group.
 *
 * @example
 * ```ts
 * yield* client.profile.changePassword({ headers, payload: { currentPassword, newPassword } })
 * ```
 */
export class ProfileGroup extends HttpApiGroup.make("profile")
  .add(get, changeEmail, changePassword, setCompanyShortName, clearCompanyShortName)
  .middleware(Security.Authorization)
  .annotateMerge(OpenApi.annotations({ title: "Profile", description: "The admin's profile (A3)" })) {}
