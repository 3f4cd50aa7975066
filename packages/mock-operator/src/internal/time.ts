/**
 * Small helpers for the operator's calendar days and months, in Asia/Almaty, delegating to the
 * core's `Calendar` so that the mock and the rules agree on what "today" is.
 *
 * @internal
 */
import { Calendar } from "@kabinet/core"

/** Epoch milliseconds of an ISO-8601 literal with an offset; for seed data. */
export const at = (iso: string): number => Date.parse(iso)

/** The Almaty day (`YYYY-MM-DD`) of an instant. */
export const dayOf = (epochMillis: number): string => Calendar.dateOf(epochMillis)

/** The first day of the month of `day` and the first day of the next month: a bundle's period. */
export const monthBounds = (day: string): { readonly start: string; readonly end: string } => {
  const year = Number(day.slice(0, 4))
  const month = Number(day.slice(5, 7))
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 }
  const pad = (n: number) => String(n).padStart(2, "0")
  return { start: `${year}-${pad(month)}-01`, end: `${next.year}-${pad(next.month)}-01` }
}
