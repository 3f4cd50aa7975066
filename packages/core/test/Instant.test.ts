import { describe, expect, it } from "@effect/vitest"
import { DateTime, Effect, Schema } from "effect"
import { Instant } from "../src/index.js"

const decode = Schema.decodeUnknownEffect(Instant.Instant)

describe("Instant", () => {
  it.effect("decodes an Almaty time of the manual to the same instant in UTC", () =>
    Effect.gen(function* () {
      const at = yield* decode("2020-08-27T03:21:00+05:00")
      expect(DateTime.formatIso(at)).toBe("2020-08-26T22:21:00.000Z")
      expect(yield* decode("2020-08-26T22:21:00Z")).toEqual(at)
    }),
  )

  it.effect("encodes to UTC ISO-8601 and decodes back to the same instant", () =>
    Effect.gen(function* () {
      const at = yield* decode("2019-01-24T16:23:00+05:00")
      const json = yield* Schema.encodeEffect(Instant.Instant)(at)
      expect(json).toBe("2019-01-24T11:23:00.000Z")
      expect(DateTime.Equivalence(yield* decode(json), at)).toBe(true)
    }),
  )

  it.effect("refuses times without an offset, the screen's layout and epoch numbers", () =>
    Effect.gen(function* () {
      for (const input of ["2020-08-27T03:21:00", "27/08/2020 03:21", "2020-08-27", 1598476860000]) {
        const result = yield* Effect.result(decode(input))
        expect(result._tag, String(input)).toBe("Failure")
      }
    }),
  )
})
