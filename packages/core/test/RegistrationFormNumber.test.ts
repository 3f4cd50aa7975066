import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { RegistrationFormNumber } from "../src/index.js"

const decode = Schema.decodeUnknownEffect(RegistrationFormNumber.RegistrationFormNumber)

describe("RegistrationFormNumber", () => {
  it.effect("decodes the manual's registration form", () =>
    Effect.gen(function* () {
      expect(yield* decode("300014697190-130")).toBe("300014697190-130")
    }),
  )

  it.effect("refuses other shapes", () =>
    Effect.gen(function* () {
      for (const input of ["300014697190", "300014697190-", "30001469719-130", "300014697190 130", 300014697190]) {
        const result = yield* Effect.result(decode(input))
        expect(result._tag, String(input)).toBe("Failure")
      }
    }),
  )
})
