/**
 * Call detail records (B8), generated per line and day on demand: the same number and day always
 * give the same records, so nothing is stored and any day of any of 100,000 lines can be asked for.
 * Today's records stop at the operator's "now" — the manual warns they may be incomplete.
 */
import { Calendar, type LocalDate } from "@kabinet/core"
import * as Prng from "./Prng.js"

/** A record, plain: instant in epoch milliseconds, cost in tiyn. */
export interface CallRecordRow {
  readonly at: number
  readonly kind: "callOut" | "callIn" | "smsOut" | "smsIn" | "internet"
  readonly counterpart: string | undefined
  readonly durationSeconds: number | undefined
  readonly volumeKb: number | undefined
  readonly cost: number
}

const kinds: ReadonlyArray<readonly [CallRecordRow["kind"], number]> = [
  ["callOut", 30],
  ["callIn", 30],
  ["smsOut", 8],
  ["smsIn", 12],
  ["internet", 20],
]

/**
 * A line of a call centre: so many records a day that its last 90 days (today included) hold over
 * 50,000 of them, to show call details stay usable at that size.
 */
export const busyLine = { msisdn: "77780627247", recordsPerDay: 570 } as const

const senders = ["Kcell", "KASPI.KZ", "Halyk Bank", "eGov", "1414"] as const
const dayMs = 24 * 60 * 60_000

const counterpartOf = (random: Prng.Random, kind: CallRecordRow["kind"]): string | undefined => {
  if (kind === "internet") return undefined
  if (kind === "smsIn" && random.chance(0.4)) return random.pick(senders)
  return `7${random.pick(["701", "702", "705", "707", "747", "771", "775", "777", "778"])}${random.digits(7)}`
}

/**
 * The records of one line on one Almaty day, oldest first, up to `now` (so a future day has none
 * and today's are partial).
 */
export const recordsOfDay = (seed: number, msisdn: string, day: string, now: number): ReadonlyArray<CallRecordRow> => {
  const random = Prng.fork(seed, "records", msisdn, day)
  const start = Calendar.startOfDay(day as LocalDate.LocalDate)
  const count = msisdn === busyLine.msisdn ? busyLine.recordsPerDay : random.int(0, 24)
  const times = Array.from({ length: count }, () => start + random.int(7 * 3600, 23 * 3600) * 1000).sort(
    (a, b) => a - b,
  )
  const records: Array<CallRecordRow> = []
  for (const at of times) {
    if (at > now || at >= start + dayMs) break
    const kind = random.weighted(kinds)
    const call = kind === "callOut" || kind === "callIn"
    const durationSeconds = call ? random.int(5, 900) : undefined
    const volumeKb = kind === "internet" ? random.int(50, 200_000) : undefined
    const charged = kind === "callOut" || kind === "smsOut" ? random.chance(0.15) : false
    records.push({
      at,
      kind,
      counterpart: counterpartOf(random, kind),
      durationSeconds,
      volumeKb,
      cost: charged ? (kind === "callOut" ? Math.ceil((durationSeconds ?? 0) / 60) * 2_500 : 1_500) : 0,
    })
  }
  return records
}

/** The records of a line over a range of days (both included), oldest first. */
export const recordsOfPeriod = (
  seed: number,
  msisdn: string,
  period: { readonly start: string; readonly end: string },
  now: number,
): ReadonlyArray<CallRecordRow> => {
  const records: Array<CallRecordRow> = []
  for (let day = period.start; day <= period.end; day = Calendar.addDays(day as LocalDate.LocalDate, 1)) {
    records.push(...recordsOfDay(seed, msisdn, day, now))
  }
  return records
}
