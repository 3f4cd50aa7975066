import { describe, expect, it } from "@effect/vitest"
import { Effect, Result, Schema } from "effect"
import { SmsCode } from "../src/index.js"

describe("SmsCode", () => {
  it.effect("decodes six digits, leading zeros kept", () =>
    Effect.gen(function* () {
      expect(yield* Schema.decodeUnknownEffect(SmsCode.SmsCode)("482913")).toBe("482913")
      expect(yield* Schema.decodeUnknownEffect(SmsCode.SmsCode)("012345")).toBe("012345")
    }),
  )

  it("drops the spaces of a pasted code", () => {
    expect(SmsCode.parse(" 123456 ")).toEqual(Result.succeed("123456"))
    expect(SmsCode.parse("123 456")).toEqual(Result.succeed("123456"))
    expect(SmsCode.parse("123456\n")).toEqual(Result.succeed("123456"))
  })

  it("names the first problem of invalid input with a message key", () => {
    const cases: ReadonlyArray<readonly [string, SmsCode.MessageKey]> = [
      ["", "smsCode.empty"],
      ["  ", "smsCode.empty"],
      ["12a456", "smsCode.characters"],
      ["123-456", "smsCode.characters"],
      ["12345", "smsCode.length"],
      ["1234567", "smsCode.length"],
    ]
    for (const [input, key] of cases) {
      expect([input, SmsCode.parse(input)]).toEqual([input, Result.fail(key)])
    }
  })

  it.effect("refuses a number where a string is owed", () =>
    Effect.gen(function* () {
      const error = yield* Effect.flip(Schema.decodeUnknownEffect(SmsCode.SmsCode)(123456))
      expect(error.message).toBe("smsCode.invalid")
    }),
  )

  it("formats, guards and constructs", () => {
    expect(SmsCode.length).toBe(6)
    expect(SmsCode.format(SmsCode.make("012345"))).toBe("012345")
    expect(SmsCode.is("123456")).toBe(true)
    expect(SmsCode.is("123 456")).toBe(false)
    expect(() => SmsCode.make("12345")).toThrow()
  })
})
