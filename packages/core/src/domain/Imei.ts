/**
 * A device's identity (IMEI, 3GPP TS 23.003): 14 digits that name the device and a Luhn check
 * digit, 15 in all.
 *
 * The operator records the IMEI a number was last used with, sometimes without its check digit
 * (the manual shows `35202309352069`). That recorded value is a `RecordedImei`: shown as it is,
 * and registered only once `complete` has added the check digit. What an admin types to register
 * a device must be a full `Imei`.
 *
 * Message keys (the `message` of every failure, for widgets to translate):
 *
 * | key | meaning |
 * |---|---|
 * | `imei.invalid` | not text at all |
 * | `imei.empty` | nothing typed |
 * | `imei.characters` | something other than digits, spaces, dashes, dots and slashes |
 * | `imei.incomplete` | 14 digits where a full IMEI is needed: the check digit is missing |
 * | `imei.length` | not 15 digits (a `RecordedImei` may also have 14) |
 * | `imei.checkDigit` | the 15th digit does not match: a digit was mistyped or two were swapped |
 *
 * @example
 * ```ts
 * import { Imei } from "@kabinet/core"
 * const recorded = Schema.decodeUnknownSync(Imei.RecordedImei)("35202309352069")
 * Imei.isRegistrable(recorded) // false: the check digit is missing
 * Imei.complete(recorded) // "352023093520696"
 * ```
 */
import type * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as SchemaGetter from "effect/SchemaGetter"
import { digitCount, digitsOnly, luhn, nonEmpty } from "../internal/checks.js"
import { makeParse } from "../internal/messageKey.js"
import * as Luhn from "../Luhn.js"

/**
 * Every message key a failure of this module can carry, for building exhaustive translations.
 *
 * @example
 * ```ts
 * const kk: Record<Imei.MessageKey, string> = { "imei.length": "IMEI 15 цифрдан тұрады", … }
 * ```
 */
export const messageKeys = [
  "imei.invalid",
  "imei.empty",
  "imei.characters",
  "imei.incomplete",
  "imei.length",
  "imei.checkDigit",
] as const

/** One of `messageKeys`. */
export type MessageKey = (typeof messageKeys)[number]

/**
 * A full IMEI: 15 digits with a valid Luhn check digit. The form a device is registered with;
 * use `FromInput` or `parse` for what people type.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Imei.Imei)("352023093520696") // "352023093520696"
 * ```
 */
export const Imei = Schema.String.annotate({
  message: "imei.invalid",
  description: "IMEI, 15 digits ending with a Luhn check digit",
}).pipe(
  Schema.check(
    nonEmpty("imei.empty"),
    digitsOnly("imei.characters"),
    // Told apart from other lengths because it is what the operator's own record looks like,
    // and copying that record is the likeliest way to type one.
    Schema.makeFilter((digits: string) => digits.length !== 14, { message: "imei.incomplete" }).abort(),
    digitCount(15, 15, "imei.length"),
    luhn("imei.checkDigit"),
  ),
  Schema.brand("Imei"),
  Schema.annotate({ identifier: "Imei" }),
)
export type Imei = typeof Imei.Type

/**
 * An IMEI as the operator recorded it: a full 15-digit `Imei`, or its 14 digits without the check
 * digit. Decode the operator's «Последний зафиксированный IMEI» with it; pass it to `complete`
 * before registering it.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Imei.RecordedImei)("35202309352069") // "35202309352069"
 * Schema.decodeUnknownSync(Imei.RecordedImei)("352023093520697") // throws, "imei.checkDigit"
 * ```
 */
export const RecordedImei = Schema.String.annotate({
  message: "imei.invalid",
  description: "IMEI as recorded by the network: 15 digits with a Luhn check digit, or 14 digits without it",
}).pipe(
  Schema.check(
    nonEmpty("imei.empty"),
    digitsOnly("imei.characters"),
    digitCount(14, 15, "imei.length"),
    Schema.makeFilter((digits: string) => digits.length === 14 || Luhn.isValid(digits), {
      message: "imei.checkDigit",
    }),
  ),
  Schema.brand("RecordedImei"),
  Schema.annotate({ identifier: "RecordedImei" }),
)
export type RecordedImei = typeof RecordedImei.Type

/**
 * Whether a recorded IMEI can be registered as it is, that is, it already has its check digit.
 * When it has not, register `complete(recorded)` instead; the 14-digit form itself is never sent.
 *
 * @example
 * ```ts
 * Imei.isRegistrable(Imei.makeRecorded("352023093520696")) // true
 * Imei.isRegistrable(Imei.makeRecorded("35202309352069")) // false
 * ```
 */
export const isRegistrable = (recorded: RecordedImei): recorded is RecordedImei & Imei => recorded.length === 15

/**
 * The full IMEI of a recorded one: the same value when it already has 15 digits, otherwise the
 * 14 digits followed by their Luhn check digit. This is what «Зарегистрировать» registers.
 *
 * @example
 * ```ts
 * Imei.complete(Imei.makeRecorded("35202309352069")) // "352023093520696"
 * ```
 */
export const complete = (recorded: RecordedImei | Imei): Imei =>
  Imei.make(recorded.length === 14 ? Luhn.complete(recorded) : recorded)

// Labels and boxes print IMEIs as `35-209900-176148-1` or `352099/00/176148/1`.
const separators = /[\s\-\u2010-\u2015./]/gu

/**
 * How an IMEI is shown to people: its digits as recorded, without grouping, as the manual and
 * device labels show it.
 *
 * @example
 * ```ts
 * Imei.format(Imei.makeRecorded("35202309352069")) // "35202309352069"
 * ```
 */
export const format = (imei: Imei | RecordedImei): string => imei

/**
 * What an admin types to register a device, decoded to a full `Imei`: spaces, dashes, dots and
 * slashes are dropped, then all 15 digits and the check digit are required.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Imei.FromInput)("35-202309-352069-6") // "352023093520696"
 * ```
 */
export const FromInput = Schema.String.annotate({ message: "imei.invalid" }).pipe(
  Schema.decodeTo(Imei, {
    decode: SchemaGetter.transform((input: string) => input.replace(separators, "")),
    encode: SchemaGetter.transform((imei: string) => imei),
  }),
)

/**
 * Parses what a person typed, synchronously, into a full IMEI or the message key of the first
 * problem. A 14-digit value is refused with `imei.incomplete`: a registration needs the check digit.
 *
 * @example
 * ```ts
 * Imei.parse("352023093520696") // Result.succeed("352023093520696")
 * Imei.parse("35202309352069") // Result.fail("imei.incomplete")
 * ```
 */
export const parse: (input: string) => Result.Result<Imei, MessageKey> = makeParse(
  FromInput,
  messageKeys,
  "imei.invalid",
)

/**
 * Whether `u` is a full IMEI; a type guard for data already in memory.
 *
 * @example
 * ```ts
 * Imei.is("352023093520696") // true
 * ```
 */
export const is: (u: unknown) => u is Imei = Schema.is(Imei)

/**
 * A full IMEI from a literal known to be valid (seeds, tests, fixtures). Validates, and throws on
 * an invalid literal because that is a mistake in the code, not in the data.
 *
 * @example
 * ```ts
 * const phone = Imei.make("352023093520696")
 * ```
 */
export const make = (digits: string): Imei => Imei.make(digits)

/**
 * A recorded IMEI from a literal known to be valid, 14 or 15 digits (seeds, tests, fixtures).
 * Throws on an invalid literal.
 *
 * @example
 * ```ts
 * const lastSeen = Imei.makeRecorded("35202309352069")
 * ```
 */
export const makeRecorded = (digits: string): RecordedImei => RecordedImei.make(digits)
