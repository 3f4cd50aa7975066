/**
 * Periods an admin asks for: a range of calendar days (call detail records, payment history,
 * action history, reconciliation act) and a month or a range of months (act of completed works,
 * invoice registry).
 *
 * These schemas only guarantee a well-formed period (a real date, start not after end, month
 * 1–12). Which periods the operator allows (the last 90 days, after the 5th, not before 2018, …)
 * are rules, decided elsewhere against the operator's calendar.
 *
 * A period whose end is before its start fails with the message key `period.order`, so a form can
 * show the same sentence the rules use.
 *
 * @example
 * ```ts
 * import { Period } from "@kabinet/core"
 * Schema.decodeUnknownSync(Period.DateRange)({ start: "2019-01-26", end: "2019-02-26" })
 * Schema.decodeUnknownSync(Period.Month)({ year: 2020, month: 9 })
 * ```
 */
import * as Ord from "effect/Order"
import * as Schema from "effect/Schema"
import * as LocalDate from "./LocalDate.js"

/**
 * A range of calendar days, both ends included, start not after end.
 *
 * JSON: `{ "start": "2019-01-26", "end": "2019-02-26" }`
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Period.DateRange)({ start: "2020-09-07", end: "2020-10-07" })
 * Schema.decodeUnknownSync(Period.DateRange)({ start: "2020-10-07", end: "2020-09-07" }) // throws
 * ```
 */
export const DateRange = Schema.Struct({
  start: LocalDate.LocalDate,
  end: LocalDate.LocalDate,
})
  .check(Schema.makeFilter((range) => range.start <= range.end || { path: ["end"], issue: "period.order" }))
  .annotate({ identifier: "DateRange" })
export type DateRange = typeof DateRange.Type

/**
 * A calendar year, four digits. Only the shape is checked here; the years on offer are the rules'.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Period.Year)(2020)
 * ```
 */
export const Year = Schema.Int.check(Schema.isBetween({ minimum: 1000, maximum: 9999 })).annotate({
  identifier: "Year",
})
export type Year = typeof Year.Type

/**
 * A month of the year, 1 (January) to 12 (December).
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Period.MonthOfYear)(9)
 * ```
 */
export const MonthOfYear = Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 12 })).annotate({
  identifier: "MonthOfYear",
})
export type MonthOfYear = typeof MonthOfYear.Type

/**
 * One calendar month of one year («Год», «Месяц»).
 *
 * JSON: `{ "year": 2018, "month": 1 }`
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Period.Month)({ year: 2018, month: 1 })
 * ```
 */
export const Month = Schema.Struct({ year: Year, month: MonthOfYear }).annotate({ identifier: "Month" })
export type Month = typeof Month.Type

/**
 * Chronological order of months.
 *
 * @example
 * ```ts
 * Order.isLessThanOrEqualTo(Period.MonthOrder)(start, end)
 * ```
 */
export const MonthOrder: Ord.Order<Month> = Ord.combine(
  Ord.mapInput(Ord.Number, (m: Month) => m.year),
  Ord.mapInput(Ord.Number, (m: Month) => m.month),
)

/**
 * A range of months, both included, start not after end («Сентябрь 2020 - Сентябрь 2020»).
 *
 * JSON: `{ "start": { "year": 2020, "month": 9 }, "end": { "year": 2020, "month": 9 } }`
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Period.MonthRange)({ start: { year: 2020, month: 9 }, end: { year: 2020, month: 9 } })
 * ```
 */
export const MonthRange = Schema.Struct({ start: Month, end: Month })
  .check(
    Schema.makeFilter(
      (range) =>
        Ord.isLessThanOrEqualTo(MonthOrder)(range.start, range.end) || { path: ["end"], issue: "period.order" },
    ),
  )
  .annotate({ identifier: "MonthRange" })
export type MonthRange = typeof MonthRange.Type

/**
 * The month a calendar day falls in.
 *
 * @example
 * ```ts
 * Period.monthOf(LocalDate.fromDateTime(today)) // { year: 2020, month: 10 }
 * ```
 */
export const monthOf = (date: LocalDate.LocalDate): Month => {
  const { year, month } = LocalDate.parts(date)
  return { year, month }
}
