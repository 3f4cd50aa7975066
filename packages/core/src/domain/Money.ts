/**
 * Amounts of money, exactly. Every amount is an integer count of tiyn (1/100 ₸); the operator's
 * decimal strings (`"9970.33"`, `"893"`) are read and written digit by digit, never through a
 * floating-point number, so no balance is ever off by a tiyn.
 *
 * Message keys (the `message` of every failure, for widgets to translate):
 *
 * | key | meaning |
 * |---|---|
 * | `money.invalid` | not a string (decimal form) or not a number (tiyn) |
 * | `money.empty` | an empty string |
 * | `money.format` | not a plain decimal: `1e3`, `NaN`, `1,5`, `.5`, `+1`, spaces |
 * | `money.precision` | more than 2 decimals: finer than a tiyn |
 * | `money.notInteger` | a tiyn count with a fraction |
 * | `money.range` | beyond ±90 071 992 547 409,91 ₸, the largest amount kept exactly |
 *
 * @example
 * ```ts
 * import { Money } from "@kabinet/core"
 * const funds = Schema.decodeUnknownSync(Money.FromDecimalString)("9970.33") // 997033
 * Format.money("ru", funds) // "9 970,33 ₸"
 * ```
 */
import * as Ord from "effect/Order"
import * as Schema from "effect/Schema"
import * as SchemaGetter from "effect/SchemaGetter"
import * as Format from "../Format.js"
import { tiynToDecimal } from "../internal/decimal.js"
import { tiynOfDecimal } from "../internal/fastChecks.js"

/**
 * Every message key a failure of this module can carry, for building exhaustive translations.
 *
 * @example
 * ```ts
 * const ru: Record<Money.MessageKey, string> = { "money.precision": "Не более двух знаков после запятой", … }
 * ```
 */
export const messageKeys = [
  "money.invalid",
  "money.empty",
  "money.format",
  "money.precision",
  "money.notInteger",
  "money.range",
] as const

/** One of `messageKeys`. */
export type MessageKey = (typeof messageKeys)[number]

/**
 * An amount in tiyn (1/100 ₸): a safe integer, negative for debts and refunds. The one money type
 * of the core; convert at the edges with `FromDecimalString` and `format`.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Money.Tiyn)(89300) // 893 ₸
 * ```
 */
export const Tiyn = Schema.Number.annotate({
  message: "money.invalid",
  description: "Amount in tiyn (1/100 KZT), a safe integer",
}).pipe(
  Schema.check(
    Schema.makeFilter((n: number) => Number.isInteger(n), { message: "money.notInteger" }).abort(),
    Schema.isInt({ message: "money.range" }),
  ),
  Schema.brand("Tiyn"),
  Schema.annotate({ identifier: "Tiyn" }),
)
export type Tiyn = typeof Tiyn.Type

const maxTiyn = BigInt(Number.MAX_SAFE_INTEGER)

// Checked before the conversion, so the conversion itself can never meet a malformed string.
const decimal = /^(-?)(\d+)(?:\.(\d{1,2}))?$/u

const toTiynBigInt = (s: string): bigint => {
  const [, sign = "", whole = "0", fraction = ""] = decimal.exec(s) ?? []
  const magnitude = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0"))
  return sign === "-" ? -magnitude : magnitude
}

// Amounts of up to 13 whole digits (every real balance) are read with plain arithmetic, which is
// exact below 2^53; only longer ones pay for `BigInt`.
const fitsTiyn = (s: string): boolean => {
  if (tiynOfDecimal(s) !== undefined) return true
  const amount = toTiynBigInt(s)
  return amount <= maxTiyn && amount >= -maxTiyn
}

const toTiyn = (s: string): number => tiynOfDecimal(s) ?? Number(toTiynBigInt(s))

const toDecimal = tiynToDecimal

/**
 * The operator's decimal string of tenge, decoded to `Tiyn`: `"9970.33"` → 997033,
 * `"893"` → 89300, `"-12.5"` → −1250, `"0.07"` → 7. Refuses exponents, `NaN`, commas, signs other
 * than a leading `-`, surrounding spaces and more than two decimals. Encoding always writes two
 * decimals: 89300 → `"893.00"`.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Money.FromDecimalString)("893") // 89300
 * Schema.encodeSync(Money.FromDecimalString)(Money.make(997033)) // "9970.33"
 * ```
 */
export const FromDecimalString = Schema.String.annotate({
  message: "money.invalid",
  description: "Amount in tenge as a decimal string with at most two decimals: 9970.33",
}).pipe(
  Schema.check(
    Schema.isNonEmpty({ message: "money.empty" }).abort(),
    Schema.isPattern(/^-?\d+(?:\.\d+)?$/u, { message: "money.format" }).abort(),
    Schema.isPattern(decimal, { message: "money.precision" }).abort(),
    Schema.makeFilter(fitsTiyn, { message: "money.range" }),
  ),
  Schema.decodeTo(Tiyn, {
    decode: SchemaGetter.transform(toTiyn),
    encode: SchemaGetter.transform(toDecimal),
  }),
)

/**
 * The operator's decimal form of an amount, always with two decimals: `"893.00"`, `"-0.07"`.
 * The same string `FromDecimalString` encodes to, for places outside a schema.
 *
 * @example
 * ```ts
 * Money.toDecimalString(Money.make(-1250)) // "-12.50"
 * ```
 */
export const toDecimalString = (amount: Tiyn): string => toDecimal(amount)

/**
 * An amount from a tiyn count known to be valid. Validates, and throws on a fraction or an unsafe
 * integer because that is a mistake in the code, not in the data.
 *
 * @example
 * ```ts
 * Money.make(997033) // 9 970,33 ₸
 * ```
 */
export const make = (tiyn: number): Tiyn => Tiyn.make(tiyn)

/**
 * An amount of whole tenge, for seeds and tests: `tenge(893)` is 89300 tiyn. Only integers,
 * so no fraction can slip in through floating point; write amounts with tiyn via `fromDecimal`.
 *
 * @example
 * ```ts
 * Money.tenge(3000) // 300000
 * ```
 */
export const tenge = (whole: number): Tiyn => {
  if (!Number.isSafeInteger(whole)) throw new RangeError(`Money.tenge needs whole tenge, got ${whole}`)
  return make(whole * 100)
}

/**
 * An amount from a decimal literal, for seeds and tests: `fromDecimal("9970.33")`. Throws on an
 * invalid literal; decode operator data with `FromDecimalString` instead.
 *
 * @example
 * ```ts
 * Money.fromDecimal("9970.33") // 997033
 * ```
 */
export const fromDecimal = (literal: string): Tiyn => Schema.decodeSync(FromDecimalString)(literal)

/**
 * Nothing, 0 ₸; the start of a sum.
 *
 * @example
 * ```ts
 * Money.add(Money.zero, Money.tenge(10)) // 1000
 * ```
 */
export const zero: Tiyn = make(0)

/**
 * The sum of two amounts. Throws if it leaves the safe-integer range, which is about 90 trillion
 * tenge and no account reaches.
 *
 * @example
 * ```ts
 * Money.add(Money.tenge(893), Money.fromDecimal("0.07")) // 89307
 * ```
 */
export const add = (a: Tiyn, b: Tiyn): Tiyn => make(a + b)

/**
 * The difference `a − b`, negative when `b` is larger. Throws like `add` outside the safe range.
 *
 * @example
 * ```ts
 * Money.subtract(Money.tenge(10), Money.tenge(12)) // -200
 * ```
 */
export const subtract = (a: Tiyn, b: Tiyn): Tiyn => make(a - b)

/**
 * The total of any number of amounts; `zero` for none.
 *
 * @example
 * ```ts
 * Money.sum([Money.tenge(893), Money.tenge(446)]) // 133900
 * ```
 */
export const sum = (amounts: Iterable<Tiyn>): Tiyn => {
  let total = zero
  for (const amount of amounts) total = add(total, amount)
  return total
}

/**
 * Order of amounts, smallest (largest debt) first; for sorting and comparing.
 *
 * @example
 * ```ts
 * Order.isLessThan(Money.Order)(Money.tenge(-5), Money.zero) // true
 * ```
 */
export const Order: Ord.Order<Tiyn> = Ord.Number

/** The languages amounts are formatted in: `Format.Locale`. */
export type Locale = Format.Locale

/** Options of `format`: `Format.MoneyOptions`. */
export type FormatOptions = Format.MoneyOptions

/**
 * An amount for people, in their language: `"9 970,33 ₸"` (ru, kk), `"₸9,970.33"` (en). The same
 * as `Format.money` (which takes the language first), kept here beside the amount it formats.
 *
 * @example
 * ```ts
 * Money.format(Money.tenge(893), "ru") // "893 ₸"
 * Money.format(Money.tenge(893), "en", { tiyn: "always" }) // "₸893.00"
 * ```
 */
export const format = (amount: Tiyn, locale: Locale, options?: FormatOptions): string =>
  Format.money(locale, amount, options)
