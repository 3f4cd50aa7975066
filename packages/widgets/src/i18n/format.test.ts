import { LocalDate, Messages, Money, Msisdn } from "@kabinet/core"
import { expect } from "@open-wc/testing"
import * as Schema from "effect/Schema"
import {
  formatCountdown,
  formatDate,
  formatDateTime,
  formatLongDate,
  formatMoney,
  formatMonth,
  formatNumber,
  formatPhone,
  formatTime,
  intlTags,
} from "./format.js"

const nbsp = "\u00A0"
const day = Schema.decodeUnknownSync(LocalDate.LocalDate)
const afternoon = Date.parse("2026-11-30T10:05:00Z") // 15:05 in Almaty

describe("format in the browser", () => {
  it("writes Kazakh right whatever locale data this browser has", () => {
    expect(formatMoney("kk", Money.tenge(5120))).to.equal(`5${nbsp}120${nbsp}₸`)
    expect(formatMoney("kk", Money.fromDecimal("-12540.5"))).to.equal(`-12${nbsp}540,50${nbsp}₸`)
    expect(formatLongDate("kk", day("2026-11-30"))).to.equal("30 қараша 2026")
    expect(formatMonth("kk", { year: 2026, month: 11 })).to.equal("қараша 2026")
    expect(formatDate("kk", day("2026-11-30"))).to.equal("30.11.2026")
    expect(formatDateTime("kk", afternoon)).to.equal("30.11.2026, 15:05")
    expect(formatNumber("kk", 10239.5)).to.equal(`10${nbsp}239,5`)
  })

  it("writes Russian and English the same way as the core's messages", () => {
    expect(formatMoney("ru", Money.make(997033))).to.equal(`9${nbsp}970,33${nbsp}₸`)
    expect(formatMoney("en", Money.make(997033))).to.equal("₸9,970.33")
    expect(formatLongDate("ru", day("2026-02-06"))).to.equal("6 февраля 2026 г.")
    expect(
      Messages.format("ru", "rule.document.act.notYet", { month: "2026-01", availableFrom: "2026-02-06" }),
    ).to.contain(formatLongDate("ru", day("2026-02-06")))
    expect(formatDate("en", day("2019-02-01"))).to.equal("01/02/2019")
    expect(formatTime("en", afternoon)).to.equal("15:05")
    expect(formatPhone(Msisdn.make("77010542001"))).to.equal("+7 701 054 20 01")
    expect(formatCountdown(41.2)).to.equal("0:42")
    expect(intlTags.kk).to.equal("kk-KZ")
  })
})
