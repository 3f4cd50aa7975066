/**
 * A mobile number as the number list (B1) and the profile header (B2) show it: the line, its
 * account and tariff, how it pays, its status and money.
 *
 * Money arrives as the operator's decimal strings (`"9970.33"`) and is held as integer tiyn; the
 * status change time arrives as an ISO-8601 instant.
 *
 * @example
 * ```ts
 * import { MobileNumber } from "@kabinet/core"
 * const row = Schema.decodeUnknownSync(MobileNumber.MobileNumber)({
 *   msisdn: "77010542001",
 *   accountNumber: "25602051",
 *   tariffName: "Карт Бланш+ 1000",
 *   billingMethod: "Кредитный",
 *   status: "Активный",
 *   statusChangedAt: "2020-08-27T03:21:00+05:00",
 *   availableFunds: "893.00",
 *   individualLimit: "1786.00",
 *   creditLimit: "3000.00",
 *   companyId: "cmp-kabinet",
 * })
 * row.availableFunds // 89300 (tiyn)
 * ```
 */
import { Schema } from "effect"
import * as AccountNumber from "./AccountNumber.js"
import * as BillingMethod from "./BillingMethod.js"
import * as Company from "./Company.js"
import * as Instant from "./Instant.js"
import * as Money from "./Money.js"
import * as Msisdn from "./Msisdn.js"
import * as NumberStatus from "./NumberStatus.js"

/**
 * One number.
 *
 * - `tariffName` is absent when the operator has no tariff to show (the manual prints «-» then).
 * - `availableFunds` is what the line may still spend until the end of the current month.
 * - `individualLimit` is present only when a limit is set on this number.
 * - `creditLimit` is the limit of the account, not of the number.
 *
 * JSON: `{ "msisdn": "77010542001", "accountNumber": "25602051", "tariffName": "Карт Бланш+ 1000",
 * "billingMethod": "Кредитный", "status": "Активный", "statusChangedAt": "2020-08-27T03:21:00+05:00",
 * "availableFunds": "893.00", "individualLimit": "1786.00", "creditLimit": "3000.00", "companyId": "cmp-kabinet" }`
 *
 * @example
 * ```ts
 * const rows = Schema.decodeUnknownSync(Schema.Array(MobileNumber.MobileNumber))(page.items)
 * ```
 */
export class MobileNumber extends Schema.Class<MobileNumber>("MobileNumber")({
  msisdn: Msisdn.Msisdn,
  accountNumber: AccountNumber.AccountNumber,
  tariffName: Schema.optionalKey(Schema.NonEmptyString),
  billingMethod: BillingMethod.BillingMethod,
  status: NumberStatus.NumberStatus,
  statusChangedAt: Instant.Instant,
  availableFunds: Money.FromDecimalString,
  individualLimit: Schema.optionalKey(Money.FromDecimalString),
  creditLimit: Money.FromDecimalString,
  companyId: Company.CompanyId,
}) {}
