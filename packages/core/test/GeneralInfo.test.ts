import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { GeneralInfo } from "../src/index.js"

const decode = Schema.decodeUnknownEffect(GeneralInfo.GeneralInfo)

// «Общая информация» of 77010542001 in the manual.
const json = {
  billingMethod: "Кредитный",
  registrationForm: "300014697190-130",
  accountNumber: "25602051",
  bans: { smsUssdControl: "disabled", selfCareDetailView: "disabled", selfCareAccess: "disabled" },
}

describe("GeneralInfo", () => {
  it.effect("decodes the manual's general information and encodes it unchanged", () =>
    Effect.gen(function* () {
      const info = yield* decode(json)
      expect(info.registrationForm).toBe("300014697190-130")
      expect(info.bans.selfCareAccess).toBe("disabled")
      expect(yield* Schema.encodeEffect(GeneralInfo.GeneralInfo)(info)).toEqual(json)
    }),
  )

  it.effect("refuses a wrong billing method, a malformed form number and missing bans", () =>
    Effect.gen(function* () {
      const { bans: _bans, ...withoutBans } = json
      for (const [input, at] of [
        [{ ...json, billingMethod: "Credit" }, '["billingMethod"]'],
        [{ ...json, registrationForm: "300014697190/130" }, '["registrationForm"]'],
        [withoutBans, '["bans"]'],
      ] as const) {
        const error = yield* Effect.flip(decode(input))
        expect(error.message).toContain(at)
      }
    }),
  )
})
