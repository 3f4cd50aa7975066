/**
 * The interface strings of `<kab-number-profile>` (B2–B7, «Информация по номеру»): the manual's
 * section titles and labels, in its case (capitals where it prints them so). Names of operations,
 * statuses, billing methods, ban states and the manual's notes are the core's.
 */
import type { Section, Translation } from "./section.js"

/** In Russian, the manual's words: the default language and the source of every key. */
export const ru = {
  "profile.title": "Информация по номеру",
  "profile.statusChangedAt": "Дата изменения статуса", // not in the manual: names the date beside the status
  "profile.tariff": "ТАРИФ",
  "profile.funds": "ДОСТУПНЫЕ СРЕДСТВА",
  "profile.individualLimit": "ИНДИВИДУАЛЬНЫЙ ЛИМИТ",
  "profile.creditLimit": "КРЕДИТНЫЙ ЛИМИТ",
  "profile.noTariff": "-", // the manual prints «-» when a line has no tariff
  "profile.more": "Другие операции", // not in the manual: the name of the ⋮ button
  "profile.loading": "Загрузка информации по номеру…", // not in the manual
  "profile.retry": "Повторить", // not in the manual
  "profile.processing": "Операция выполняется с {time}", // not in the manual
  "profile.statusNow": "Статус номера: {status}", // not in the manual: announced when an operation ends
  "profile.general.title": "Общая информация",
  "profile.general.billingMethod": "Метод расчета:",
  "profile.general.registrationForm": "Регистрационная форма:",
  "profile.general.accountNumber": "Лицевой счет:",
  "profile.sim.title": "SIM карта и устройство",
  "profile.sim.pin1": "PIN1:",
  "profile.sim.pin2": "PIN2:",
  "profile.sim.puk1": "PUK1:",
  "profile.sim.puk2": "PUK2:",
  "profile.sim.iccid": "ICCID:",
  "profile.sim.changedAt": "Дата замены Sim карты:",
  "profile.sim.imei": "IMEI:",
  "profile.sim.never": "-", // not in the manual: no SIM change, no device yet
  "profile.sim.masked": "скрыт", // not in the manual: read instead of the dots of a masked code
  "profile.sim.show": "Показать", // not in the manual
  "profile.sim.hide": "Скрыть", // not in the manual
  "profile.remainders.title": "Остатки по тарифному плану",
  "profile.remainders.additional": "Дополнительно",
  "profile.remainders.none": "Нет остатков.", // not in the manual
  "profile.remainders.onNetCalls": "Звонки внутри сети {onNet}",
  "profile.remainders.offNetCalls": "Звонки на других сотовых операторов РК",
  "profile.remainders.available": "Доступно",
  "profile.remainders.total": "Всего",
  "profile.remainders.unlimited": "Безлимит",
  "profile.remainders.connectedOn": "Дата подключения",
  "profile.remainders.disconnectedOn": "Дата отключения",
  "profile.remainders.seconds": "{minutes} мин {seconds} сек",
  "profile.remainders.messages": "{count} SMS",
  "profile.remainders.megabytes": "{count} МБ",
  "profile.remainders.ofTotal": "{available} из {total}", // not in the manual: the meter's spoken value
  "profile.spending.title": "Расходы за 6 месяцев", // not in the manual
  "profile.spending.month": "Месяц", // not in the manual
  "profile.spending.amount": "Расходы", // not in the manual
  "profile.spending.current": "{month} (текущий месяц)", // not in the manual
  "profile.services.connected": "Подключенные услуги",
  "profile.services.available": "Доступные услуги",
  "profile.services.noneConnected": "Нет подключенных услуг.", // not in the manual
  "profile.services.noneAvailable": "Нет услуг, доступных к подключению.", // not in the manual
  "profile.services.conditions": "Условия услуги {name}", // not in the manual: the info icon's name
  "profile.services.fee": "{fee} в месяц", // not in the manual
  "profile.services.since": "Подключена {date}", // not in the manual
  "profile.services.connectedNow": "Услуга «{name}» подключена.", // not in the manual
  "profile.services.disconnectedNow": "Услуга «{name}» отключена.", // not in the manual
  "profile.services.confirmTitle": "Отключить услугу", // not in the manual
  "profile.services.confirmText": "Вы уверены, что хотите отключить услугу «{name}»?", // not in the manual
  "profile.group.voice": "Голосовые",
  "profile.group.internet": "Интернет",
  "profile.subgroup.roaming": "Роуминг",
  "profile.subgroup.roamingPromotions": "Акции в роуминге",
  "profile.subgroup.internationalCalls": "Международные звонки",
  "profile.subgroup.internetPackages": "Интернет-пакеты",
} as const satisfies Section<"profile">

/** In Kazakh. */
export const kk: Translation<typeof ru> = {
  "profile.title": "Нөмір туралы ақпарат",
  "profile.statusChangedAt": "Мәртебенің өзгерген күні",
  "profile.tariff": "ТАРИФ",
  "profile.funds": "ҚОЛЖЕТІМДІ ҚАРАЖАТ",
  "profile.individualLimit": "ЖЕКЕ ЛИМИТ",
  "profile.creditLimit": "НЕСИЕ ЛИМИТІ",
  "profile.noTariff": "-",
  "profile.more": "Басқа операциялар",
  "profile.loading": "Нөмір туралы ақпарат жүктелуде…",
  "profile.retry": "Қайталау",
  "profile.processing": "Операция басталған уақыт: {time}",
  "profile.statusNow": "Нөмір мәртебесі: {status}",
  "profile.general.title": "Жалпы ақпарат",
  "profile.general.billingMethod": "Есеп айырысу әдісі:",
  "profile.general.registrationForm": "Тіркеу нысаны:",
  "profile.general.accountNumber": "Дербес шот:",
  "profile.sim.title": "SIM карта және құрылғы",
  "profile.sim.pin1": "PIN1:",
  "profile.sim.pin2": "PIN2:",
  "profile.sim.puk1": "PUK1:",
  "profile.sim.puk2": "PUK2:",
  "profile.sim.iccid": "ICCID:",
  "profile.sim.changedAt": "Sim картаның ауыстырылған күні:",
  "profile.sim.imei": "IMEI:",
  "profile.sim.never": "-",
  "profile.sim.masked": "жасырын",
  "profile.sim.show": "Көрсету",
  "profile.sim.hide": "Жасыру",
  "profile.remainders.title": "Тарифтік жоспар бойынша қалдықтар",
  "profile.remainders.additional": "Қосымша",
  "profile.remainders.none": "Қалдықтар жоқ.",
  "profile.remainders.onNetCalls": "Желі ішіндегі қоңыраулар: {onNet}",
  "profile.remainders.offNetCalls": "ҚР басқа ұялы операторларына қоңыраулар",
  "profile.remainders.available": "Қолжетімді",
  "profile.remainders.total": "Барлығы",
  "profile.remainders.unlimited": "Шектеусіз",
  "profile.remainders.connectedOn": "Қосылған күні",
  "profile.remainders.disconnectedOn": "Ажыратылған күні",
  "profile.remainders.seconds": "{minutes} мин {seconds} сек",
  "profile.remainders.messages": "{count} SMS",
  "profile.remainders.megabytes": "{count} МБ",
  "profile.remainders.ofTotal": "{available} / {total}",
  "profile.spending.title": "6 айдағы шығыстар",
  "profile.spending.month": "Ай",
  "profile.spending.amount": "Шығыстар",
  "profile.spending.current": "{month} (ағымдағы ай)",
  "profile.services.connected": "Қосылған қызметтер",
  "profile.services.available": "Қолжетімді қызметтер",
  "profile.services.noneConnected": "Қосылған қызметтер жоқ.",
  "profile.services.noneAvailable": "Қосуға болатын қызметтер жоқ.",
  "profile.services.conditions": "Қызмет шарттары: {name}",
  "profile.services.fee": "айына {fee}",
  "profile.services.since": "Қосылған күні: {date}",
  "profile.services.connectedNow": "«{name}» қызметі қосылды.",
  "profile.services.disconnectedNow": "«{name}» қызметі ажыратылды.",
  "profile.services.confirmTitle": "Қызметті ажырату",
  "profile.services.confirmText": "«{name}» қызметін ажыратқыңыз келетініне сенімдісіз бе?",
  "profile.group.voice": "Дауыстық",
  "profile.group.internet": "Интернет",
  "profile.subgroup.roaming": "Роуминг",
  "profile.subgroup.roamingPromotions": "Роумингтегі акциялар",
  "profile.subgroup.internationalCalls": "Халықаралық қоңыраулар",
  "profile.subgroup.internetPackages": "Интернет-пакеттер",
}

/** In English. */
export const en: Translation<typeof ru> = {
  "profile.title": "Number information",
  "profile.statusChangedAt": "Status changed",
  "profile.tariff": "TARIFF",
  "profile.funds": "AVAILABLE FUNDS",
  "profile.individualLimit": "INDIVIDUAL LIMIT",
  "profile.creditLimit": "CREDIT LIMIT",
  "profile.noTariff": "-",
  "profile.more": "More operations",
  "profile.loading": "Loading the number's information…",
  "profile.retry": "Try again",
  "profile.processing": "Operation running since {time}",
  "profile.statusNow": "Number status: {status}",
  "profile.general.title": "General information",
  "profile.general.billingMethod": "Billing method:",
  "profile.general.registrationForm": "Registration form:",
  "profile.general.accountNumber": "Personal account:",
  "profile.sim.title": "SIM card and device",
  "profile.sim.pin1": "PIN1:",
  "profile.sim.pin2": "PIN2:",
  "profile.sim.puk1": "PUK1:",
  "profile.sim.puk2": "PUK2:",
  "profile.sim.iccid": "ICCID:",
  "profile.sim.changedAt": "SIM card replaced:",
  "profile.sim.imei": "IMEI:",
  "profile.sim.never": "-",
  "profile.sim.masked": "hidden",
  "profile.sim.show": "Show",
  "profile.sim.hide": "Hide",
  "profile.remainders.title": "Tariff plan remainders",
  "profile.remainders.additional": "Additional",
  "profile.remainders.none": "No remainders.",
  "profile.remainders.onNetCalls": "Calls within the {onNet} network",
  "profile.remainders.offNetCalls": "Calls to other mobile operators in Kazakhstan",
  "profile.remainders.available": "Available",
  "profile.remainders.total": "Total",
  "profile.remainders.unlimited": "Unlimited",
  "profile.remainders.connectedOn": "Connected on",
  "profile.remainders.disconnectedOn": "Disconnected on",
  "profile.remainders.seconds": "{minutes} min {seconds} s",
  "profile.remainders.messages": "{count} SMS",
  "profile.remainders.megabytes": "{count} MB",
  "profile.remainders.ofTotal": "{available} of {total}",
  "profile.spending.title": "Spending over 6 months",
  "profile.spending.month": "Month",
  "profile.spending.amount": "Spending",
  "profile.spending.current": "{month} (current month)",
  "profile.services.connected": "Connected services",
  "profile.services.available": "Available services",
  "profile.services.noneConnected": "No connected services.",
  "profile.services.noneAvailable": "No services to connect.",
  "profile.services.conditions": "Conditions of {name}",
  "profile.services.fee": "{fee} a month",
  "profile.services.since": "Connected {date}",
  "profile.services.connectedNow": "“{name}” is connected.",
  "profile.services.disconnectedNow": "“{name}” is disconnected.",
  "profile.services.confirmTitle": "Disconnect the service",
  "profile.services.confirmText": "Are you sure you want to disconnect “{name}”?",
  "profile.group.voice": "Voice",
  "profile.group.internet": "Internet",
  "profile.subgroup.roaming": "Roaming",
  "profile.subgroup.roamingPromotions": "Roaming promotions",
  "profile.subgroup.internationalCalls": "International calls",
  "profile.subgroup.internetPackages": "Internet packages",
}
