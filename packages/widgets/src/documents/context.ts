/**
 * What every tab of `<kab-documents>` shares: its host, words, store link, and the day the operator's
 * rules count from («today» in Asia/Almaty, from the store's clock, so stories and tests set it).
 */
import { Calendar, type Company, Format, type LocalDate, type Period, Rules } from "@kabinet/core"
import type { ReactiveControllerHost } from "lit"
import type { I18nController } from "../i18n/i18n-controller.js"
import type { KabinetController } from "../internal/controllers/kabinet-controller.js"

/** The host, words and store link a tab works with. */
export interface DocumentsContext {
  readonly host: ReactiveControllerHost & HTMLElement
  readonly i18n: I18nController
  readonly kabinet: KabinetController
}

/** The operator's moment now, by the store's clock. */
export const momentOf = (context: DocumentsContext): Calendar.Moment => Calendar.momentAt(context.kabinet.store.now())

/** Today in Asia/Almaty, by the store's clock. */
export const todayOf = (context: DocumentsContext): LocalDate.LocalDate => momentOf(context).today

/** The company the documents are of, or nothing before the admin signs in. */
export const companyIdOf = (context: DocumentsContext): Company.CompanyId | undefined => context.kabinet.store.companyId

/** The refusal's text, or nothing when the decision allows. */
export const refusal = (context: DocumentsContext, decision: Rules.Decision): string | undefined =>
  Rules.isDenied(decision) ? context.i18n.message(decision) : undefined

/** A month's name alone, capitalised: «Январь», «Қаңтар», «January». */
export const monthName = (context: DocumentsContext, month: Period.Month): string => {
  const [name = ""] = Format.month(context.i18n.locale, month).split(" ")
  return name.charAt(0).toLocaleUpperCase(context.i18n.intlTag) + name.slice(1)
}

/** `"2026-02"` → `{ year: 2026, month: 2 }`; nothing for anything else. */
export const parseMonth = (value: string): Period.Month | undefined => {
  const match = /^(\d{4})-(\d{2})$/u.exec(value)
  if (match === null) return undefined
  const month = { year: Number(match[1]), month: Number(match[2]) }
  return month.month >= 1 && month.month <= 12 ? month : undefined
}

/** `"2026-02-05"` as a day, or nothing when it is not one. */
export const parseDay = (value: string): LocalDate.LocalDate | undefined =>
  /^\d{4}-\d{2}-\d{2}$/u.test(value) ? (value as LocalDate.LocalDate) : undefined
