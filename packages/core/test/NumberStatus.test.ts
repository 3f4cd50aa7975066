import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { NumberStatus } from "../src/index.js"

describe("NumberStatus", () => {
  it.effect("decodes every status of the manual", () =>
    Effect.gen(function* () {
      for (const status of NumberStatus.values) {
        expect(yield* Schema.decodeUnknownEffect(NumberStatus.NumberStatus)(status)).toBe(status)
      }
    }),
  )

  it.effect("refuses a status the operator never sends", () =>
    Effect.gen(function* () {
      const result = yield* Effect.result(Schema.decodeUnknownEffect(NumberStatus.NumberStatus)("Active"))
      expect(result._tag).toBe("Failure")
    }),
  )

  it("gives every status a distinct key", () => {
    expect(new Set(NumberStatus.values.map(NumberStatus.key)).size).toBe(NumberStatus.values.length)
  })
})
