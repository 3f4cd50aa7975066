import { describe, expect, it } from "@effect/vitest"
import { Effect, Result, Schema } from "effect"
import * as fc from "fast-check"
import { Iccid } from "../src/index.js"
import * as Luhn from "../src/Luhn.js"

const validIccid = fc
  .oneof(fc.stringMatching(/^89\d{16}$/), fc.stringMatching(/^89\d{17}$/))
  .map((payload) => Iccid.make(`${payload}${Luhn.checkDigit(payload)}`))

describe("Iccid", () => {
  it.effect("decodes the manual's SIM numbers", () =>
    Effect.gen(function* () {
      expect(yield* Schema.decodeUnknownEffect(Iccid.Iccid)("89997027507916785078")).toBe("89997027507916785078")
      expect(yield* Schema.decodeUnknownEffect(Iccid.FromInput)("8999 7021 2345 6789 9456")).toBe(
        "89997021234567899456",
      )
    }),
  )

  it.effect("accepts the 19-digit length too", () =>
    Effect.gen(function* () {
      expect(yield* Schema.decodeUnknownEffect(Iccid.Iccid)("8999702750791678507")).toBe("8999702750791678507")
      expect(yield* Schema.decodeUnknownEffect(Iccid.FromInput)("8999 7021 2345 6789 946")).toBe("8999702123456789946")
    }),
  )

  it("names wrong length and wrong check digit apart", () => {
    const cases: ReadonlyArray<readonly [string, Iccid.MessageKey]> = [
      ["", "iccid.empty"],
      ["  ", "iccid.empty"],
      ["8999 7021 2345 6789 945X", "iccid.characters"],
      ["8999_7021_2345_6789_9456", "iccid.characters"],
      ["8999 7021 2345 6789", "iccid.length"],
      ["8999 7021 2345 6789 94", "iccid.length"],
      ["8999 7021 2345 6789 9456 1", "iccid.length"],
      ["8999 7021 2345 6789 9457", "iccid.checkDigit"],
      ["8999 7021 2345 6789 4956", "iccid.checkDigit"],
      ["89997027507916785079", "iccid.checkDigit"],
    ]
    for (const [input, key] of cases) {
      expect([input, Iccid.parse(input)]).toEqual([input, Result.fail(key)])
    }
  })

  it.effect("refuses a non-string and a spaced value from the operator", () =>
    Effect.gen(function* () {
      const notText = yield* Effect.flip(Schema.decodeUnknownEffect(Iccid.Iccid)(89997027507916785078n))
      expect(notText.message).toBe("iccid.invalid")
      const spaced = yield* Effect.flip(Schema.decodeUnknownEffect(Iccid.Iccid)("8999 7021 2345 6789 9456"))
      expect(spaced.message).toBe("iccid.characters")
    }),
  )

  it("formats by groups of four, as printed on the card", () => {
    expect(Iccid.format(Iccid.make("89997021234567899456"))).toBe("8999 7021 2345 6789 9456")
    expect(Iccid.format(Iccid.make("89997027507916785078"))).toBe("8999 7027 5079 1678 5078")
    expect(Iccid.format(Iccid.make("8999702750791678507"))).toBe("8999 7027 5079 1678 507")
    expect(Schema.encodeSync(Iccid.FromInput)(Iccid.make("89997027507916785078"))).toBe("8999 7027 5079 1678 5078")
  })

  it("groups a partly typed number while typing", () => {
    expect(Iccid.groupAsTyped("")).toBe("")
    expect(Iccid.groupAsTyped("899")).toBe("899")
    expect(Iccid.groupAsTyped("8999")).toBe("8999")
    expect(Iccid.groupAsTyped("89997")).toBe("8999 7")
    expect(Iccid.groupAsTyped("8999 7021 2")).toBe("8999 7021 2")
    expect(Iccid.groupAsTyped("8999 70212")).toBe("8999 7021 2")
    expect(Iccid.groupAsTyped("8999-7021-2345")).toBe("8999 7021 2345")
    expect(Iccid.groupAsTyped("8999a7")).toBe("8999 7")
    expect(Iccid.groupAsTyped("899970212345678994561")).toBe("8999 7021 2345 6789 9456 1")
  })

  it("keeps every typed digit, in order, in groups of at most four", () => {
    fc.assert(
      fc.property(fc.string(), (typed) => {
        const grouped = Iccid.groupAsTyped(typed)
        expect(grouped.replaceAll(" ", "")).toBe(typed.replace(/\D/g, ""))
        expect(grouped.split(" ").every((group) => group.length <= 4)).toBe(true)
        expect(Iccid.groupAsTyped(grouped)).toBe(grouped)
      }),
    )
  })

  it("guards and constructs the stored form", () => {
    expect(Iccid.is("89997027507916785078")).toBe(true)
    expect(Iccid.is("89997027507916785079")).toBe(false)
    expect(() => Iccid.make("89997027507916785079")).toThrow()
  })

  it("parses what it formats, for any valid ICCID", () => {
    fc.assert(
      fc.property(validIccid, (iccid) => {
        expect(Iccid.parse(Iccid.format(iccid))).toEqual(Result.succeed(iccid))
        expect(Iccid.parse(Iccid.groupAsTyped(iccid))).toEqual(Result.succeed(iccid))
      }),
    )
  })

  it("rejects any single mistyped digit", () => {
    fc.assert(
      fc.property(validIccid, fc.nat(), fc.integer({ min: 1, max: 9 }), (iccid, at, shift) => {
        const i = at % iccid.length
        const digit = (Number(iccid[i]) + shift) % 10
        const typo = `${iccid.slice(0, i)}${digit}${iccid.slice(i + 1)}`
        expect(Iccid.parse(typo)).toEqual(Result.fail("iccid.checkDigit"))
      }),
    )
  })
})
