import { describe, expect, it } from "@effect/vitest"
import { DateTime, Effect, Schema } from "effect"
import { SecretCode } from "../src/index.js"

const decode = Schema.decodeUnknownEffect(SecretCode.SecretCodeState)

describe("SecretCode", () => {
  it.effect("decodes both states and encodes them back", () =>
    Effect.gen(function* () {
      expect(yield* decode({ state: "none" })).toEqual({ state: "none" })
      const sent = yield* decode({ state: "sent", sentAt: "2019-01-24T16:23:00+05:00" })
      const offered = SecretCode.SecretCodeState.match(sent, {
        none: () => "Отправить секретный код",
        sent: (s) => `Удалить секретный код (${DateTime.formatIso(s.sentAt)})`,
      })
      expect(offered).toBe("Удалить секретный код (2019-01-24T11:23:00.000Z)")
      expect(yield* Schema.encodeEffect(SecretCode.SecretCodeState)(sent)).toEqual({
        state: "sent",
        sentAt: "2019-01-24T11:23:00.000Z",
      })
    }),
  )

  it.effect("refuses a sent code without its time and an unknown state", () =>
    Effect.gen(function* () {
      for (const input of [{ state: "sent" }, { state: "deleted" }, {}]) {
        const result = yield* Effect.result(decode(input))
        expect(result._tag, JSON.stringify(input)).toBe("Failure")
      }
    }),
  )

  it("grants read-only access, detail records included, and never service changes", () => {
    expect(SecretCode.granted).toEqual(["viewNumberInfo", "viewCallRecords"])
    expect(SecretCode.grants("viewCallRecords")).toBe(true)
    expect(SecretCode.grants("connectServices")).toBe(false)
    expect(SecretCode.grants("disconnectServices")).toBe(false)
    expect([...SecretCode.granted, ...SecretCode.withheld].sort()).toEqual([...SecretCode.capabilities].sort())
  })
})
