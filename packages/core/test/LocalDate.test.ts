import { describe, expect, it } from "@effect/vitest"
import { DateTime, Effect, Schema } from "effect"
import { LocalDate } from "../src/index.js"

const decode = Schema.decodeUnknownEffect(LocalDate.LocalDate)

describe("LocalDate", () => {
  it.effect("decodes the manual's connection date and encodes it unchanged", () =>
    Effect.gen(function* () {
      const day = yield* decode("2019-02-01")
      expect(day).toBe("2019-02-01")
      expect(yield* Schema.encodeEffect(LocalDate.LocalDate)(day)).toBe("2019-02-01")
      expect(LocalDate.parts(day)).toEqual({ year: 2019, month: 2, day: 1 })
    }),
  )

  it.effect("accepts the 29th of February in a leap year only", () =>
    Effect.gen(function* () {
      expect(yield* decode("2020-02-29")).toBe("2020-02-29")
      const error = yield* Effect.flip(decode("2019-02-29"))
      expect(error.message).toContain("a day that exists in the calendar")
    }),
  )

  it.effect("refuses the screen's day-first layout and instants", () =>
    Effect.gen(function* () {
      for (const input of ["26-01-2019", "2019-1-26", "2019-01-26T00:00:00Z", "", 20190126]) {
        const result = yield* Effect.result(decode(input))
        expect(result._tag, String(input)).toBe("Failure")
      }
    }),
  )

  it("takes the day of an instant in the instant's zone", () => {
    const lateEvening = DateTime.makeUnsafe("2020-09-30T20:00:00Z")
    expect(LocalDate.fromDateTime(lateEvening)).toBe("2020-09-30")
    const almaty = DateTime.makeZonedUnsafe("2020-09-30T20:00:00Z", { timeZone: "Asia/Almaty" })
    expect(LocalDate.fromDateTime(almaty)).toBe("2020-10-01")
  })
})
