/**
 * The interface strings of `<kab-detalization>` (B8, «Детализация») and `<kab-payment-history>` (B17,
 * «История платежей»): the request form — period, output, the request button — and the table of
 * records. The notes on the 90-day window and today's incomplete records, the titles and the rules'
 * reasons are the core's.
 */
import type { Section, Translation } from "./section.js"

/** In Russian, the manual's words: the default language and the source of every key. */
export const ru = {
  "records.detalization.intro": "Выберите период и способ отображения детализации.",
  "records.detalization.submit": "Запросить детализацию",
  "records.payments.intro": "Выберите необходимый период и способ отображения данных.",
  "records.payments.submit": "Запросить",
  "records.period.legend": "НАЧАЛО И КОНЕЦ ПЕРИОДА",
  "records.period.start": "Начало", // not in the manual: the manual's one range field as two dates
  "records.period.end": "Конец", // not in the manual
  "records.period.limits": "Можно выбрать дни с {start} по {end}.", // not in the manual
  "records.period.required": "Укажите начало и конец периода", // the manual's words on «Документы и отчеты»
  "records.output.legend": "ВЫВОД",
  "records.output.screen": "На экран",
  "records.output.pdf": "Файл формата PDF",
  "records.output.xls": "Файл формата XLS",
  "records.calls.at": "Дата и время", // not in the manual: the columns of the call records
  "records.calls.kind": "Тип",
  "records.calls.counterpart": "Абонент",
  "records.calls.duration": "Длительность",
  "records.calls.volume": "Объем, КБ",
  "records.calls.cost": "Стоимость",
  "records.payments.paidAt": "Дата и время", // not in the manual: the columns of the payments
  "records.payments.amount": "Сумма",
  "records.payments.channel": "Способ оплаты",
  "records.payments.document": "Документ",
  "records.payments.account": "Лицевой счет",
  "records.table.count": "Записей: {count}", // not in the manual
  "records.table.loading": "Загрузка…", // not in the manual
  "records.table.empty": "За выбранный период записей нет.", // not in the manual
  "records.table.sorting": "Сортировка: загружено {loaded} из {total}…", // not in the manual
  "records.table.retry": "Повторить", // not in the manual
  "records.number.loading": "Загрузка номера…", // not in the manual
} as const satisfies Section<"records">

/** In Kazakh. */
export const kk: Translation<typeof ru> = {
  "records.detalization.intro": "Детализацияның кезеңін және көрсету тәсілін таңдаңыз.",
  "records.detalization.submit": "Детализацияны сұрау",
  "records.payments.intro": "Қажетті кезеңді және деректерді көрсету тәсілін таңдаңыз.",
  "records.payments.submit": "Сұрау",
  "records.period.legend": "КЕЗЕҢНІҢ БАСЫ МЕН СОҢЫ",
  "records.period.start": "Басы",
  "records.period.end": "Соңы",
  "records.period.limits": "Таңдауға болатын күндер: {start} – {end}.",
  "records.period.required": "Кезеңнің басы мен соңын көрсетіңіз",
  "records.output.legend": "ШЫҒАРУ",
  "records.output.screen": "Экранға",
  "records.output.pdf": "PDF форматындағы файл",
  "records.output.xls": "XLS форматындағы файл",
  "records.calls.at": "Күні мен уақыты",
  "records.calls.kind": "Түрі",
  "records.calls.counterpart": "Абонент",
  "records.calls.duration": "Ұзақтығы",
  "records.calls.volume": "Көлемі, КБ",
  "records.calls.cost": "Құны",
  "records.payments.paidAt": "Күні мен уақыты",
  "records.payments.amount": "Сомасы",
  "records.payments.channel": "Төлем тәсілі",
  "records.payments.document": "Құжат",
  "records.payments.account": "Дербес шот",
  "records.table.count": "Жазбалар: {count}",
  "records.table.loading": "Жүктелуде…",
  "records.table.empty": "Таңдалған кезеңде жазбалар жоқ.",
  "records.table.sorting": "Сұрыптау: {total} ішінен {loaded} жүктелді…",
  "records.table.retry": "Қайталау",
  "records.number.loading": "Нөмір жүктелуде…",
}

/** In English. */
export const en: Translation<typeof ru> = {
  "records.detalization.intro": "Choose the period and how to show the call details.",
  "records.detalization.submit": "Request call details",
  "records.payments.intro": "Choose the period and how to show the data.",
  "records.payments.submit": "Request",
  "records.period.legend": "PERIOD START AND END",
  "records.period.start": "Start",
  "records.period.end": "End",
  "records.period.limits": "Days from {start} to {end} can be chosen.",
  "records.period.required": "Enter the start and end of the period",
  "records.output.legend": "OUTPUT",
  "records.output.screen": "On screen",
  "records.output.pdf": "PDF file",
  "records.output.xls": "XLS file",
  "records.calls.at": "Date and time",
  "records.calls.kind": "Type",
  "records.calls.counterpart": "Other party",
  "records.calls.duration": "Duration",
  "records.calls.volume": "Volume, KB",
  "records.calls.cost": "Cost",
  "records.payments.paidAt": "Date and time",
  "records.payments.amount": "Amount",
  "records.payments.channel": "Paid by",
  "records.payments.document": "Document",
  "records.payments.account": "Personal account",
  "records.table.count": "Records: {count}",
  "records.table.loading": "Loading…",
  "records.table.empty": "No records in the chosen period.",
  "records.table.sorting": "Sorting: {loaded} of {total} loaded…",
  "records.table.retry": "Retry",
  "records.number.loading": "Loading the number…",
}
