/**
 * The interface strings of `<kab-password-recovery>` (A2, «Восстановление пароля»).
 */
import type { Section, Translation } from "./section.js"

/** In Russian, the manual's words: the default language and the source of every key. */
export const ru = {
  // A2. Password recovery. Buttons in capitals, as the manual shows them («ДАЛЕЕ», «ОТМЕНА», «ПОДТВЕРДИТЬ»).
  "recovery.instructions": "Для восстановления пароля следуйте указанным инструкциям",
  "recovery.step": "Шаг {step} из {total}", // the manual numbers the steps «Шаг 1», «Шаг 2», «Шаг 3»
  "recovery.phone.label": "НОМЕР ТЕЛЕФОНА*",
  "recovery.phone.placeholder": "Введите номер телефона",
  "recovery.phone.hint": "* Номер телефона в формате 77012223344",
  "recovery.next": "ДАЛЕЕ",
  "recovery.code.instructions": "Введите SMS код отправленный на ваш номер",
  "recovery.code.label": "SMS код*",
  "recovery.code.placeholder": "Введите код",
  "recovery.code.sentTo": "Код отправлен на номер {phone}", // not in the manual
  "recovery.resend": "Отправить код на телефон",
  "recovery.cancel": "ОТМЕНА",
  "recovery.newPassword.label": "НОВЫЙ ПАРОЛЬ",
  "recovery.confirmPassword.label": "ПОДТВЕРЖДЕНИЕ ПАРОЛЯ",
  "recovery.submit": "ПОДТВЕРДИТЬ",
  "recovery.back": "Назад ко входу",
} as const satisfies Section<"recovery">

/** In Kazakh. */
export const kk: Translation<typeof ru> = {
  "recovery.instructions": "Құпиясөзді қалпына келтіру үшін берілген нұсқауларды орындаңыз",
  "recovery.step": "Қадам {step} / {total}",
  "recovery.phone.label": "ТЕЛЕФОН НӨМІРІ*",
  "recovery.phone.placeholder": "Телефон нөмірін енгізіңіз",
  "recovery.phone.hint": "* Телефон нөмірі 77012223344 форматында",
  "recovery.next": "ӘРІ ҚАРАЙ",
  "recovery.code.instructions": "Нөміріңізге жіберілген SMS кодты енгізіңіз",
  "recovery.code.label": "SMS код*",
  "recovery.code.placeholder": "Кодты енгізіңіз",
  "recovery.code.sentTo": "Код мына нөмірге жіберілді: {phone}",
  "recovery.resend": "Кодты телефонға жіберу",
  "recovery.cancel": "БОЛДЫРМАУ",
  "recovery.newPassword.label": "ЖАҢА ҚҰПИЯСӨЗ",
  "recovery.confirmPassword.label": "ҚҰПИЯСӨЗДІ РАСТАУ",
  "recovery.submit": "РАСТАУ",
  "recovery.back": "Кіру бетіне оралу",
}

/** In English. */
export const en: Translation<typeof ru> = {
  "recovery.instructions": "Follow the instructions to recover your password",
  "recovery.step": "Step {step} of {total}",
  "recovery.phone.label": "PHONE NUMBER*",
  "recovery.phone.placeholder": "Enter phone number",
  "recovery.phone.hint": "* Phone number in the format 77012223344",
  "recovery.next": "NEXT",
  "recovery.code.instructions": "Enter the SMS code sent to your number",
  "recovery.code.label": "SMS code*",
  "recovery.code.placeholder": "Enter code",
  "recovery.code.sentTo": "Code sent to {phone}",
  "recovery.resend": "Send code to phone",
  "recovery.cancel": "CANCEL",
  "recovery.newPassword.label": "NEW PASSWORD",
  "recovery.confirmPassword.label": "CONFIRM PASSWORD",
  "recovery.submit": "CONFIRM",
  "recovery.back": "Back to sign-in",
}
