/**
 * Periods relative to the operator's today, so that tests hold on any day they run.
 */
import { Calendar, type LocalDate, Period, Rules } from "@kabinet/core"

/** Today in Almaty. */
export const today = (): LocalDate.LocalDate => Calendar.dateOf(Date.now())

/** The last `days` days, today included. */
export const lastDays = (days: number): { start: LocalDate.LocalDate; end: LocalDate.LocalDate } =>
  Calendar.lastDays(today(), days)

/** A reconciliation period the rules accept today: the latest closed month. */
export const reconciliationPeriod = (): { start: LocalDate.LocalDate; end: LocalDate.LocalDate } => {
  const range = Rules.DocumentRules.reconciliationRange(today())
  const start = Calendar.firstDayOf(Period.monthOf(range.end))
  return { start: Calendar.max(start, range.start), end: range.end }
}

/** A closed month whose documents are out. */
export const closedMonth = { year: 2020, month: 9 } as const
