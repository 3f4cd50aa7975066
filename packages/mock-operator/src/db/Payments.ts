/**
 * Payments received (B17 for advance lines, C1 for credit accounts), generated per account or line
 * and month on demand: a credit account pays its monthly invoice by bank transfer, an advance line
 * is topped up a few times a month by card or terminal.
 */
import { Calendar, type LocalDate, Period } from "@kabinet/core"
import * as Order from "effect/Order"
import * as Prng from "./Prng.js"

/** A payment, plain: instant in epoch milliseconds, amount in tiyn. */
export interface PaymentRow {
  readonly paidAt: number
  readonly amount: number
  readonly channel: "bankTransfer" | "card" | "terminal" | "cashDesk" | "other"
  readonly documentNumber: string
  readonly accountNumber: string
  readonly msisdn: string | undefined
}

// Payments exist from the operator's first documents on.
const firstMonth = { year: 2018, month: 1 }

const monthsOf = (period: { readonly start: string; readonly end: string }): ReadonlyArray<Period.Month> =>
  Calendar.monthsBetween(
    Order.max(Period.MonthOrder)(Period.monthOf(period.start as LocalDate.LocalDate), firstMonth),
    Period.monthOf(period.end as LocalDate.LocalDate),
  )

const within = (period: { readonly start: string; readonly end: string }, now: number) => (payment: PaymentRow) => {
  const day = Calendar.dateOf(payment.paidAt)
  return day >= period.start && day <= period.end && payment.paidAt <= now
}

const paidAt = (random: Prng.Random, month: Period.Month, fromDay: number, toDay: number): number =>
  Calendar.startOfDay(Calendar.addDays(Calendar.firstDayOf(month), random.int(fromDay, toDay) - 1)) +
  random.int(9 * 3600, 18 * 3600) * 1000

/** The monthly invoice payments of a credit account over a period (days, both included). */
export const ofAccount = (
  seed: number,
  accountNumber: string,
  period: { readonly start: string; readonly end: string },
  now: number,
): ReadonlyArray<PaymentRow> =>
  monthsOf(period)
    .map((month): PaymentRow => {
      const random = Prng.fork(seed, "payment", accountNumber, Calendar.monthKey(month))
      return {
        paidAt: paidAt(random, month, 10, 20),
        amount: random.int(5_000, 250_000) * 100 + random.int(0, 99),
        channel: random.chance(0.95) ? "bankTransfer" : "other",
        documentNumber: `ПП-${String(random.int(1, 999_999)).padStart(6, "0")}`,
        accountNumber,
        msisdn: undefined,
      }
    })
    .filter(within(period, now))

/** The top-ups of an advance line over a period (days, both included). */
export const ofLine = (
  seed: number,
  msisdn: string,
  accountNumber: string,
  period: { readonly start: string; readonly end: string },
  now: number,
): ReadonlyArray<PaymentRow> =>
  monthsOf(period)
    .flatMap((month) => {
      const random = Prng.fork(seed, "topUp", msisdn, Calendar.monthKey(month))
      return Array.from(
        { length: random.int(1, 4) },
        (): PaymentRow => ({
          paidAt: paidAt(random, month, 1, 28),
          amount: random.pick([500, 1_000, 2_000, 3_000, 5_000, 10_000]) * 100,
          channel: random.weighted([
            ["card", 50],
            ["terminal", 35],
            ["cashDesk", 10],
            ["other", 5],
          ] as const),
          documentNumber: `ЧК-${random.digits(8)}`,
          accountNumber,
          msisdn,
        }),
      )
    })
    .filter(within(period, now))
    .sort((a, b) => a.paidAt - b.paidAt)
