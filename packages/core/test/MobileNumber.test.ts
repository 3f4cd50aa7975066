import { describe, expect, it } from "@effect/vitest"
import { DateTime, Effect, Exit, Schema, SchemaTransformation } from "effect"
import { MobileNumber } from "../src/index.js"
import * as Manual from "./fixtures/manual.js"

const decode = Schema.decodeUnknownEffect(MobileNumber.MobileNumber)
const encode = Schema.encodeEffect(MobileNumber.MobileNumber)

// The manual's profile header of 77010542001 (B2) and list rows (B1), in the operator's JSON.
const kartBlanche = Manual.kartBlanche

const corp = {
  msisdn: "77780627247",
  accountNumber: "25869160",
  tariffName: "11 corp",
  billingMethod: "Кредитный",
  status: "Активный",
  statusChangedAt: "2020-09-01T09:00:00+05:00",
  availableFunds: "9970.33",
  creditLimit: "10000.00",
  companyId: "cmp-kabinet",
}

// 77010541921: advance-paid, no tariff shown («-»), 10 ₸ available, credit limit 10 ₸.
const advance = {
  msisdn: "77010541921",
  accountNumber: "25602099",
  billingMethod: "Авансовый",
  status: "Активный",
  statusChangedAt: "2019-01-24T16:23:00+05:00",
  availableFunds: "10",
  creditLimit: "10",
  companyId: "cmp-kabinet",
}

describe("MobileNumber", () => {
  it.effect("decodes the manual's 77010542001 with money in tiyn and the status time as an instant", () =>
    Effect.gen(function* () {
      const number = yield* decode(kartBlanche)
      expect(Schema.is(MobileNumber.MobileNumber)(number)).toBe(true)
      expect(number.msisdn).toBe("77010542001")
      expect(number.tariffName).toBe("Карт Бланш+ 1000")
      expect(number.billingMethod).toBe("Кредитный")
      expect(number.status).toBe("Активный")
      expect(number.availableFunds).toBe(89300)
      expect(number.individualLimit).toBe(178600)
      expect(number.creditLimit).toBe(300000)
      expect(DateTime.formatIso(number.statusChangedAt)).toBe("2020-08-26T22:21:00.000Z")
    }),
  )

  it.effect("decodes a fractional balance exactly and leaves an unset individual limit absent", () =>
    Effect.gen(function* () {
      const number = yield* decode(corp)
      expect(number.availableFunds).toBe(997033)
      expect("individualLimit" in number).toBe(false)
    }),
  )

  it.effect("decodes an advance-paid number without a tariff", () =>
    Effect.gen(function* () {
      const number = yield* decode(advance)
      expect(number.billingMethod).toBe("Авансовый")
      expect(number.tariffName).toBeUndefined()
      expect(number.availableFunds).toBe(1000)
      expect(number.creditLimit).toBe(1000)
    }),
  )

  it.effect("encodes back to the operator's JSON: two-decimal money, UTC instants", () =>
    Effect.gen(function* () {
      expect(yield* encode(yield* decode(kartBlanche))).toEqual({
        ...kartBlanche,
        statusChangedAt: "2020-08-26T22:21:00.000Z",
      })
      expect(yield* encode(yield* decode(advance))).toEqual({
        ...advance,
        statusChangedAt: "2019-01-24T11:23:00.000Z",
        availableFunds: "10.00",
        creditLimit: "10.00",
      })
      const again = yield* decode(yield* encode(yield* decode(corp)))
      expect(again.availableFunds).toBe(997033)
    }),
  )

  it.effect("refuses a status the operator never sends", () =>
    Effect.gen(function* () {
      const error = yield* Effect.flip(decode({ ...kartBlanche, status: "Active" }))
      expect(error.message).toContain('["status"]')
    }),
  )

  it.effect("refuses money as a JSON number and money finer than a tiyn", () =>
    Effect.gen(function* () {
      for (const availableFunds of [893, 9970.33, "9970.333", "9 970,33"]) {
        const error = yield* Effect.flip(decode({ ...corp, availableFunds }))
        expect(error.message, String(availableFunds)).toContain('["availableFunds"]')
      }
    }),
  )

  it.effect("refuses a missing field and a blank tariff", () =>
    Effect.gen(function* () {
      const { creditLimit: _creditLimit, ...withoutCreditLimit } = kartBlanche
      const missing = yield* Effect.flip(decode(withoutCreditLimit))
      expect(missing.message).toContain('["creditLimit"]')
      const blank = yield* Effect.flip(decode({ ...kartBlanche, tariffName: "" }))
      expect(blank.message).toContain('["tariffName"]')
    }),
  )

  it.effect("refuses a status time without an offset", () =>
    Effect.gen(function* () {
      const error = yield* Effect.flip(decode({ ...kartBlanche, statusChangedAt: "27/08/2020 03:21" }))
      expect(error.message).toContain('["statusChangedAt"]')
    }),
  )

  it.effect("decodes a page of rows from a JSON string", () =>
    Effect.gen(function* () {
      const Page = Schema.fromJsonString(Schema.Array(MobileNumber.MobileNumber))
      const rows = yield* Schema.decodeUnknownEffect(Page)(JSON.stringify([kartBlanche, corp, advance]))
      expect(rows.map((row) => row.msisdn)).toEqual(["77010542001", "77780627247", "77010541921"])
    }),
  )

  // Rows are decoded on a fast path of plain checks that hands anything unusual to the schema. Held
  // here to a schema built the same way without that path: the same value (keys in the same order)
  // or the same refusal, for every row, valid or not.
  describe("decodes every row exactly as the schema does", () => {
    const wire = Schema.Struct(MobileNumber.MobileNumber.from.fields)
    const reference = wire.pipe(
      Schema.decodeTo(Schema.toType(wire).annotate({ identifier: "MobileNumber" }), SchemaTransformation.passthrough()),
    )
    const decodeFast = Schema.decodeUnknownExit(MobileNumber.MobileNumber)
    const decodeReference = Schema.decodeUnknownExit(reference)

    const variants: ReadonlyArray<readonly [string, ReadonlyArray<unknown>]> = [
      [
        "msisdn",
        [
          "77010542001",
          "77470000000",
          "77270000000",
          "7701054200",
          "+77010542001",
          "87010542001",
          "",
          77010542001,
          "7701054200١",
        ],
      ],
      ["accountNumber", ["256020", "123456789012", "12345", "1234567890123", "2560 2051", "", 25602051]],
      ["tariffName", ["11 corp", " ", "", null, undefined, 11]],
      ["billingMethod", ["Авансовый", "Кредитный", "credit", "", null]],
      ["status", ["Активный", "Заблокирован", "Заблокирован / Долг", "В обработке", "Active", "активный"]],
      [
        "statusChangedAt",
        [
          "2020-08-27T03:21:00+05:00",
          "2020-08-26T22:21:00Z",
          "2020-08-26T22:21Z",
          "2020-08-27T03:21+05:00",
          "2020-08-26T22:21:00.5Z",
          "2020-08-26T22:21:00.123456789-03:30",
          "2020-02-29T00:00:00Z",
          "2021-02-29T00:00:00Z",
          "2020-04-31T10:00:00+05:00",
          "2020-12-31T23:59:59-12:00",
          "2020-01-01T24:00:00Z",
          "2020-01-01T23:60:00Z",
          "2020-01-01T00:00:60Z",
          "2020-01-01T00:00:00+24:00",
          "2020-01-01T00:00:00+23:59",
          "2020-00-10T00:00:00Z",
          "2020-13-01T00:00:00Z",
          "0999-06-01T00:00:00Z",
          "0050-01-01T00:00:00Z",
          "2020-08-27T03:21:00",
          "2020-08-27 03:21:00Z",
          "2020-08-27T03:21:00z",
          "",
          1598478060000,
        ],
      ],
      [
        "availableFunds",
        [
          "893.00",
          "893",
          "0.07",
          "-12.5",
          "-0.00",
          "-0",
          "007.10",
          "9999999999999.99",
          "99999999999999.99",
          "90071992547409.91",
          "90071992547409.92",
          "-90071992547409.91",
          "1.234",
          "1e3",
          ".5",
          "5.",
          "+1",
          " 1",
          "1,5",
          "NaN",
          "",
          "-",
          893,
        ],
      ],
      ["individualLimit", ["1786.00", "0", "-1", "1786.001", "", null, undefined]],
      ["creditLimit", ["3000.00", "10", "3000.", "три"]],
      ["companyId", ["cmp-kabinet", "a", "A_b-9", "x".repeat(64), "x".repeat(65), "cmp kabinet", "cmp.kabinet", ""]],
    ]

    // Instants across the calendar: leap days, month ends, every offset form, with and without seconds.
    const two = (n: number) => String(n).padStart(2, "0")
    const instants = Array.from({ length: 600 }, (_, i) => {
      const date = `${1000 + ((i * 977) % 9000)}-${two(1 + (i % 12))}-${two(1 + ((i * 7) % 31))}`
      const time = `${two((i * 5) % 25)}:${two((i * 13) % 61)}${i % 3 === 0 ? "" : `:${two((i * 11) % 61)}`}`
      const zone = i % 4 === 0 ? "Z" : `${i % 2 === 0 ? "+" : "-"}${two((i * 3) % 25)}:${two((i * 17) % 61)}`
      return `${date}T${time}${zone}`
    })

    const rows: Array<unknown> = [Manual.kartBlanche, corp, advance]
    for (const statusChangedAt of instants) rows.push({ ...kartBlanche, statusChangedAt })
    for (const [key, values] of variants) {
      for (const value of values) rows.push({ ...kartBlanche, [key]: value })
      rows.push(Object.fromEntries(Object.entries(kartBlanche).filter(([k]) => k !== key)))
    }
    rows.push({ ...kartBlanche, extra: "ignored" }, Object.assign(Object.create(null), kartBlanche), null, [], "row")

    it("for each field's valid and invalid forms, absent keys and odd rows", () => {
      for (const row of rows) {
        const fast = decodeFast(row)
        const expected = decodeReference(row)
        if (Exit.isSuccess(expected)) {
          expect(Exit.isSuccess(fast), JSON.stringify(row)).toBe(true)
          if (Exit.isSuccess(fast)) {
            expect(fast.value, JSON.stringify(row)).toStrictEqual(expected.value)
            expect(Object.keys(fast.value)).toEqual(Object.keys(expected.value))
          }
        } else {
          expect(Exit.isFailure(fast), JSON.stringify(row)).toBe(true)
          expect(String(Exit.isFailure(fast) && fast.cause)).toBe(String(expected.cause))
        }
      }
    })

    it("for a list of rows: the same rows, or the same refusal at the same row", () => {
      const list = Schema.decodeUnknownExit(MobileNumber.MobileNumbers)
      const listReference = Schema.decodeUnknownExit(Schema.Array(reference))
      const valid = rows.filter((row) => Exit.isSuccess(decodeReference(row)))
      const invalidRow = rows.find((row) => Exit.isFailure(decodeReference(row)))
      for (const input of [valid, [...valid.slice(0, 5), invalidRow, ...valid.slice(5)], [], "rows"]) {
        const fast = list(input)
        const expected = listReference(input)
        expect(Exit.isSuccess(fast)).toBe(Exit.isSuccess(expected))
        if (Exit.isSuccess(fast) && Exit.isSuccess(expected)) expect(fast.value).toStrictEqual(expected.value)
        else expect(String(Exit.isFailure(fast) && fast.cause)).toBe(String(Exit.isFailure(expected) && expected.cause))
      }
      expect(valid.length).toBeGreaterThan(100)
    })

    it("with excess properties refused when the caller asks", () => {
      const row = { ...kartBlanche, extra: "refused" }
      const fast = Schema.decodeUnknownExit(MobileNumber.MobileNumber)(row, { onExcessProperty: "error" })
      const expected = decodeReference(row, { onExcessProperty: "error" })
      expect(Exit.isFailure(fast)).toBe(true)
      expect(String(Exit.isFailure(fast) && fast.cause)).toBe(String(Exit.isFailure(expected) && expected.cause))
    })
  })
})
