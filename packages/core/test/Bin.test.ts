import { describe, expect, it } from "@effect/vitest"
import { Effect, Result, Schema } from "effect"
import * as fc from "fast-check"
import { Bin } from "../src/index.js"

// The manual's demo companies, then real, published numbers: Halyk Bank (940140000385), Kaspi Bank
// (971240001315), an example of python-stdnum's kz.bin (990140004654), an ИИН of the py-kz-validators
// README (791028302728) and one of the kz-iin-validator README (061211600012), which needs the second
// pass. 940140000909 was built here to cover the second pass as well.
const valid = [
  "800800800800",
  "700700700700",
  "940140000385",
  "971240001315",
  "990140004654",
  "791028302728",
  "061211600012",
  "940140000909",
]

describe("Bin", () => {
  it.effect("accepts the manual's and real-world БИН/ИИН", () =>
    Effect.gen(function* () {
      for (const bin of valid) {
        expect(yield* Schema.decodeUnknownEffect(Bin.Bin)(bin)).toBe(bin)
      }
    }),
  )

  it("computes both passes of the check digit", () => {
    expect(Bin.checkDigit("80080080080")).toBe(0)
    expect(Bin.checkDigit("70070070070")).toBe(0)
    expect(Bin.checkDigit("94014000038")).toBe(5)
    // First pass 10, second pass 2.
    expect(Bin.checkDigit("06121160001")).toBe(2)
    // Both passes 10: no number starts with these digits.
    expect(Bin.checkDigit("10000000028")).toBeUndefined()
  })

  it("refuses every last digit when both passes give 10", () => {
    for (let last = 0; last <= 9; last++) {
      expect(Bin.parse(`10000000028${last}`)).toEqual(Result.fail("bin.checkDigit"))
    }
  })

  it("names the first problem of invalid input with a message key", () => {
    const cases: ReadonlyArray<readonly [string, Bin.MessageKey]> = [
      ["", "bin.empty"],
      ["   ", "bin.empty"],
      ["80080080080O", "bin.characters"],
      ["800.800.800.800", "bin.characters"],
      ["80080080080", "bin.length"],
      ["8008008008000", "bin.length"],
      ["800800800801", "bin.checkDigit"],
      ["700700700707", "bin.checkDigit"],
      ["940140000386", "bin.checkDigit"],
      ["123456789012", "bin.checkDigit"],
      ["061211600010", "bin.checkDigit"],
    ]
    for (const [input, key] of cases) {
      expect([input, Bin.parse(input)]).toEqual([input, Result.fail(key)])
    }
  })

  it("reads typed input with spaces and dashes", () => {
    expect(Bin.parse(" 940 140 000 385 ")).toEqual(Result.succeed("940140000385"))
    expect(Bin.parse("9401-4000-0385")).toEqual(Result.succeed("940140000385"))
  })

  it("formats, guards and constructs", () => {
    expect(Bin.format(Bin.make("800800800800"))).toBe("800800800800")
    expect(Bin.is("700700700700")).toBe(true)
    expect(Bin.is("700700700701")).toBe(false)
    expect(() => Bin.make("800800800801")).toThrow()
  })

  it("accepts exactly one last digit for any first eleven that have one", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11}$/), (first11) => {
        const check = Bin.checkDigit(first11)
        const accepted = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((last) =>
          Result.isSuccess(Bin.parse(`${first11}${last}`)),
        )
        expect(accepted).toEqual(check === undefined ? [] : [check])
      }),
    )
  })
})
