/**
 * The number printed on a SIM card (ICCID, ITU-T E.118): 19 or 20 digits, the last one a Luhn
 * check digit. Shown in a number's «SIM карта и устройство» block and typed by the admin for a
 * SIM swap («Замена SIM-карты»).
 *
 * Message keys (the `message` of every failure, for widgets to translate):
 *
 * | key | meaning |
 * |---|---|
 * | `iccid.invalid` | not text at all |
 * | `iccid.empty` | nothing typed |
 * | `iccid.characters` | something other than digits, spaces and dashes |
 * | `iccid.length` | not 19 or 20 digits |
 * | `iccid.checkDigit` | the last digit does not match: a digit was mistyped or two were swapped |
 *
 * @example
 * ```ts
 * import { Iccid } from "@kabinet/core"
 * Iccid.parse("8999 7021 2345 6789 9456") // Result.succeed("89997021234567899456")
 * Iccid.parse("8999 7021 2345 6789 9457") // Result.fail("iccid.checkDigit")
 * ```
 */
import type * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as SchemaGetter from "effect/SchemaGetter"
import { digitCount, digitsOnly, luhn, nonEmpty } from "../internal/checks.js"
import { digitsOf } from "../internal/digits.js"
import { makeParse } from "../internal/messageKey.js"

/**
 * Every message key a failure of this module can carry, for building exhaustive translations.
 *
 * @example
 * ```ts
 * const en: Record<Iccid.MessageKey, string> = { "iccid.checkDigit": "Check the SIM number", … }
 * ```
 */
export const messageKeys = [
  "iccid.invalid",
  "iccid.empty",
  "iccid.characters",
  "iccid.length",
  "iccid.checkDigit",
] as const

/** One of `messageKeys`. */
export type MessageKey = (typeof messageKeys)[number]

/**
 * An ICCID in its stored form: 19–20 digits with a valid Luhn check digit, no spaces. Use it to
 * decode the operator's payloads; use `FromInput` or `parse` for what people type.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Iccid.Iccid)("89997027507916785078") // "89997027507916785078"
 * ```
 */
export const Iccid = Schema.String.annotate({
  message: "iccid.invalid",
  description: "SIM card number (ICCID), 19-20 digits ending with a Luhn check digit",
}).pipe(
  Schema.check(
    nonEmpty("iccid.empty"),
    digitsOnly("iccid.characters"),
    digitCount(19, 20, "iccid.length"),
    luhn("iccid.checkDigit"),
  ),
  Schema.brand("Iccid"),
  Schema.annotate({ identifier: "Iccid" }),
)
export type Iccid = typeof Iccid.Type

// Cards print the number in groups, and people copy it with spaces or dashes.
const separators = /[\s\-\u2010-\u2015]/gu

const groupsOfFour = (digits: string): string => digits.replace(/(\d{4})(?=\d)/gu, "$1 ")

/**
 * How an ICCID is shown to people: groups of four, `8999 7021 2345 6789 9456`, as on the card.
 *
 * @example
 * ```ts
 * Iccid.format(Iccid.make("89997027507916785078")) // "8999 7027 5079 1678 5078"
 * ```
 */
export const format = (iccid: Iccid): string => groupsOfFour(iccid)

/**
 * Regroups a partly typed ICCID by four after every keystroke, so the field reads like the card.
 * Keeps the digits only and does not cut extra ones: a 21st digit stays visible and is reported
 * by `parse` as `iccid.length` rather than silently dropped.
 *
 * @example
 * ```ts
 * Iccid.groupAsTyped("899970") // "8999 70"
 * Iccid.groupAsTyped("8999 70212") // "8999 7021 2"
 * ```
 */
export const groupAsTyped = (partial: string): string => groupsOfFour(digitsOf(partial))

/**
 * What people type, decoded to the stored form: spaces and dashes are dropped, then the checks of
 * `Iccid` apply. Encoding gives the grouped display form of `format`.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Iccid.FromInput)("8999 7021 2345 6789 9456") // "89997021234567899456"
 * ```
 */
export const FromInput = Schema.String.annotate({ message: "iccid.invalid" }).pipe(
  Schema.decodeTo(Iccid, {
    decode: SchemaGetter.transform((input: string) => input.replace(separators, "")),
    encode: SchemaGetter.transform(groupsOfFour),
  }),
)

/**
 * Parses what a person typed, synchronously, into an ICCID or the message key of the first
 * problem. Use it in the SIM swap dialog and anywhere outside an Effect.
 *
 * @example
 * ```ts
 * Iccid.parse("8999 7027 5079 1678 5078") // Result.succeed("89997027507916785078")
 * Iccid.parse("8999 7027 5079") // Result.fail("iccid.length")
 * ```
 */
export const parse: (input: string) => Result.Result<Iccid, MessageKey> = makeParse(
  FromInput,
  messageKeys,
  "iccid.invalid",
)

/**
 * Whether `u` is an ICCID in the stored form; a type guard for data already in memory.
 *
 * @example
 * ```ts
 * Iccid.is("89997027507916785078") // true
 * ```
 */
export const is: (u: unknown) => u is Iccid = Schema.is(Iccid)

/**
 * The stored form from a literal known to be valid (seeds, tests, fixtures). Validates, and
 * throws on an invalid literal because that is a mistake in the code, not in the data.
 *
 * @example
 * ```ts
 * const sim = Iccid.make("89997027507916785078")
 * ```
 */
export const make = (digits: string): Iccid => Iccid.make(digits)
