/**
 * What a line cost over the last months (E3, beyond the manual): one amount per calendar month,
 * oldest first, the current month (still running) last. The number's page draws it as a chart so
 * the admin sees at a glance whether a line costs more than it used to.
 *
 * @example
 * ```ts
 * import { Spending } from "@kabinet/core"
 * const spending = Schema.decodeUnknownSync(Spending.Spending)(json)
 * spending.months.at(-1)?.amount // tiyn spent this month so far
 * ```
 */
import * as Schema from "effect/Schema"
import * as Money from "./Money.js"
import * as Period from "./Period.js"

/** How many months the operator reports: the current one and the five before it. */
export const months = 6

/**
 * One month's charges on the line.
 *
 * JSON: `{ "month": { "year": 2026, "month": 11 }, "amount": "4180.50" }`
 */
export const MonthSpending = Schema.Struct({ month: Period.Month, amount: Money.FromDecimalString }).annotate({
  identifier: "MonthSpending",
})
export type MonthSpending = typeof MonthSpending.Type

/**
 * A line's spending, month by month, oldest first.
 *
 * JSON: `{ "months": [MonthSpending…] }`
 *
 * @example
 * ```ts
 * const highest = Math.max(...spending.months.map((m) => m.amount))
 * ```
 */
export class Spending extends Schema.Class<Spending>("Spending")({
  months: Schema.Array(MonthSpending),
}) {}
