/**
 * The «SIM карта и устройство» section of a number's profile (B4): the SIM's PIN and PUK codes,
 * its ICCID, when it was last replaced and the last device seen with it.
 *
 * PIN and PUK codes are secrets: they are decoded into `Redacted` values, so logging the profile,
 * `String(sim)` or `JSON.stringify(sim)` print `<redacted:PIN1>` instead of the code. A widget
 * reveals one deliberately with `Redacted.value` when the admin asks to see it.
 *
 * @example
 * ```ts
 * import { SimCard } from "@kabinet/core"
 * const sim = Schema.decodeUnknownSync(SimCard.SimCard)({
 *   pin1: "0000", pin2: "6911", puk1: "11507782", puk2: "15275799",
 *   iccid: "89997027507916785078",
 *   lastSimChangeAt: "2018-08-27T15:37:00+05:00",
 *   lastRecordedImei: "35202309352069",
 * })
 * String(sim.pin1) // "<redacted:PIN1>"
 * Redacted.value(sim.pin1) // "0000"
 * ```
 */
import * as Schema from "effect/Schema"
import * as Iccid from "./Iccid.js"
import * as Imei from "./Imei.js"
import * as Instant from "./Instant.js"

/**
 * A PIN code as the operator sends it: 4 to 8 digits (3GPP TS 31.101). Leading zeros matter
 * (`"0000"`), so it is a string.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(SimCard.Pin)("0000")
 * ```
 */
export const Pin = Schema.String.annotate({ description: "A SIM's PIN code, secret: 4 to 8 digits" }).check(
  Schema.isPattern(/^\d{4,8}$/u, { expected: "a PIN code of 4 to 8 digits" }),
)

/**
 * A PUK code as the operator sends it: 8 digits (3GPP TS 31.101).
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(SimCard.Puk)("11507782")
 * ```
 */
export const Puk = Schema.String.annotate({ description: "A SIM's PUK code, secret: 8 digits" }).check(
  Schema.isPattern(/^\d{8}$/u, { expected: "a PUK code of 8 digits" }),
)

const secret = (schema: typeof Pin, label: string) => Schema.RedactedFromValue(schema, { label })

/**
 * A SIM card.
 *
 * - `pin1` … `puk2` are plain digit strings in JSON and `Redacted<string>` once decoded.
 * - `lastSimChangeAt` is absent when the SIM was never replaced.
 * - `lastRecordedImei` is the last device the network saw with this SIM, in the 14-digit form the
 *   network records or the full 15-digit one; absent when the SIM was never used in a device.
 *
 * JSON: `{ "pin1": "0000", "pin2": "6911", "puk1": "11507782", "puk2": "15275799",
 * "iccid": "89997027507916785078", "lastSimChangeAt": "2018-08-27T15:37:00+05:00", "lastRecordedImei": "35202309352069" }`
 *
 * @example
 * ```ts
 * const code = revealed ? Redacted.value(sim.puk1) : "••••••••"
 * ```
 */
export class SimCard extends Schema.Class<SimCard>("SimCard")({
  pin1: secret(Pin, "PIN1"),
  pin2: secret(Pin, "PIN2"),
  puk1: secret(Puk, "PUK1"),
  puk2: secret(Puk, "PUK2"),
  iccid: Iccid.Iccid,
  lastSimChangeAt: Schema.optionalKey(Instant.Instant),
  lastRecordedImei: Schema.optionalKey(Imei.RecordedImei),
}) {}
