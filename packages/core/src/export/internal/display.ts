/**
 * Every value an export shows as text (PDF cells, the page header, CSV dates), in one place so the
 * core's shared formatting can replace it without touching a writer. Deterministic on purpose:
 * Chromium builds without Kazakh locale data format `kk` numbers and dates oddly, so grouping and
 * date order are fixed here (`9 970,33`, `25.02.2019`) rather than asked of `Intl`.
 */
import * as Money from "../../domain/Money.js"
import * as Msisdn from "../../domain/Msisdn.js"
import * as Format from "../../Format.js"
import * as Almaty from "../../internal/almaty.js"
import type { Locale, Period } from "../Table.js"

/** An amount as the exact decimal string machines read: `9970.33` (CSV, XLSX number cells). */
export const decimalOf = (tiyn: number): string => Money.toDecimalString(tiyn as Money.Tiyn)

/** An amount without the currency sign, two decimals, the language's grouping: `9 970,33`. */
export const money = (tiyn: number, locale: Locale): string => Format.amount(locale, tiyn as Money.Tiyn)

/** An integer with grouped thousands: `1 234`. */
export const integer = (value: number, locale: Locale): string => Format.number(locale, Math.trunc(value))

/** Parts of a wall-clock moment. */
export type WallClock = Almaty.WallClock

/** How far the operator's (Asia/Almaty) clock is ahead of UTC at an instant, in milliseconds. */
export const almatyOffset = (epochMillis: number): number => Almaty.offset(epochMillis)

/** The operator's (Asia/Almaty) wall clock at an instant. */
export const almaty = (epochMillis: number): WallClock => Almaty.wallClock(epochMillis)

const two = (n: number): string => String(n).padStart(2, "0")

/** A calendar day `YYYY-MM-DD` as people read it: `25.02.2019`; anything else as it is. */
export const date = (day: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(day)
  return match === null ? day : `${match[3]}.${match[2]}.${match[1]}`
}

/** An instant in Almaty time: `25.02.2019 09:14`. */
export const dateTime = (epochMillis: number): string => {
  const t = almaty(epochMillis)
  return `${two(t.day)}.${two(t.month)}.${t.year} ${two(t.hour)}:${two(t.minute)}`
}

/** An instant in Almaty time for machines: `2019-02-25 09:14:05`. */
export const isoDateTime = (epochMillis: number): string => {
  const t = almaty(epochMillis)
  return `${t.year}-${two(t.month)}-${two(t.day)} ${two(t.hour)}:${two(t.minute)}:${two(t.second)}`
}

/** A duration: `3:04`, `1:02:03`. */
export const duration = (seconds: number): string => {
  const whole = Math.max(0, Math.round(seconds))
  const h = Math.floor(whole / 3600)
  const m = Math.floor((whole % 3600) / 60)
  const s = whole % 60
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`
}

/** A duration for spreadsheets: `0:03:04`. */
export const clockDuration = (seconds: number): string => {
  const whole = Math.max(0, Math.round(seconds))
  return `${Math.floor(whole / 3600)}:${two(Math.floor((whole % 3600) / 60))}:${two(whole % 60)}`
}

/** A phone number for a document's header: `+7 701 054 20 01`; anything else as it is. */
export const phone = (value: string): string => (Msisdn.is(value) ? Msisdn.format(value) : value)

/** A period: `01.09.2020 — 30.09.2020`, or a month `09.2020`. */
export const period = (value: Period): string =>
  "year" in value ? `${two(value.month)}.${value.year}` : `${date(value.start)} — ${date(value.end)}`
