/**
 * A payment received on an account (B17 for advance-paid numbers, C1 for credit accounts): when,
 * how much, through which channel, under which document.
 *
 * The manual shows the request forms only. These fields are what a payment history of a business
 * portal carries; the channel list follows the ways a Kazakh company pays its operator.
 *
 * @example
 * ```ts
 * import { Payment } from "@kabinet/core"
 * const payment = Schema.decodeUnknownSync(Payment.Payment)({
 *   paidAt: "2020-09-15T11:02:00+05:00",
 *   amount: "9970.33",
 *   channel: "bankTransfer",
 *   documentNumber: "ПП-000451",
 *   accountNumber: "25869160",
 * })
 * payment.amount // 997033 (tiyn)
 * ```
 */
import * as Schema from "effect/Schema"
import * as AccountNumber from "./AccountNumber.js"
import * as Instant from "./Instant.js"
import * as Money from "./Money.js"
import * as Msisdn from "./Msisdn.js"

/**
 * Every payment channel: a bank payment order, a bank card, a payment terminal or mobile banking,
 * cash at the operator's office, or anything else the operator cannot classify.
 */
export const channels = ["bankTransfer", "card", "terminal", "cashDesk", "other"] as const

/**
 * How a payment reached the operator.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Payment.PaymentChannel)("card")
 * ```
 */
export const PaymentChannel = Schema.Literals(channels).annotate({ identifier: "PaymentChannel" })
export type PaymentChannel = typeof PaymentChannel.Type

/**
 * A payment. `documentNumber` is the payment's document (payment order, receipt); `msisdn` is
 * present when the payment was made for one advance-paid number rather than for the account.
 *
 * JSON: `{ "paidAt": "2020-09-15T11:02:00+05:00", "amount": "9970.33", "channel": "bankTransfer",
 * "documentNumber": "ПП-000451", "accountNumber": "25869160", "msisdn": "77780627247" }`
 *
 * @example
 * ```ts
 * const total = payments.reduce((sum, p) => sum + p.amount, 0)
 * ```
 */
export class Payment extends Schema.Class<Payment>("Payment")({
  paidAt: Instant.Instant,
  amount: Money.FromDecimalString,
  channel: PaymentChannel,
  documentNumber: Schema.NonEmptyString,
  accountNumber: AccountNumber.AccountNumber,
  msisdn: Schema.optionalKey(Msisdn.Msisdn),
}) {}
