/**
 * The words every exported file uses around its table, in Russian, Kazakh and English: the page
 * header's field names, page numbers, the totals row, and the sentences a widget shows when an
 * export fails.
 *
 * @example
 * ```ts
 * import { Labels } from "@kabinet/core/export"
 * Labels.text("kk", "total") // "Барлығы"
 * Labels.text("ru", "tooLarge", { limit: "20 000" }) // "В файл PDF помещается не более 20 000 строк…"
 * ```
 */
import type { Locale } from "./Table.js"

const ru = {
  company: "Компания",
  number: "Номер",
  account: "Лицевой счет",
  period: "Период",
  page: "Страница {page} из {pages}",
  total: "Итого",
  tooLarge: "В файл PDF помещается не более {limit} строк. Выгрузите данные в формате XLSX.",
  failed: "Не удалось сформировать файл. Попробуйте еще раз через 2–3 минуты.",
}

/** Every label's key. */
export type Key = keyof typeof ru

const kk: Record<Key, string> = {
  company: "Компания",
  number: "Нөмір",
  account: "Дербес шот",
  period: "Кезең",
  page: "{pages} беттің {page}-беті",
  total: "Барлығы",
  tooLarge: "PDF файлына {limit} жолдан аспайды. Деректерді XLSX форматында жүктеңіз.",
  failed: "Файлды жасау мүмкін болмады. 2–3 минуттан кейін қайталап көріңіз.",
}

const en: Record<Key, string> = {
  company: "Company",
  number: "Number",
  account: "Account",
  period: "Period",
  page: "Page {page} of {pages}",
  total: "Total",
  tooLarge: "A PDF holds at most {limit} rows. Export the data as XLSX instead.",
  failed: "The file could not be made. Try again in 2–3 minutes.",
}

/** Every label in every language. */
export const catalogue: Record<Locale, Record<Key, string>> = { ru, kk, en }

/**
 * A label in a language, with `{name}` placeholders filled in.
 *
 * @example
 * ```ts
 * Labels.text("en", "page", { page: 2, pages: 7 }) // "Page 2 of 7"
 * ```
 */
export const text = (locale: Locale, key: Key, params: Record<string, string | number> = {}): string =>
  catalogue[locale][key].replace(/\{(\w+)\}/gu, (whole, name: string) => String(params[name] ?? whole))
