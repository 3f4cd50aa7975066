/**
 * The interface strings of `<kab-company-switcher>` (A4, «Выбор компании»; the label itself is the core's).
 */
import type { Section, Translation } from "./section.js"

/** In Russian, the manual's words: the default language and the source of every key. */
export const ru = {
  // A4. Company selection (its label is the core's «Выбор компании»).
  "companies.empty": "Нет доступных компаний.", // not in the manual
} as const satisfies Section<"companies">

/** In Kazakh. */
export const kk: Translation<typeof ru> = {
  "companies.empty": "Қолжетімді компаниялар жоқ.",
}

/** In English. */
export const en: Translation<typeof ru> = {
  "companies.empty": "No companies available.",
}
