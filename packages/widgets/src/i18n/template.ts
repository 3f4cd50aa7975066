/**
 * Filling the widgets' own interface strings with the core's template language (`{name}` placeholders,
 * plural forms, the brand's `{operator}`, `{selfCare}` and `{onNet}`), so translators learn one format.
 */
import { Messages } from "@kabinet/core"

/** Parameters of an interface string by placeholder name. */
export type UiParams = { readonly [name: string]: string | number }

/**
 * The text of `template` in the language `intlTag` with `params` and the brand's names filled in. A
 * placeholder with no value stays visible, so a missing parameter shows up in review.
 *
 * @example
 * ```ts
 * fill("ru-RU", "Вход в {operator} Business ID", {}, Messages.defaultBrand) // "Вход в Kcell Business ID"
 * ```
 */
export const fill = (intlTag: string, template: Messages.Template, params: UiParams, brand: Messages.Brand): string =>
  Messages.fillTemplate(intlTag, template, params, { brand })
