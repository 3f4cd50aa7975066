/**
 * The number list's own interface strings in Russian (the manual's words), Kazakh and English. The
 * column names, «Поиск» and the quick operations are the manual's; strings the manual does not have
 * are marked "not in the manual". Names of operations, statuses and billing methods come from the
 * core's catalogue, not from here.
 */
import type { Messages } from "@kabinet/core"

export const ru = {
  "column.msisdn": "Номер",
  "column.accountNumber": "Лицевой счет",
  "column.tariffName": "Тарифный план",
  "column.billingMethod": "Метод расчета",
  "column.status": "Статус",
  "column.availableFunds": "Доступные средства",
  "column.actions": "Быстрые операции", // the manual: «список быстрых операций справа от списка»
  "search.label": "Поиск",
  "search.placeholder": "Номер, лицевой счет или тарифный план", // not in the manual
  "menu.button": "Быстрые операции: {phone}", // not in the manual: the ⋮ button's name
  "row.loading": "Загрузка…", // not in the manual
  "list.loading": "Загрузка списка номеров…", // not in the manual
  "list.empty": "У компании нет номеров.", // not in the manual
  "list.noResults": "По запросу «{query}» ничего не найдено.", // not in the manual
  "list.count": "Найдено номеров: {count}", // not in the manual
  "list.retry": "Повторить", // not in the manual
  "list.noTariff": "-", // the manual prints «-» when a line has no tariff
} as const

/** A key of the number list's strings. */
export type NumberListKey = keyof typeof ru

/** The number list's strings of one language. */
export type NumberListStrings = { readonly [K in NumberListKey]: string }

export const kk: NumberListStrings = {
  "column.msisdn": "Нөмір",
  "column.accountNumber": "Дербес шот",
  "column.tariffName": "Тарифтік жоспар",
  "column.billingMethod": "Есеп айырысу әдісі",
  "column.status": "Мәртебе",
  "column.availableFunds": "Қолжетімді қаражат",
  "column.actions": "Жылдам операциялар",
  "search.label": "Іздеу",
  "search.placeholder": "Нөмір, дербес шот немесе тарифтік жоспар",
  "menu.button": "Жылдам операциялар: {phone}",
  "row.loading": "Жүктелуде…",
  "list.loading": "Нөмірлер тізімі жүктелуде…",
  "list.empty": "Компанияның нөмірлері жоқ.",
  "list.noResults": "«{query}» сұрауы бойынша ештеңе табылмады.",
  "list.count": "Табылған нөмірлер: {count}",
  "list.retry": "Қайталау",
  "list.noTariff": "-",
}

export const en: NumberListStrings = {
  "column.msisdn": "Number",
  "column.accountNumber": "Personal account",
  "column.tariffName": "Tariff plan",
  "column.billingMethod": "Billing method",
  "column.status": "Status",
  "column.availableFunds": "Available funds",
  "column.actions": "Quick operations",
  "search.label": "Search",
  "search.placeholder": "Number, personal account or tariff plan",
  "menu.button": "Quick operations: {phone}",
  "row.loading": "Loading…",
  "list.loading": "Loading the numbers…",
  "list.empty": "The company has no numbers.",
  "list.noResults": "Nothing found for «{query}».",
  "list.count": "Numbers found: {count}",
  "list.retry": "Try again",
  "list.noTariff": "-",
}

/** The number list's strings of each language. */
export const numberListStrings: { readonly [L in Messages.Locale]: NumberListStrings } = { ru, kk, en }
