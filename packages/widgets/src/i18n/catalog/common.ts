/**
 * The interface strings every widget shares: loading and working notes, the show-password toggle, the
 * language switch (each language named in its own words).
 */
import type { Section, Translation } from "./section.js"

/** In Russian, the manual's words: the default language and the source of every key. */
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
} as const satisfies Section<"common" | "language">

/** In Kazakh. */
export const kk: Translation<typeof ru> = {
  "language.label": "Тіл",
  "language.ru": "РУССКИЙ",
  "language.kk": "ҚАЗАҚША",
  "language.en": "ENGLISH",
  "common.loading": "Жүктелуде…",
  "common.working": "Орындалуда…",
  "common.required": "міндетті өріс",
  "common.showPassword": "Құпиясөзді көрсету",
  "common.hidePassword": "Құпиясөзді жасыру",
  "common.errorTitle": "Қате",
  "common.dismiss": "Жабу",
}

/** In English. */
export const en: Translation<typeof ru> = {
  "language.label": "Language",
  "language.ru": "РУССКИЙ",
  "language.kk": "ҚАЗАҚША",
  "language.en": "ENGLISH",
  "common.loading": "Loading…",
  "common.working": "Working…",
  "common.required": "required",
  "common.showPassword": "Show password",
  "common.hidePassword": "Hide password",
  "common.errorTitle": "Error",
  "common.dismiss": "Close",
}
