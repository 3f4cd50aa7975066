/**
 * Rules of «Документы и отчеты» (PRODUCT.md C, and the number's payment history B17): periods,
 * how far back a report may reach, and from which day a closed month's document is out.
 *
 * A month's document is published on a fixed day of the following month: the act of completed
 * works after the 5th (from the 6th), the invoice registry from the 4th, the reconciliation act
 * after the 3rd (from the 4th). Before that day the month is refused with the day it comes out.
 *
 * @example
 * ```ts
 * import { Rules } from "@kabinet/core"
 * const decision = yield* Rules.evaluate(Rules.DocumentRules.actAvailability, { month: { year: 2026, month: 1 } })
 * ```
 */
import * as Order from "effect/Order"
import * as Calendar from "../Calendar.js"
import type * as BillingMethod from "../domain/BillingMethod.js"
import type * as Documents from "../domain/Documents.js"
import type * as LocalDate from "../domain/LocalDate.js"
import * as Period from "../domain/Period.js"
import * as PeriodChecks from "./period.js"
import * as Rule from "./Rule.js"

/**
 * B17, C1, C3: a requested period (payment history, action history) starts no later than it ends
 * and ends no later than today.
 */
export const periodValid = Rule.make({
  id: "period.valid",
  features: ["B17", "C1", "C3"],
  description: "A requested period: start ≤ end ≤ today.",
  messageKeys: ["period.order", "period.future"],
  check: (period: Period.DateRange, moment: Calendar.Moment): Rule.Decision =>
    PeriodChecks.orderAndPast("period.valid", period, moment),
})

/**
 * C1: the payment history under «Документы и отчеты» covers accounts billed «Кредитный»; advance
 * numbers have theirs on the number's page (B17).
 */
export const paymentHistoryCreditOnly = Rule.make({
  id: "document.paymentHistory.creditOnly",
  features: ["C1"],
  description: "The documents' payment history is for accounts billed «Кредитный».",
  messageKeys: ["rule.document.paymentHistory.creditOnly"],
  check: ({ billingMethod }: { readonly billingMethod: BillingMethod.BillingMethod }): Rule.Decision =>
    billingMethod === "Кредитный"
      ? Rule.allowed
      : Rule.deny("document.paymentHistory.creditOnly", "rule.document.paymentHistory.creditOnly"),
})

/** How an invoice is searched (C2): by its registration number or by the accounting-system number. */
export type InvoiceSearchBy = "registrationNumber" | "accountingNumber"

/**
 * C2: finding a number by invoice needs the invoice's number, and its year cannot be in the future
 * (the manual sets no earliest year).
 */
export const invoiceSearchQuery = Rule.make({
  id: "document.invoiceSearch.query",
  features: ["C2"],
  description: "Invoice search: a non-blank invoice number, a year no later than the current one.",
  messageKeys: ["rule.document.invoiceSearch.numberRequired", "rule.document.invoiceSearch.futureYear"],
  check: ({ number, year }: { readonly number: string; readonly year: number }, moment: Calendar.Moment) => {
    const currentYear = Period.monthOf(moment.today).year
    if (number.trim() === "") {
      return Rule.deny("document.invoiceSearch.query", "rule.document.invoiceSearch.numberRequired")
    }
    return year > currentYear
      ? Rule.deny("document.invoiceSearch.query", "rule.document.invoiceSearch.futureYear", { year: currentYear })
      : Rule.allowed
  },
})

/** C5: the first month with acts of completed works. */
export const actFirstMonth: Period.Month = { year: 2018, month: 1 }

/** C5: a month's act comes out after the 5th of the next month, i.e. on the 6th. */
export const actAvailableFromDay = 6

/** C6: a month's invoice registry comes out on the 4th of the next month. */
export const invoiceRegistryAvailableFromDay = 4

/** C7: a month's reconciliation act comes out after the 3rd of the next month, i.e. on the 4th. */
export const reconciliationAvailableFromDay = 4

/** C7: a reconciliation act reaches back at most this many months from today. */
export const reconciliationMaxMonths = 12

/** C9: a payments report reaches back at most this many months from today. */
export const paymentsMaxMonths = 3

const notYet = (
  rule: Rule.RuleId,
  messageKey:
    | "rule.document.act.notYet"
    | "rule.document.invoiceRegistry.notYet"
    | "rule.document.reconciliation.notYet",
  month: Period.Month,
  fromDay: number,
  today: LocalDate.LocalDate,
): Rule.Decision => {
  const availableFrom = Calendar.availableFrom(month, fromDay)
  return today >= availableFrom
    ? Rule.allowed
    : Rule.deny(rule, messageKey, { month: Calendar.monthKey(month), availableFrom })
}

/**
 * C5: the act of completed works (and invoice breakdown) of a month is out from the 6th of the next
 * month; there are none before January 2018.
 */
export const actAvailability = Rule.make({
  id: "document.act.availability",
  features: ["C5"],
  description: "An act is available from the 6th of the next month, and from January 2018 on.",
  messageKeys: ["rule.document.act.notYet", "rule.document.act.tooEarly"],
  check: ({ month }: { readonly month: Period.Month }, moment: Calendar.Moment): Rule.Decision =>
    Order.isLessThan(Period.MonthOrder)(month, actFirstMonth)
      ? Rule.deny("document.act.availability", "rule.document.act.tooEarly", {
          earliest: Calendar.monthKey(actFirstMonth),
        })
      : notYet("document.act.availability", "rule.document.act.notYet", month, actAvailableFromDay, moment.today),
})

/**
 * C5: the months an act can be asked for on `today`, for the year and month pickers.
 *
 * @example
 * ```ts
 * Rules.DocumentRules.actMonths(day("2026-02-05")) // { first: 2018-01, last: 2025-12 }
 * ```
 */
export const actMonths = (
  today: LocalDate.LocalDate,
): { readonly first: Period.Month; readonly last: Period.Month } => ({
  first: actFirstMonth,
  last: Calendar.latestAvailableMonth(today, actAvailableFromDay),
})

/** C6: an invoice registry covers whole months, the previous one from the 4th. */
export const invoiceRegistryAvailability = Rule.make({
  id: "document.invoiceRegistry.availability",
  features: ["C6"],
  description: "Invoice registry: start month ≤ end month; a month is available from the 4th of the next one.",
  messageKeys: ["rule.document.invoiceRegistry.notYet", "period.order"],
  check: (
    period: { readonly start: Period.Month; readonly end: Period.Month },
    moment: Calendar.Moment,
  ): Rule.Decision =>
    Order.isGreaterThan(Period.MonthOrder)(period.start, period.end)
      ? Rule.deny("document.invoiceRegistry.availability", "period.order")
      : notYet(
          "document.invoiceRegistry.availability",
          "rule.document.invoiceRegistry.notYet",
          period.end,
          invoiceRegistryAvailableFromDay,
          moment.today,
        ),
})

/**
 * C6: the latest month an invoice registry covers on `today`.
 *
 * @example
 * ```ts
 * Rules.DocumentRules.invoiceRegistryLatestMonth(day("2026-02-04")) // { year: 2026, month: 1 }
 * ```
 */
export const invoiceRegistryLatestMonth = (today: LocalDate.LocalDate): Period.Month =>
  Calendar.latestAvailableMonth(today, invoiceRegistryAvailableFromDay)

/**
 * C7: a reconciliation act covers closed months only: the period may end in the previous month from
 * the 4th on (after the 3rd), never in the current month.
 */
export const reconciliationAvailability = Rule.make({
  id: "document.reconciliation.availability",
  features: ["C7"],
  description: "Reconciliation act: the period ends in a closed month, the previous one after the 3rd.",
  messageKeys: ["rule.document.reconciliation.notYet", "period.order"],
  check: (period: Period.DateRange, moment: Calendar.Moment): Rule.Decision =>
    Rule.firstDenied(
      () => PeriodChecks.order("document.reconciliation.availability", period),
      () =>
        notYet(
          "document.reconciliation.availability",
          "rule.document.reconciliation.notYet",
          Period.monthOf(period.end),
          reconciliationAvailableFromDay,
          moment.today,
        ),
    ),
})

const maxPeriod = (
  rule: "report.reconciliation.maxPeriod" | "report.payments.maxPeriod",
  messageKey: "rule.report.reconciliation.maxPeriod" | "rule.report.payments.maxPeriod",
  months: number,
  period: Period.DateRange,
  moment: Calendar.Moment,
): Rule.Decision => {
  const earliest = Calendar.monthsBack(moment.today, months)
  return Rule.firstDenied(
    () => PeriodChecks.orderAndPast(rule, period, moment),
    () => (period.start >= earliest ? Rule.allowed : Rule.deny(rule, messageKey, { months, earliest })),
  )
}

/** C7: a reconciliation act's period starts at most 12 months before today. */
export const reconciliationMaxPeriod = Rule.make({
  id: "report.reconciliation.maxPeriod",
  features: ["C7"],
  description: "Reconciliation act: start ≤ end ≤ today, start at most 12 months before today.",
  messageKeys: ["rule.report.reconciliation.maxPeriod", "period.order", "period.future"],
  check: (period: Period.DateRange, moment: Calendar.Moment): Rule.Decision =>
    maxPeriod(
      "report.reconciliation.maxPeriod",
      "rule.report.reconciliation.maxPeriod",
      reconciliationMaxMonths,
      period,
      moment,
    ),
})

/** C9: a payments report's period starts at most 3 months before today. */
export const paymentsMaxPeriod = Rule.make({
  id: "report.payments.maxPeriod",
  features: ["C9"],
  description: "Payments report: start ≤ end ≤ today, start at most 3 months before today.",
  messageKeys: ["rule.report.payments.maxPeriod", "period.order", "period.future"],
  check: (period: Period.DateRange, moment: Calendar.Moment): Rule.Decision =>
    maxPeriod("report.payments.maxPeriod", "rule.report.payments.maxPeriod", paymentsMaxMonths, period, moment),
})

/**
 * C7: every rule of the reconciliation act form at once — how far back, and closed months only.
 *
 * @example
 * ```ts
 * Rules.DocumentRules.reconciliation({ start, end }, Calendar.momentAt(Date.now()))
 * ```
 */
export const reconciliation = (period: Period.DateRange, moment: Calendar.Moment): Rule.Decision =>
  Rule.firstDenied(
    () => reconciliationMaxPeriod.check(period, moment),
    () => reconciliationAvailability.check(period, moment),
  )

/**
 * C7: the widest period a reconciliation act may cover on `today`, for the date pickers.
 *
 * @example
 * ```ts
 * Rules.DocumentRules.reconciliationRange(day("2026-02-04")) // { start: "2025-02-04", end: "2026-01-31" }
 * ```
 */
export const reconciliationRange = (today: LocalDate.LocalDate): Period.DateRange => ({
  start: Calendar.monthsBack(today, reconciliationMaxMonths),
  end: Calendar.lastDayOf(Calendar.latestAvailableMonth(today, reconciliationAvailableFromDay)),
})

/**
 * C9: the widest period a payments report may cover on `today`, for the date pickers.
 *
 * @example
 * ```ts
 * Rules.DocumentRules.paymentsRange(day("2026-05-31")) // { start: "2026-02-28", end: "2026-05-31" }
 * ```
 */
export const paymentsRange = (today: LocalDate.LocalDate): Period.DateRange => ({
  start: Calendar.monthsBack(today, paymentsMaxMonths),
  end: today,
})

/**
 * The guard of every document request (C1–C9, B17 as a file): the rules of its kind at a moment.
 * The form disables «Запросить» with it and says why, the program refuses with it before any
 * request, and the operator refuses with it on its side. What only the operator knows (the
 * number's billing method for B17) is checked there in addition.
 *
 * @example
 * ```ts
 * Rules.DocumentRules.requestGuard({ kind: "completedWorksAct", target, month: { year: 2017, month: 12 }, output }, moment)
 * // Denied("document.act.availability", "rule.document.act.tooEarly")
 * ```
 */
export const requestGuard = (request: Documents.DocumentRequest, moment: Calendar.Moment): Rule.Decision => {
  switch (request.kind) {
    case "paymentHistory":
    case "numberPaymentHistory":
    case "actionHistory":
      return periodValid.check(request.period, moment)
    case "invoiceSearch":
      return invoiceSearchQuery.check({ number: request.invoiceNumber, year: request.year }, moment)
    case "completedWorksAct":
      return actAvailability.check({ month: request.month }, moment)
    case "invoiceRegistry":
      return invoiceRegistryAvailability.check(request.period, moment)
    case "reconciliationAct":
      return reconciliation(request.period, moment)
    case "paymentsReport":
      return paymentsMaxPeriod.check(request.period, moment)
    case "numberListReport":
    case "registeredDevicesReport":
      return Rule.allowed
  }
}
