import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { TestClock } from "effect/testing"
import * as Calendar from "../src/Calendar.js"
import * as Documents from "../src/domain/Documents.js"
import * as LocalDate from "../src/domain/LocalDate.js"
import type * as Period from "../src/domain/Period.js"
import * as Messages from "../src/i18n/Messages.js"
import { byId, evaluate } from "../src/rules/Catalogue.js"
import * as DocumentRules from "../src/rules/DocumentRules.js"
import * as Rule from "../src/rules/Rule.js"

const day = Schema.decodeUnknownSync(LocalDate.LocalDate)
const period = (start: string, end: string): Period.DateRange => ({ start: day(start), end: day(end) })
// Noon in Almaty on a day, well clear of midnight.
const at = (date: string): Calendar.Moment => Calendar.momentAt(Date.parse(`${date}T12:00:00+05:00`))

const outcome = (decision: Rule.Decision): string => {
  if (decision._tag === "Allowed") return "allowed"
  expect(byId[decision.rule].messageKeys).toContain(decision.messageKey)
  return decision.messageKey
}

describe("DocumentRules", () => {
  describe("act of completed works (C5)", () => {
    const january = { month: { year: 2026, month: 1 } }

    it.effect("is out after the 5th: refused on the 5th, allowed on the 6th", () =>
      Effect.gen(function* () {
        yield* TestClock.setTime(Date.parse("2026-02-05T12:00:00+05:00"))
        expect(yield* evaluate(DocumentRules.actAvailability, january)).toEqual(
          Rule.deny("document.act.availability", "rule.document.act.notYet", {
            month: "2026-01",
            availableFrom: "2026-02-06",
          }),
        )
        yield* TestClock.setTime(Date.parse("2026-02-06T12:00:00+05:00"))
        expect(yield* evaluate(DocumentRules.actAvailability, january)).toEqual(Rule.allowed)
      }),
    )

    it.effect("turns available at Almaty midnight, five hours before UTC midnight", () =>
      Effect.gen(function* () {
        yield* TestClock.setTime(Date.parse("2026-02-05T18:59:59Z"))
        expect(outcome(yield* evaluate(DocumentRules.actAvailability, january))).toBe("rule.document.act.notYet")
        yield* TestClock.setTime(Date.parse("2026-02-05T19:00:00Z"))
        expect(yield* evaluate(DocumentRules.actAvailability, january)).toEqual(Rule.allowed)
      }),
    )

    it("has nothing before January 2018", () => {
      const moment = at("2026-06-15")
      expect(DocumentRules.actAvailability.check({ month: { year: 2017, month: 12 } }, moment)).toEqual(
        Rule.deny("document.act.availability", "rule.document.act.tooEarly", { earliest: "2018-01" }),
      )
      expect(DocumentRules.actAvailability.check({ month: { year: 2018, month: 1 } }, moment)).toEqual(Rule.allowed)
    })

    it("refuses the current and future months with the day they come out", () => {
      expect(DocumentRules.actAvailability.check({ month: { year: 2028, month: 2 } }, at("2028-02-29"))).toEqual(
        Rule.deny("document.act.availability", "rule.document.act.notYet", {
          month: "2028-02",
          availableFrom: "2028-03-06",
        }),
      )
      expect(outcome(DocumentRules.actAvailability.check({ month: { year: 2026, month: 12 } }, at("2026-02-10")))).toBe(
        "rule.document.act.notYet",
      )
    })

    it("offers months from January 2018 to the latest one out", () => {
      expect(DocumentRules.actMonths(day("2026-02-05"))).toEqual({
        first: { year: 2018, month: 1 },
        last: { year: 2025, month: 12 },
      })
      expect(DocumentRules.actMonths(day("2026-02-06")).last).toEqual({ year: 2026, month: 1 })
    })

    it("explains itself with the month and the day in Russian", () => {
      const decision = DocumentRules.actAvailability.check({ month: { year: 2026, month: 1 } }, at("2026-02-05"))
      if (!Rule.isDenied(decision)) throw new Error("expected a refusal")
      const text = Messages.format("ru", decision.messageKey, decision.params)
      expect(text).toContain("январь 2026")
      expect(text).toContain("6 февраля 2026")
    })
  })

  describe("invoice registry (C6)", () => {
    const january = { start: { year: 2026, month: 1 }, end: { year: 2026, month: 1 } }

    it("has the previous month from the 4th: refused on the 3rd, allowed on the 4th", () => {
      expect(DocumentRules.invoiceRegistryAvailability.check(january, at("2026-02-03"))).toEqual(
        Rule.deny("document.invoiceRegistry.availability", "rule.document.invoiceRegistry.notYet", {
          month: "2026-01",
          availableFrom: "2026-02-04",
        }),
      )
      expect(DocumentRules.invoiceRegistryAvailability.check(january, at("2026-02-04"))).toEqual(Rule.allowed)
    })

    it("crosses the year: December is out on 4 January", () => {
      const december = { start: { year: 2025, month: 10 }, end: { year: 2025, month: 12 } }
      expect(outcome(DocumentRules.invoiceRegistryAvailability.check(december, at("2026-01-03")))).toBe(
        "rule.document.invoiceRegistry.notYet",
      )
      expect(DocumentRules.invoiceRegistryAvailability.check(december, at("2026-01-04"))).toEqual(Rule.allowed)
      expect(DocumentRules.invoiceRegistryLatestMonth(day("2026-01-04"))).toEqual({ year: 2025, month: 12 })
    })

    it("refuses months in the wrong order", () => {
      const reversed = { start: { year: 2025, month: 12 }, end: { year: 2025, month: 11 } }
      expect(DocumentRules.invoiceRegistryAvailability.check(reversed, at("2026-02-10"))).toEqual(
        Rule.deny("document.invoiceRegistry.availability", "period.order"),
      )
    })
  })

  describe("reconciliation act (C7)", () => {
    it("has the previous month after the 3rd: refused on the 3rd, allowed on the 4th", () => {
      const january = period("2026-01-01", "2026-01-31")
      expect(DocumentRules.reconciliationAvailability.check(january, at("2026-02-03"))).toEqual(
        Rule.deny("document.reconciliation.availability", "rule.document.reconciliation.notYet", {
          month: "2026-01",
          availableFrom: "2026-02-04",
        }),
      )
      expect(DocumentRules.reconciliationAvailability.check(january, at("2026-02-04"))).toEqual(Rule.allowed)
      expect(
        DocumentRules.reconciliationAvailability.check(period("2025-12-01", "2025-12-31"), at("2026-02-03")),
      ).toEqual(Rule.allowed)
    })

    it("never covers the current, open month", () => {
      expect(
        outcome(DocumentRules.reconciliationAvailability.check(period("2026-02-01", "2026-02-10"), at("2026-02-20"))),
      ).toBe("rule.document.reconciliation.notYet")
    })

    it("reaches back at most 12 months from today", () => {
      const moment = at("2026-02-04")
      expect(DocumentRules.reconciliationMaxPeriod.check(period("2025-02-04", "2025-12-31"), moment)).toEqual(
        Rule.allowed,
      )
      expect(DocumentRules.reconciliationMaxPeriod.check(period("2025-02-03", "2025-12-31"), moment)).toEqual(
        Rule.deny("report.reconciliation.maxPeriod", "rule.report.reconciliation.maxPeriod", {
          months: 12,
          earliest: "2025-02-04",
        }),
      )
    })

    it("counts 12 months back across a leap day", () => {
      expect(
        outcome(DocumentRules.reconciliationMaxPeriod.check(period("2027-02-28", "2027-12-31"), at("2028-02-29"))),
      ).toBe("allowed")
      expect(
        outcome(DocumentRules.reconciliationMaxPeriod.check(period("2027-02-27", "2027-12-31"), at("2028-02-29"))),
      ).toBe("rule.report.reconciliation.maxPeriod")
      expect(
        outcome(DocumentRules.reconciliationMaxPeriod.check(period("2028-02-28", "2028-12-31"), at("2029-02-28"))),
      ).toBe("allowed")
      expect(
        outcome(DocumentRules.reconciliationMaxPeriod.check(period("2028-02-27", "2028-12-31"), at("2029-02-28"))),
      ).toBe("rule.report.reconciliation.maxPeriod")
    })

    it("checks the whole form at once", () => {
      const moment = at("2026-02-03")
      expect(outcome(DocumentRules.reconciliation(period("2024-01-01", "2025-12-31"), moment))).toBe(
        "rule.report.reconciliation.maxPeriod",
      )
      expect(outcome(DocumentRules.reconciliation(period("2025-06-01", "2026-01-31"), moment))).toBe(
        "rule.document.reconciliation.notYet",
      )
      expect(DocumentRules.reconciliation(period("2025-06-01", "2025-12-31"), moment)).toEqual(Rule.allowed)
      expect(DocumentRules.reconciliationRange(day("2026-02-04"))).toEqual(period("2025-02-04", "2026-01-31"))
      expect(DocumentRules.reconciliationRange(day("2026-02-03"))).toEqual(period("2025-02-03", "2025-12-31"))
    })
  })

  describe("payments report (C9)", () => {
    it("reaches back at most 3 months, clamped at month ends", () => {
      const moment = at("2026-05-31")
      expect(DocumentRules.paymentsMaxPeriod.check(period("2026-02-28", "2026-05-31"), moment)).toEqual(Rule.allowed)
      expect(DocumentRules.paymentsMaxPeriod.check(period("2026-02-27", "2026-05-31"), moment)).toEqual(
        Rule.deny("report.payments.maxPeriod", "rule.report.payments.maxPeriod", { months: 3, earliest: "2026-02-28" }),
      )
      expect(DocumentRules.paymentsRange(day("2028-05-31"))).toEqual(period("2028-02-29", "2028-05-31"))
    })

    it("ends no later than today, and not before it starts", () => {
      const moment = at("2026-05-31")
      expect(outcome(DocumentRules.paymentsMaxPeriod.check(period("2026-05-01", "2026-06-01"), moment))).toBe(
        "period.future",
      )
      expect(outcome(DocumentRules.paymentsMaxPeriod.check(period("2026-05-10", "2026-05-01"), moment))).toBe(
        "period.order",
      )
    })
  })

  describe("periods, payment history and invoice search", () => {
    it("a requested period starts before it ends and ends by today", () => {
      const moment = at("2020-10-07")
      expect(DocumentRules.periodValid.check(period("2020-09-07", "2020-10-07"), moment)).toEqual(Rule.allowed)
      expect(outcome(DocumentRules.periodValid.check(period("2020-10-07", "2020-09-07"), moment))).toBe("period.order")
      expect(outcome(DocumentRules.periodValid.check(period("2020-10-01", "2020-10-08"), moment))).toBe("period.future")
    })

    it("keeps the documents' payment history to credit accounts (C1)", () => {
      expect(DocumentRules.paymentHistoryCreditOnly.check({ billingMethod: "Кредитный" })).toEqual(Rule.allowed)
      expect(outcome(DocumentRules.paymentHistoryCreditOnly.check({ billingMethod: "Авансовый" }))).toBe(
        "rule.document.paymentHistory.creditOnly",
      )
    })

    it("needs an invoice number and a year no later than this one (C2)", () => {
      const moment = at("2026-01-01")
      expect(DocumentRules.invoiceSearchQuery.check({ number: "  ", year: 2025 }, moment)).toEqual(
        Rule.deny("document.invoiceSearch.query", "rule.document.invoiceSearch.numberRequired"),
      )
      expect(DocumentRules.invoiceSearchQuery.check({ number: "ESF-1", year: 2027 }, moment)).toEqual(
        Rule.deny("document.invoiceSearch.query", "rule.document.invoiceSearch.futureYear", { year: 2026 }),
      )
      expect(DocumentRules.invoiceSearchQuery.check({ number: "ESF-1", year: 2026 }, moment)).toEqual(Rule.allowed)
    })
  })

  describe("the guard of a document request", () => {
    const request = Schema.decodeUnknownSync(Documents.DocumentRequest)
    const moment = at("2026-02-05")
    const guarded = (json: unknown) => outcome(DocumentRules.requestGuard(request(json), moment))

    it("decides each kind by the rules of that kind", () => {
      const account = { by: "account", accountNumber: "25602051" }
      const act = { kind: "completedWorksAct", target: account, output: "Загрузить в PDF" }
      expect(guarded({ ...act, month: { year: 2017, month: 12 } })).toBe("rule.document.act.tooEarly")
      expect(guarded({ ...act, month: { year: 2026, month: 1 } })).toBe("rule.document.act.notYet")
      expect(guarded({ ...act, month: { year: 2025, month: 12 } })).toBe("allowed")
      const registry = (end: number) => ({
        kind: "invoiceRegistry",
        period: { start: { year: 2025, month: 12 }, end: { year: 2026, month: end } },
      })
      expect(guarded(registry(1))).toBe("allowed")
      expect(guarded(registry(2))).toBe("rule.document.invoiceRegistry.notYet")
      const email = "adel@example.kz"
      expect(guarded({ kind: "reconciliationAct", period: { start: "2026-01-01", end: "2026-02-04" }, email })).toBe(
        "rule.document.reconciliation.notYet",
      )
      expect(
        guarded({
          kind: "paymentsReport",
          period: { start: "2025-10-01", end: "2026-02-01" },
          paymentType: "Кредитный",
          email,
        }),
      ).toBe("rule.report.payments.maxPeriod")
      expect(guarded({ kind: "actionHistory", period: { start: "2026-02-01", end: "2026-02-06" } })).toBe(
        "period.future",
      )
      expect(
        guarded({
          kind: "invoiceSearch",
          searchBy: "Регистрационный номер",
          invoiceNumber: "ESF-1",
          year: 2027,
          output: "На экран",
        }),
      ).toBe("rule.document.invoiceSearch.futureYear")
      expect(guarded({ kind: "numberListReport", email })).toBe("allowed")
      expect(guarded({ kind: "registeredDevicesReport", email })).toBe("allowed")
    })
  })
})
