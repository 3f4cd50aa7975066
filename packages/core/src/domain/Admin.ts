/**
 * A company administrator: the person who signs in with a phone number and manages numbers
 * («Профиль Администратора»).
 *
 * @example
 * ```ts
 * import { Admin } from "@kabinet/core"
 * const admin = Schema.decodeUnknownSync(Admin.Admin)({
 *   phone: "77012111249",
 *   fullName: "Alimbayeva Adel",
 *   companyIds: ["cmp-800800800800"],
 *   activated: true,
 * })
 * ```
 */
import * as Schema from "effect/Schema"
import * as Company from "./Company.js"
import * as Email from "./Email.js"
import * as Msisdn from "./Msisdn.js"

/**
 * An admin's profile. `phone` is the login; `email` is absent until set in «Мой профиль»;
 * `companyIds` are the companies the admin may switch between, in the operator's order;
 * `activated` is false until the first password is set through recovery (A1, A2).
 *
 * JSON: `{ "phone": "77012111249", "fullName": "Alimbayeva Adel", "email": "adel@example.kz",
 * "companyIds": ["cmp-1", "cmp-2"], "activated": true }`
 *
 * @example
 * ```ts
 * admin.activated ? "sign in" : "go through «Забыли пароль?» first"
 * ```
 */
export class Admin extends Schema.Class<Admin>("Admin")({
  phone: Msisdn.Msisdn,
  fullName: Schema.NonEmptyString,
  email: Schema.optionalKey(Email.Email),
  companyIds: Schema.Array(Company.CompanyId),
  activated: Schema.Boolean,
}) {}
