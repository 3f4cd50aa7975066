import { describe, expect, it } from "@effect/vitest"
import { DateTime, Effect, Schema } from "effect"
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
      expect(number).toBeInstanceOf(MobileNumber.MobileNumber)
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
})
