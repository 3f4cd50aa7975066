import { describe, expect, it } from "@effect/vitest"
import { DateTime, Effect, Schema } from "effect"
import { Payment } from "../src/index.js"

const decode = Schema.decodeUnknownEffect(Payment.Payment)

const credit = {
  paidAt: "2020-09-15T11:02:00+05:00",
  amount: "9970.33",
  channel: "bankTransfer",
  documentNumber: "ПП-000451",
  accountNumber: "25869160",
}
const advance = {
  paidAt: "2019-01-24T16:23:00+05:00",
  amount: "10.00",
  channel: "terminal",
  documentNumber: "KSP-19012400017",
  accountNumber: "25602099",
  msisdn: "77010541921",
}

describe("Payment", () => {
  it.effect("decodes a credit account's payment and an advance number's top-up", () =>
    Effect.gen(function* () {
      const payment = yield* decode(credit)
      expect(payment.amount).toBe(997033)
      expect(DateTime.formatIso(payment.paidAt)).toBe("2020-09-15T06:02:00.000Z")
      expect(payment.msisdn).toBeUndefined()
      const topUp = yield* decode(advance)
      expect(topUp.amount).toBe(1000)
      expect(topUp.msisdn).toBe("77010541921")
    }),
  )

  it.effect("encodes back to the operator's JSON", () =>
    Effect.gen(function* () {
      expect(yield* Schema.encodeEffect(Payment.Payment)(yield* decode(credit))).toEqual({
        ...credit,
        paidAt: "2020-09-15T06:02:00.000Z",
      })
    }),
  )

  it.effect("refuses a float amount, an unknown channel and a missing document number", () =>
    Effect.gen(function* () {
      const { documentNumber: _doc, ...withoutDocument } = credit
      for (const [input, at] of [
        [{ ...credit, amount: 9970.33 }, '["amount"]'],
        [{ ...credit, channel: "Kaspi" }, '["channel"]'],
        [withoutDocument, '["documentNumber"]'],
      ] as const) {
        const error = yield* Effect.flip(decode(input))
        expect(error.message).toContain(at)
      }
    }),
  )
})
