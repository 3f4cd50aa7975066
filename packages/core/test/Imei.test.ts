import { describe, expect, it } from "@effect/vitest"
import { Effect, Result, Schema } from "effect"
import * as fc from "fast-check"
import { Imei } from "../src/index.js"

// The manual's recorded IMEI lacks its check digit; 6 completes it. The others are the examples of
// the IMEI article of Wikipedia (49-015420-323751-8 and 35-209900-176148-1).
const manualRecorded = "35202309352069"
const manualComplete = "352023093520696"

const payload = fc.stringMatching(/^\d{14}$/)

describe("Imei", () => {
  it.effect("takes the manual's 14-digit record as recorded, and completes it", () =>
    Effect.gen(function* () {
      const recorded = yield* Schema.decodeUnknownEffect(Imei.RecordedImei)(manualRecorded)
      expect(recorded).toBe(manualRecorded)
      expect(Imei.isRegistrable(recorded)).toBe(false)
      expect(Imei.complete(recorded)).toBe(manualComplete)
      expect(yield* Schema.decodeUnknownEffect(Imei.Imei)(Imei.complete(recorded))).toBe(manualComplete)
    }),
  )

  it.effect("takes a full recorded IMEI as it is", () =>
    Effect.gen(function* () {
      const recorded = yield* Schema.decodeUnknownEffect(Imei.RecordedImei)(manualComplete)
      expect(Imei.isRegistrable(recorded)).toBe(true)
      expect(Imei.complete(recorded)).toBe(manualComplete)
    }),
  )

  it.effect("decodes typed IMEIs with the separators labels print", () =>
    Effect.gen(function* () {
      const inputs = [
        ["490154203237518", "490154203237518"],
        ["49-015420-323751-8", "490154203237518"],
        ["35 209900 176148 1", "352099001761481"],
        ["352099/00/176148/1", "352099001761481"],
        [` ${manualComplete} `, manualComplete],
      ] as const
      for (const [input, imei] of inputs) {
        expect(yield* Schema.decodeUnknownEffect(Imei.FromInput)(input)).toBe(imei)
      }
    }),
  )

  it("requires a full IMEI to register, naming what is wrong", () => {
    const cases: ReadonlyArray<readonly [string, Imei.MessageKey]> = [
      ["", "imei.empty"],
      [" - ", "imei.empty"],
      ["35202309352069X", "imei.characters"],
      [manualRecorded, "imei.incomplete"],
      ["3520230935206", "imei.length"],
      ["3520230935206961", "imei.length"],
      ["352023093520697", "imei.checkDigit"],
      ["490154203237517", "imei.checkDigit"],
    ]
    for (const [input, key] of cases) {
      expect([input, Imei.parse(input)]).toEqual([input, Result.fail(key)])
    }
  })

  it.effect("refuses recorded values that are not an IMEI", () =>
    Effect.gen(function* () {
      for (const [input, key] of [
        ["3520230935206", "imei.length"],
        ["3520230935206961", "imei.length"],
        ["352023093520697", "imei.checkDigit"],
        ["3520230935206 9", "imei.characters"],
        ["", "imei.empty"],
        [35202309352069, "imei.invalid"],
      ] as const) {
        const error = yield* Effect.flip(Schema.decodeUnknownEffect(Imei.RecordedImei)(input))
        expect([input, error.message]).toEqual([input, key])
      }
    }),
  )

  it("shows an IMEI as recorded", () => {
    expect(Imei.format(Imei.makeRecorded(manualRecorded))).toBe(manualRecorded)
    expect(Imei.format(Imei.make(manualComplete))).toBe(manualComplete)
  })

  it("guards and constructs", () => {
    expect(Imei.is(manualComplete)).toBe(true)
    expect(Imei.is(manualRecorded)).toBe(false)
    expect(() => Imei.make(manualRecorded)).toThrow()
    expect(() => Imei.makeRecorded("352023093520697")).toThrow()
  })

  it("completes any 14 digits to a valid IMEI that starts with them", () => {
    fc.assert(
      fc.property(payload, (digits) => {
        const completed = Imei.complete(Imei.makeRecorded(digits))
        expect(completed.startsWith(digits)).toBe(true)
        expect(Imei.parse(completed)).toEqual(Result.succeed(completed))
        expect(Imei.isRegistrable(Imei.makeRecorded(completed))).toBe(true)
      }),
    )
  })

  it("rejects any single mistyped digit", () => {
    fc.assert(
      fc.property(payload, fc.nat(), fc.integer({ min: 1, max: 9 }), (digits, at, shift) => {
        const imei = Imei.complete(Imei.makeRecorded(digits))
        const i = at % imei.length
        const typo = `${imei.slice(0, i)}${(Number(imei[i]) + shift) % 10}${imei.slice(i + 1)}`
        expect(Imei.parse(typo)).toEqual(Result.fail("imei.checkDigit"))
      }),
    )
  })
})
