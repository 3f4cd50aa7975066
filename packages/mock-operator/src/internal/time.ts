/**
 * Small helpers for the operator's calendar days and months, in Asia/Almaty, delegating to the
 * core's `Calendar` so that the mock and the rules agree on what "today" is.
 *
 * @internal
 */
import { Calendar, type LocalDate, Period } from "@kabinet/core"

/** Epoch milliseconds of an ISO-8601 literal with an offset; for seed data. */
export const at = (iso: string): number => Date.parse(iso)

/** The Almaty day (`YYYY-MM-DD`) of an instant. */
export const dayOf = (epochMillis: number): string => Calendar.dateOf(epochMillis)

/** The first day of the month of `day` and the first day of the next month: a bundle's period. */
export const monthBounds = (day: string): { readonly start: string; readonly end: string } => {
  const month = Period.monthOf(day as LocalDate.LocalDate)
  return { start: Calendar.firstDayOf(month), end: Calendar.firstDayOf(Calendar.shiftMonth(month, 1)) }
}
