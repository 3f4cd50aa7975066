/**
 * Kabinet's messages in Russian (default, the manual's wording), Kazakh and English, and a small
 * formatter for them.
 *
 * Templates use `{name}` placeholders, optionally typed as `{name:date}` (a `YYYY-MM-DD` day),
 * `{name:month}` (a `YYYY-MM` month), `{name:time}` (an instant in epoch milliseconds, shown as
 * Almaty time) or `{name:money}` (tiyn), each written by `Format` in the language's own style — the
 * same text the widgets show for the same value. A message whose words depend on a count is a
 * `Plural`: its forms are chosen with `Intl.PluralRules`. No ICU runtime is needed.
 *
 * @example
 * ```ts
 * import { Messages } from "@kabinet/core"
 * Messages.format("ru", "rule.recovery.resendCooldown", { seconds: 42 })
 * // "Отправить код повторно можно через 42 секунды."
 * Messages.format("en", "operation.selfCareBan") // "MyKcell access ban"
 * ```
 */
import * as Context from "effect/Context"
import * as Predicate from "effect/Predicate"
import * as Schema from "effect/Schema"
import type * as BillingMethod from "../domain/BillingMethod.js"
import type * as LocalDate from "../domain/LocalDate.js"
import type * as Money from "../domain/Money.js"
import * as NumberStatus from "../domain/NumberStatus.js"
import * as Format from "../Format.js"
import { en } from "./en.js"
import { kk } from "./kk.js"
import { ru } from "./ru.js"

/**
 * A message whose wording depends on a number: `plural` names the numeric parameter, the other
 * fields are the forms for each `Intl.PluralRules` category the language has (`other` is required
 * and used for any category a language leaves out).
 *
 * @example
 * ```ts
 * const seconds: Plural = { plural: "n", one: "{n} секунда", few: "{n} секунды", many: "{n} секунд", other: "{n} секунды" }
 * ```
 */
export interface Plural {
  readonly plural: string
  readonly zero?: string
  readonly one?: string
  readonly two?: string
  readonly few?: string
  readonly many?: string
  readonly other: string
}

/** One entry of a catalogue: a plain template or a `Plural`. */
export type Template = string | Plural

/**
 * Every message key; the Russian catalogue defines them.
 *
 * @example
 * ```ts
 * const key: Messages.MessageKey = "rule.number.unblock.debt"
 * ```
 */
export type MessageKey = keyof typeof ru

/**
 * A complete catalogue for one language. Typing a translation as `Catalog` makes TypeScript refuse
 * it until every key of the Russian catalogue is translated.
 */
export type Catalog = { readonly [K in MessageKey]: Template }

/** Every message key, in the Russian catalogue's order. */
export const keys: ReadonlyArray<MessageKey> = Object.keys(ru) as Array<MessageKey>

const keySet: ReadonlySet<string> = new Set(keys)

/**
 * Whether a string is a message key. Use it on keys that crossed a boundary (a server's refusal, a
 * stored error) before formatting them.
 *
 * @example
 * ```ts
 * Messages.isKey("status.active") // true
 * ```
 */
export const isKey = (value: string): value is MessageKey => keySet.has(value)

/**
 * A message key as a schema, for payloads that carry one (a rule's refusal sent by the operator).
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Messages.MessageKey)("period.order")
 * ```
 */
export const MessageKey = Schema.Literals(keys).annotate({ identifier: "MessageKey" })

/** The languages Kabinet speaks; `ru` first because it is the default. */
export const locales = ["ru", "kk", "en"] as const

/**
 * A language of the interface: `ru`, `kk` or `en`.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Messages.Locale)("kk")
 * ```
 */
export const Locale = Schema.Literals(locales).annotate({ identifier: "Locale" })
export type Locale = typeof Locale.Type

/** The default language: Russian, the language of the operator's manual. */
export const defaultLocale: Locale = "ru"

/**
 * The catalogue of each language.
 *
 * @example
 * ```ts
 * Messages.catalogs.kk["status.active"] // "Белсенді"
 * ```
 */
export const catalogs: { readonly [L in Locale]: Catalog } = { ru, kk, en }

/**
 * The language for a BCP 47 tag such as a page's `lang`: `kk-KZ` → `kk`, `en-GB` → `en`; `kz` (a
 * common slip for Kazakh) → `kk`; anything else → `ru`.
 *
 * @example
 * ```ts
 * Messages.resolveLocale(document.documentElement.lang)
 * ```
 */
export const resolveLocale = (tag: string | undefined): Locale => {
  const language = (tag ?? "").trim().toLowerCase().split(/[-_]/u)[0] ?? ""
  if (language === "kz") return "kk"
  return (locales as ReadonlyArray<string>).includes(language) ? (language as Locale) : defaultLocale
}

/**
 * The operator's brand as it appears in messages: its name, its self-care app and the name of its
 * own network. Labels such as «Запрет на доступ в MyKcell» take these values.
 */
export interface Brand {
  readonly operator: string
  readonly selfCare: string
  readonly onNet: string
}

/** The brand of the manual: Kcell, MyKcell, Kcell/activ. */
export const defaultBrand: Brand = { operator: "Kcell", selfCare: "MyKcell", onNet: "Kcell/activ" }

/**
 * The brand in effect for programs that format messages inside Effect; defaults to `defaultBrand`.
 *
 * @example
 * ```ts
 * program.pipe(Effect.provideService(Messages.CurrentBrand, { operator: "Acme", selfCare: "MyAcme", onNet: "Acme" }))
 * ```
 */
export const CurrentBrand = Context.Reference<Brand>("@kabinet/core/i18n/Messages/CurrentBrand", {
  defaultValue: () => defaultBrand,
})

/**
 * A message to show later: a key and its parameters. A parameter may itself be a message, which is
 * formatted in the same language first (an operation's name inside error advice).
 *
 * @example
 * ```ts
 * const advice: Messages.Message = { key: "advice.retryOperation", params: { operation: { key: "operation.block" } } }
 * ```
 */
export interface Message {
  readonly key: MessageKey
  readonly params?: Params | undefined
}

/** A parameter value: text, a number, or a nested message. */
export type Param = string | number | Message

/** Parameters of a message by placeholder name. */
export type Params = { readonly [name: string]: Param }

/** Options of `format`: the brand to use instead of the default one. */
export interface FormatOptions {
  readonly brand?: Partial<Brand> | undefined
}

const pluralRules = new Map<Locale, Intl.PluralRules>()

const pluralOf = (locale: Locale): Intl.PluralRules => {
  let rules = pluralRules.get(locale)
  if (rules === undefined) {
    rules = new Intl.PluralRules(Format.tags[locale])
    pluralRules.set(locale, rules)
  }
  return rules
}

/** The kinds a placeholder may name after a colon, each formatted by `Format`. */
type Kind = "date" | "month" | "time" | "money"

const isoDay = /^\d{4}-\d{2}-\d{2}$/u
const isoMonth = /^(\d{4})-(\d{2})$/u

// A value of a kind the template asks for, in the language's style; a value of the wrong shape is
// shown as it came, so a mistake stays visible instead of turning into "Invalid Date".
const formatKind = (locale: Locale, kind: Kind, value: string | number): string => {
  switch (kind) {
    case "date":
      return Predicate.isString(value) && isoDay.test(value)
        ? Format.longDate(locale, value as LocalDate.LocalDate)
        : String(value)
    case "month": {
      const match = Predicate.isString(value) ? isoMonth.exec(value) : null
      return match === null ? String(value) : Format.month(locale, { year: Number(match[1]), month: Number(match[2]) })
    }
    case "time":
      return Predicate.isNumber(value) ? Format.time(locale, value) : String(value)
    case "money":
      return Predicate.isNumber(value) && Number.isSafeInteger(value)
        ? Format.money(locale, value as Money.Tiyn)
        : String(value)
  }
}

const pickForm = (locale: Locale, template: Template, params: Params): string => {
  if (Predicate.isString(template)) return template
  const count = params[template.plural]
  if (!Predicate.isNumber(count)) return template.other
  return template[pluralOf(locale).select(count)] ?? template.other
}

const placeholder = /\{([A-Za-z][A-Za-z0-9_]*)(?::(date|month|time|money))?\}/gu

const render = (locale: Locale, key: MessageKey, params: Params, brand: Brand): string =>
  // A catalogue built outside TypeScript may miss a key; Russian always has it.
  fill(locale, catalogs[locale][key] ?? ru[key], params, brand)

const fill = (locale: Locale, template: Template, params: Params, brand: Brand): string =>
  pickForm(locale, template, params).replace(placeholder, (whole, name: string, kind?: Kind) => {
    const value: Param | undefined = params[name] ?? brand[name as keyof Brand]
    if (value === undefined) return whole
    if (Predicate.isString(value) || Predicate.isNumber(value))
      return kind === undefined ? String(value) : formatKind(locale, kind, value)
    return render(locale, value.key, value.params ?? {}, brand)
  })

/**
 * The text of a message in a language. `locale` may be any tag (`"kk-KZ"`); unknown languages fall
 * back to Russian. `{operator}`, `{selfCare}` and `{onNet}` come from `options.brand`, else from the
 * manual's brand. A placeholder with no value is left visible, so a missing parameter shows up in
 * review rather than as an empty gap.
 *
 * @example
 * ```ts
 * Messages.format("ru", "rule.document.act.notYet", { month: "2026-01", availableFrom: "2026-02-06" })
 * // "Акт выполненных работ за январь 2026 г. будет доступен с 6 февраля 2026 г.: …"
 * Messages.format("kk", "operation.selfCareBan", {}, { brand: { selfCare: "MyAcme" } })
 * ```
 */
export const format = (locale: string, key: MessageKey, params: Params = {}, options: FormatOptions = {}): string =>
  render(resolveLocale(locale), key, params, { ...defaultBrand, ...options.brand })

/**
 * Fills a template of another catalogue (a widget's interface strings, say) the way `format` fills
 * the core's messages — plural forms, `{name}` and `{name:date}` placeholders, the brand's names —
 * so every catalogue of the product speaks one template language.
 *
 * @example
 * ```ts
 * Messages.fillTemplate("ru", "Вход в {operator} Business ID") // "Вход в Kcell Business ID"
 * ```
 */
export const fillTemplate = (
  locale: string,
  template: Template,
  params: Params = {},
  options: FormatOptions = {},
): string => fill(resolveLocale(locale), template, params, { ...defaultBrand, ...options.brand })

/**
 * The text of a `Message` (a key with its parameters), as `format` does.
 *
 * @example
 * ```ts
 * Messages.formatMessage("en", { key: "advice.retryOperation", params: { operation: { key: "operation.block" } } })
 * ```
 */
export const formatMessage = (locale: string, message: Message, options: FormatOptions = {}): string =>
  format(locale, message.key, message.params ?? {}, options)

/**
 * The placeholders a template uses, with their kind (`""`, `"date"` or `"month"`), across all its
 * plural forms. Translators' tooling and the tests use it to check that every language asks for
 * the same parameters.
 *
 * @example
 * ```ts
 * Messages.placeholders(Messages.catalogs.ru["rule.document.act.notYet"]) // ["availableFrom:date", "month:month"]
 * ```
 */
export const placeholders = (template: Template): ReadonlyArray<string> => {
  const forms = Predicate.isString(template)
    ? [template]
    : [template.zero, template.one, template.two, template.few, template.many, template.other]
  const found = new Set<string>()
  for (const form of forms) {
    if (form === undefined) continue
    for (const match of form.matchAll(placeholder))
      found.add(match[2] === undefined ? (match[1] ?? "") : `${match[1]}:${match[2]}`)
  }
  return [...found].sort()
}

/**
 * The message key of a number's status.
 *
 * @example
 * ```ts
 * Messages.format("kk", Messages.statusKey("Заблокирован / Долг")) // "Бұғатталған / Қарыз"
 * ```
 */
export const statusKey = (status: NumberStatus.NumberStatus): `status.${ReturnType<typeof NumberStatus.key>}` =>
  `status.${NumberStatus.key(status)}`

/**
 * The message key of a billing method.
 *
 * @example
 * ```ts
 * Messages.format("en", Messages.billingMethodKey("Кредитный")) // "Credit"
 * ```
 */
export const billingMethodKey = (method: BillingMethod.BillingMethod): "billing.credit" | "billing.advance" =>
  method === "Кредитный" ? "billing.credit" : "billing.advance"
