import { describe, expect, it } from "@effect/vitest"
import { DateTime, Effect, Schema } from "effect"
import { CallRecord } from "../src/index.js"

const decode = Schema.decodeUnknownEffect(CallRecord.CallRecord)

// Records of 77010541921 within the manual's period 26-01-2019 → 26-02-2019.
const call = {
  at: "2019-02-25T09:14:05+05:00",
  kind: "callOut",
  counterpart: "77010542006",
  durationSeconds: 184,
  cost: "0.00",
}
const sms = { at: "2019-02-25T09:20:00+05:00", kind: "smsIn", counterpart: "Kcell", cost: "0.00" }
const internet = { at: "2019-02-25T10:00:00+05:00", kind: "internet", volumeKb: 20480, cost: "12.50" }

describe("CallRecord", () => {
  it.effect("decodes a call, an SMS and an internet session, and encodes them back", () =>
    Effect.gen(function* () {
      const records = yield* Schema.decodeUnknownEffect(Schema.Array(CallRecord.CallRecord))([call, sms, internet])
      expect(records.map((r) => r.kind)).toEqual(["callOut", "smsIn", "internet"])
      expect(records[0]?.durationSeconds).toBe(184)
      expect(records[2]?.cost).toBe(1250)
      expect(records[0] && DateTime.formatIso(records[0].at)).toBe("2019-02-25T04:14:05.000Z")
      const encoded = yield* Schema.encodeEffect(Schema.Array(CallRecord.CallRecord))(records)
      expect(encoded[2]).toEqual({ ...internet, at: "2019-02-25T05:00:00.000Z" })
    }),
  )

  it.effect("refuses records whose fields do not fit their kind", () =>
    Effect.gen(function* () {
      const { durationSeconds: _d, ...callWithoutDuration } = call
      const { counterpart: _c, ...smsWithoutCounterpart } = sms
      for (const [input, at] of [
        [callWithoutDuration, '["durationSeconds"]'],
        [{ ...sms, durationSeconds: 3 }, '["durationSeconds"]'],
        [smsWithoutCounterpart, '["counterpart"]'],
        [{ ...internet, volumeKb: undefined }, '["volumeKb"]'],
        [{ ...call, volumeKb: 10 }, '["volumeKb"]'],
        [{ ...call, kind: "call" }, '["kind"]'],
        [{ ...call, cost: 0.5 }, '["cost"]'],
        [{ ...call, durationSeconds: -1 }, '["durationSeconds"]'],
      ] as const) {
        const error = yield* Effect.flip(decode(input))
        expect(error.message, JSON.stringify(input)).toContain(at)
      }
    }),
  )

  it("offers the manual's three outputs with keys screen, pdf and xls", () => {
    expect(CallRecord.outputs).toEqual(["На экран", "Файл формата PDF", "Файл формата XLS"])
    expect(CallRecord.outputs.map(CallRecord.outputKey)).toEqual(["screen", "pdf", "xls"])
    expect(Schema.is(CallRecord.CallRecordsOutput)("Файл формата XLS")).toBe(true)
    expect(Schema.is(CallRecord.CallRecordsOutput)("XLS")).toBe(false)
  })
})
