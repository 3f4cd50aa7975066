/**
 * The operator's calendar. "Today", "the last 90 days including today" and "after the 5th of the
 * month" are days in Asia/Almaty (UTC+5, no daylight saving), taken from Effect's `Clock` so tests
 * move time with `TestClock` and no rule depends on the viewer's time zone.
 *
 * Days are `LocalDate` strings (`"2026-02-01"`); months and ranges are the `Period` module's
 * (`Period.Month`, `Period.DateRange`), the one vocabulary of periods. Arithmetic runs on UTC
 * midnights, so the host's zone and its daylight-saving jumps never touch it; instants are read in
 * the IANA zone Asia/Almaty through `Intl`, which also keeps its historical offset (UTC+6 before
 * March 2024) right for old timestamps.
 *
 * @example
 * ```ts
 * import { Calendar } from "@kabinet/core"
 * const program = Effect.gen(function* () {
 *   const today = yield* Calendar.today
 *   return Calendar.lastDays(today, 90) // { start: today − 89 days, end: today }
 * })
 * ```
 */
import * as Clock from "effect/Clock"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Order from "effect/Order"
import * as Predicate from "effect/Predicate"
import type * as LocalDate from "./domain/LocalDate.js"
import * as Period from "./domain/Period.js"
import * as Almaty from "./internal/almaty.js"

/** The operator's time zone. */
export const zone = Almaty.zone

type Day = LocalDate.LocalDate

/**
 * An instant as Kabinet receives it: epoch milliseconds or an Effect `DateTime` (what the
 * `Instant` schema decodes to).
 */
export type InstantInput = number | DateTime.DateTime

const toMillis = (instant: InstantInput): number =>
  Predicate.isNumber(instant) ? instant : DateTime.toEpochMillis(instant)

const ymd = (date: Day): readonly [number, number, number] => [
  Number(date.slice(0, 4)),
  Number(date.slice(5, 7)),
  Number(date.slice(8, 10)),
]

const dayMs = 86_400_000

// UTC has no transitions, so adding days or months to its midnight never lands on another day.
const utcMidnight = (date: Day): number => {
  const [year, month, day] = ymd(date)
  return Almaty.utcMidnight(year, month, day)
}

// Every caller formats a real calendar day, so the brand holds by construction.
const dayOfParts = (parts: { readonly year: number; readonly month: number; readonly day: number }): Day =>
  `${Almaty.pad(parts.year, 4)}-${Almaty.pad(parts.month, 2)}-${Almaty.pad(parts.day, 2)}` as Day

const dayOfUtc = (epochMillis: number): Day => dayOfParts(Almaty.utcParts(epochMillis))

const hourMinute = (clock: Almaty.WallClock): string => `${Almaty.pad(clock.hour, 2)}:${Almaty.pad(clock.minute, 2)}`

/**
 * The Almaty calendar day of an instant.
 *
 * @example
 * ```ts
 * Calendar.dateOf(Date.parse("2026-01-31T19:00:00Z")) // "2026-02-01"
 * ```
 */
export const dateOf = (instant: InstantInput): Day => dayOfParts(Almaty.wallClock(toMillis(instant)))

/**
 * The Almaty wall-clock time of an instant, `"HH:mm"`.
 *
 * @example
 * ```ts
 * Calendar.timeOf(Date.parse("2026-01-31T19:05:00Z")) // "00:05"
 * ```
 */
export const timeOf = (instant: InstantInput): string => hourMinute(Almaty.wallClock(toMillis(instant)))

/**
 * The Almaty date and time of an instant, `"YYYY-MM-DDTHH:mm:ss"` without an offset: for display and
 * for the operator's forms, which speak Almaty time.
 *
 * @example
 * ```ts
 * Calendar.dateTimeOf(Date.parse("2020-08-26T22:21:00Z")) // "2020-08-27T04:21:00" (UTC+6 back then)
 * ```
 */
export const dateTimeOf = (instant: InstantInput): string => {
  const clock = Almaty.wallClock(toMillis(instant))
  return `${dayOfParts(clock)}T${hourMinute(clock)}:${Almaty.pad(clock.second, 2)}`
}

/**
 * The instant (epoch milliseconds) at which a day begins in Almaty.
 *
 * @example
 * ```ts
 * Calendar.startOfDay(day) === Date.parse("2026-01-31T19:00:00Z") // for day "2026-02-01"
 * ```
 */
export const startOfDay = (date: Day): number => {
  const [year, month, day] = ymd(date)
  return Almaty.midnightOf(year, month, day)
}

/**
 * "Now" as rules need it: the instant and the Almaty day it falls on. Rules take a `Moment`
 * rather than reading the clock, so they stay pure and are tested at any date.
 */
export interface Moment {
  readonly epochMillis: number
  readonly today: Day
}

/**
 * The `Moment` of an instant.
 *
 * @example
 * ```ts
 * Calendar.momentAt(Date.parse("2026-03-06T04:00:00Z")).today // "2026-03-06"
 * ```
 */
export const momentAt = (instant: InstantInput): Moment => {
  const epochMillis = toMillis(instant)
  return { epochMillis, today: dateOf(epochMillis) }
}

/**
 * The current `Moment`, from Effect's `Clock`.
 *
 * @example
 * ```ts
 * const decision = yield* Effect.map(Calendar.moment, (now) => rule.check(input, now))
 * ```
 */
export const moment: Effect.Effect<Moment> = Effect.map(Clock.currentTimeMillis, momentAt)

/**
 * Today in Almaty, from Effect's `Clock`.
 *
 * @example
 * ```ts
 * const today = yield* Calendar.today // "2026-02-01"
 * ```
 */
export const today: Effect.Effect<Day> = Effect.map(Clock.currentTimeMillis, dateOf)

/**
 * Compares two days: negative, zero or positive.
 *
 * @example
 * ```ts
 * [b, a].sort(Calendar.compare)
 * ```
 */
export const compare = (a: Day, b: Day): -1 | 0 | 1 => (a < b ? -1 : a > b ? 1 : 0)

/**
 * The earlier of two days.
 *
 * @example
 * ```ts
 * Calendar.min(start, earliest)
 * ```
 */
export const min = (a: Day, b: Day): Day => (a <= b ? a : b)

/**
 * The later of two days.
 *
 * @example
 * ```ts
 * Calendar.max(start, earliest)
 * ```
 */
export const max = (a: Day, b: Day): Day => (a >= b ? a : b)

/**
 * The day `days` after `date` (before it when negative).
 *
 * @example
 * ```ts
 * Calendar.addDays(day("2028-02-28"), 1) // "2028-02-29"
 * ```
 */
export const addDays = (date: Day, days: number): Day => {
  const [year, month, day] = ymd(date)
  return dayOfUtc(Almaty.utcMidnight(year, month, day + days))
}

/**
 * The same day `months` later (earlier when negative), clamped to the end of a shorter month as
 * people count months: 31 May minus 3 months is 28 (or 29) February.
 *
 * @example
 * ```ts
 * Calendar.addMonths(day("2028-05-31"), -3) // "2028-02-29"
 * ```
 */
export const addMonths = (date: Day, months: number): Day => {
  const [year, month, day] = ymd(date)
  const target = shiftMonth({ year, month }, months)
  return dayOfParts({ ...target, day: Math.min(day, Almaty.daysInMonth(target.year, target.month)) })
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * ```ts
 * Calendar.daysBetween(day("2026-01-01"), day("2026-03-31")) // 89
 * ```
 */
export const daysBetween = (from: Day, to: Day): number => Math.round((utcMidnight(to) - utcMidnight(from)) / dayMs)

/**
 * The day of the month, 1–31.
 *
 * @example
 * ```ts
 * Calendar.dayOfMonth(day("2026-02-06")) // 6
 * ```
 */
export const dayOfMonth = (date: Day): number => ymd(date)[2]

/**
 * The last `days` days including today: `lastDays(today, 90)` starts 89 days before today.
 *
 * @example
 * ```ts
 * Calendar.lastDays(day("2026-03-31"), 90) // { start: "2026-01-01", end: "2026-03-31" }
 * ```
 */
export const lastDays = (today: Day, days: number): Period.DateRange => ({
  start: addDays(today, 1 - days),
  end: today,
})

/**
 * The day `months` months before `today` (clamped to a shorter month's end): the earliest start of
 * a period limited to "N months back from today".
 *
 * @example
 * ```ts
 * Calendar.monthsBack(day("2026-05-31"), 3) // "2026-02-28"
 * ```
 */
export const monthsBack = (today: Day, months: number): Day => addMonths(today, -months)

/**
 * Whether a day lies within a period (ends included).
 *
 * @example
 * ```ts
 * Calendar.isWithin(Calendar.lastDays(today, 90), start)
 * ```
 */
export const isWithin = (period: Period.DateRange, date: Day): boolean => period.start <= date && date <= period.end

/**
 * The current Almaty month, from Effect's `Clock`.
 *
 * @example
 * ```ts
 * const month = yield* Calendar.currentMonth
 * ```
 */
export const currentMonth: Effect.Effect<Period.Month> = Effect.map(today, Period.monthOf)

/**
 * The month `months` after `month` (before it when negative).
 *
 * @example
 * ```ts
 * Calendar.shiftMonth({ year: 2026, month: 1 }, -1) // { year: 2025, month: 12 }
 * ```
 */
export const shiftMonth = (month: Period.Month, months: number): Period.Month => {
  const index = month.year * 12 + (month.month - 1) + months
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 }
}

/**
 * Every month from `start` to `end`, both included, in order; none when `end` is before `start`.
 * For reports that cover a range of months month by month.
 *
 * @example
 * ```ts
 * Calendar.monthsBetween({ year: 2025, month: 11 }, { year: 2026, month: 1 }) // Nov, Dec, Jan
 * ```
 */
export const monthsBetween = (start: Period.Month, end: Period.Month): ReadonlyArray<Period.Month> => {
  const months: Array<Period.Month> = []
  const beforeOrAtEnd = Order.isLessThanOrEqualTo(Period.MonthOrder)
  for (let month = start; beforeOrAtEnd(month, end); month = shiftMonth(month, 1)) months.push(month)
  return months
}

/**
 * The month as `"YYYY-MM"`: the form messages format with `{name:month}`, and a stable key.
 *
 * @example
 * ```ts
 * Calendar.monthKey({ year: 2026, month: 1 }) // "2026-01"
 * ```
 */
export const monthKey = (month: Period.Month): string =>
  `${String(month.year).padStart(4, "0")}-${String(month.month).padStart(2, "0")}`

/**
 * The first day of a month.
 *
 * @example
 * ```ts
 * Calendar.firstDayOf({ year: 2026, month: 2 }) // "2026-02-01"
 * ```
 */
export const firstDayOf = (month: Period.Month): Day => `${monthKey(month)}-01` as Day

/**
 * The last day of a month, leap years included.
 *
 * @example
 * ```ts
 * Calendar.lastDayOf({ year: 2028, month: 2 }) // "2028-02-29"
 * ```
 */
export const lastDayOf = (month: Period.Month): Day =>
  dayOfParts({ ...month, day: Almaty.daysInMonth(month.year, month.month) })

/**
 * The day from which a closed month's document can be had, when the operator publishes it on the
 * `fromDay`-th of the following month. "After the 5th" is `fromDay` 6; "from the 4th" is 4.
 *
 * @example
 * ```ts
 * Calendar.availableFrom({ year: 2026, month: 1 }, 6) // "2026-02-06"
 * ```
 */
export const availableFrom = (month: Period.Month, fromDay: number): Day =>
  addDays(firstDayOf(shiftMonth(month, 1)), fromDay - 1)

/**
 * The latest closed month whose document is out on `today`, when a month's document comes out on
 * the `fromDay`-th of the next month: the previous month from that day on, else the month before.
 *
 * @example
 * ```ts
 * Calendar.latestAvailableMonth(day("2026-02-05"), 6) // { year: 2025, month: 12 }
 * Calendar.latestAvailableMonth(day("2026-02-06"), 6) // { year: 2026, month: 1 }
 * ```
 */
export const latestAvailableMonth = (today: Day, fromDay: number): Period.Month =>
  shiftMonth(Period.monthOf(today), dayOfMonth(today) >= fromDay ? -1 : -2)
