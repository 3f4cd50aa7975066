import { describe, expect, it } from "@effect/vitest"
import { Effect, Order, Schema } from "effect"
import * as fc from "fast-check"
import { Money } from "../src/index.js"

const decode = Schema.decodeUnknownEffect(Money.FromDecimalString)
const encode = Schema.encodeEffect(Money.FromDecimalString)

// Intl separates groups and the sign with no-break spaces; compare with plain ones.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ")

const maxDecimal = "90071992547409.91"

describe("Money", () => {
  it.effect("decodes the operator's decimal strings exactly", () =>
    Effect.gen(function* () {
      const cases = [
        ["9970.33", 997033],
        ["893", 89300],
        ["6982", 698200],
        ["-12.5", -1250],
        ["0.07", 7],
        ["-0.07", -7],
        ["0.1", 10],
        ["1.10", 110],
        ["0", 0],
        ["007.50", 750],
        [maxDecimal, Number.MAX_SAFE_INTEGER],
        [`-${maxDecimal}`, -Number.MAX_SAFE_INTEGER],
        // 0.29 * 100 is 28.999999999999996 in floating point.
        ["0.29", 29],
      ] as const
      for (const [input, tiyn] of cases) {
        expect([input, yield* decode(input)]).toEqual([input, tiyn])
      }
    }),
  )

  it.effect("never produces negative zero", () =>
    Effect.gen(function* () {
      expect(Object.is(yield* decode("-0"), 0)).toBe(true)
      expect(Object.is(yield* decode("-0.00"), 0)).toBe(true)
    }),
  )

  it.effect("encodes with two decimals", () =>
    Effect.gen(function* () {
      const cases = [
        [997033, "9970.33"],
        [89300, "893.00"],
        [-1250, "-12.50"],
        [7, "0.07"],
        [-7, "-0.07"],
        [0, "0.00"],
        [-0, "0.00"],
        [Number.MAX_SAFE_INTEGER, maxDecimal],
      ] as const
      for (const [tiyn, decimal] of cases) {
        expect(yield* encode(Money.make(tiyn))).toBe(decimal)
        expect(Money.toDecimalString(Money.make(tiyn))).toBe(decimal)
      }
    }),
  )

  it.effect("refuses what is not an exact amount, with a message key", () =>
    Effect.gen(function* () {
      const cases: ReadonlyArray<readonly [unknown, Money.MessageKey]> = [
        ["", "money.empty"],
        ["1e3", "money.format"],
        ["NaN", "money.format"],
        ["Infinity", "money.format"],
        [" 1", "money.format"],
        ["1 ", "money.format"],
        ["1,5", "money.format"],
        [".5", "money.format"],
        ["5.", "money.format"],
        ["+1", "money.format"],
        ["--1", "money.format"],
        ["0x10", "money.format"],
        ["1 000", "money.format"],
        ["1.005", "money.precision"],
        ["9970.333", "money.precision"],
        ["90071992547409.92", "money.range"],
        ["-90071992547409.92", "money.range"],
        ["1".repeat(400), "money.range"],
        [9970.33, "money.invalid"],
        [null, "money.invalid"],
      ]
      for (const [input, key] of cases) {
        const error = yield* Effect.flip(decode(input))
        expect([input, error.message]).toEqual([input, key])
      }
    }),
  )

  it.effect("keeps Tiyn to safe integers", () =>
    Effect.gen(function* () {
      const decodeTiyn = Schema.decodeUnknownEffect(Money.Tiyn)
      expect(yield* decodeTiyn(-89300)).toBe(-89300)
      for (const [input, key] of [
        [1.5, "money.notInteger"],
        [Number.NaN, "money.notInteger"],
        [Number.POSITIVE_INFINITY, "money.notInteger"],
        [2 ** 53, "money.range"],
        ["893", "money.invalid"],
      ] as const) {
        const error = yield* Effect.flip(decodeTiyn(input))
        expect([input, error.message]).toEqual([input, key])
      }
    }),
  )

  it("builds amounts for seeds", () => {
    expect(Money.tenge(893)).toBe(89300)
    expect(Money.tenge(-12)).toBe(-1200)
    expect(() => Money.tenge(9970.33)).toThrow(RangeError)
    expect(Money.fromDecimal("9970.33")).toBe(997033)
    expect(() => Money.fromDecimal("9970.333")).toThrow()
    expect(Money.make(7)).toBe(7)
    expect(() => Money.make(0.5)).toThrow()
  })

  it("adds, subtracts and sums in tiyn", () => {
    expect(Money.add(Money.fromDecimal("0.1"), Money.fromDecimal("0.2"))).toBe(30)
    expect(Money.subtract(Money.tenge(10), Money.tenge(12))).toBe(-200)
    expect(Money.sum([Money.tenge(893), Money.tenge(6982), Money.tenge(446), Money.fromDecimal("9970.33")])).toBe(
      1829133,
    )
    expect(Money.sum([])).toBe(Money.zero)
    expect(() => Money.add(Money.make(Number.MAX_SAFE_INTEGER), Money.make(1))).toThrow()
    expect(Order.isLessThan(Money.Order)(Money.tenge(-5), Money.zero)).toBe(true)
  })

  it("formats in every language with ₸ and tiyn precision", () => {
    const funds = Money.fromDecimal("9970.33")
    expect(plain(Money.format(funds, "ru"))).toBe("9 970,33 ₸")
    expect(plain(Money.format(funds, "kk"))).toBe("9 970,33 ₸")
    expect(plain(Money.format(funds, "en"))).toBe("₸9,970.33")
    expect(plain(Money.format(Money.tenge(893), "ru"))).toBe("893 ₸")
    expect(plain(Money.format(Money.tenge(893), "ru", { tiyn: "always" }))).toBe("893,00 ₸")
    expect(plain(Money.format(Money.tenge(893), "en", { tiyn: "always" }))).toBe("₸893.00")
    expect(plain(Money.format(Money.fromDecimal("-12.5"), "ru"))).toBe("-12,50 ₸")
    expect(plain(Money.format(Money.fromDecimal("0.07"), "en"))).toBe("₸0.07")
    expect(plain(Money.format(Money.zero, "kk"))).toBe("0 ₸")
  })

  it("formats the largest amounts without rounding", () => {
    expect(plain(Money.format(Money.make(Number.MAX_SAFE_INTEGER), "ru"))).toBe("90 071 992 547 409,91 ₸")
    expect(plain(Money.format(Money.make(-Number.MAX_SAFE_INTEGER), "en"))).toBe("-₸90,071,992,547,409.91")
  })

  it("decodes what it encodes, for any safe integer", () => {
    const roundTrip = (tiyn: number) =>
      Schema.decodeSync(Money.FromDecimalString)(Schema.encodeSync(Money.FromDecimalString)(Money.make(tiyn)))
    fc.assert(
      fc.property(fc.oneof(fc.maxSafeInteger(), fc.integer({ min: -1000, max: 1000 })), (tiyn) => {
        expect(roundTrip(tiyn)).toBe(tiyn)
      }),
      { numRuns: 1000 },
    )
  })

  it("reads any decimal string digit by digit", () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.stringMatching(/^\d{1,13}$/),
        fc.stringMatching(/^\d{0,2}$/),
        (negative, whole, fraction) => {
          const input = `${negative ? "-" : ""}${whole}${fraction === "" ? "" : `.${fraction}`}`
          const expected = BigInt(`${whole}${fraction.padEnd(2, "0")}`) * (negative ? -1n : 1n)
          expect(BigInt(Money.fromDecimal(input))).toBe(expected)
        },
      ),
    )
  })
})
