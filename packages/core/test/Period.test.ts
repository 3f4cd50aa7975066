import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { Period } from "../src/index.js"

describe("Period", () => {
  it.effect("decodes the manual's detail-records period and encodes it unchanged", () =>
    Effect.gen(function* () {
      const json = { start: "2019-01-26", end: "2019-02-26" }
      const range = yield* Schema.decodeUnknownEffect(Period.DateRange)(json)
      expect(range).toEqual(json)
      expect(yield* Schema.encodeEffect(Period.DateRange)(range)).toEqual(json)
    }),
  )

  it.effect("accepts a one-day period", () =>
    Effect.gen(function* () {
      const range = yield* Schema.decodeUnknownEffect(Period.DateRange)({ start: "2020-09-21", end: "2020-09-21" })
      expect(range.start).toBe(range.end)
    }),
  )

  it.effect("refuses an end before the start with the message key period.order", () =>
    Effect.gen(function* () {
      const error = yield* Effect.flip(
        Schema.decodeUnknownEffect(Period.DateRange)({ start: "2020-10-07", end: "2020-09-07" }),
      )
      expect(error.message).toContain("period.order")
      expect(error.message).toContain('["end"]')
    }),
  )

  it.effect("refuses a missing end and an impossible day", () =>
    Effect.gen(function* () {
      for (const input of [{ start: "2020-09-07" }, { start: "2020-09-07", end: "2020-09-31" }]) {
        const result = yield* Effect.result(Schema.decodeUnknownEffect(Period.DateRange)(input))
        expect(result._tag).toBe("Failure")
      }
    }),
  )

  it.effect("decodes the act's month and the registry's range of months", () =>
    Effect.gen(function* () {
      expect(yield* Schema.decodeUnknownEffect(Period.Month)({ year: 2018, month: 1 })).toEqual({
        year: 2018,
        month: 1,
      })
      const september = { year: 2020, month: 9 }
      const range = yield* Schema.decodeUnknownEffect(Period.MonthRange)({ start: september, end: september })
      expect(yield* Schema.encodeEffect(Period.MonthRange)(range)).toEqual({ start: september, end: september })
    }),
  )

  it.effect("refuses month 0 and 13, a fractional month, and a range of months running backwards", () =>
    Effect.gen(function* () {
      for (const month of [0, 13, 1.5, "9"]) {
        const result = yield* Effect.result(Schema.decodeUnknownEffect(Period.Month)({ year: 2020, month }))
        expect(result._tag, String(month)).toBe("Failure")
      }
      const error = yield* Effect.flip(
        Schema.decodeUnknownEffect(Period.MonthRange)({
          start: { year: 2020, month: 9 },
          end: { year: 2019, month: 12 },
        }),
      )
      expect(error.message).toContain("period.order")
    }),
  )

  it("orders months by year, then month, and finds a day's month", () => {
    expect(Period.MonthOrder({ year: 2019, month: 12 }, { year: 2020, month: 1 })).toBe(-1)
    expect(Period.MonthOrder({ year: 2020, month: 9 }, { year: 2020, month: 9 })).toBe(0)
    expect(
      Period.monthOf(Schema.decodeUnknownSync(Period.DateRange)({ start: "2020-09-07", end: "2020-10-07" }).end),
    ).toEqual({
      year: 2020,
      month: 10,
    })
  })
})
