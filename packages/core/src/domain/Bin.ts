/**
 * A Kazakhstan business or individual identification number (БИН / ИИН): 12 digits, the last a
 * check digit. Identifies the admin's companies («Мои компании»: БИН + full name) and appears in
 * reports and the action history.
 *
 * The check digit is the official one (Government Decree of 11 June 2003 No. 565): the first 11
 * digits weighted 1…11, sum mod 11; when that gives 10, weights 3…11, 1, 2 instead; when that
 * also gives 10, no number carries those 11 digits. Only the check digit is verified, not the
 * date or entity-type parts, because the operator's own demo companies (`800800800800`,
 * `700700700700`) have none.
 *
 * Message keys (the `message` of every failure, for widgets to translate):
 *
 * | key | meaning |
 * |---|---|
 * | `bin.invalid` | not text at all |
 * | `bin.empty` | nothing typed |
 * | `bin.characters` | something other than digits, spaces and dashes |
 * | `bin.length` | not 12 digits |
 * | `bin.checkDigit` | the 12th digit does not match (or no check digit exists for the first 11) |
 *
 * @example
 * ```ts
 * import { Bin } from "@kabinet/core"
 * Bin.parse("800 800 800 800") // Result.succeed("800800800800")
 * Bin.parse("800800800801") // Result.fail("bin.checkDigit")
 * ```
 */
import type * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as SchemaGetter from "effect/SchemaGetter"
import { digitCount, digitsOnly, nonEmpty } from "../internal/checks.js"
import { makeParse } from "../internal/messageKey.js"

/**
 * Every message key a failure of this module can carry, for building exhaustive translations.
 *
 * @example
 * ```ts
 * const ru: Record<Bin.MessageKey, string> = { "bin.length": "БИН состоит из 12 цифр", … }
 * ```
 */
export const messageKeys = ["bin.invalid", "bin.empty", "bin.characters", "bin.length", "bin.checkDigit"] as const

/** One of `messageKeys`. */
export type MessageKey = (typeof messageKeys)[number]

const firstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const
const secondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const

const weightedMod11 = (digits: string, weights: ReadonlyArray<number>): number => {
  let sum = 0
  weights.forEach((weight, i) => {
    sum += (digits.charCodeAt(i) - 48) * weight
  })
  return sum % 11
}

/**
 * The check digit of the first 11 digits of a БИН/ИИН, or `undefined` when both passes give 10
 * and so no valid number starts with those digits.
 *
 * @example
 * ```ts
 * Bin.checkDigit("80080080080") // 0
 * Bin.checkDigit("10000000028") // undefined
 * ```
 */
export const checkDigit = (first11: string): number | undefined => {
  const first = weightedMod11(first11, firstWeights)
  if (first !== 10) return first
  const second = weightedMod11(first11, secondWeights)
  return second === 10 ? undefined : second
}

const hasValidCheckDigit = (digits: string): boolean => checkDigit(digits) === digits.charCodeAt(11) - 48

/**
 * A БИН/ИИН in its stored form: 12 digits with a valid check digit. Use it to decode the
 * operator's payloads; use `FromInput` or `parse` for what people type.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Bin.Bin)("700700700700") // "700700700700"
 * ```
 */
export const Bin = Schema.String.annotate({
  message: "bin.invalid",
  description: "Kazakhstan business or individual identification number (BIN/IIN), 12 digits",
}).pipe(
  Schema.check(
    nonEmpty("bin.empty"),
    digitsOnly("bin.characters"),
    digitCount(12, 12, "bin.length"),
    Schema.makeFilter(hasValidCheckDigit, { message: "bin.checkDigit" }),
  ),
  Schema.brand("Bin"),
  Schema.annotate({ identifier: "Bin" }),
)
export type Bin = typeof Bin.Type

const separators = /[\s\-\u2010-\u2015]/gu

/**
 * How a БИН/ИИН is shown to people: its 12 digits unspaced, as in the manual («БИН : 800800800800»)
 * and in official documents.
 *
 * @example
 * ```ts
 * Bin.format(Bin.make("800800800800")) // "800800800800"
 * ```
 */
export const format = (bin: Bin): string => bin

/**
 * What people type, decoded to the stored form: spaces and dashes are dropped, then the checks
 * of `Bin` apply.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Bin.FromInput)(" 940 140 000 385 ") // "940140000385"
 * ```
 */
export const FromInput = Schema.String.annotate({ message: "bin.invalid" }).pipe(
  Schema.decodeTo(Bin, {
    decode: SchemaGetter.transform((input: string) => input.replace(separators, "")),
    encode: SchemaGetter.transform((bin: string) => bin),
  }),
)

/**
 * Parses what a person typed, synchronously, into a БИН/ИИН or the message key of the first
 * problem.
 *
 * @example
 * ```ts
 * Bin.parse("700700700700") // Result.succeed("700700700700")
 * Bin.parse("70070070070") // Result.fail("bin.length")
 * ```
 */
export const parse: (input: string) => Result.Result<Bin, MessageKey> = makeParse(FromInput, messageKeys, "bin.invalid")

/**
 * Whether `u` is a БИН/ИИН in the stored form; a type guard for data already in memory.
 *
 * @example
 * ```ts
 * Bin.is("800800800800") // true
 * ```
 */
export const is: (u: unknown) => u is Bin = Schema.is(Bin)

/**
 * The stored form from a literal known to be valid (seeds, tests, fixtures). Validates, and
 * throws on an invalid literal because that is a mistake in the code, not in the data.
 *
 * @example
 * ```ts
 * const company = Bin.make("800800800800")
 * ```
 */
export const make = (digits: string): Bin => Bin.make(digits)
