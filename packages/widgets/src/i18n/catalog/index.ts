/**
 * The widgets' interface strings in Russian, Kazakh and English: one typed catalogue made of one
 * section per feature (`common.ts`, `login.ts`, `number-list.ts`, …). Russian is the default language
 * and the source of every key; its words are the manual's, letter for letter and in its case (the
 * manual writes field labels and some buttons in capitals). Where the manual is silent, a string says
 * what an administrator would expect and keeps its register, marked "not in the manual". In Kazakh, as
 * in the core's catalogue, no case ending falls on a placeholder (endings follow vowel harmony, which a
 * placeholder cannot).
 *
 * Messages the core owns (titles of operations, notes, rule denials, errors, advice, statuses) are not
 * repeated here: widgets format them from the core's catalogue.
 *
 * To add a feature's strings: write `catalog/<feature>.ts` exporting `ru` (with
 * `satisfies Section<"<prefix>">`), `kk` and `en` (typed `Translation<typeof ru>`), add it below (for the
 * checks and the types), and add it to the strings of the element that shows it (`addStrings` in
 * `strings.ts`): a page carries only the sections of the elements it loads.
 */
import type { Messages } from "@kabinet/core"
import * as adminProfile from "./admin-profile.js"
import * as cabinet from "./cabinet.js"
import * as common from "./common.js"
import * as companySwitcher from "./company-switcher.js"
import * as confirmDialog from "./confirm-dialog.js"
import * as documents from "./documents.js"
import * as exportSection from "./export.js"
import * as login from "./login.js"
import * as numberList from "./number-list.js"
import * as operations from "./operations.js"
import * as passwordPolicy from "./password-policy.js"
import * as passwordRecovery from "./password-recovery.js"
import * as profile from "./profile.js"
import * as records from "./records.js"

/** Every feature's section, for checks that walk them all. */
export const sections = {
  common,
  login,
  passwordRecovery,
  passwordPolicy,
  adminProfile,
  companySwitcher,
  numberList,
  confirmDialog,
  operations,
  records,
  export: exportSection,
  documents,
  profile,
  cabinet,
} as const

/** Every interface string in Russian. */
export const ru = {
  ...common.ru,
  ...login.ru,
  ...passwordRecovery.ru,
  ...passwordPolicy.ru,
  ...adminProfile.ru,
  ...companySwitcher.ru,
  ...numberList.ru,
  ...confirmDialog.ru,
  ...operations.ru,
  ...records.ru,
  ...exportSection.ru,
  ...documents.ru,
  ...profile.ru,
  ...cabinet.ru,
}

/** Every interface-string key; the Russian sections define them. */
export type UiKey = keyof typeof ru

/** A complete catalogue of interface strings for one language. */
export type UiCatalog = { readonly [K in UiKey]: Messages.Template }

/** Every interface string in Kazakh. */
export const kk: UiCatalog = {
  ...common.kk,
  ...login.kk,
  ...passwordRecovery.kk,
  ...passwordPolicy.kk,
  ...adminProfile.kk,
  ...companySwitcher.kk,
  ...numberList.kk,
  ...confirmDialog.kk,
  ...operations.kk,
  ...records.kk,
  ...exportSection.kk,
  ...documents.kk,
  ...profile.kk,
  ...cabinet.kk,
}

/** Every interface string in English. */
export const en: UiCatalog = {
  ...common.en,
  ...login.en,
  ...passwordRecovery.en,
  ...passwordPolicy.en,
  ...adminProfile.en,
  ...companySwitcher.en,
  ...numberList.en,
  ...confirmDialog.en,
  ...operations.en,
  ...records.en,
  ...exportSection.en,
  ...documents.en,
  ...profile.en,
  ...cabinet.en,
}

/** The interface strings of each language. */
export const uiCatalogs: { readonly [L in Messages.Locale]: UiCatalog } = { ru, kk, en }
