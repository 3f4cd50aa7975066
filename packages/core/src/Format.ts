/**
 * One way to format values for people, in Russian, Kazakh and English: money, numbers, calendar
 * days, months, instants in the operator's time zone, phone numbers and countdowns. The core's
 * messages fill their placeholders with it (`{day:date}`, `{month:month}`, `{lockedUntil:time}`,
 * `{amount:money}`), and the widgets format what they show with it, so a date reads the same in a
 * refusal and on screen.
 *
 * **No locale data from the browser.** Debian's Chromium ships without Kazakh locale data:
 * `Intl.NumberFormat("kk", { style: "currency", currency: "KZT" })` gives «-KZT 12,540.50» there
 * and `Intl.DateTimeFormat("kk")` «2026 M11 30». So nothing here asks `Intl` for a language's
 * conventions: month names are written below, and numbers are grouped by the rules below, the same
 * in every browser and in Node. `Intl` is asked only for the operator's time zone (`Calendar`).
 *
 * | | ru | kk | en |
 * |---|---|---|---|
 * | money | `9 970,33 ₸`, `893 ₸` | `9 970,33 ₸`, `893 ₸` | `₸9,970.33`, `₸893` |
 * | number | `10 239,5` | `10 239,5` | `10,239.5` |
 * | date | `30.11.2026` | `30.11.2026` | `30/11/2026` |
 * | long date | `30 ноября 2026 г.` | `30 қараша 2026` | `30 November 2026` |
 * | month | `ноябрь 2026 г.` | `қараша 2026` | `November 2026` |
 * | date and time | `30.11.2026, 05:00` | `30.11.2026, 05:00` | `30/11/2026, 05:00` |
 *
 * Russian and Kazakh group thousands with a no-break space (U+00A0), the separator Russian uses in
 * CLDR, and keep ₸ after the amount with the same no-break space, so an amount never wraps; English
 * groups with commas and puts ₸ first, as `en` does with a currency sign. Times are 24-hour, in
 * Asia/Almaty (UTC+5; UTC+6 before March 2024) whatever the viewer's zone.
 *
 * @example
 * ```ts
 * import { Format, LocalDate, Money } from "@kabinet/core"
 * const day = Schema.decodeUnknownSync(LocalDate.LocalDate)
 * Format.money("kk", Money.tenge(5120)) // "5 120 ₸"
 * Format.longDate("kk", day("2026-11-30")) // "30 қараша 2026"
 * ```
 */
import * as Calendar from "./Calendar.js"
import type * as LocalDate from "./domain/LocalDate.js"
import type * as Money from "./domain/Money.js"
import * as Msisdn from "./domain/Msisdn.js"
import type * as Period from "./domain/Period.js"
import type * as Messages from "./i18n/Messages.js"
import * as Almaty from "./internal/almaty.js"
import { tiynToDecimal } from "./internal/decimal.js"

/** A language of the interface: `ru`, `kk` or `en` (the same as `Messages.Locale`). */
export type Locale = Messages.Locale

/**
 * The one table from language to locale: the BCP 47 tag whose conventions each language's formats
 * follow — Russian and Kazakh as written in Kazakhstan, English with the day before the month
 * (British style, as Kazakhstan writes dates). For `lang` attributes and `Intl.PluralRules`; the
 * formats themselves never hand these tags to `Intl` (see the module's notes).
 *
 * @example
 * ```ts
 * Format.tags.kk // "kk-KZ"
 * ```
 */
export const tags: { readonly [L in Locale]: string } = { ru: "ru-KZ", kk: "kk-KZ", en: "en-GB" }

interface Conventions {
  readonly group: string
  readonly decimal: string
  readonly money: (amount: string) => string
  /** Between day, month and year of a numeric date. */
  readonly dateSeparator: string
  /** Months as a date names them ("30 ноября"), January first. */
  readonly monthsOfDay: ReadonlyArray<string>
  /** Months on their own ("ноябрь 2026"), January first. */
  readonly months: ReadonlyArray<string>
  /** After the year of a long date or a month: « г.» in Russian. */
  readonly yearMark: string
}

const noBreakSpace = "\u00A0"

// CLDR's wide month names (Kazakh has one form; English's are the same in both places).
const kazakhMonths = [
  "қаңтар",
  "ақпан",
  "наурыз",
  "сәуір",
  "мамыр",
  "маусым",
  "шілде",
  "тамыз",
  "қыркүйек",
  "қазан",
  "қараша",
  "желтоқсан",
]
const englishMonths = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
]

const conventions: { readonly [L in Locale]: Conventions } = {
  ru: {
    group: noBreakSpace,
    decimal: ",",
    money: (amount) => `${amount}${noBreakSpace}₸`,
    dateSeparator: ".",
    monthsOfDay: [
      "января",
      "февраля",
      "марта",
      "апреля",
      "мая",
      "июня",
      "июля",
      "августа",
      "сентября",
      "октября",
      "ноября",
      "декабря",
    ],
    months: [
      "январь",
      "февраль",
      "март",
      "апрель",
      "май",
      "июнь",
      "июль",
      "август",
      "сентябрь",
      "октябрь",
      "ноябрь",
      "декабрь",
    ],
    yearMark: " г.",
  },
  kk: {
    group: noBreakSpace,
    decimal: ",",
    money: (amount) => `${amount}${noBreakSpace}₸`,
    dateSeparator: ".",
    monthsOfDay: kazakhMonths,
    months: kazakhMonths,
    yearMark: "",
  },
  en: {
    group: ",",
    decimal: ".",
    money: (amount) => `₸${amount}`,
    dateSeparator: "/",
    monthsOfDay: englishMonths,
    months: englishMonths,
    yearMark: "",
  },
}

// Thousands grouped from the right: "1234567" → "1 234 567".
const groupThousands = (digits: string, separator: string): string => {
  const head = digits.length % 3
  const groups = head === 0 ? [] : [digits.slice(0, head)]
  for (let i = head; i < digits.length; i += 3) groups.push(digits.slice(i, i + 3))
  return groups.join(separator)
}

// A sign, whole digits and fraction digits in the language's symbols.
const compose = (locale: Locale, negative: boolean, whole: string, fraction: string): string => {
  const { group, decimal } = conventions[locale]
  return `${negative ? "-" : ""}${groupThousands(whole, group)}${fraction === "" ? "" : `${decimal}${fraction}`}`
}

/** Options of `money`. */
export interface MoneyOptions {
  /**
   * `"auto"` (the default) shows tiyn only when there are some, as the manual does (`893 ₸`,
   * `9 970,33 ₸`); `"always"` shows two decimals on every amount, for aligned columns.
   */
  readonly tiyn?: "auto" | "always" | undefined
}

/**
 * An amount of money, exact to the tiyn, from its integer tiyn: the digits come from the exact
 * decimal string, never from a floating-point division.
 *
 * @example
 * ```ts
 * Format.money("ru", Money.make(997033)) // "9 970,33 ₸"
 * Format.money("kk", Money.tenge(893)) // "893 ₸"
 * Format.money("en", Money.fromDecimal("-12540.5")) // "-₸12,540.50"
 * Format.money("ru", Money.tenge(893), { tiyn: "always" }) // "893,00 ₸"
 * ```
 */
export const money = (locale: Locale, amount: Money.Tiyn, options: MoneyOptions = {}): string => {
  const decimal = tiynToDecimal(amount)
  const negative = decimal.startsWith("-")
  const [whole = "0", tiyn = "00"] = (negative ? decimal.slice(1) : decimal).split(".")
  const fraction = tiyn === "00" && options.tiyn !== "always" ? "" : tiyn
  const unsigned = conventions[locale].money(compose(locale, false, whole, fraction))
  return negative ? `-${unsigned}` : unsigned
}

/**
 * An amount of money without the currency sign, always with its two tiyn digits, for a column whose
 * heading names the currency (a file's table, where every figure lines up).
 *
 * @example
 * ```ts
 * Format.amount("ru", Money.make(997033)) // "9 970,33"
 * Format.amount("en", Money.tenge(-893)) // "-893.00"
 * ```
 */
export const amount = (locale: Locale, tiyn: Money.Tiyn): string => {
  const decimal = tiynToDecimal(tiyn)
  const negative = decimal.startsWith("-")
  const [whole = "0", fraction = "00"] = (negative ? decimal.slice(1) : decimal).split(".")
  return compose(locale, negative, whole, fraction)
}

/**
 * A count or a measure with the language's grouping, up to 3 decimals (rounded half away from
 * zero): `10 239`, `1 536,5`.
 *
 * @example
 * ```ts
 * Format.number("ru", 10239) // "10 239"
 * Format.number("en", 1536.25) // "1,536.25"
 * ```
 */
export const number = (locale: Locale, value: number): string => {
  // Beyond 1e21 `toFixed` answers in exponent form; no count or measure in Kabinet gets there.
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return String(value)
  const [whole = "0", fraction = ""] = Math.abs(value)
    .toFixed(3)
    .replace(/\.?0+$/u, "")
    .split(".")
  const negative = value < 0 && (whole !== "0" || fraction !== "")
  return compose(locale, negative, whole, fraction)
}

interface Day {
  readonly year: number
  readonly month: number
  readonly day: number
}

const partsOf = (day: LocalDate.LocalDate): Day => ({
  year: Number(day.slice(0, 4)),
  month: Number(day.slice(5, 7)),
  day: Number(day.slice(8, 10)),
})

const numericDate = (locale: Locale, { year, month, day }: Day): string => {
  const separator = conventions[locale].dateSeparator
  return `${Almaty.pad(day, 2)}${separator}${Almaty.pad(month, 2)}${separator}${Almaty.pad(year, 4)}`
}

const hourMinute = (clock: Almaty.WallClock): string => `${Almaty.pad(clock.hour, 2)}:${Almaty.pad(clock.minute, 2)}`

// An instant on the operator's wall clock.
const almaty = (instant: Calendar.InstantInput): Almaty.WallClock =>
  Almaty.wallClock(Calendar.momentAt(instant).epochMillis)

/**
 * A calendar day in the language's numeric style.
 *
 * @example
 * ```ts
 * Format.date("ru", day("2019-02-01")) // "01.02.2019"
 * Format.date("en", day("2019-02-01")) // "01/02/2019"
 * ```
 */
export const date = (locale: Locale, day: LocalDate.LocalDate): string => numericDate(locale, partsOf(day))

/**
 * A calendar day with the month's name, as sentences say it.
 *
 * @example
 * ```ts
 * Format.longDate("ru", day("2026-11-30")) // "30 ноября 2026 г."
 * Format.longDate("kk", day("2026-11-30")) // "30 қараша 2026"
 * Format.longDate("en", day("2026-11-30")) // "30 November 2026"
 * ```
 */
export const longDate = (locale: Locale, day: LocalDate.LocalDate): string => {
  const { monthsOfDay, yearMark } = conventions[locale]
  const parts = partsOf(day)
  return `${parts.day} ${monthsOfDay[parts.month - 1] ?? parts.month} ${Almaty.pad(parts.year, 4)}${yearMark}`
}

/**
 * A month of a year, as month pickers and sentences name it.
 *
 * @example
 * ```ts
 * Format.month("ru", { year: 2026, month: 11 }) // "ноябрь 2026 г."
 * Format.month("kk", { year: 2026, month: 11 }) // "қараша 2026"
 * Format.month("en", { year: 2026, month: 11 }) // "November 2026"
 * ```
 */
export const month = (locale: Locale, month: Period.Month): string => {
  const { months, yearMark } = conventions[locale]
  return `${months[month.month - 1] ?? month.month} ${Almaty.pad(month.year, 4)}${yearMark}`
}

/**
 * An instant's date and time in Asia/Almaty, 24-hour.
 *
 * @example
 * ```ts
 * Format.dateTime("ru", Date.parse("2020-08-26T22:21:00Z")) // "27.08.2020, 04:21" (UTC+6 back then)
 * ```
 */
export const dateTime = (locale: Locale, instant: Calendar.InstantInput): string => {
  const clock = almaty(instant)
  return `${numericDate(locale, clock)}, ${hourMinute(clock)}`
}

/**
 * An instant's time of day in Asia/Almaty, 24-hour, the same in every language.
 *
 * @example
 * ```ts
 * Format.time("kk", Date.parse("2026-03-10T19:05:00Z")) // "00:05"
 * ```
 */
export const time = (_locale: Locale, instant: Calendar.InstantInput): string => hourMinute(almaty(instant))

/**
 * A mobile number the way people read it, the same in every language (the manual's profile
 * header): `Msisdn.format`.
 *
 * @example
 * ```ts
 * Format.phone(Msisdn.make("77010542001")) // "+7 701 054 20 01"
 * ```
 */
export const phone = (msisdn: Msisdn.Msisdn): string => Msisdn.format(msisdn)

/**
 * A countdown in minutes and seconds, partial seconds rounded up so it never shows 0:00 while the
 * wait lasts: `0:42`, `14:05`.
 *
 * @example
 * ```ts
 * Format.countdown(41.2) // "0:42"
 * Format.countdown(845) // "14:05"
 * ```
 */
export const countdown = (totalSeconds: number): string => {
  const seconds = Math.max(0, Math.ceil(totalSeconds))
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`
}
