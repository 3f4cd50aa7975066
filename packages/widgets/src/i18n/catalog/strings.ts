/**
 * The interface strings a page has loaded. Each element's module adds the sections of the catalogue it
 * shows (`addStrings(numberList, operations)` beside its `define`), so a page with one widget carries
 * that widget's strings and not every feature's; the sections come in all three languages, so switching
 * the language re-renders at once. `common` (and the language names) is always there.
 */
import type { Messages } from "@kabinet/core"
import * as common from "./common.js"

/** One feature's module of strings (`catalog/<feature>.ts`): its section in each language. */
export type StringsModule = { readonly [L in Messages.Locale]: { readonly [key: string]: Messages.Template } }

const loaded: { readonly [L in Messages.Locale]: Record<string, Messages.Template> } = { ru: {}, kk: {}, en: {} }

/**
 * Adds features' sections to the strings the page has; adding one twice changes nothing.
 *
 * @example
 * ```ts
 * import * as numberList from "../i18n/catalog/number-list.js"
 * addStrings(numberList)
 * ```
 */
export const addStrings = (...modules: ReadonlyArray<StringsModule>): void => {
  for (const strings of modules) {
    Object.assign(loaded.ru, strings.ru)
    Object.assign(loaded.kk, strings.kk)
    Object.assign(loaded.en, strings.en)
  }
}

/** The template of `key` in `locale` (Russian when a translation lacks it), if its section is loaded. */
export const templateOf = (locale: Messages.Locale, key: string): Messages.Template | undefined =>
  loaded[locale][key] ?? loaded.ru[key]

addStrings(common)
