/**
 * Russian messages: the default language and the source of every message key. Wording follows the
 * operator's manual word for word where it speaks; where it is silent the text says so in the same
 * register. The operator's brand never appears literally: `{operator}`, `{selfCare}` and `{onNet}`
 * are filled from the configured brand (see `Messages.Brand`).
 *
 * @example
 * ```ts
 * import { Messages } from "@kabinet/core"
 * Messages.format("ru", "status.debtBlocked") // "Заблокирован / Долг"
 * ```
 */
import type { Template } from "./Messages.js"

const retry =
  "Подождите 2–3 минуты, обновите страницу и попробуйте снова. Если ситуация не изменится, обратитесь в службу поддержки корпоративных клиентов."

/**
 * Every message of Kabinet in Russian. Its keys are the `MessageKey` type: adding a key here makes
 * the Kazakh and English catalogues fail to compile until they translate it.
 *
 * @example
 * ```ts
 * ru["operation.simSwap"] // "Замена SIM-карты"
 * ```
 */
export const ru = {
  // Statuses of a number, as the operator spells them.
  "status.active": "Активный",
  "status.blocked": "Заблокирован",
  "status.debtBlocked": "Заблокирован / Долг",
  "status.processing": "В обработке",

  // Billing methods («Метод расчета»).
  "billing.credit": "Кредитный",
  "billing.advance": "Авансовый",

  // States of a ban in «Общая информация».
  "ban.on": "Включен",
  "ban.off": "Отключен",

  // Operations on a number: menu entries, buttons and the operation named in error advice.
  "operation.block": "Блокировка",
  "operation.unblock": "Разблокировка",
  "operation.simSwap": "Замена SIM-карты",
  "operation.detailViewBan": "Запрет на просмотр детализации в {selfCare}",
  "operation.selfCareBan": "Запрет на доступ в {selfCare}",
  "operation.smsUssdBan": "Запрет на SMS / USSD управление",
  "operation.detalization": "Детализация",
  "operation.imeiRegistration": "Регистрация устройства (IMEI)",
  "operation.sendSecretCode": "Отправить секретный код",
  "operation.deleteSecretCode": "Удалить секретный код",
  "operation.forwarding": "Переадресация",
  "operation.connectService": "Подключить",
  "operation.disconnectService": "Отключить",
  "operation.paymentHistory": "История платежей",
  "operation.refresh": "Обновить",
  "operation.signIn": "Вход в {operator} Business ID",
  "operation.passwordRecovery": "Восстановление пароля",
  "operation.changeEmail": "Смена e-mail",
  "operation.changePassword": "Смена пароля",
  "operation.renameCompany": "Сокращенное название компании",
  "operation.selectCompany": "Выбор компании",
  "operation.loadNumbers": "Управление номерами",
  "operation.loadNumber": "Информация по номеру",

  // Documents and reports («Документы и отчеты»).
  "document.section": "Документы и отчеты",
  "document.paymentHistory": "История платежей",
  "document.invoiceSearch": "Поиск мобильного номера по номеру счета-фактуры",
  "document.actionHistory": "История действий",
  "document.numberListReport": "Отчет по списку номеров",
  "document.act": "Акт выполненных работ и расшифровка к счету-фактуре",
  "document.invoiceRegistry": "Реестр счетов-фактур",
  "document.reconciliation": "Акт сверки",
  "document.devicesReport": "Отчет по зарегистрированным устройствам",
  "document.paymentsReport": "Отчет по платежам",
  "document.beta": "бета-режим",

  // The manual's notes beside the forms whose rules they announce.
  "note.firstLogin": "Для первого входа требуется воспользоваться функцией «Забыли пароль?»",
  "note.recovery.resend":
    "Если Вы не получили код, воспользуйтесь функцией повторной отправки, которая будет доступна через 60 секунд после первой попытки.",
  "note.recovery.codeSent": "SMS код успешно выслан",
  "note.recovery.activate": "Вам необходимо изменить пароль, чтобы активировать Вашу учетную запись.",
  "note.funds": "Средства, доступные до конца текущего месяца",
  "note.block.duration": "Операция блокировки / разблокировки может занять 1–2 минуты.",
  "note.detalization.window": "Данные для выгрузки доступны за последние 90 дней, включая текущий.",
  "note.detalization.todayIncomplete":
    "Детализация вызовов за текущие сутки может быть неполной в связи с периодичностью обновления данных.",
  "note.secretCode.grants":
    "Секретный код дает возможность пользователю абонентского номера просмотреть информацию по номеру, включая детализацию вызовов в личном кабинете для физических лиц.",
  "note.secretCode.limits": "Секретный код не дает возможность пользователю номера подключать / отключать услуги.",
  "note.imei.lastRecorded": "Указан последний зафиксированный IMEI код устройства, использовавшегося с данным номером.",
  "note.imei.notRegistered": "Устройство не зарегистрировано с этим номером",
  "note.act.availability": "Внимание! Акты выполненных работ за прошедший учетный месяц доступны после 5 числа месяца.",
  "note.act.since": "Акты выполненных работ доступны с 1 января 2018 года.",
  "note.invoiceRegistry.availability":
    "Внимание! Реестр счетов-фактур за прошедший учетный месяц доступен с 4 числа месяца.",
  "note.reconciliation.maxPeriod": "Максимальный период запроса 12 месяцев от текущей даты.",
  "note.reconciliation.availability": "Внимание! Акты сверки за прошедший учетный месяц доступны после 3 числа месяца.",
  "note.payments.maxPeriod": "Максимальный период запроса 3 месяца от текущей даты.",
  "note.report.byEmail":
    "Подготовка данных может занять некоторое время. Сформированный отчет будет отправлен на указанный Вами email.",

  // Why an action is refused: one message per rule of the catalogue (and per reason).
  "rule.number.operation.pending":
    "Номер в статусе «В обработке»: дождитесь завершения текущей операции (обычно 1–2 минуты) и обновите статус.",
  "rule.number.block.notActive": "Заблокировать можно только номер со статусом «Активный».",
  "rule.number.unblock.notBlocked": "Разблокировать можно только номер со статусом «Заблокирован».",
  "rule.number.unblock.debt":
    "Самостоятельная разблокировка недоступна, так как на номере есть неоплаченная задолженность (статус «Заблокирован / Долг»).",
  "rule.number.simSwap.notActive": "Замена SIM-карты может быть осуществлена только на номере со статусом «Активный».",
  "rule.number.simSwap.sameSim": "Указан номер текущей SIM-карты. Введите номер новой SIM-карты с ее обратной стороны.",
  "rule.number.simSwap.iccidInUse": "Эта SIM-карта уже используется другим номером. Проверьте номер SIM-карты.",
  "rule.number.forwarding.delay": "Время ожидания ответа — от {min} до {max} секунд с шагом {step} секунд.",
  "rule.number.forwarding.selfTarget": "Нельзя переадресовать вызовы на этот же номер.",
  "rule.number.imei.notRecorded":
    "IMEI устройства еще не зафиксирован. Вставьте SIM-карту с этим номером в устройство, подлежащее регистрации: в поле «Последний зафиксированный IMEI» высветится это устройство.",
  "rule.number.imei.incomplete": "Для регистрации нужен полный 15-значный IMEI с контрольной цифрой.",
  "rule.number.imei.alreadyRegistered": "Это устройство уже зарегистрировано с этим номером.",
  "rule.number.paymentHistory.advanceOnly":
    "История платежей на странице номера доступна для номеров с авансовым методом расчета. Для кредитных номеров откройте «Документы и отчеты» → «История платежей».",
  "rule.secretCode.noServiceChanges":
    "Секретный код не дает возможность пользователю номера подключать / отключать услуги.",
  "rule.detalization.window":
    "Данные для выгрузки доступны за последние {days} дней, включая текущий: начало периода — не ранее {earliest:date}.",
  "period.order": "Начало периода должно быть не позже его конца.",
  "period.future": "Конец периода не может быть позже сегодняшнего дня.",
  "rule.document.paymentHistory.creditOnly":
    "История платежей по лицевым счетам с кредитным методом расчета. Для получения информации по номерам с авансовым методом расчета воспользуйтесь соответствующей услугой на странице управления номером.",
  "rule.document.invoiceSearch.numberRequired":
    "Введите регистрационный номер или номер учетной системы счета-фактуры.",
  "rule.document.invoiceSearch.futureYear": "Год счета-фактуры не может быть позже текущего ({year}).",
  "rule.document.act.notYet":
    "Акт выполненных работ за {month:month} будет доступен с {availableFrom:date}: акты за прошедший учетный месяц доступны после 5 числа месяца.",
  "rule.document.act.tooEarly": "Акты выполненных работ доступны с 1 января 2018 года.",
  "rule.document.invoiceRegistry.notYet":
    "Реестр счетов-фактур за {month:month} будет доступен с {availableFrom:date}: реестр за прошедший учетный месяц доступен с 4 числа месяца.",
  "rule.document.reconciliation.notYet":
    "Акт сверки за {month:month} будет доступен с {availableFrom:date}: акты сверки за прошедший учетный месяц доступны после 3 числа месяца.",
  "rule.report.reconciliation.maxPeriod":
    "Максимальный период запроса {months} месяцев от текущей даты: начало периода — не ранее {earliest:date}.",
  "rule.report.payments.maxPeriod":
    "Максимальный период запроса {months} месяца от текущей даты: начало периода — не ранее {earliest:date}.",
  "rule.login.notActivated": "Для первого входа требуется воспользоваться функцией «Забыли пароль?».",
  "rule.login.locked": {
    plural: "minutes",
    one: "Вход временно заблокирован после {attempts} неудачных попыток. Попробуйте снова через {minutes} минуту (в {lockedUntil:time}).",
    few: "Вход временно заблокирован после {attempts} неудачных попыток. Попробуйте снова через {minutes} минуты (в {lockedUntil:time}).",
    many: "Вход временно заблокирован после {attempts} неудачных попыток. Попробуйте снова через {minutes} минут (в {lockedUntil:time}).",
    other:
      "Вход временно заблокирован после {attempts} неудачных попыток. Попробуйте снова через {minutes} минуты (в {lockedUntil:time}).",
  },
  "rule.recovery.resendCooldown": {
    plural: "seconds",
    one: "Отправить код повторно можно через {seconds} секунду.",
    few: "Отправить код повторно можно через {seconds} секунды.",
    many: "Отправить код повторно можно через {seconds} секунд.",
    other: "Отправить код повторно можно через {seconds} секунды.",
  },
  "rule.recovery.codeExpired": "Срок действия SMS кода ({minutes} минут) истек. Запросите новый код.",
  "rule.recovery.tooManyTries": "Код введен неверно {tries} раз. Запросите новый код.",
  "rule.recovery.sendLimit": {
    plural: "minutes",
    one: "За последний час отправлено {max} SMS кодов. Новый код можно запросить через {minutes} минуту.",
    few: "За последний час отправлено {max} SMS кодов. Новый код можно запросить через {minutes} минуты.",
    many: "За последний час отправлено {max} SMS кодов. Новый код можно запросить через {minutes} минут.",
    other: "За последний час отправлено {max} SMS кодов. Новый код можно запросить через {minutes} минуты.",
  },
  "rule.recovery.tryLimit": {
    plural: "minutes",
    one: "Слишком много неверных кодов за последний час. Попробуйте снова через {minutes} минуту.",
    few: "Слишком много неверных кодов за последний час. Попробуйте снова через {minutes} минуты.",
    many: "Слишком много неверных кодов за последний час. Попробуйте снова через {minutes} минут.",
    other: "Слишком много неверных кодов за последний час. Попробуйте снова через {minutes} минуты.",
  },
  "rule.profile.currentPassword.required": "Введите текущий пароль.",
  "rule.profile.currentPassword.wrong": "Неверный текущий пароль.",
  "rule.profile.shortName.tooLong": {
    plural: "max",
    one: "Сокращенное название — не длиннее {max} символа.",
    other: "Сокращенное название — не длиннее {max} символов.",
  },
  "rule.password.tooShort": {
    plural: "min",
    one: "Пароль должен содержать не менее {min} символа.",
    other: "Пароль должен содержать не менее {min} символов.",
  },
  "rule.password.tooLong": {
    plural: "max",
    one: "Пароль должен содержать не более {max} символа.",
    other: "Пароль должен содержать не более {max} символов.",
  },
  "rule.password.common":
    "Этот пароль слишком распространен или уже встречался в утечках данных. Придумайте другой — например, фразу из нескольких слов.",
  "rule.password.context": "Пароль не должен содержать ваш номер телефона, e-mail или название сервиса.",
  "rule.password.sameAsCurrent": "Новый пароль должен отличаться от текущего.",
  "rule.password.confirmationMismatch": "Пароли не совпадают.",

  // What went wrong, one per error kind.
  "error.operatorUnavailable": "Сервис оператора временно недоступен.",
  "error.unauthorized": "Войдите в «Кабинет», чтобы продолжить.",
  "error.sessionExpired": "Сеанс работы истек. Войдите снова.",
  "error.forbidden": "Недостаточно прав для этой операции.",
  "error.rateLimited": {
    plural: "seconds",
    one: "Слишком много запросов. Повторите через {seconds} секунду.",
    few: "Слишком много запросов. Повторите через {seconds} секунды.",
    many: "Слишком много запросов. Повторите через {seconds} секунд.",
    other: "Слишком много запросов. Повторите через {seconds} секунды.",
  },
  "error.contractViolation": "Получен некорректный ответ оператора.",
  "error.network": "Нет связи с сервером. Проверьте подключение к интернету.",
  "error.timeout": "Оператор не ответил вовремя.",
  "error.notFound": "Данные не найдены: возможно, они изменились. Обновите страницу.",
  "error.invalidCredentials": "Неверный номер телефона или пароль.",
  "error.invalidCredentials.attemptsLeft": {
    plural: "attempts",
    one: "Осталась {attempts} попытка, затем вход будет заблокирован на {minutes} минут.",
    few: "Осталось {attempts} попытки, затем вход будет заблокирован на {minutes} минут.",
    many: "Осталось {attempts} попыток, затем вход будет заблокирован на {minutes} минут.",
    other: "Осталось {attempts} попытки, затем вход будет заблокирован на {minutes} минут.",
  },

  // What to do next: the manual's FAQ advice.
  "advice.retry": retry,
  "advice.retryOperation": `Операция «{operation}» не выполнена. ${retry}`,
  "advice.checkCredentials":
    "Проверьте корректность введенных учетных данных. Первый вход необходимо осуществить через функцию «Забыли пароль?».",
  "advice.requestAccess":
    "Для управления организацией от нее должна быть направлена заявка на предоставление доступа администратору.",

  // Input that does not parse as an identifier (the `message` of the identifier schemas' failures).
  "field.required": "Заполните поле.",
  "date.invalid": "Введите дату в формате ДД-ММ-ГГГГ.",
  "msisdn.invalid": "Номер телефона в формате 77012223344.",
  "msisdn.empty": "Введите номер телефона.",
  "msisdn.characters": "Номер телефона может содержать только цифры, пробелы, скобки, дефисы и «+» в начале.",
  "msisdn.length": "Номер телефона в формате 77012223344: 11 цифр.",
  "msisdn.country": "Номер телефона должен начинаться с 7 или 8: формат 77012223344.",
  "msisdn.notMobile": "Это не мобильный номер Казахстана.",
  "iccid.invalid": "Некорректный номер SIM-карты.",
  "iccid.empty": "Введите номер SIM-карты.",
  "iccid.characters": "Номер SIM-карты состоит только из цифр.",
  "iccid.length": "Для замены введите 20-ти значный номер новой SIM карты.",
  "iccid.checkDigit": "Номер SIM-карты введен с ошибкой: проверьте его по обратной стороне SIM-карты.",
  "imei.invalid": "Некорректный IMEI.",
  "imei.empty": "Введите IMEI.",
  "imei.characters": "IMEI состоит только из цифр.",
  "imei.incomplete": "Указан IMEI без контрольной цифры (14 цифр).",
  "imei.length": "IMEI состоит из 15 цифр.",
  "imei.checkDigit": "IMEI введен с ошибкой: не сходится контрольная цифра.",
  "bin.invalid": "Некорректный БИН.",
  "bin.empty": "Введите БИН.",
  "bin.characters": "БИН состоит только из цифр.",
  "bin.length": "БИН состоит из 12 цифр.",
  "bin.checkDigit": "БИН введен с ошибкой: не сходится контрольная цифра.",
  "email.invalid": "Некорректный адрес электронной почты.",
  "email.empty": "Введите адрес электронной почты.",
  "email.length": "Адрес электронной почты — не длиннее 254 символов.",
  "email.format": "Введите адрес в формате name@company.kz.",
  "smsCode.invalid": "Некорректный SMS код.",
  "smsCode.empty": "Введите SMS код.",
  "smsCode.characters": "SMS код состоит только из цифр.",
  "smsCode.length": "SMS код состоит из 6 цифр.",
  "money.invalid": "Некорректная сумма.",
  "money.empty": "Введите сумму.",
  "money.format": "Введите сумму цифрами, например 9970.33.",
  "money.precision": "Не более двух знаков после запятой.",
  "money.notInteger": "Сумма в тиынах должна быть целым числом.",
  "money.range": "Слишком большая сумма.",
  "accountNumber.invalid": "Некорректный лицевой счет.",
  "accountNumber.empty": "Укажите лицевой счет.",
  "accountNumber.characters": "Лицевой счет состоит только из цифр.",
  "accountNumber.length": "Лицевой счет — от 6 до 12 цифр.",
} as const satisfies Readonly<Record<string, Template>>
