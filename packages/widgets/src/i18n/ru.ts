/**
 * The widgets' interface strings in Russian: the default language and the source of every key. The
 * words are the manual's, letter for letter and in its case (the manual writes field labels and some
 * buttons in capitals). Where the manual is silent, the text says what an administrator would
 * expect and keeps its register; such strings are marked "not in the manual".
 *
 * Messages that the core owns (titles of operations, notes, rule denials, errors, advice) are not
 * repeated here: widgets format them from the core's catalogue.
 */
import type { Messages } from "@kabinet/core"

export const ru = {
  // Language switch on the sign-in form («РУССКИЙ ▾»); language names are written in their own language.
  "language.label": "Язык", // not in the manual: the switch has no visible label there
  "language.ru": "РУССКИЙ",
  "language.kk": "ҚАЗАҚША",
  "language.en": "ENGLISH",

  // Shared.
  "common.loading": "Загрузка…", // not in the manual
  "common.working": "Выполняется…", // not in the manual
  "common.required": "обязательное поле", // not in the manual: spoken after a required field's name
  "common.showPassword": "Показать пароль", // not in the manual: WCAG 3.3.8, lets the admin check what was typed
  "common.hidePassword": "Скрыть пароль", // not in the manual
  "common.errorTitle": "Ошибка", // not in the manual: heading of an operator error
  "common.dismiss": "Закрыть", // not in the manual

  // A1. Sign-in («Вход в «Кабинет»»).
  "login.phone.label": "НОМЕР ТЕЛЕФОНА*",
  "login.phone.placeholder": "Введите номер телефона",
  "login.phone.hint": "* Номер телефона в формате 77012223344",
  "login.password.label": "ВАШ ПАРОЛЬ",
  "login.password.placeholder": "Введите пароль", // not in the manual
  "login.forgot": "Забыли пароль?",
  "login.submit": "ВОЙТИ",

  // A2. Password recovery.
  "recovery.instructions": "Для восстановления пароля следуйте указанным инструкциям",
  "recovery.step": "Шаг {step} из {total}", // the manual numbers the steps «Шаг 1», «Шаг 2», «Шаг 3»
  "recovery.phone.label": "НОМЕР ТЕЛЕФОНА*",
  "recovery.phone.placeholder": "Введите номер телефона",
  "recovery.phone.hint": "* Номер телефона в формате 77012223344",
  "recovery.next": "Далее",
  "recovery.code.instructions": "Введите SMS код отправленный на ваш номер",
  "recovery.code.label": "SMS код*",
  "recovery.code.placeholder": "Введите код",
  "recovery.code.sentTo": "Код отправлен на номер {phone}", // not in the manual
  "recovery.resend": "Отправить код на телефон",
  "recovery.cancel": "Отмена",
  "recovery.newPassword.label": "НОВЫЙ ПАРОЛЬ",
  "recovery.confirmPassword.label": "ПОДТВЕРЖДЕНИЕ ПАРОЛЯ",
  "recovery.submit": "Подтвердить",
  "recovery.back": "Назад ко входу",

  // The password policy shown as the admin types (A2, A3); the rules' own words come from the core.
  "policy.title": "Требования к паролю", // not in the manual
  "policy.met": "выполнено", // not in the manual: spoken after each requirement
  "policy.unmet": "не выполнено", // not in the manual

  // A3. Admin profile.
  "profile.tabs": "Профиль Администратора",
  "profile.tab.profile": "Мой профиль",
  "profile.tab.companies": "Мои компании",
  "profile.email.label": "EMAIL*",
  "profile.email.placeholder": "Введите e-mail", // not in the manual
  "profile.email.password": "ВАШ ПАРОЛЬ",
  "profile.email.passwordPlaceholder": "Введите текущий пароль",
  "profile.email.submit": "Изменить",
  "profile.email.saved": "E-mail изменен.", // not in the manual
  "profile.password.current": "ВАШ ПАРОЛЬ",
  "profile.password.currentPlaceholder": "Введите текущий пароль",
  "profile.password.new": "ВАШ НОВЫЙ ПАРОЛЬ",
  "profile.password.newPlaceholder": "Введите новый пароль",
  // The manual labels both new-password fields «ВАШ НОВЫЙ ПАРОЛЬ»; the second one takes the words of its
  // placeholder so that each field has a name of its own.
  "profile.password.repeat": "ПОВТОРИТЕ ВАШ НОВЫЙ ПАРОЛЬ",
  "profile.password.repeatPlaceholder": "Повторите ваш новый пароль",
  "profile.password.submit": "Сохранить",
  "profile.password.saved": "Пароль изменен.", // not in the manual
  "profile.companies.intro":
    "Для удобства использования Кабинета в дальнейшем, Вы можете присвоить короткое название вашей компании (-ям)",
  "profile.companies.bin": "БИН",
  "profile.companies.fullName": "Полное название компании",
  "profile.companies.shortName": "СОКРАЩЕННОЕ НАЗВАНИЕ КОМПАНИИ",
  "profile.companies.shortNamePlaceholder": "Введите краткое название",
  "profile.companies.save": "Сохранить",
  "profile.companies.saved": "Название сохранено.", // not in the manual
  "profile.companies.empty": "Нет доступных компаний.", // not in the manual

  // A4. Company selection (its label is the core's «Выбор компании»).
  "companies.empty": "Нет доступных компаний.", // not in the manual
} as const satisfies Readonly<Record<string, Messages.Template>>

/** Every interface-string key; the Russian catalogue defines them. */
export type UiKey = keyof typeof ru

/** A complete catalogue of interface strings for one language. */
export type UiCatalog = { readonly [K in UiKey]: Messages.Template }
