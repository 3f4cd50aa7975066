/**
 * The interface strings of `<kab-admin-profile>` (A3, «Профиль Администратора»).
 */
import type { Section, Translation } from "./section.js"

/** In Russian, the manual's words: the default language and the source of every key. */
export const ru = {
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
} as const satisfies Section<"profile">

/** In Kazakh. */
export const kk: Translation<typeof ru> = {
  "profile.tabs": "Әкімші профилі",
  "profile.tab.profile": "Менің профилім",
  "profile.tab.companies": "Менің компанияларым",
  "profile.email.label": "EMAIL*",
  "profile.email.placeholder": "E-mail енгізіңіз",
  "profile.email.password": "ҚҰПИЯСӨЗІҢІЗ",
  "profile.email.passwordPlaceholder": "Ағымдағы құпиясөзді енгізіңіз",
  "profile.email.submit": "Өзгерту",
  "profile.email.saved": "E-mail өзгертілді.",
  "profile.password.current": "ҚҰПИЯСӨЗІҢІЗ",
  "profile.password.currentPlaceholder": "Ағымдағы құпиясөзді енгізіңіз",
  "profile.password.new": "ЖАҢА ҚҰПИЯСӨЗІҢІЗ",
  "profile.password.newPlaceholder": "Жаңа құпиясөзді енгізіңіз",
  "profile.password.repeat": "ЖАҢА ҚҰПИЯСӨЗДІ ҚАЙТАЛАҢЫЗ",
  "profile.password.repeatPlaceholder": "Жаңа құпиясөзді қайталаңыз",
  "profile.password.submit": "Сақтау",
  "profile.password.saved": "Құпиясөз өзгертілді.",
  "profile.companies.intro":
    "Кабинетті әрі қарай ыңғайлы пайдалану үшін компанияңызға (компанияларыңызға) қысқаша атау бере аласыз",
  "profile.companies.bin": "БСН",
  "profile.companies.fullName": "Компанияның толық атауы",
  "profile.companies.shortName": "КОМПАНИЯНЫҢ ҚЫСҚАША АТАУЫ",
  "profile.companies.shortNamePlaceholder": "Қысқаша атауды енгізіңіз",
  "profile.companies.save": "Сақтау",
  "profile.companies.saved": "Атау сақталды.",
  "profile.companies.empty": "Қолжетімді компаниялар жоқ.",
}

/** In English. */
export const en: Translation<typeof ru> = {
  "profile.tabs": "Administrator profile",
  "profile.tab.profile": "My profile",
  "profile.tab.companies": "My companies",
  "profile.email.label": "EMAIL*",
  "profile.email.placeholder": "Enter e-mail",
  "profile.email.password": "YOUR PASSWORD",
  "profile.email.passwordPlaceholder": "Enter your current password",
  "profile.email.submit": "Change",
  "profile.email.saved": "E-mail changed.",
  "profile.password.current": "YOUR PASSWORD",
  "profile.password.currentPlaceholder": "Enter your current password",
  "profile.password.new": "YOUR NEW PASSWORD",
  "profile.password.newPlaceholder": "Enter a new password",
  "profile.password.repeat": "REPEAT YOUR NEW PASSWORD",
  "profile.password.repeatPlaceholder": "Repeat your new password",
  "profile.password.submit": "Save",
  "profile.password.saved": "Password changed.",
  "profile.companies.intro": "For convenience, you can give your company (companies) a short name",
  "profile.companies.bin": "BIN",
  "profile.companies.fullName": "Full company name",
  "profile.companies.shortName": "COMPANY SHORT NAME",
  "profile.companies.shortNamePlaceholder": "Enter a short name",
  "profile.companies.save": "Save",
  "profile.companies.saved": "Name saved.",
  "profile.companies.empty": "No companies available.",
}
