/**
 * Device registration («Регистрация устройства (IMEI)», B16): the last device the network saw with
 * the number, whether that device is registered with it, and every device registered to it.
 *
 * @example
 * ```ts
 * import { ImeiRegistration } from "@kabinet/core"
 * const registration = Schema.decodeUnknownSync(ImeiRegistration.ImeiRegistration)({
 *   lastRecordedImei: "35720106026360",
 *   status: "Устройство не зарегистрировано с этим номером",
 *   devices: [],
 * })
 * ImeiRegistration.statusKey(registration.status) // "notRegistered"
 * ```
 */
import * as Schema from "effect/Schema"
import * as Imei from "./Imei.js"
import * as Instant from "./Instant.js"

/**
 * Both registration statuses. The manual shows «Устройство не зарегистрировано с этим номером»;
 * its positive counterpart is worded the same way.
 */
export const statuses = [
  "Устройство зарегистрировано с этим номером",
  "Устройство не зарегистрировано с этим номером",
] as const

/**
 * Whether the last recorded device is registered with the number, in the operator's words.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(ImeiRegistration.RegistrationStatus)("Устройство не зарегистрировано с этим номером")
 * ```
 */
export const RegistrationStatus = Schema.Literals(statuses).annotate({ identifier: "ImeiRegistrationStatus" })
export type RegistrationStatus = typeof RegistrationStatus.Type

/**
 * Stable key of a status: `"registered"` or `"notRegistered"`.
 *
 * @example
 * ```ts
 * ImeiRegistration.statusKey(registration.status) === "notRegistered" // offer «Зарегистрировать»
 * ```
 */
export const statusKey = (status: RegistrationStatus): "registered" | "notRegistered" =>
  status === "Устройство зарегистрировано с этим номером" ? "registered" : "notRegistered"

/**
 * A device registered to the number: its full 15-digit IMEI and when it was registered (the
 * manual lists the IMEIs only; the date tells the admin which entry is stale).
 *
 * JSON: `{ "imei": "357201060263604", "registeredAt": "2020-09-21T12:09:24+05:00" }`
 *
 * @example
 * ```ts
 * registration.devices.map((d) => `${d.imei} ${DateTime.formatIsoDate(d.registeredAt)}`)
 * ```
 */
export class RegisteredDevice extends Schema.Class<RegisteredDevice>("RegisteredDevice")({
  imei: Imei.Imei,
  registeredAt: Instant.Instant,
}) {}

/**
 * The registration section of a number. `lastRecordedImei` is absent when the SIM was never seen
 * in a device; `devices` lists the registered ones, newest first.
 *
 * JSON: `{ "lastRecordedImei": "35720106026360", "status": "Устройство не зарегистрировано с этим номером",
 * "devices": [{ "imei": "…", "registeredAt": "…" }] }`
 *
 * @example
 * ```ts
 * registration.devices.map((d) => d.imei)
 * ```
 */
export class ImeiRegistration extends Schema.Class<ImeiRegistration>("ImeiRegistration")({
  lastRecordedImei: Schema.optionalKey(Imei.RecordedImei),
  status: RegistrationStatus,
  devices: Schema.Array(RegisteredDevice),
}) {}
