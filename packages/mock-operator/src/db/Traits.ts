/**
 * The facts of a line that its list row does not show — SIM codes, bans, services, forwarding,
 * devices, secret code, bundles — derived from the seed and the number alone. The manual's lines
 * and the generated fleet share them, so a line looks the same whichever way it was made.
 */
import { Luhn } from "@kabinet/core"
import { monthBounds } from "../internal/time.js"
import * as Catalogue from "./Catalogue.js"
import type { Bans, ConnectedService, Device, Forwarding, Remainder, Remainders, Sim } from "./Line.js"
import * as Prng from "./Prng.js"

// Instants drawn for seeded history lie in this window, fixed rather than relative to "now" so
// that the same seed gives the same data on any day.
const historyFrom = Date.parse("2019-01-01T00:00:00+06:00")
const historyTo = Date.parse("2025-12-31T00:00:00+05:00")

/** A seeded instant between 2019 and 2025, to the minute. */
export const pastInstant = (random: Prng.Random): number =>
  historyFrom + Math.floor(random.next() * ((historyTo - historyFrom) / 60_000)) * 60_000

/** A 15-digit IMEI with a real-looking type allocation code and a valid check digit. */
export const imei = (random: Prng.Random): string =>
  Luhn.complete(`${random.pick(["35202309", "35720106", "35391110", "86891204", "35467011"])}${random.digits(6)}`)

/** A 20-digit ICCID of the operator (issuer `8999702`) with a valid check digit. */
export const iccid = (random: Prng.Random): string => Luhn.complete(`8999702${random.digits(12)}`)

/** The SIM card of a line. */
export const sim = (seed: number, msisdn: string): Sim => {
  const random = Prng.fork(seed, "sim", msisdn)
  const recorded = random.chance(0.85) ? imei(random).slice(0, 14) : undefined
  return {
    pin1: random.chance(0.3) ? "0000" : random.digits(4),
    pin2: random.digits(4),
    puk1: random.digits(8),
    puk2: random.digits(8),
    iccid: iccid(random),
    lastSimChangeAt: random.chance(0.4) ? pastInstant(random) : undefined,
    lastRecordedImei: recorded,
  }
}

/** The three bans: mostly lifted, as on most corporate lines. */
export const bans = (seed: number, msisdn: string): Bans => {
  const random = Prng.fork(seed, "bans", msisdn)
  return {
    smsUssdControl: random.chance(0.05),
    selfCareDetailView: random.chance(0.1),
    selfCareAccess: random.chance(0.05),
  }
}

/** The services connected to a line: a few from the catalogue, none on most. */
export const services = (seed: number, msisdn: string): ReadonlyArray<ConnectedService> => {
  const random = Prng.fork(seed, "services", msisdn)
  const connected: Array<ConnectedService> = []
  if (random.chance(0.5)) connected.push({ id: "international-calls", connectedAt: pastInstant(random) })
  if (random.chance(0.3)) connected.push({ id: "roaming", connectedAt: pastInstant(random) })
  if (random.chance(0.2))
    connected.push({ id: random.pick(["internet-5gb", "internet-20gb"]), connectedAt: pastInstant(random) })
  return connected
}

/** Call forwarding: unset on most lines, "no answer" to a colleague on some. */
export const forwarding = (seed: number, msisdn: string, colleague: string | undefined): Forwarding => {
  const random = Prng.fork(seed, "forwarding", msisdn)
  if (colleague === undefined || !random.chance(0.1)) return {}
  return { noAnswer: { target: colleague, delaySeconds: random.pick([10, 15, 20, 25, 30]) } }
}

/** Devices registered to a line: the recorded one on some lines. */
export const devices = (seed: number, msisdn: string, recorded: string | undefined): ReadonlyArray<Device> => {
  const random = Prng.fork(seed, "devices", msisdn)
  if (recorded === undefined || !random.chance(0.3)) return []
  return [{ imei: Luhn.complete(recorded.slice(0, 14)), registeredAt: pastInstant(random) }]
}

/** When the active secret code was sent, on a few lines. */
export const secretCodeSentAt = (seed: number, msisdn: string): number | undefined => {
  const random = Prng.fork(seed, "secret", msisdn)
  return random.chance(0.1) ? pastInstant(random) : undefined
}

/**
 * The bundle remainders of a line on its tariff in the month of `today`: the tariff's on-net calls
 * on the tariff, and calls to other operators, SMS and internet «Дополнительно», partly used.
 */
export const remainders = (seed: number, msisdn: string, tariffName: string | undefined, today: string): Remainders => {
  const tariff = Catalogue.tariffByName(tariffName)
  if (tariff === undefined) return { tariff: [], additional: [] }
  const random = Prng.fork(seed, "remainders", msisdn, today.slice(0, 7))
  const { start, end } = monthBounds(today)
  const used = (total: number) => total - Math.floor(random.next() * total)
  const remainder = (kind: Remainder["kind"], total: number | undefined): Remainder => ({
    kind,
    name: Catalogue.remainderNames[kind],
    available: total === undefined ? 0 : used(total),
    total,
    connectedOn: start,
    disconnectedOn: end,
  })
  const additional: Array<Remainder> = []
  if (tariff.offNetMinutes > 0) additional.push(remainder("offNetCalls", tariff.offNetMinutes * 60))
  if (tariff.sms > 0) additional.push(remainder("sms", tariff.sms))
  if (tariff.internetMb > 0) additional.push(remainder("internet", tariff.internetMb))
  return {
    tariff:
      tariff.onNetMinutes === 0
        ? []
        : [remainder("onNetCalls", tariff.onNetMinutes === undefined ? undefined : tariff.onNetMinutes * 60)],
    additional,
  }
}
