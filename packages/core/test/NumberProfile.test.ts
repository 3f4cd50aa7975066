import { describe, expect, it } from "@effect/vitest"
import { Effect, Redacted, Schema } from "effect"
import { NumberProfile } from "../src/index.js"
import * as Manual from "./fixtures/manual.js"

const decode = Schema.decodeUnknownEffect(NumberProfile.NumberProfile)

// The manual's 77010542001 (B2–B7), as one operator payload.
const json = {
  number: Manual.kartBlanche,
  general: { ...Manual.general, bans: { ...Manual.general.bans, selfCareDetailView: "disabled" } },
  sim: Manual.sim,
  remainders: { tariff: [Manual.onNetCallsRemainder], additional: [Manual.internetRemainder] },
  connectedServices: [Manual.internetService],
  availableServices: [Manual.roamingService],
}

describe("NumberProfile", () => {
  it.effect("decodes the manual's profile of 77010542001", () =>
    Effect.gen(function* () {
      const profile = yield* decode(json)
      expect(profile.number.availableFunds).toBe(89300)
      expect(profile.number.individualLimit).toBe(178600)
      expect(profile.general.registrationForm).toBe("300014697190-130")
      expect(Redacted.value(profile.sim.puk1)).toBe("11507782")
      expect(profile.remainders.additional[0]?.allowance).toEqual({ kind: "limited", available: 10239, total: 10240 })
      expect(profile.connectedServices.map((s) => s.id)).toEqual(["internet-10gb"])
      expect(profile.availableServices.map((s) => s.category.subgroup)).toEqual(["Роуминг"])
    }),
  )

  it.effect("keeps the SIM codes out of the printed profile", () =>
    Effect.gen(function* () {
      const printed = JSON.stringify(yield* decode(json))
      for (const code of ["6911", "11507782", "15275799"]) expect(printed).not.toContain(code)
    }),
  )

  it.effect("round-trips through its JSON", () =>
    Effect.gen(function* () {
      const profile = yield* decode(json)
      const encoded = yield* Schema.encodeEffect(NumberProfile.NumberProfile)(profile)
      expect(encoded.sim.pin2).toBe("6911")
      expect(encoded.number.statusChangedAt).toBe("2020-08-26T22:21:00.000Z")
      const again = yield* decode(encoded)
      expect(yield* Schema.encodeEffect(NumberProfile.NumberProfile)(again)).toEqual(encoded)
    }),
  )

  it.effect("refuses sections that contradict each other", () =>
    Effect.gen(function* () {
      const [connected] = json.connectedServices
      const [available] = json.availableServices
      for (const [input, at] of [
        [{ ...json, general: { ...json.general, accountNumber: "25602052" } }, '["general"]["accountNumber"]'],
        [{ ...json, general: { ...json.general, billingMethod: "Авансовый" } }, '["general"]["billingMethod"]'],
        [{ ...json, connectedServices: [available] }, '["connectedServices"][0]["connected"]'],
        [{ ...json, availableServices: [connected] }, '["availableServices"][0]["connected"]'],
      ] as const) {
        const error = yield* Effect.flip(decode(input))
        expect(error.message).toContain(at)
      }
    }),
  )

  it.effect("refuses a profile missing a section or with a broken one", () =>
    Effect.gen(function* () {
      const { sim: _sim, ...withoutSim } = json
      const missing = yield* Effect.flip(decode(withoutSim))
      expect(missing.message).toContain('["sim"]')
      const broken = yield* Effect.flip(decode({ ...json, number: { ...json.number, status: "Blocked" } }))
      expect(broken.message).toContain('["number"]["status"]')
    }),
  )
})
