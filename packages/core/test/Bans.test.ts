import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { Bans } from "../src/index.js"

const decode = Schema.decodeUnknownEffect(Bans.Bans)

// B3 of the manual: every ban «Отключен»; then the detail-view ban is set (B12: «Включен»).
const allOff = { smsUssdControl: "disabled", selfCareDetailView: "disabled", selfCareAccess: "disabled" }

describe("Bans", () => {
  it.effect("decodes the manual's bans and encodes them unchanged", () =>
    Effect.gen(function* () {
      const bans = yield* decode(allOff)
      for (const kind of Bans.kinds) expect(Bans.isEnabled(bans, kind)).toBe(false)
      expect(yield* Schema.encodeEffect(Bans.Bans)(bans)).toEqual(allOff)
      const detailViewBanned = yield* decode({ ...allOff, selfCareDetailView: "enabled" })
      expect(Bans.isEnabled(detailViewBanned, "selfCareDetailView")).toBe(true)
    }),
  )

  it("lists the three kinds in the order of the general information section", () => {
    expect(Bans.kinds).toEqual(["smsUssdControl", "selfCareDetailView", "selfCareAccess"])
    expect(Object.keys(Bans.Bans.fields)).toEqual([...Bans.kinds])
  })

  it.effect("refuses the screen's words, booleans and a missing ban", () =>
    Effect.gen(function* () {
      const { selfCareAccess: _missing, ...two } = allOff
      for (const input of [{ ...allOff, smsUssdControl: "Отключено" }, { ...allOff, selfCareAccess: false }, two]) {
        const result = yield* Effect.result(decode(input))
        expect(result._tag, JSON.stringify(input)).toBe("Failure")
      }
    }),
  )

  it.effect("decodes a change request", () =>
    Effect.gen(function* () {
      const change = yield* Schema.decodeUnknownEffect(Bans.BanChange)({ kind: "selfCareAccess", state: "enabled" })
      expect(change).toEqual({ kind: "selfCareAccess", state: "enabled" })
      const result = yield* Effect.result(
        Schema.decodeUnknownEffect(Bans.BanChange)({ kind: "roaming", state: "enabled" }),
      )
      expect(result._tag).toBe("Failure")
    }),
  )
})
