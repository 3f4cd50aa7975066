import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { BillingMethod } from "../src/index.js"

describe("BillingMethod", () => {
  it.effect("decodes both methods of the manual", () =>
    Effect.gen(function* () {
      for (const method of BillingMethod.values) {
        expect(yield* Schema.decodeUnknownEffect(BillingMethod.BillingMethod)(method)).toBe(method)
      }
    }),
  )

  it.effect("refuses a method the operator never sends", () =>
    Effect.gen(function* () {
      for (const input of ["credit", "кредитный", "Кредитные номера", ""]) {
        const result = yield* Effect.result(Schema.decodeUnknownEffect(BillingMethod.BillingMethod)(input))
        expect(result._tag, input).toBe("Failure")
      }
    }),
  )

  it("maps each method to a stable key and back", () => {
    expect(BillingMethod.key("Кредитный")).toBe("credit")
    expect(BillingMethod.key("Авансовый")).toBe("advance")
    for (const method of BillingMethod.values) expect(BillingMethod.fromKey(BillingMethod.key(method))).toBe(method)
  })
})
