/**
 * The interface strings of The password policy shown as a new password is typed (A2, A3); the rules' own words come from the core.
 */
import type { Section, Translation } from "./section.js"

/** In Russian, the manual's words: the default language and the source of every key. */
export const ru = {
  // The password policy shown as the admin types (A2, A3); the rules' own words come from the core.
  "policy.title": "Требования к паролю", // not in the manual
  "policy.met": "выполнено", // not in the manual: spoken after each requirement
  "policy.unmet": "не выполнено", // not in the manual
} as const satisfies Section<"policy">

/** In Kazakh. */
export const kk: Translation<typeof ru> = {
  "policy.title": "Құпиясөзге қойылатын талаптар",
  "policy.met": "орындалды",
  "policy.unmet": "орындалмады",
}

/** In English. */
export const en: Translation<typeof ru> = {
  "policy.title": "Password requirements",
  "policy.met": "met",
  "policy.unmet": "not met",
}
