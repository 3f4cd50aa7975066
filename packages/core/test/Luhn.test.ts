import { describe, expect, it } from "@effect/vitest"
import * as fc from "fast-check"
import { Luhn } from "../src/index.js"

describe("Luhn", () => {
  it("completes and checks the manual's device and a SIM number", () => {
    expect(Luhn.checkDigit("35202309352069")).toBe(6)
    expect(Luhn.complete("35202309352069")).toBe("352023093520696")
    expect(Luhn.isValid("352023093520696")).toBe(true)
    expect(Luhn.isValid("352023093520690")).toBe(false)
  })

  it("a completed payload is valid, and any other last digit is not", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,19}$/), fc.integer({ min: 1, max: 9 }), (payload, shift) => {
        const complete = Luhn.complete(payload)
        expect(Luhn.isValid(complete)).toBe(true)
        const wrong = `${payload}${(Luhn.checkDigit(payload) + shift) % 10}`
        expect(Luhn.isValid(wrong)).toBe(false)
      }),
    )
  })

  it("a single digit has nothing to check", () => {
    expect(Luhn.isValid("0")).toBe(false)
  })
})
