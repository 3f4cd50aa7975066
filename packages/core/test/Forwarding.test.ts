import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { Forwarding } from "../src/index.js"

const decode = Schema.decodeUnknownEffect(Forwarding.Forwarding)

const state = {
  busy: { target: "77010542006" },
  noAnswer: { target: "77010542006", delaySeconds: 20 },
  unreachable: { target: "77010542007" },
}

describe("Forwarding", () => {
  it.effect("decodes the forwarding of a number and encodes it unchanged", () =>
    Effect.gen(function* () {
      const forwarding = yield* decode(state)
      expect(forwarding.noAnswer?.delaySeconds).toBe(20)
      expect(forwarding.unconditional).toBeUndefined()
      expect(yield* Schema.encodeEffect(Forwarding.Forwarding)(forwarding)).toEqual(state)
      expect(yield* decode({})).toEqual({})
    }),
  )

  it("offers the four GSM conditions and the delays 5–30 s by 5", () => {
    expect(Forwarding.conditions).toEqual(["unconditional", "busy", "noAnswer", "unreachable"])
    expect(Forwarding.noAnswerDelays).toEqual([5, 10, 15, 20, 25, 30])
    for (const delay of Forwarding.noAnswerDelays) expect(Schema.is(Forwarding.NoAnswerDelay)(delay)).toBe(true)
    for (const delay of [0, 4, 7, 35, 12.5]) expect(Schema.is(Forwarding.NoAnswerDelay)(delay)).toBe(false)
  })

  it.effect("refuses a delay off the 5-second steps, a delay without a target and a landline target", () =>
    Effect.gen(function* () {
      for (const [input, at] of [
        [{ noAnswer: { target: "77010542006", delaySeconds: 7 } }, '["noAnswer"]["delaySeconds"]'],
        [{ noAnswer: { target: "77010542006" } }, '["noAnswer"]["delaySeconds"]'],
        [{ busy: { delaySeconds: 20 } }, '["busy"]["target"]'],
        [{ unreachable: { target: "77272590777" } }, '["unreachable"]["target"]'],
      ] as const) {
        const error = yield* Effect.flip(decode(input))
        expect(error.message).toContain(at)
      }
    }),
  )

  it.effect("decodes set and clear changes; only noAnswer carries a delay", () =>
    Effect.gen(function* () {
      const decodeChange = Schema.decodeUnknownEffect(Forwarding.ForwardingChange)
      const set = yield* decodeChange({
        action: "set",
        rule: { condition: "noAnswer", target: "77010542006", delaySeconds: 30 },
      })
      expect(set).toEqual({ action: "set", rule: { condition: "noAnswer", target: "77010542006", delaySeconds: 30 } })
      expect(yield* decodeChange({ action: "clear", condition: "busy" })).toEqual({
        action: "clear",
        condition: "busy",
      })
      for (const input of [
        { action: "set", rule: { condition: "noAnswer", target: "77010542006" } },
        { action: "set", rule: { condition: "always", target: "77010542006" } },
        { action: "clear" },
      ]) {
        const result = yield* Effect.result(decodeChange(input))
        expect(result._tag, JSON.stringify(input)).toBe("Failure")
      }
    }),
  )

  it.effect("applies a change to a state", () =>
    Effect.gen(function* () {
      const forwarding = yield* decode(state)
      const target = forwarding.busy?.target
      if (target === undefined) return expect.unreachable()
      const cleared = Forwarding.apply(forwarding, { action: "clear", condition: "busy" })
      expect(Object.keys(cleared)).toEqual(["noAnswer", "unreachable"])
      const all = Forwarding.apply(cleared, { action: "set", rule: { condition: "unconditional", target } })
      expect(all.unconditional).toEqual({ target: "77010542006" })
      const slower = Forwarding.apply(all, { action: "set", rule: { condition: "noAnswer", target, delaySeconds: 30 } })
      expect(slower.noAnswer).toEqual({ target: "77010542006", delaySeconds: 30 })
      expect(Schema.is(Forwarding.Forwarding)(slower)).toBe(true)
    }),
  )
})
