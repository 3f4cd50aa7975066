/**
 * The operator's clock (Asia/Almaty) and the proleptic Gregorian calendar, from the platform alone:
 * the zone's offsets come from `Intl.DateTimeFormat` with `timeZone` (the IANA data every browser and
 * Node carry, historical offsets included — UTC+6 before March 2024), and calendar arithmetic is done
 * on UTC midnights, where no zone and no daylight-saving jump can move a day. No language's
 * conventions are asked of `Intl` (the formatter speaks `en-US` digits only), so a browser without
 * Kazakh locale data gives the same answers.
 *
 * @internal
 */

/** The operator's time zone. */
export const zone = "Asia/Almaty"

/** A wall-clock moment, in numbers: month 1–12, hour 0–23. */
export interface WallClock {
  readonly year: number
  readonly month: number
  readonly day: number
  readonly hour: number
  readonly minute: number
  readonly second: number
}

const dayMs = 86_400_000
const hourMs = 3_600_000

/** The instant of a UTC midnight; years below 100 stay themselves (unlike `Date.UTC`). */
export const utcMidnight = (year: number, month: number, day: number): number => {
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  return date.getTime()
}

/** The calendar parts of an instant read on the UTC clock. */
export const utcParts = (epochMillis: number): WallClock => {
  const date = new Date(epochMillis)
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  }
}

/** Days in a month of the proleptic Gregorian calendar. */
export const daysInMonth = (year: number, month: number): number =>
  Math.round((utcMidnight(year, month + 1, 1) - utcMidnight(year, month, 1)) / dayMs)

let formatter: Intl.DateTimeFormat | undefined

// Made on first use: a page that never reads an instant never builds it.
const almatyFormatter = (): Intl.DateTimeFormat => {
  formatter ??= new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  })
  return formatter
}

// The zone's offset at an instant, asked of `Intl`: its wall clock read back as if it were UTC.
const offsetFromIntl = (epochMillis: number): number => {
  const parts: Record<string, string> = {}
  for (const part of almatyFormatter().formatToParts(epochMillis)) parts[part.type] = part.value
  const wall =
    utcMidnight(Number(parts.year), Number(parts.month), Number(parts.day)) +
    Number(parts.hour) * hourMs +
    Number(parts.minute) * 60_000 +
    Number(parts.second) * 1000
  return wall - (epochMillis - (((epochMillis % 1000) + 1000) % 1000))
}

// Reading the zone for every cell of a 100,000-row export would dominate its time; instants come
// close together, so the hour just seen nearly always has the offset needed. An hour is cached only
// when its offset holds from its first to its last millisecond (old offsets were not whole hours).
let cachedHour = Number.NaN
let cachedOffset = 0

/**
 * How far the Almaty clock is ahead of UTC at an instant, in milliseconds.
 *
 * @example
 * ```ts
 * offset(Date.parse("2026-03-06T04:05:06Z")) // 18_000_000 (UTC+5)
 * ```
 */
export const offset = (epochMillis: number): number => {
  const hour = Math.floor(epochMillis / hourMs)
  if (hour === cachedHour) return cachedOffset
  const atStart = offsetFromIntl(hour * hourMs)
  if (atStart !== offsetFromIntl(hour * hourMs + hourMs - 1)) return offsetFromIntl(epochMillis)
  cachedHour = hour
  cachedOffset = atStart
  return atStart
}

/**
 * The Almaty wall clock at an instant.
 *
 * @example
 * ```ts
 * wallClock(Date.parse("2026-01-31T19:00:00Z")) // { year: 2026, month: 2, day: 1, hour: 0, … }
 * ```
 */
export const wallClock = (epochMillis: number): WallClock => utcParts(epochMillis + offset(epochMillis))

/**
 * The instant at which an Almaty day begins: its wall-clock midnight, with the offset in force then.
 *
 * @example
 * ```ts
 * midnightOf(2026, 2, 1) === Date.parse("2026-01-31T19:00:00Z")
 * ```
 */
export const midnightOf = (year: number, month: number, day: number): number => {
  const asUtc = utcMidnight(year, month, day)
  // The offset of the UTC midnight is a first guess; the offset at the guessed instant settles it.
  return asUtc - offset(asUtc - offset(asUtc))
}

/** A number with at least `width` digits: `pad(5, 2)` → `"05"`. */
export const pad = (value: number, width: number): string =>
  value < 0 ? `-${String(-value).padStart(width, "0")}` : String(value).padStart(width, "0")
