/**
 * The widgets' interface strings in Kazakh. Typed as `UiCatalog`, so a key added to the Russian
 * catalogue must be translated here before the package compiles. As in the core's catalogue, no case
 * ending falls on a placeholder (Kazakh endings follow vowel harmony, which a placeholder cannot).
 */
import type { UiCatalog } from "./ru.js"

export const kk: UiCatalog = {
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

  "login.phone.label": "ТЕЛЕФОН НӨМІРІ*",
  "login.phone.placeholder": "Телефон нөмірін енгізіңіз",
  "login.phone.hint": "* Телефон нөмірі 77012223344 форматында",
  "login.password.label": "ҚҰПИЯСӨЗІҢІЗ",
  "login.password.placeholder": "Құпиясөзді енгізіңіз",
  "login.forgot": "Құпиясөзді ұмыттыңыз ба?",
  "login.submit": "КІРУ",

  "recovery.instructions": "Құпиясөзді қалпына келтіру үшін берілген нұсқауларды орындаңыз",
  "recovery.step": "Қадам {step} / {total}",
  "recovery.phone.label": "ТЕЛЕФОН НӨМІРІ*",
  "recovery.phone.placeholder": "Телефон нөмірін енгізіңіз",
  "recovery.phone.hint": "* Телефон нөмірі 77012223344 форматында",
  "recovery.next": "Әрі қарай",
  "recovery.code.instructions": "Нөміріңізге жіберілген SMS кодты енгізіңіз",
  "recovery.code.label": "SMS код*",
  "recovery.code.placeholder": "Кодты енгізіңіз",
  "recovery.code.sentTo": "Код мына нөмірге жіберілді: {phone}",
  "recovery.resend": "Кодты телефонға жіберу",
  "recovery.cancel": "Болдырмау",
  "recovery.newPassword.label": "ЖАҢА ҚҰПИЯСӨЗ",
  "recovery.confirmPassword.label": "ҚҰПИЯСӨЗДІ РАСТАУ",
  "recovery.submit": "Растау",
  "recovery.back": "Кіру бетіне оралу",

  "policy.title": "Құпиясөзге қойылатын талаптар",
  "policy.met": "орындалды",
  "policy.unmet": "орындалмады",

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

  "companies.empty": "Қолжетімді компаниялар жоқ.",
}
