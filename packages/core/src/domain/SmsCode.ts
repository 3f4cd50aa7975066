/**
 * The one-time code the operator texts for password recovery («Введите SMS код отправленный на
 * ваш номер»): exactly 6 digits.
 *
 * Message keys (the `message` of every failure, for widgets to translate):
 *
 * | key | meaning |
 * |---|---|
 * | `smsCode.invalid` | not text at all |
 * | `smsCode.empty` | nothing typed |
 * | `smsCode.characters` | something other than digits and spaces |
 * | `smsCode.length` | not 6 digits |
 *
 * @example
 * ```ts
 * import { SmsCode } from "@kabinet/core"
 * SmsCode.parse(" 123 456 ") // Result.succeed("123456")
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
 * const ru: Record<SmsCode.MessageKey, string> = { "smsCode.length": "Код состоит из 6 цифр", … }
 * ```
 */
export const messageKeys = ["smsCode.invalid", "smsCode.empty", "smsCode.characters", "smsCode.length"] as const

/** One of `messageKeys`. */
export type MessageKey = (typeof messageKeys)[number]

/** How many digits a code has. */
export const length = 6

/**
 * A code in its stored form: 6 digits. Leading zeros are significant (`012345`).
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(SmsCode.SmsCode)("012345") // "012345"
 * ```
 */
export const SmsCode = Schema.String.annotate({
  message: "smsCode.invalid",
  description: "One-time SMS code, 6 digits",
}).pipe(
  Schema.check(
    nonEmpty("smsCode.empty"),
    digitsOnly("smsCode.characters"),
    digitCount(length, length, "smsCode.length"),
  ),
  Schema.brand("SmsCode"),
  Schema.annotate({ identifier: "SmsCode" }),
)
export type SmsCode = typeof SmsCode.Type

/**
 * How a code is shown (in the mock operator's SMS outbox, for instance): its digits as they are.
 *
 * @example
 * ```ts
 * SmsCode.format(SmsCode.make("012345")) // "012345"
 * ```
 */
export const format = (code: SmsCode): string => code

/**
 * What people type or paste, decoded to the stored form: whitespace anywhere is dropped, because
 * codes copied from a message often come as `123 456` or with a trailing newline.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(SmsCode.FromInput)("123 456\n") // "123456"
 * ```
 */
export const FromInput = Schema.String.annotate({ message: "smsCode.invalid" }).pipe(
  Schema.decodeTo(SmsCode, {
    decode: SchemaGetter.transform((input: string) => input.replace(/\s/gu, "")),
    encode: SchemaGetter.transform((code: string) => code),
  }),
)

/**
 * Parses what a person typed, synchronously, into a code or the message key of the first problem.
 *
 * @example
 * ```ts
 * SmsCode.parse("123456") // Result.succeed("123456")
 * SmsCode.parse("12345") // Result.fail("smsCode.length")
 * ```
 */
export const parse: (input: string) => Result.Result<SmsCode, MessageKey> = makeParse(
  FromInput,
  messageKeys,
  "smsCode.invalid",
)

/**
 * Whether `u` is a code in the stored form; a type guard for data already in memory.
 *
 * @example
 * ```ts
 * SmsCode.is("123456") // true
 * ```
 */
export const is: (u: unknown) => u is SmsCode = Schema.is(SmsCode)

/**
 * The stored form from a literal known to be valid (seeds, tests, fixtures). Validates, and
 * throws on an invalid literal because that is a mistake in the code, not in the data.
 *
 * @example
 * ```ts
 * const code = SmsCode.make("482913")
 * ```
 */
export const make = (digits: string): SmsCode => SmsCode.make(digits)
