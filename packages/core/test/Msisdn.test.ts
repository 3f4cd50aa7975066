import { describe, expect, it } from "@effect/vitest"
import { Effect, Result, Schema } from "effect"
import * as fc from "fast-check"
import { Msisdn } from "../src/index.js"

// Every line of the manual's number list, its admins and its action history.
const manualNumbers = [
  "77010542001",
  "77010542006",
  "77010542007",
  "77780627247",
  "77010016218",
  "77012111249",
  "77012114644",
  "77080770570",
]

const validMsisdn = fc
  .tuple(fc.constantFrom(...Msisdn.mobileCodes), fc.stringMatching(/^\d{7}$/))
  .map(([code, rest]) => Msisdn.make(`7${code}${rest}`))

describe("Msisdn", () => {
  it.effect("decodes the manual's numbers in the stored form", () =>
    Effect.gen(function* () {
      for (const number of manualNumbers) {
        expect(yield* Schema.decodeUnknownEffect(Msisdn.Msisdn)(number)).toBe(number)
      }
    }),
  )

  it.effect("decodes every spelling people type to the stored form", () =>
    Effect.gen(function* () {
      const spellings = [
        "+7 701 054 20 01",
        "8 701 054 20 01",
        "87010542001",
        "77010542001",
        "+77010542001",
        "701 054 20 01",
        "7010542001",
        "+7 (701) 054-20-01",
        "8(701)054-20-01",
        "8 701 054–20–01",
        "  +7 701 054 20 01\n",
        "+7\u00a0701\u00a0054\u00a020\u00a001",
        "701.054.20.01",
      ]
      for (const input of spellings) {
        expect(yield* Schema.decodeUnknownEffect(Msisdn.FromInput)(input)).toBe("77010542001")
      }
    }),
  )

  it("accepts every mobile code and nothing next to them", () => {
    for (const code of Msisdn.mobileCodes) {
      expect(Msisdn.parse(`+7 ${code} 123 45 67`)).toEqual(Result.succeed(`7${code}1234567`))
    }
    for (const code of ["709", "710", "727", "746", "748", "770", "772", "774", "779", "717"]) {
      expect(Msisdn.parse(`+7 ${code} 123 45 67`)).toEqual(Result.fail("msisdn.notMobile"))
    }
  })

  it("names the first problem of invalid input with a message key", () => {
    const cases: ReadonlyArray<readonly [string, Msisdn.MessageKey]> = [
      ["", "msisdn.empty"],
      ["   ", "msisdn.empty"],
      ["+", "msisdn.empty"],
      ["abc", "msisdn.characters"],
      ["+7 701 054 20 0O", "msisdn.characters"],
      ["++77010542001", "msisdn.characters"],
      ["7701 054 20 01/2", "msisdn.characters"],
      ["77010", "msisdn.length"],
      ["770105420011", "msisdn.length"],
      ["+7010542001", "msisdn.length"],
      ["+7 701 054 20 011", "msisdn.length"],
      ["+1 202 555 0123", "msisdn.country"],
      ["97010542001", "msisdn.country"],
      ["+8 701 054 20 01", "msisdn.country"],
      ["+7 727 259 07 77", "msisdn.notMobile"],
      ["+7 916 123 45 67", "msisdn.notMobile"],
      ["8 495 123 45 67", "msisdn.notMobile"],
    ]
    for (const [input, key] of cases) {
      expect([input, Msisdn.parse(input)]).toEqual([input, Result.fail(key)])
    }
  })

  it.effect("refuses anything but the stored form from the operator", () =>
    Effect.gen(function* () {
      for (const [input, key] of [
        ["+77010542001", "msisdn.characters"],
        ["87010542001", "msisdn.country"],
        ["7010542001", "msisdn.length"],
        [77010542001, "msisdn.invalid"],
        [null, "msisdn.invalid"],
      ] as const) {
        const error = yield* Effect.flip(Schema.decodeUnknownEffect(Msisdn.Msisdn)(input))
        expect(error.message).toBe(key)
      }
    }),
  )

  it("carries the key to the field's path inside a form", () => {
    const Form = Schema.toStandardSchemaV1(Schema.Struct({ phone: Msisdn.FromInput }))
    const validated = Form["~standard"].validate({ phone: "+7 701 054" })
    expect(validated).toEqual({ issues: [{ path: ["phone"], message: "msisdn.length" }] })
  })

  it("formats the way the profile header shows a number", () => {
    expect(Msisdn.format(Msisdn.make("77010542001"))).toBe("+7 701 054 20 01")
    expect(Msisdn.format(Msisdn.make("77780627247"))).toBe("+7 778 062 72 47")
  })

  it("encodes typed input back to the display form", () => {
    expect(Schema.encodeSync(Msisdn.FromInput)(Msisdn.make("77080770570"))).toBe("+7 708 077 05 70")
  })

  it("keeps only the digits of a text, and reads any spelling of one line the same", () => {
    expect(Msisdn.digitsOf("+7 (701) 054-20-01")).toBe("77010542001")
    expect(Msisdn.digitsOf("ICCID 8999 7021")).toBe("89997021")
    expect(Msisdn.digitsOf("нет цифр")).toBe("")
    for (const typed of ["+7 701 054 20 01", "8 (701) 054-20-01", "701 054 20 01", "77010542001"])
      expect(Msisdn.lineOf(typed)).toBe("77010542001")
    expect(Msisdn.lineOf("1 701 054 20 01")).toBe("17010542001")
  })

  it("guards and constructs the stored form", () => {
    expect(Msisdn.is("77010542001")).toBe(true)
    expect(Msisdn.is("+7 701 054 20 01")).toBe(false)
    expect(Msisdn.is(77010542001)).toBe(false)
    expect(() => Msisdn.make("7701054200")).toThrow()
  })

  it("parses what it formats, for any mobile number", () => {
    fc.assert(
      fc.property(validMsisdn, (msisdn) => {
        expect(Msisdn.parse(Msisdn.format(msisdn))).toEqual(Result.succeed(msisdn))
      }),
    )
  })

  it("reads the trunk-prefix and national spellings of any mobile number", () => {
    fc.assert(
      fc.property(validMsisdn, (msisdn) => {
        const national = msisdn.slice(1)
        expect(Msisdn.parse(`8${national}`)).toEqual(Result.succeed(msisdn))
        expect(Msisdn.parse(national)).toEqual(Result.succeed(msisdn))
        expect(
          Msisdn.parse(
            `8 (${national.slice(0, 3)}) ${national.slice(3, 6)}-${national.slice(6, 8)}-${national.slice(8)}`,
          ),
        ).toEqual(Result.succeed(msisdn))
      }),
    )
  })
})
