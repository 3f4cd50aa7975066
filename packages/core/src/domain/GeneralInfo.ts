/**
 * The «Общая информация» section of a number's profile (B3): billing method, registration form,
 * account and the three bans.
 *
 * @example
 * ```ts
 * import { GeneralInfo } from "@kabinet/core"
 * const info = Schema.decodeUnknownSync(GeneralInfo.GeneralInfo)({
 *   billingMethod: "Кредитный",
 *   registrationForm: "300014697190-130",
 *   accountNumber: "25602051",
 *   bans: { smsUssdControl: "disabled", selfCareDetailView: "disabled", selfCareAccess: "disabled" },
 * })
 * ```
 */
import * as Schema from "effect/Schema"
import * as AccountNumber from "./AccountNumber.js"
import * as Bans from "./Bans.js"
import * as BillingMethod from "./BillingMethod.js"
import * as RegistrationFormNumber from "./RegistrationFormNumber.js"

/**
 * General information on one number.
 *
 * JSON: `{ "billingMethod": "Кредитный", "registrationForm": "300014697190-130", "accountNumber": "25602051",
 * "bans": { "smsUssdControl": "disabled", "selfCareDetailView": "disabled", "selfCareAccess": "disabled" } }`
 *
 * @example
 * ```ts
 * Bans.isEnabled(info.bans, "selfCareAccess")
 * ```
 */
export class GeneralInfo extends Schema.Class<GeneralInfo>("GeneralInfo")({
  billingMethod: BillingMethod.BillingMethod,
  registrationForm: RegistrationFormNumber.RegistrationFormNumber,
  accountNumber: AccountNumber.AccountNumber,
  bans: Bans.Bans,
}) {}
