/**
 * A calendar date without a time or a zone, as the operator writes it: `"2019-02-01"`.
 *
 * Connection dates of bundles and the bounds of a requested period are days on the operator's
 * calendar, not instants: "2019-02-01" means that day in Almaty, whatever the viewer's zone. Keeping
 * them as a validated ISO string (rather than a `DateTime` at some midnight) means no zone can shift
 * them by a day, they sort and compare as plain strings, and the JSON form is the value itself.
 *
 * @example
 * ```ts
 * import { LocalDate } from "@kabinet/core"
 * const day = Schema.decodeUnknownSync(LocalDate.LocalDate)("2019-02-01")
 * LocalDate.parts(day) // { year: 2019, month: 2, day: 1 }
 * ```
 */
import * as DateTime from "effect/DateTime"
import * as Ord from "effect/Order"
import * as Schema from "effect/Schema"

const shape = /^(\d{4})-(\d{2})-(\d{2})$/u

/** Days in a month of the proleptic Gregorian calendar. */
const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate()

const isCalendarDate = (s: string): boolean => {
  const m = shape.exec(s)
  if (m === null) return false
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/**
 * A day of the calendar, `"YYYY-MM-DD"`; the JSON form is the same string. Refuses days that do
 * not exist (`"2019-02-30"`) and any other layout (`"01-02-2019"`, `"2019-2-1"`).
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(LocalDate.LocalDate)("2019-03-01") // "2019-03-01"
 * ```
 */
export const LocalDate = Schema.String.annotate({
  description: "A calendar date on the operator's calendar (Asia/Almaty), YYYY-MM-DD: 2019-02-01",
  format: "date",
})
  .check(
    Schema.isPattern(shape, { expected: "a calendar date YYYY-MM-DD" }),
    Schema.makeFilter(isCalendarDate, { expected: "a day that exists in the calendar" }),
  )
  .pipe(Schema.brand("LocalDate"), Schema.annotate({ identifier: "LocalDate" }))
export type LocalDate = typeof LocalDate.Type

/**
 * Chronological order. ISO dates sort like strings, so this is string order; use it rather than
 * `<` so the intent reads at the call site.
 *
 * @example
 * ```ts
 * Order.isLessThanOrEqualTo(LocalDate.Order)(start, end)
 * ```
 */
export const Order: Ord.Order<LocalDate> = Ord.String

/**
 * The calendar day of an instant in the instant's own zone. Give it a zoned `DateTime` (for example
 * the operator's "now" in Asia/Almaty) to get the operator's "today".
 *
 * @example
 * ```ts
 * const now = DateTime.makeZonedUnsafe("2020-09-30T20:00:00Z", { timeZone: "Asia/Almaty" })
 * LocalDate.fromDateTime(now) // "2020-10-01"
 * ```
 */
export const fromDateTime = (dateTime: DateTime.DateTime): LocalDate => DateTime.formatIsoDate(dateTime) as LocalDate

/**
 * Year, month (1–12) and day of a date, for arithmetic and display.
 *
 * @example
 * ```ts
 * LocalDate.parts(day) // { year: 2019, month: 2, day: 1 }
 * ```
 */
export const parts = (date: LocalDate): { readonly year: number; readonly month: number; readonly day: number } => ({
  year: Number(date.slice(0, 4)),
  month: Number(date.slice(5, 7)),
  day: Number(date.slice(8, 10)),
})
