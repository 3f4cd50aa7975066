import { inspect } from "node:util"
import { describe, expect, it } from "@effect/vitest"
import { DateTime, Effect, Redacted, Schema } from "effect"
import { SimCard } from "../src/index.js"
import * as Manual from "./fixtures/manual.js"

const decode = Schema.decodeUnknownEffect(SimCard.SimCard)

// «SIM карта и устройство» of 77010542001 in the manual.
const json = Manual.sim

const codes = ["0000", "6911", "11507782", "15275799"]

describe("SimCard", () => {
  it.effect("decodes the manual's SIM card, with the codes behind Redacted", () =>
    Effect.gen(function* () {
      const sim = yield* decode(json)
      expect(Redacted.isRedacted(sim.pin1)).toBe(true)
      expect(Redacted.value(sim.pin1)).toBe("0000")
      expect(Redacted.value(sim.pin2)).toBe("6911")
      expect(Redacted.value(sim.puk1)).toBe("11507782")
      expect(Redacted.value(sim.puk2)).toBe("15275799")
      expect(sim.iccid).toBe("89997027507916785078")
      expect(sim.lastRecordedImei).toBe("35202309352069")
      expect(sim.lastSimChangeAt && DateTime.formatIso(sim.lastSimChangeAt)).toBe("2018-08-27T10:37:00.000Z")
    }),
  )

  it.effect("never prints a code: not in String, JSON.stringify, inspect or a log line", () =>
    Effect.gen(function* () {
      const sim = yield* decode(json)
      for (const printed of [String(sim), JSON.stringify(sim), inspect(sim, { depth: 10 }), `${sim.pin2}`]) {
        for (const code of codes) expect(printed).not.toContain(code)
      }
      expect(JSON.stringify(sim)).toContain("<redacted:PIN1>")
      expect(String(sim.puk2)).toBe("<redacted:PUK2>")
    }),
  )

  it.effect("encodes back to the plain codes the operator sent", () =>
    Effect.gen(function* () {
      const encoded = yield* Schema.encodeEffect(SimCard.SimCard)(yield* decode(json))
      expect(encoded).toEqual({ ...json, lastSimChangeAt: "2018-08-27T10:37:00.000Z" })
    }),
  )

  it.effect("decodes a SIM that was never replaced nor used in a device", () =>
    Effect.gen(function* () {
      const { lastSimChangeAt: _at, lastRecordedImei: _imei, ...fresh } = json
      const sim = yield* decode(fresh)
      expect(sim.lastSimChangeAt).toBeUndefined()
      expect(sim.lastRecordedImei).toBeUndefined()
    }),
  )

  it.effect("refuses codes as numbers (leading zeros lost), short PUKs, a bad ICCID and a missing code", () =>
    Effect.gen(function* () {
      const { puk2: _puk2, ...withoutPuk2 } = json
      for (const [input, at] of [
        [{ ...json, pin1: 0 }, '["pin1"]'],
        [{ ...json, puk1: "1150778" }, '["puk1"]'],
        [{ ...json, iccid: "89997027507916785079" }, '["iccid"]'],
        [{ ...json, lastRecordedImei: "3520230935206" }, '["lastRecordedImei"]'],
        [withoutPuk2, '["puk2"]'],
      ] as const) {
        const error = yield* Effect.flip(decode(input))
        expect(error.message).toContain(at)
      }
    }),
  )

  it.effect("does not echo a refused code in the error", () =>
    Effect.gen(function* () {
      const error = yield* Effect.flip(decode({ ...json, pin1: "123456789" }))
      expect(error.message).toContain('["pin1"]')
      expect(error.message).not.toContain("123456789")
      expect(JSON.stringify(error)).not.toContain("123456789")
    }),
  )
})
