/**
 * The admin's own profile (A3, «Мой профиль» / «Мои компании»): read it, change the e-mail
 * (needs the current password), change the password, give a company a short display name.
 *
 * The current password is guessed no more easily here than at sign-in: wrong ones count toward the
 * same five-failure lock of the admin's login (423, 15 minutes).
 *
 * @example
 * ```ts
 * const admin = yield* client.profile.get()
 * ```
 */

import * as HttpApiEndpoint from "effect/http-api/HttpApiEndpoint"
import * as HttpApiGroup from "effect/http-api/HttpApiGroup"
import * as HttpApiSchema from "effect/http-api/HttpApiSchema"
import * as OpenApi from "effect/http-api/OpenApi"
import * as Schema from "effect/Schema"
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
}).annotateMerge(
  OpenApi.annotations({
    summary: "The signed-in admin",
    description: "The admin of the bearer token's session: phone, name, e-mail, companies, activation.",
  }),
)

const currentPasswordChecked =
  "A wrong current password is 422 `profile.currentPassword.required` (message `rule.profile.currentPassword.wrong`); the session stays valid. Wrong current passwords count toward the login's lock: the fifth locks it for 15 minutes (423 with Retry-After), here and at sign-in."

/**
 * `PUT /v1/profile/email` — change the e-mail. A wrong current password is a 422
 * (`profile.currentPassword.required`, message `rule.profile.currentPassword.wrong`) and counts
 * toward the login's lock (423 at the fifth); the session stays valid.
 */
export const changeEmail = HttpApiEndpoint.put("changeEmail", "/v1/profile/email", {
  headers: Security.IdempotencyHeaders,
  payload: ChangeEmailRequest,
  success: Admin.Admin,
  error: [...Errors.common, Errors.RuleDenied, Errors.LoginLocked, Errors.IdempotencyConflict],
}).annotateMerge(
  OpenApi.annotations({
    summary: "Change the admin's e-mail",
    description: `Sets a new e-mail, confirmed with the current password. ${currentPasswordChecked}`,
  }),
)

/**
 * `PUT /v1/profile/password` — change the password (204). A wrong current password is a 422 like
 * in {@link changeEmail} and counts toward the login's lock; a new one the policy refuses is a 422
 * with the rule id (`password.policy`, `password.sameAsCurrent`). The admin's other sessions end.
 */
export const changePassword = HttpApiEndpoint.put("changePassword", "/v1/profile/password", {
  headers: Security.IdempotencyHeaders,
  payload: ChangePasswordRequest,
  success: HttpApiSchema.NoContent,
  error: [...Errors.common, Errors.RuleDenied, Errors.LoginLocked, Errors.IdempotencyConflict],
}).annotateMerge(
  OpenApi.annotations({
    summary: "Change the admin's password",
    description: `Sets a new password under the operator's policy (422 \`password.policy\`, \`password.sameAsCurrent\`) and ends the admin's other sessions. ${currentPasswordChecked}`,
  }),
)

/**
 * `PUT /v1/profile/companies/:companyId/short-name` — set a company's short name (A3); 404 for a
 * company the admin does not manage.
 */
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
).annotateMerge(
  OpenApi.annotations({
    summary: "Give a company a short display name",
    description:
      "Sets the name the admin sees for the company in the drop-down: at most 64 characters as a person counts them, at least one visible. 404 for a company the admin does not manage.",
  }),
)

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
).annotateMerge(
  OpenApi.annotations({
    summary: "Remove a company's short display name",
    description: "Shows the company's full name again. 404 for a company the admin does not manage.",
  }),
)

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
