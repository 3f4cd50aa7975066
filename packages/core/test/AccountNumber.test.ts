import { describe, expect, it } from "@effect/vitest"
import { Effect, Result, Schema } from "effect"
import { AccountNumber } from "../src/index.js"

describe("AccountNumber", () => {
  it.effect("decodes the manual's account numbers", () =>
    Effect.gen(function* () {
      for (const account of ["25602051", "25060831", "25060830", "25869160", "10085297"]) {
        expect(yield* Schema.decodeUnknownEffect(AccountNumber.AccountNumber)(account)).toBe(account)
      }
    }),
  )

  it("accepts 6 to 12 digits, leading zeros kept", () => {
    expect(AccountNumber.parse("123456")).toEqual(Result.succeed("123456"))
    expect(AccountNumber.parse("123456789012")).toEqual(Result.succeed("123456789012"))
    expect(AccountNumber.parse("00123456")).toEqual(Result.succeed("00123456"))
    expect(AccountNumber.parse(" 2560 2051\t")).toEqual(Result.succeed("25602051"))
  })

  it("names the first problem of invalid input with a message key", () => {
    const cases: ReadonlyArray<readonly [string, AccountNumber.MessageKey]> = [
      ["", "accountNumber.empty"],
      [" ", "accountNumber.empty"],
      ["2560205l", "accountNumber.characters"],
      ["25602-051", "accountNumber.characters"],
      ["-25602051", "accountNumber.characters"],
      ["12345", "accountNumber.length"],
      ["1234567890123", "accountNumber.length"],
    ]
    for (const [input, key] of cases) {
      expect([input, AccountNumber.parse(input)]).toEqual([input, Result.fail(key)])
    }
  })

  it.effect("refuses a number where the operator owes a string", () =>
    Effect.gen(function* () {
      const error = yield* Effect.flip(Schema.decodeUnknownEffect(AccountNumber.AccountNumber)(25602051))
      expect(error.message).toBe("accountNumber.invalid")
    }),
  )

  it("formats, guards and constructs", () => {
    expect(AccountNumber.format(AccountNumber.make("25602051"))).toBe("25602051")
    expect(AccountNumber.is("25602051")).toBe(true)
    expect(AccountNumber.is("2560 2051")).toBe(false)
    expect(() => AccountNumber.make("12345")).toThrow()
  })
})
