/**
 * Formatting of values for people in the widget's language: the core's `Format`, so a date or an
 * amount reads the same on screen as in the core's messages (a rule's refusal, an error's advice).
 * Money exact from integer tiyn, calendar days, months, instants in the operator's time zone
 * (Asia/Almaty, whatever the viewer's zone), numbers, phone numbers and countdowns — with no locale
 * data asked of the browser, so Kazakh reads right in a Chromium that has none.
 */
import {
  type Calendar,
  Format,
  type LocalDate,
  type Messages,
  type Money,
  type Msisdn,
  type Period,
} from "@kabinet/core"

/** The language → locale table: the core's one (`Format.tags`): `ru-KZ`, `kk-KZ`, `en-GB`. */
export const intlTags: { readonly [L in Messages.Locale]: string } = Format.tags

/** An instant as Kabinet receives it: epoch milliseconds or an Effect `DateTime`. */
export type InstantLike = Calendar.InstantInput

/**
 * An amount of money, exact to the tiyn: `893 ₸`, `9 970,33 ₸` (`Format.money`).
 *
 * @example
 * ```ts
 * formatMoney("ru", Money.make(997033)) // "9 970,33 ₸"
 * ```
 */
export const formatMoney = (locale: Messages.Locale, amount: Money.Tiyn): string => Format.money(locale, amount)

/** A calendar day in the language's numeric style: `01.02.2019`, `01/02/2019` (`Format.date`). */
export const formatDate = (locale: Messages.Locale, date: LocalDate.LocalDate): string => Format.date(locale, date)

/** A calendar day with the month's name: `30 қараша 2026` (`Format.longDate`). */
export const formatLongDate = (locale: Messages.Locale, date: LocalDate.LocalDate): string =>
  Format.longDate(locale, date)

/** A month of a year: `қараша 2026` (`Format.month`). */
export const formatMonth = (locale: Messages.Locale, month: Period.Month): string => Format.month(locale, month)

/** An instant's date and time in Asia/Almaty: `27.08.2020, 03:21` (`Format.dateTime`). */
export const formatDateTime = (locale: Messages.Locale, instant: InstantLike): string =>
  Format.dateTime(locale, instant)

/** An instant's time of day in Asia/Almaty: `03:21` (`Format.time`). */
export const formatTime = (locale: Messages.Locale, instant: InstantLike): string => Format.time(locale, instant)

/** A count or measure with the language's grouping: `10 239` (`Format.number`). */
export const formatNumber = (locale: Messages.Locale, value: number): string => Format.number(locale, value)

/** A countdown in minutes and seconds: `0:42`, `14:05` (`Format.countdown`). */
export const formatCountdown = (totalSeconds: number): string => Format.countdown(totalSeconds)

/** A mobile number the way people read it: `+7 701 054 20 01` (`Format.phone`). */
export const formatPhone = (msisdn: Msisdn.Msisdn): string => Format.phone(msisdn)
