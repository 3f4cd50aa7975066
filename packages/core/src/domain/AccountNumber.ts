/**
 * The operator's personal account number («Лицевой счет»), the billing account a number is
 * charged to: digits only, `25602051` in the manual. The operator publishes no checksum, so only
 * the shape is checked: 6 to 12 digits.
 *
 * Message keys (the `message` of every failure, for widgets to translate):
 *
 * | key | meaning |
 * |---|---|
 * | `accountNumber.invalid` | not text at all |
 * | `accountNumber.empty` | nothing typed |
 * | `accountNumber.characters` | something other than digits and spaces |
 * | `accountNumber.length` | fewer than 6 or more than 12 digits |
 *
 * @example
 * ```ts
 * import { AccountNumber } from "@kabinet/core"
 * AccountNumber.parse(" 25602051 ") // Result.succeed("25602051")
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
 * const ru: Record<AccountNumber.MessageKey, string> = { "accountNumber.empty": "Укажите лицевой счет", … }
 * ```
 */
export const messageKeys = [
  "accountNumber.invalid",
  "accountNumber.empty",
  "accountNumber.characters",
  "accountNumber.length",
] as const

/** One of `messageKeys`. */
export type MessageKey = (typeof messageKeys)[number]

/**
 * An account number in its stored form: 6–12 digits. Leading zeros are kept, since it is an
 * identifier and not a quantity.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(AccountNumber.AccountNumber)("25602051") // "25602051"
 * ```
 */
export const AccountNumber = Schema.String.annotate({
  message: "accountNumber.invalid",
  description: "Operator's personal account number, 6-12 digits",
}).pipe(
  Schema.check(
    nonEmpty("accountNumber.empty"),
    digitsOnly("accountNumber.characters"),
    digitCount(6, 12, "accountNumber.length"),
  ),
  Schema.brand("AccountNumber"),
  Schema.annotate({ identifier: "AccountNumber" }),
)
export type AccountNumber = typeof AccountNumber.Type

/**
 * How an account number is shown to people: its digits as they are, as on invoices.
 *
 * @example
 * ```ts
 * AccountNumber.format(AccountNumber.make("25602051")) // "25602051"
 * ```
 */
export const format = (account: AccountNumber): string => account

/**
 * What people type or paste, decoded to the stored form: whitespace anywhere is dropped, then the
 * checks of `AccountNumber` apply.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(AccountNumber.FromInput)("2560 2051") // "25602051"
 * ```
 */
export const FromInput = Schema.String.annotate({ message: "accountNumber.invalid" }).pipe(
  Schema.decodeTo(AccountNumber, {
    decode: SchemaGetter.transform((input: string) => input.replace(/\s/gu, "")),
    encode: SchemaGetter.transform((account: string) => account),
  }),
)

/**
 * Parses what a person typed, synchronously, into an account number or the message key of the
 * first problem; for the «Лицевой счет» search fields of the documents section.
 *
 * @example
 * ```ts
 * AccountNumber.parse("10085297") // Result.succeed("10085297")
 * AccountNumber.parse("12345") // Result.fail("accountNumber.length")
 * ```
 */
export const parse: (input: string) => Result.Result<AccountNumber, MessageKey> = makeParse(
  FromInput,
  messageKeys,
  "accountNumber.invalid",
)

/**
 * Whether `u` is an account number in the stored form; a type guard for data already in memory.
 *
 * @example
 * ```ts
 * AccountNumber.is("25602051") // true
 * ```
 */
export const is: (u: unknown) => u is AccountNumber = Schema.is(AccountNumber)

/**
 * The stored form from a literal known to be valid (seeds, tests, fixtures). Validates, and
 * throws on an invalid literal because that is a mistake in the code, not in the data.
 *
 * @example
 * ```ts
 * const account = AccountNumber.make("25602051")
 * ```
 */
export const make = (digits: string): AccountNumber => AccountNumber.make(digits)
