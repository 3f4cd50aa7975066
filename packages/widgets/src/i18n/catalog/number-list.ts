/**
 * The interface strings of `<kab-number-list>` (B1, «Управление номерами»): the manual's column names,
 * «Поиск» and the list's notes. Names of operations, statuses and billing methods are the core's.
 */
import type { Section, Translation } from "./section.js"

/** In Russian, the manual's words: the default language and the source of every key. */
export const ru = {
  "numbers.column.msisdn": "Номер",
  "numbers.column.accountNumber": "Лицевой счет",
  "numbers.column.tariffName": "Тарифный план",
  "numbers.column.billingMethod": "Метод расчета",
  "numbers.column.status": "Статус",
  "numbers.column.availableFunds": "Доступные средства",
  "numbers.column.actions": "Быстрые операции", // the manual: «список быстрых операций справа от списка»
  "numbers.search.label": "Поиск",
  "numbers.search.placeholder": "Номер, лицевой счет или тарифный план", // not in the manual
  "numbers.menu.button": "Быстрые операции: {phone}", // not in the manual: the ⋮ button's name
  "numbers.row.loading": "Загрузка…", // not in the manual
  "numbers.list.loading": "Загрузка списка номеров…", // not in the manual
  "numbers.list.empty": "У компании нет номеров.", // not in the manual
  "numbers.list.noResults": "По запросу «{query}» ничего не найдено.", // not in the manual
  "numbers.list.count": "Найдено номеров: {count}", // not in the manual
  "numbers.list.retry": "Повторить", // not in the manual
  "numbers.list.noTariff": "-", // the manual prints «-» when a line has no tariff
  "numbers.sort.label": "Сортировка", // on narrow widths, in place of the column headers
  "numbers.sort.default": "По номеру", // not in the manual: the operator's own order
  "numbers.sort.option": "{column}: {direction}", // not in the manual
  "numbers.sort.asc": "по возрастанию", // not in the manual
  "numbers.sort.desc": "по убыванию", // not in the manual
} as const satisfies Section<"numbers">

/** In Kazakh. */
export const kk: Translation<typeof ru> = {
  "numbers.column.msisdn": "Нөмір",
  "numbers.column.accountNumber": "Дербес шот",
  "numbers.column.tariffName": "Тарифтік жоспар",
  "numbers.column.billingMethod": "Есеп айырысу әдісі",
  "numbers.column.status": "Мәртебе",
  "numbers.column.availableFunds": "Қолжетімді қаражат",
  "numbers.column.actions": "Жылдам операциялар",
  "numbers.search.label": "Іздеу",
  "numbers.search.placeholder": "Нөмір, дербес шот немесе тарифтік жоспар",
  "numbers.menu.button": "Жылдам операциялар: {phone}",
  "numbers.row.loading": "Жүктелуде…",
  "numbers.list.loading": "Нөмірлер тізімі жүктелуде…",
  "numbers.list.empty": "Компанияның нөмірлері жоқ.",
  "numbers.list.noResults": "«{query}» сұрауы бойынша ештеңе табылмады.",
  "numbers.list.count": "Табылған нөмірлер: {count}",
  "numbers.list.retry": "Қайталау",
  "numbers.list.noTariff": "-",
  "numbers.sort.label": "Сұрыптау",
  "numbers.sort.default": "Нөмір бойынша",
  "numbers.sort.option": "{column}: {direction}",
  "numbers.sort.asc": "өсу ретімен",
  "numbers.sort.desc": "кему ретімен",
}

/** In English. */
export const en: Translation<typeof ru> = {
  "numbers.column.msisdn": "Number",
  "numbers.column.accountNumber": "Personal account",
  "numbers.column.tariffName": "Tariff plan",
  "numbers.column.billingMethod": "Billing method",
  "numbers.column.status": "Status",
  "numbers.column.availableFunds": "Available funds",
  "numbers.column.actions": "Quick operations",
  "numbers.search.label": "Search",
  "numbers.search.placeholder": "Number, personal account or tariff plan",
  "numbers.menu.button": "Quick operations: {phone}",
  "numbers.row.loading": "Loading…",
  "numbers.list.loading": "Loading the numbers…",
  "numbers.list.empty": "The company has no numbers.",
  "numbers.list.noResults": "Nothing found for “{query}”.",
  "numbers.list.count": "Numbers found: {count}",
  "numbers.list.retry": "Try again",
  "numbers.list.noTariff": "-",
  "numbers.sort.label": "Sort",
  "numbers.sort.default": "By number",
  "numbers.sort.option": "{column}: {direction}",
  "numbers.sort.asc": "ascending",
  "numbers.sort.desc": "descending",
}
