/**
 * The checks every period form shares (start before end, nothing in the future), answered under the
 * id of the rule that asks. Private to the rules: the public rule for a bare period is
 * `DocumentRules.periodValid`.
 */
import type * as Calendar from "../Calendar.js"
import type * as Period from "../domain/Period.js"
import * as Rule from "./Rule.js"

/** `period.order` when the period ends before it starts, else `Allowed`. */
export const order = (rule: Rule.RuleId, period: Period.DateRange): Rule.Decision =>
  period.start <= period.end ? Rule.allowed : Rule.deny(rule, "period.order")

/** `period.order`, then `period.future` when the period ends after today. */
export const orderAndPast = (rule: Rule.RuleId, period: Period.DateRange, moment: Calendar.Moment): Rule.Decision =>
  Rule.firstDenied(
    () => order(rule, period),
    () => (period.end <= moment.today ? Rule.allowed : Rule.deny(rule, "period.future")),
  )
