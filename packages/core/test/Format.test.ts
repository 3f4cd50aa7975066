import { afterEach, describe, expect, it } from "@effect/vitest"
import { Schema } from "effect"
import { vi } from "vitest"
import * as LocalDate from "../src/domain/LocalDate.js"
import * as Money from "../src/domain/Money.js"
import * as Msisdn from "../src/domain/Msisdn.js"
import * as Format from "../src/Format.js"
import * as Messages from "../src/i18n/Messages.js"

// The separators are part of the contract: a no-break space groups thousands and binds ₸ in ru and kk.
const nbsp = "\u00A0"
const day = Schema.decodeUnknownSync(LocalDate.LocalDate)
const almatyAfternoon = Date.parse("2026-11-30T10:05:00Z") // 15:05 in Almaty (UTC+5)
const almatyNightBefore2024 = Date.parse("2020-08-26T22:21:00Z") // 04:21 next day (UTC+6 then)

// Every format, in one language: what a Kazakh (or Russian, or English) screen shows.
const everything = (locale: Format.Locale) => ({
  money: Format.money(locale, Money.make(997033)),
  whole: Format.money(locale, Money.tenge(5120)),
  number: Format.number(locale, 10239.5),
  date: Format.date(locale, day("2026-11-30")),
  longDate: Format.longDate(locale, day("2026-11-30")),
  month: Format.month(locale, { year: 2026, month: 11 }),
  dateTime: Format.dateTime(locale, almatyAfternoon),
  time: Format.time(locale, almatyAfternoon),
})

describe("Format", () => {
  it("has one language-to-locale table", () => {
    expect(Format.tags).toEqual({ ru: "ru-KZ", kk: "kk-KZ", en: "en-GB" })
    expect(Object.keys(Format.tags)).toEqual([...Messages.locales])
  })

  it("formats money exactly from tiyn: tiyn only when there are some, ₸ after the amount in ru and kk", () => {
    expect(Format.money("ru", Money.tenge(893))).toBe(`893${nbsp}₸`)
    expect(Format.money("ru", Money.make(997033))).toBe(`9${nbsp}970,33${nbsp}₸`)
    expect(Format.money("kk", Money.tenge(5120))).toBe(`5${nbsp}120${nbsp}₸`)
    expect(Format.money("kk", Money.make(997033))).toBe(`9${nbsp}970,33${nbsp}₸`)
    expect(Format.money("en", Money.make(997033))).toBe("₸9,970.33")
    expect(Format.money("en", Money.tenge(893))).toBe("₸893")
    expect(Format.money("ru", Money.fromDecimal("-12540.5"))).toBe(`-12${nbsp}540,50${nbsp}₸`)
    expect(Format.money("kk", Money.fromDecimal("-12540.5"))).toBe(`-12${nbsp}540,50${nbsp}₸`)
    expect(Format.money("en", Money.fromDecimal("-12540.5"))).toBe("-₸12,540.50")
    expect(Format.money("ru", Money.fromDecimal("0.07"))).toBe(`0,07${nbsp}₸`)
    expect(Format.money("kk", Money.zero)).toBe(`0${nbsp}₸`)
    expect(Format.money("ru", Money.tenge(893), { tiyn: "always" })).toBe(`893,00${nbsp}₸`)
    expect(Format.money("en", Money.tenge(893), { tiyn: "always" })).toBe("₸893.00")
    expect(Format.money("kk", Money.make(Number.MAX_SAFE_INTEGER))).toBe(
      `90${nbsp}071${nbsp}992${nbsp}547${nbsp}409,91${nbsp}₸`,
    )
    expect(Format.money("en", Money.make(-Number.MAX_SAFE_INTEGER))).toBe("-₸90,071,992,547,409.91")
    // Money.format is the same formatter, amount first.
    expect(Money.format(Money.make(997033), "kk")).toBe(Format.money("kk", Money.make(997033)))
  })

  it("formats numbers with the language's grouping, up to 3 decimals", () => {
    expect(Format.number("ru", 10239)).toBe(`10${nbsp}239`)
    expect(Format.number("kk", 1536.5)).toBe(`1${nbsp}536,5`)
    expect(Format.number("en", 1536.5)).toBe("1,536.5")
    expect(Format.number("ru", -1234.5678)).toBe(`-1${nbsp}234,568`)
    expect(Format.number("en", 999.9996)).toBe("1,000")
    expect(Format.number("kk", 100)).toBe("100")
    expect(Format.number("ru", 0)).toBe("0")
    expect(Format.number("ru", -0.0001)).toBe("0")
    expect(Format.number("en", 1_000_000)).toBe("1,000,000")
  })

  it("formats calendar days numerically and with the month's name", () => {
    expect(Format.date("ru", day("2019-02-01"))).toBe("01.02.2019")
    expect(Format.date("kk", day("2019-02-01"))).toBe("01.02.2019")
    expect(Format.date("en", day("2019-02-01"))).toBe("01/02/2019")
    expect(Format.longDate("ru", day("2026-11-30"))).toBe("30 ноября 2026 г.")
    expect(Format.longDate("kk", day("2026-11-30"))).toBe("30 қараша 2026")
    expect(Format.longDate("en", day("2026-11-30"))).toBe("30 November 2026")
    expect(Format.longDate("kk", day("2026-02-06"))).toBe("6 ақпан 2026")
  })

  it("names months as pickers and sentences do", () => {
    expect(Format.month("ru", { year: 2026, month: 11 })).toBe("ноябрь 2026 г.")
    expect(Format.month("kk", { year: 2026, month: 11 })).toBe("қараша 2026")
    expect(Format.month("en", { year: 2026, month: 11 })).toBe("November 2026")
    expect(Format.month("ru", { year: 2018, month: 1 })).toBe("январь 2018 г.")
  })

  it("tells instants in Almaty time, with the offset of their day", () => {
    expect(Format.dateTime("ru", almatyAfternoon)).toBe("30.11.2026, 15:05")
    expect(Format.dateTime("kk", almatyAfternoon)).toBe("30.11.2026, 15:05")
    expect(Format.dateTime("en", almatyAfternoon)).toBe("30/11/2026, 15:05")
    expect(Format.dateTime("ru", almatyNightBefore2024)).toBe("27.08.2020, 04:21")
    for (const locale of Messages.locales) {
      expect(Format.time(locale, almatyAfternoon)).toBe("15:05")
      expect(Format.time(locale, almatyNightBefore2024)).toBe("04:21")
    }
  })

  it("shows phone numbers and countdowns the same in every language", () => {
    expect(Format.phone(Msisdn.make("77010542001"))).toBe("+7 701 054 20 01")
    expect(Format.countdown(41.2)).toBe("0:42")
    expect(Format.countdown(845)).toBe("14:05")
    expect(Format.countdown(-3)).toBe("0:00")
  })

  it("fills the core's messages with the same formats", () => {
    const params = { month: "2026-01", availableFrom: "2026-02-06" }
    expect(Messages.format("kk", "rule.document.act.notYet", params)).toContain(
      `${Format.month("kk", { year: 2026, month: 1 })}`,
    )
    expect(Messages.format("kk", "rule.document.act.notYet", params)).toContain(
      Format.longDate("kk", day("2026-02-06")),
    )
    expect(
      Messages.fillTemplate("ru", "Баланс: {amount:money} на {at:time}", { amount: 997033, at: almatyAfternoon }),
    ).toBe(`Баланс: 9${nbsp}970,33${nbsp}₸ на 15:05`)
  })

  describe("without the browser's Kazakh locale data", () => {
    afterEach(() => {
      vi.unstubAllGlobals()
    })

    // Debian's Chromium: `Intl` knows no Kazakh and falls back to the root locale («-KZT 12,540.50»).
    const withoutKazakh = (asked: Array<string>) => {
      const real = globalThis.Intl
      const stub = <C extends abstract new (...args: never) => unknown>(Real: C): C =>
        new Proxy(Real, {
          construct(target, args: Array<unknown>) {
            const locales = [args[0]]
              .flat()
              .filter((each) => each !== undefined)
              .map(String)
            asked.push(...locales)
            const rest = args.slice(1)
            return locales.some((each) => /^kk\b/iu.test(each))
              ? Reflect.construct(target, ["und", ...rest])
              : Reflect.construct(target, args)
          },
        })
      const intl = Object.create(real) as typeof Intl
      Object.assign(intl, {
        NumberFormat: stub(real.NumberFormat),
        DateTimeFormat: stub(real.DateTimeFormat),
        PluralRules: stub(real.PluralRules),
      })
      vi.stubGlobal("Intl", intl)
    }

    it("still formats Kazakh correctly, and never asks Intl for Kazakh", () => {
      const expected = everything("kk")
      const asked: Array<string> = []
      withoutKazakh(asked)
      // The stub is the hostile browser: Kazakh currency from Intl would come out wrong.
      expect(new Intl.NumberFormat("kk", { style: "currency", currency: "KZT" }).format(-12540.5)).toContain("KZT")
      asked.length = 0
      expect(everything("kk")).toEqual(expected)
      expect(expected).toEqual({
        money: `9${nbsp}970,33${nbsp}₸`,
        whole: `5${nbsp}120${nbsp}₸`,
        number: `10${nbsp}239,5`,
        date: "30.11.2026",
        longDate: "30 қараша 2026",
        month: "қараша 2026",
        dateTime: "30.11.2026, 15:05",
        time: "15:05",
      })
      expect(asked.filter((tag) => /^kk\b/iu.test(tag))).toEqual([])
    })
  })
})
