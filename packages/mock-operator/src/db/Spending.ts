/**
 * A line's charges in each of the last six months (E3): drawn from the seed and the line, so the
 * same operator shows the same history every time, and the month still running has spent only its
 * share of the days gone by.
 */
import { Calendar, type LocalDate, Period } from "@kabinet/core"
import * as Prng from "./Prng.js"

/** One month's charges, in tiyn. */
export interface MonthSpending {
  readonly month: Period.Month
  readonly tiyn: number
}

/**
 * The `count` months up to the month of `today` (Almaty), oldest first, each with its charges.
 * A line's months vary around a level of its own (1,500–9,000 ₸), at 60–140 % of it.
 */
export const spending = (seed: number, msisdn: string, today: string, count: number): ReadonlyArray<MonthSpending> => {
  const random = Prng.fork(seed, "spending", msisdn)
  const level = random.int(1_500, 9_000)
  const current = Period.monthOf(today as LocalDate.LocalDate)
  const elapsed = Calendar.dayOfMonth(today as LocalDate.LocalDate) / 30
  return Array.from({ length: count }, (_, index) => {
    const month = Calendar.shiftMonth(current, index - (count - 1))
    const share = index === count - 1 ? Math.min(1, elapsed) : 1
    const tenge = Math.round((level * random.int(60, 140) * share) / 100)
    return { month, tiyn: tenge * 100 + random.int(0, 99) }
  })
}
