/**
 * Formatting of values for people, with `Intl`, in the widget's language: money (exact, from integer
 * tiyn), calendar days, instants in the operator's time zone (Asia/Almaty, whatever the viewer's
 * zone), plain numbers and phone numbers.
 */
import { Calendar, type LocalDate, type Messages, Money, Msisdn } from "@kabinet/core"
import { DateTime } from "effect"

/** The `Intl` tag of each language: the region is Kazakhstan's, so ₸ and local grouping are used. */
export const intlTags: { readonly [L in Messages.Locale]: string } = { ru: "ru-KZ", kk: "kk-KZ", en: "en-KZ" }

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>()

const dateTimeFormat = (locale: Messages.Locale, kind: string, options: Intl.DateTimeFormatOptions) => {
  const key = `dt:${locale}:${kind}`
  let format = cache.get(key) as Intl.DateTimeFormat | undefined
  if (format === undefined) {
    format = new Intl.DateTimeFormat(intlTags[locale], options)
    cache.set(key, format)
  }
  return format
}

const numberFormat = (locale: Messages.Locale) => {
  const key = `n:${locale}`
  let format = cache.get(key) as Intl.NumberFormat | undefined
  if (format === undefined) {
    format = new Intl.NumberFormat(intlTags[locale])
    cache.set(key, format)
  }
  return format
}

/** An instant as Kabinet receives it: epoch milliseconds or an Effect `DateTime`. */
export type InstantLike = number | DateTime.DateTime

const millisOf = (instant: InstantLike): number =>
  typeof instant === "number" ? instant : DateTime.toEpochMillis(instant)

/**
 * An amount of money, exact to the tiyn: `893 ₸`, `9 970,33 ₸` (the core's `Money.format`).
 *
 * @example
 * ```ts
 * formatMoney("ru", Money.make(997033)) // "9 970,33 ₸"
 * ```
 */
export const formatMoney = (locale: Messages.Locale, amount: Money.Tiyn): string => Money.format(amount, locale)

/**
 * A calendar day (`"2019-02-01"`) in the language's numeric style: `01.02.2019`. The day is a date on
 * the operator's calendar, so no time zone can move it.
 */
export const formatDate = (locale: Messages.Locale, date: LocalDate.LocalDate): string => {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number]
  return dateTimeFormat(locale, "date", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }).format(
    Date.UTC(year, month - 1, day),
  )
}

/** An instant's date and time in Asia/Almaty: `27.08.2020, 03:21`. */
export const formatDateTime = (locale: Messages.Locale, instant: InstantLike): string =>
  dateTimeFormat(locale, "dateTime", {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: Calendar.zone,
  }).format(millisOf(instant))

/** An instant's time of day in Asia/Almaty: `03:21`. */
export const formatTime = (locale: Messages.Locale, instant: InstantLike): string =>
  dateTimeFormat(locale, "time", {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: Calendar.zone,
  }).format(millisOf(instant))

/** A count or measure with the language's grouping: `10 239`. */
export const formatNumber = (locale: Messages.Locale, value: number): string => numberFormat(locale).format(value)

/** A countdown in minutes and seconds: `0:42`, `14:05`. */
export const formatCountdown = (totalSeconds: number): string => {
  const seconds = Math.max(0, Math.ceil(totalSeconds))
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`
}

/** A mobile number the way people read it: `+7 701 054 20 01` (the core's `Msisdn.format`). */
export const formatPhone = (msisdn: Msisdn.Msisdn): string => Msisdn.format(msisdn)
