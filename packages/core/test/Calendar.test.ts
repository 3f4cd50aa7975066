import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { TestClock } from "effect/testing"
import fc from "fast-check"
import * as Calendar from "../src/Calendar.js"
import * as LocalDate from "../src/domain/LocalDate.js"
import * as Period from "../src/domain/Period.js"

const day = Schema.decodeUnknownSync(LocalDate.LocalDate)
const hour = 3_600_000

// Days from 1900-01-01 to 2199-12-31, as an offset: every generated value is a real day.
const anyDay = fc.integer({ min: 0, max: 109_572 }).map((offset) => Calendar.addDays(day("1900-01-01"), offset))

describe("Calendar", () => {
  describe("today, from the Clock in Asia/Almaty", () => {
    it.effect("is already 1 February in Almaty at 2026-01-31T19:00:00Z", () =>
      Effect.gen(function* () {
        yield* TestClock.setTime(Date.parse("2026-01-31T19:00:00Z"))
        expect(yield* Calendar.today).toBe("2026-02-01")
        expect(yield* Calendar.currentMonth).toEqual({ year: 2026, month: 2 })
      }),
    )

    it.effect("is still 31 January one millisecond before Almaty midnight", () =>
      Effect.gen(function* () {
        yield* TestClock.setTime(Date.parse("2026-01-31T18:59:59.999Z"))
        expect(yield* Calendar.today).toBe("2026-01-31")
        expect(yield* Calendar.currentMonth).toEqual({ year: 2026, month: 1 })
      }),
    )

    it.effect("moves with the test clock", () =>
      Effect.gen(function* () {
        yield* TestClock.setTime(Date.parse("2026-12-31T18:00:00Z"))
        expect((yield* Calendar.moment).today).toBe("2026-12-31")
        yield* TestClock.adjust("1 hour")
        const moment = yield* Calendar.moment
        expect(moment).toEqual({ epochMillis: Date.parse("2026-12-31T19:00:00Z"), today: "2027-01-01" })
      }),
    )
  })

  describe("instants in Almaty", () => {
    it("reads the date and time of an instant at UTC+5", () => {
      const instant = Date.parse("2026-03-06T04:05:06Z")
      expect(Calendar.dateOf(instant)).toBe("2026-03-06")
      expect(Calendar.timeOf(instant)).toBe("09:05")
      expect(Calendar.dateTimeOf(instant)).toBe("2026-03-06T09:05:06")
    })

    it("keeps the historical UTC+6 offset before March 2024", () => {
      // The manual's screenshots date from 2020, when Almaty was at UTC+6.
      expect(Calendar.dateTimeOf(Date.parse("2020-08-26T21:21:00Z"))).toBe("2020-08-27T03:21:00")
    })

    it("gives the Almaty midnight of a day", () => {
      expect(Calendar.startOfDay(day("2026-02-01"))).toBe(Date.parse("2026-01-31T19:00:00Z"))
    })

    it("round-trips a day through its Almaty midnight and its last millisecond", () => {
      fc.assert(
        fc.property(
          anyDay.filter((d) => d >= "2024-03-01"),
          (d) => {
            const start = Calendar.startOfDay(d)
            return Calendar.dateOf(start) === d && Calendar.dateOf(start + 24 * hour - 1) === d
          },
        ),
      )
    })
  })

  describe("day arithmetic", () => {
    it("crosses month ends and leap days", () => {
      expect(Calendar.addDays(day("2028-02-28"), 1)).toBe("2028-02-29")
      expect(Calendar.addDays(day("2028-02-29"), 1)).toBe("2028-03-01")
      expect(Calendar.addDays(day("2027-02-28"), 1)).toBe("2027-03-01")
      expect(Calendar.addDays(day("2026-01-01"), -1)).toBe("2025-12-31")
      expect(Calendar.daysBetween(day("2026-01-01"), day("2026-03-31"))).toBe(89)
    })

    it("clamps months to the end of a shorter month", () => {
      expect(Calendar.addMonths(day("2026-05-31"), -3)).toBe("2026-02-28")
      expect(Calendar.addMonths(day("2028-05-31"), -3)).toBe("2028-02-29")
      expect(Calendar.addMonths(day("2028-02-29"), 12)).toBe("2029-02-28")
      expect(Calendar.addMonths(day("2026-03-31"), -1)).toBe("2026-02-28")
      expect(Calendar.monthsBack(day("2026-02-04"), 12)).toBe("2025-02-04")
    })

    it("adding and removing days is an identity", () => {
      fc.assert(
        fc.property(anyDay, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
          const moved = Calendar.addDays(d, n)
          return Calendar.addDays(moved, -n) === d && Calendar.daysBetween(d, moved) === n
        }),
      )
    })

    it("orders days like their strings", () => {
      fc.assert(
        fc.property(anyDay, anyDay, (a, b) => {
          const order = Calendar.compare(a, b)
          return order === Math.sign(Calendar.daysBetween(b, a)) && Calendar.min(a, b) <= Calendar.max(a, b)
        }),
      )
    })

    it("counts the last N days including today", () => {
      expect(Calendar.lastDays(day("2026-03-31"), 90)).toEqual({ start: "2026-01-01", end: "2026-03-31" })
      expect(Calendar.lastDays(day("2026-03-31"), 1)).toEqual({ start: "2026-03-31", end: "2026-03-31" })
      fc.assert(
        fc.property(anyDay, fc.integer({ min: 1, max: 400 }), (today, n) => {
          const { start, end } = Calendar.lastDays(today, n)
          return end === today && Calendar.daysBetween(start, end) + 1 === n
        }),
      )
    })

    it("tells whether a day is within a period", () => {
      const period = { start: day("2026-01-01"), end: day("2026-01-31") }
      expect(Calendar.isWithin(period, day("2026-01-01"))).toBe(true)
      expect(Calendar.isWithin(period, day("2026-01-31"))).toBe(true)
      expect(Calendar.isWithin(period, day("2026-02-01"))).toBe(false)
    })
  })

  describe("months", () => {
    it("shifts across years", () => {
      expect(Calendar.shiftMonth({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 })
      expect(Calendar.shiftMonth({ year: 2025, month: 12 }, 1)).toEqual({ year: 2026, month: 1 })
      expect(Calendar.shiftMonth({ year: 2026, month: 3 }, -15)).toEqual({ year: 2024, month: 12 })
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 9000 }),
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: -500, max: 500 }),
          (year, month, n) => {
            const shifted = Calendar.shiftMonth({ year, month }, n)
            return (
              shifted.month >= 1 &&
              shifted.month <= 12 &&
              Period.MonthOrder(shifted, { year, month }) === Math.sign(n) &&
              Calendar.shiftMonth(shifted, -n).year === year &&
              Calendar.shiftMonth(shifted, -n).month === month
            )
          },
        ),
      )
    })

    it("knows the first and last day of a month, leap years included", () => {
      expect(Calendar.firstDayOf({ year: 2026, month: 2 })).toBe("2026-02-01")
      expect(Calendar.lastDayOf({ year: 2028, month: 2 })).toBe("2028-02-29")
      expect(Calendar.lastDayOf({ year: 2026, month: 2 })).toBe("2026-02-28")
      expect(Calendar.lastDayOf({ year: 2000, month: 2 })).toBe("2000-02-29")
      expect(Calendar.lastDayOf({ year: 2100, month: 2 })).toBe("2100-02-28")
      expect(Calendar.lastDayOf({ year: 2026, month: 12 })).toBe("2026-12-31")
      expect(Period.monthOf(day("2026-02-06"))).toEqual({ year: 2026, month: 2 })
      expect(Calendar.monthKey({ year: 2018, month: 1 })).toBe("2018-01")
    })

    it("gives the day a closed month's document comes out", () => {
      expect(Calendar.availableFrom({ year: 2026, month: 1 }, 6)).toBe("2026-02-06")
      expect(Calendar.availableFrom({ year: 2025, month: 12 }, 4)).toBe("2026-01-04")
      expect(Calendar.availableFrom({ year: 2028, month: 1 }, 6)).toBe("2028-02-06")
    })

    it("gives the latest month whose document is out", () => {
      expect(Calendar.latestAvailableMonth(day("2026-02-05"), 6)).toEqual({ year: 2025, month: 12 })
      expect(Calendar.latestAvailableMonth(day("2026-02-06"), 6)).toEqual({ year: 2026, month: 1 })
      expect(Calendar.latestAvailableMonth(day("2026-01-03"), 4)).toEqual({ year: 2025, month: 11 })
      expect(Calendar.latestAvailableMonth(day("2026-01-04"), 4)).toEqual({ year: 2025, month: 12 })
    })

    it("lists the months of a range, across a year, and none for a reversed one", () => {
      expect(Calendar.monthsBetween({ year: 2025, month: 11 }, { year: 2026, month: 2 })).toEqual([
        { year: 2025, month: 11 },
        { year: 2025, month: 12 },
        { year: 2026, month: 1 },
        { year: 2026, month: 2 },
      ])
      expect(Calendar.monthsBetween({ year: 2026, month: 3 }, { year: 2026, month: 3 })).toEqual([
        { year: 2026, month: 3 },
      ])
      expect(Calendar.monthsBetween({ year: 2026, month: 3 }, { year: 2026, month: 2 })).toEqual([])
    })
  })
})
