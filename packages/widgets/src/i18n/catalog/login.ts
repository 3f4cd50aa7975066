/**
 * The interface strings of `<kab-login>` (A1, «Вход в «Кабинет»»).
 */
import type { Section, Translation } from "./section.js"

/** In Russian, the manual's words: the default language and the source of every key. */
export const ru = {
  // A1. Sign-in («Вход в «Кабинет»»).
  "login.phone.label": "НОМЕР ТЕЛЕФОНА*",
  "login.phone.placeholder": "Введите номер телефона",
  "login.phone.hint": "* Номер телефона в формате 77012223344",
  "login.password.label": "ВАШ ПАРОЛЬ",
  "login.password.placeholder": "Введите пароль", // not in the manual
  "login.forgot": "Забыли пароль?",
  "login.submit": "ВОЙТИ",
  "login.locked.zone": "Время указано по Алматы.", // not in the manual: the lock's end is Almaty time
} as const satisfies Section<"login">

/** In Kazakh. */
export const kk: Translation<typeof ru> = {
  "login.phone.label": "ТЕЛЕФОН НӨМІРІ*",
  "login.phone.placeholder": "Телефон нөмірін енгізіңіз",
  "login.phone.hint": "* Телефон нөмірі 77012223344 форматында",
  "login.password.label": "ҚҰПИЯСӨЗІҢІЗ",
  "login.password.placeholder": "Құпиясөзді енгізіңіз",
  "login.forgot": "Құпиясөзді ұмыттыңыз ба?",
  "login.submit": "КІРУ",
  "login.locked.zone": "Уақыт Алматы бойынша көрсетілген.",
}

/** In English. */
export const en: Translation<typeof ru> = {
  "login.phone.label": "PHONE NUMBER*",
  "login.phone.placeholder": "Enter phone number",
  "login.phone.hint": "* Phone number in the format 77012223344",
  "login.password.label": "YOUR PASSWORD",
  "login.password.placeholder": "Enter password",
  "login.forgot": "Forgot password?",
  "login.submit": "SIGN IN",
  "login.locked.zone": "The time is Almaty time.",
}
