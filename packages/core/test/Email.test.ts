import { describe, expect, it } from "@effect/vitest"
import { Effect, Result, Schema } from "effect"
import { Email } from "../src/index.js"

describe("Email", () => {
  it.effect("decodes ordinary addresses", () =>
    Effect.gen(function* () {
      for (const address of [
        "email@kcell.kz",
        "admin@company.kz",
        "Rocket.Yurly@example.kz",
        "first.last+reports@mail.sub-domain.example.com",
        "o'brien@example.co.uk",
        "1@2.kz",
      ]) {
        expect(yield* Schema.decodeUnknownEffect(Email.Email)(address)).toBe(address)
      }
    }),
  )

  it("trims what people type", () => {
    expect(Email.parse("  email@kcell.kz \n")).toEqual(Result.succeed("email@kcell.kz"))
  })

  it("names the first problem of invalid input with a message key", () => {
    const long = `${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(61)}.kz`
    expect(long.length).toBe(257)
    const cases: ReadonlyArray<readonly [string, Email.MessageKey]> = [
      ["", "email.empty"],
      ["   ", "email.empty"],
      [long, "email.length"],
      ["email", "email.format"],
      ["email@kcell", "email.format"],
      ["@kcell.kz", "email.format"],
      ["email@", "email.format"],
      ["email@@kcell.kz", "email.format"],
      ["em ail@kcell.kz", "email.format"],
      ["email@kcell..kz", "email.format"],
      ["email@-kcell.kz", "email.format"],
      ["email@kcell-.kz", "email.format"],
      ["email@kcell.kz.", "email.format"],
      ["почта@kcell.kz", "email.format"],
      ["email@kcell,kz", "email.format"],
    ]
    for (const [input, key] of cases) {
      expect([input, Email.parse(input)]).toEqual([input, Result.fail(key)])
    }
  })

  it("accepts exactly 254 characters", () => {
    const address = `${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(58)}.kz`
    expect(address.length).toBe(254)
    expect(Email.parse(address)).toEqual(Result.succeed(address))
  })

  it.effect("refuses an untrimmed address in the stored form", () =>
    Effect.gen(function* () {
      const error = yield* Effect.flip(Schema.decodeUnknownEffect(Email.Email)(" email@kcell.kz"))
      expect(error.message).toBe("email.format")
      const notText = yield* Effect.flip(Schema.decodeUnknownEffect(Email.Email)(undefined))
      expect(notText.message).toBe("email.invalid")
    }),
  )

  it("formats, guards and constructs", () => {
    expect(Email.format(Email.make("Rocket.Yurly@example.kz"))).toBe("Rocket.Yurly@example.kz")
    expect(Email.is("email@kcell.kz")).toBe(true)
    expect(Email.is("email@kcell")).toBe(false)
    expect(() => Email.make("email")).toThrow()
  })
})
