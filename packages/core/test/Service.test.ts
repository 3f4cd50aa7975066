import { describe, expect, it } from "@effect/vitest"
import { DateTime, Effect, Schema } from "effect"
import { Service } from "../src/index.js"
import * as Manual from "./fixtures/manual.js"

const decode = Schema.decodeUnknownEffect(Service.Service)

const roaming = { ...Manual.roamingService, monthlyFee: "990.00" }

const internet = Manual.internetService

describe("Service", () => {
  it.effect("decodes an available and a connected service and encodes them back", () =>
    Effect.gen(function* () {
      const available = yield* decode(roaming)
      expect(available.monthlyFee).toBe(99000)
      expect(available.connected).toBe(false)
      expect(yield* Schema.encodeEffect(Service.Service)(available)).toEqual(roaming)
      const connected = yield* decode(internet)
      expect(connected.connectedAt && DateTime.formatIso(connected.connectedAt)).toBe("2019-02-01T05:00:00.000Z")
      expect(yield* Schema.encodeEffect(Service.Service)(connected)).toEqual({
        ...internet,
        connectedAt: "2019-02-01T05:00:00.000Z",
      })
    }),
  )

  it.effect("accepts a service without a monthly fee", () =>
    Effect.gen(function* () {
      const { monthlyFee: _fee, ...free } = roaming
      expect((yield* decode(free)).monthlyFee).toBeUndefined()
    }),
  )

  it("keeps the manual's catalogue: groups, subgroups and their keys", () => {
    expect(Service.catalogue).toEqual({
      Голосовые: ["Роуминг", "Акции в роуминге", "Международные звонки"],
      Интернет: ["Интернет-пакеты"],
    })
    expect(Service.groups.map(Service.groupKey)).toEqual(["voice", "internet"])
    expect(Service.subgroups.map(Service.subgroupKey)).toEqual([
      "roaming",
      "roamingPromotions",
      "internationalCalls",
      "internetPackages",
    ])
  })

  it.effect("refuses a subgroup under the wrong group, a float fee and a connection time on an available service", () =>
    Effect.gen(function* () {
      for (const [input, at] of [
        [{ ...roaming, category: { group: "Интернет", subgroup: "Роуминг" } }, '["subgroup"]'],
        [{ ...roaming, category: { group: "SMS", subgroup: "Роуминг" } }, '["group"]'],
        [{ ...roaming, monthlyFee: 990 }, '["monthlyFee"]'],
        [{ ...roaming, connectedAt: "2019-02-01T10:00:00+05:00" }, '["connectedAt"]'],
        [{ ...roaming, id: "" }, '["id"]'],
      ] as const) {
        const error = yield* Effect.flip(decode(input))
        expect(error.message).toContain(at)
      }
      const { connected: _connected, ...withoutFlag } = roaming
      const missing = yield* Effect.flip(decode(withoutFlag))
      expect(missing.message).toContain('["connected"]')
    }),
  )
})
