import { describe, expect, it } from "@effect/vitest"
import { DateTime, Effect, Schema } from "effect"
import { ImeiRegistration } from "../src/index.js"

const decode = Schema.decodeUnknownEffect(ImeiRegistration.ImeiRegistration)

// «Регистрация устройства (IMEI)» of 77010542003 in the manual, and the same number once registered.
const unregistered = {
  lastRecordedImei: "35720106026360",
  status: "Устройство не зарегистрировано с этим номером",
  devices: [],
}
const registered = {
  lastRecordedImei: "357201060263608",
  status: "Устройство зарегистрировано с этим номером",
  devices: [
    { imei: "357201060263608", registeredAt: "2020-09-21T12:09:24+05:00" },
    { imei: "352023093520696", registeredAt: "2019-02-01T10:00:00+05:00" },
  ],
}

describe("ImeiRegistration", () => {
  it.effect("decodes the manual's unregistered device", () =>
    Effect.gen(function* () {
      const registration = yield* decode(unregistered)
      expect(registration.lastRecordedImei).toBe("35720106026360")
      expect(ImeiRegistration.statusKey(registration.status)).toBe("notRegistered")
      expect(yield* Schema.encodeEffect(ImeiRegistration.ImeiRegistration)(registration)).toEqual(unregistered)
    }),
  )

  it.effect("decodes registered devices with their dates and encodes them back", () =>
    Effect.gen(function* () {
      const registration = yield* decode(registered)
      expect(ImeiRegistration.statusKey(registration.status)).toBe("registered")
      expect(registration.devices.map((d) => d.imei)).toEqual(["357201060263608", "352023093520696"])
      const first = registration.devices[0]
      expect(first && DateTime.formatIso(first.registeredAt)).toBe("2020-09-21T07:09:24.000Z")
      const encoded = yield* Schema.encodeEffect(ImeiRegistration.ImeiRegistration)(registration)
      expect(encoded.devices[1]).toEqual({ imei: "352023093520696", registeredAt: "2019-02-01T05:00:00.000Z" })
    }),
  )

  it.effect("refuses a 14-digit IMEI among registered devices, a bad check digit and an unknown status", () =>
    Effect.gen(function* () {
      for (const [input, at] of [
        [
          { ...registered, devices: [{ imei: "35720106026360", registeredAt: "2020-09-21T12:09:24+05:00" }] },
          '["imei"]',
        ],
        [{ ...registered, lastRecordedImei: "357201060263609" }, '["lastRecordedImei"]'],
        [{ ...unregistered, status: "Не зарегистрировано" }, '["status"]'],
        [{ lastRecordedImei: "35720106026360", status: unregistered.status }, '["devices"]'],
      ] as const) {
        const error = yield* Effect.flip(decode(input))
        expect(error.message).toContain(at)
      }
    }),
  )
})
