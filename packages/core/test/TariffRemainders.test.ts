import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { TariffRemainders } from "../src/index.js"
import * as Manual from "./fixtures/manual.js"

const decode = Schema.decodeUnknownEffect(TariffRemainders.TariffRemainders)

// «Остатки по тарифному плану» and «Дополнительно» of the manual.
const json = {
  tariff: [Manual.onNetCallsRemainder],
  additional: [
    {
      kind: "offNetCalls",
      name: "Звонки на других сотовых операторов РК",
      allowance: { kind: "limited", available: 3000, total: 3000 },
      connectedOn: "2019-02-01",
      disconnectedOn: "2019-03-01",
    },
    {
      kind: "sms",
      name: "SMS внутри сети Kcell/activ",
      allowance: { kind: "limited", available: 150, total: 150 },
      connectedOn: "2019-02-01",
      disconnectedOn: "2019-03-01",
    },
    Manual.internetRemainder,
  ],
}

const internet = Manual.internetRemainder

describe("TariffRemainders", () => {
  it.effect("decodes the manual's remainders and encodes them unchanged", () =>
    Effect.gen(function* () {
      const remainders = yield* decode(json)
      const [onNet] = remainders.tariff
      expect(onNet?.allowance).toEqual({ kind: "unlimited" })
      expect(remainders.additional.map((r) => r.kind)).toEqual(["offNetCalls", "sms", "internet"])
      expect(remainders.additional[2]?.allowance).toEqual({ kind: "limited", available: 10239, total: 10240 })
      expect(yield* Schema.encodeEffect(TariffRemainders.TariffRemainders)(remainders)).toEqual(json)
    }),
  )

  it.effect("matches an allowance by kind", () =>
    Effect.gen(function* () {
      const remainders = yield* decode(json)
      const shown = [...remainders.tariff, ...remainders.additional].map((r) =>
        TariffRemainders.Allowance.match(r.allowance, {
          unlimited: () => "Безлимит",
          limited: (a) => `${a.available} / ${a.total} ${TariffRemainders.units[r.kind]}`,
        }),
      )
      expect(shown).toEqual(["Безлимит", "3000 / 3000 second", "150 / 150 message", "10239 / 10240 megabyte"])
    }),
  )

  it.effect("accepts empty lists and a remainder without an end date", () =>
    Effect.gen(function* () {
      const { disconnectedOn: _end, ...open } = internet
      const remainders = yield* decode({ tariff: [], additional: [open] })
      expect(remainders.additional[0]?.disconnectedOn).toBeUndefined()
    }),
  )

  it.effect("refuses more available than the total, fractional megabytes, dates backwards and unknown kinds", () =>
    Effect.gen(function* () {
      for (const [remainder, at] of [
        [{ ...internet, allowance: { kind: "limited", available: 10241, total: 10240 } }, '["available"]'],
        [{ ...internet, allowance: { kind: "limited", available: 10238.5, total: 10240 } }, '["available"]'],
        [{ ...internet, allowance: { kind: "limited", available: 10 } }, '["total"]'],
        [{ ...internet, allowance: { kind: "infinite" } }, '["allowance"]'],
        [{ ...internet, connectedOn: "2019-03-02" }, '["disconnectedOn"]'],
        [{ ...internet, connectedOn: "01.02.2019" }, '["connectedOn"]'],
        [{ ...internet, kind: "mms" }, '["kind"]'],
      ] as const) {
        const error = yield* Effect.flip(decode({ tariff: [], additional: [remainder] }))
        expect(error.message).toContain(at)
      }
    }),
  )

  it.effect("refuses a payload without the additional list", () =>
    Effect.gen(function* () {
      const error = yield* Effect.flip(decode({ tariff: json.tariff }))
      expect(error.message).toContain('["additional"]')
    }),
  )
})
