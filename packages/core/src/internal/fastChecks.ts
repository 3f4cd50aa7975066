/**
 * Character loops for the fast decoding paths (`fastDecode.ts`): each accepts only what the
 * corresponding schema accepts, without a regular expression or a `BigInt` per value. Anything
 * they do not accept goes to the schema itself, which says what is wrong.
 *
 * @internal
 */
import * as DateTime from "effect/DateTime"

/** Whether `text` is `min` to `max` ASCII digits. */
export const isDigits = (text: string, min: number, max: number): boolean => {
  const length = text.length
  if (length < min || length > max) return false
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i)
    if (code < 48 || code > 57) return false
  }
  return true
}

/** Whether `text` is 1 to `max` ASCII letters, digits, `-` and `_` (an opaque identifier). */
export const isIdentifier = (text: string, max: number): boolean => {
  const length = text.length
  if (length < 1 || length > max) return false
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i)
    const letterOrDigit = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
    if (!letterOrDigit && code !== 45 && code !== 95) return false
  }
  return true
}

// 13 whole digits and two decimals stay below 2^53, so the tiyn count is exact in a double.
const maxWholeDigits = 13

/**
 * The tiyn of a plain decimal of tenge with at most two decimals (`"9970.33"` → 997033, `"-0.5"`
 * → −50, `"893"` → 89300), or `undefined` for anything else, and for more than 13 whole digits
 * (left to the exact `BigInt` reading). Never negative zero.
 */
export const tiynOfDecimal = (text: string): number | undefined => {
  const length = text.length
  let i = text.charCodeAt(0) === 45 ? 1 : 0
  const negative = i === 1
  const start = i
  let whole = 0
  for (; i < length; i++) {
    const code = text.charCodeAt(i)
    if (code < 48 || code > 57) break
    whole = whole * 10 + (code - 48)
  }
  if (i === start || i - start > maxWholeDigits) return undefined
  let fraction = 0
  if (i < length) {
    if (text.charCodeAt(i) !== 46) return undefined
    const decimals = length - i - 1
    if (decimals < 1 || decimals > 2) return undefined
    for (i++; i < length; i++) {
      const code = text.charCodeAt(i)
      if (code < 48 || code > 57) return undefined
      fraction = fraction * 10 + (code - 48)
    }
    if (decimals === 1) fraction *= 10
  }
  const tiyn = whole * 100 + fraction
  return negative && tiyn !== 0 ? -tiyn : tiyn
}

/** An ISO-8601 date-time with an explicit offset: the wire form of `Instant`. */
export const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/u

const isDigitAt = (text: string, at: number): boolean => {
  const code = text.charCodeAt(at)
  return code >= 48 && code <= 57
}

// Two ASCII digits at `at` as a number, or -1.
const twoDigits = (text: string, at: number): number =>
  isDigitAt(text, at) && isDigitAt(text, at + 1) ? (text.charCodeAt(at) - 48) * 10 + (text.charCodeAt(at + 1) - 48) : -1

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : 30 + ((month + (month >> 3)) & 1)

// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (years from 1000 on).
const epochDays = (year: number, month: number, day: number): number => {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468
}

// The epoch seconds of `YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM)` with every part in range, or `undefined`
// for any other text (fractions of a second, years before 1000, 31 April, hour 24, …), which the
// pattern and the platform's reading then decide: on the texts read here the two agree.
const epochSecondsOfPlainIso = (text: string): number | undefined => {
  const length = text.length
  const zoneAt = length === 20 || length === 25 ? 19 : length === 17 || length === 22 ? 16 : -1
  if (zoneAt === -1) return undefined
  const century = twoDigits(text, 0)
  const yearOfCentury = twoDigits(text, 2)
  const year = century * 100 + yearOfCentury
  const month = twoDigits(text, 5)
  const day = twoDigits(text, 8)
  const hour = twoDigits(text, 11)
  const minute = twoDigits(text, 14)
  const second = zoneAt === 19 ? twoDigits(text, 17) : 0
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84) return undefined
  if (text.charCodeAt(13) !== 58 || (zoneAt === 19 && text.charCodeAt(16) !== 58)) return undefined
  if (century < 10 || yearOfCentury < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return undefined
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined
  let offset = 0
  const zone = text.charCodeAt(zoneAt)
  if (zone === 90) {
    if (length !== zoneAt + 1) return undefined
  } else {
    if ((zone !== 43 && zone !== 45) || length !== zoneAt + 6 || text.charCodeAt(zoneAt + 3) !== 58) return undefined
    const offsetHours = twoDigits(text, zoneAt + 1)
    const offsetMinutes = twoDigits(text, zoneAt + 4)
    if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59) return undefined
    offset = (zone === 45 ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60)
  }
  return epochDays(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second - offset
}

/**
 * The `DateTime.Utc` of an ISO-8601 date-time with an offset, exactly as `Instant` decodes it (the
 * platform's reading of the text), or `undefined` when it is not one.
 */
export const utcOfIso = (text: string): DateTime.Utc | undefined => {
  const epochSeconds = epochSecondsOfPlainIso(text)
  if (epochSeconds !== undefined) return DateTime.fromEpochSeconds(epochSeconds)
  if (!isoInstant.test(text)) return undefined
  const date = new Date(text)
  return Number.isNaN(date.getTime()) ? undefined : DateTime.fromDateUnsafe(date)
}
