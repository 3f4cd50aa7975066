/**
 * An e-mail address: the admin's own («Мой профиль») and the ones reports are sent to («Отчет по
 * списку номеров», «Акт сверки», …).
 *
 * The rule is the HTML `<input type="email">` one (WHATWG), so a browser field and the core agree,
 * with one stricter point: the domain must contain a dot. `name@company` passes HTML but no
 * report would ever reach it. At most 254 characters, the longest address SMTP can deliver to.
 *
 * Message keys (the `message` of every failure, for widgets to translate):
 *
 * | key | meaning |
 * |---|---|
 * | `email.invalid` | not text at all |
 * | `email.empty` | nothing typed (spaces only count as nothing) |
 * | `email.length` | longer than 254 characters |
 * | `email.format` | not of the form `name@domain.tld` |
 *
 * @example
 * ```ts
 * import { Email } from "@kabinet/core"
 * Email.parse("  email@kcell.kz ") // Result.succeed("email@kcell.kz")
 * Email.parse("email@kcell") // Result.fail("email.format")
 * ```
 */
import type * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as SchemaGetter from "effect/SchemaGetter"
import { makeParse } from "../internal/messageKey.js"

/**
 * Every message key a failure of this module can carry, for building exhaustive translations.
 *
 * @example
 * ```ts
 * const en: Record<Email.MessageKey, string> = { "email.format": "Enter an address like name@company.kz", … }
 * ```
 */
export const messageKeys = ["email.invalid", "email.empty", "email.length", "email.format"] as const

/** One of `messageKeys`. */
export type MessageKey = (typeof messageKeys)[number]

/** The longest address SMTP delivers to (RFC 5321 path limit less the angle brackets). */
export const maxLength = 254

// WHATWG's valid e-mail address, with `*` on the domain labels turned into `+` to require a dot.
const pattern =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/u

/**
 * An e-mail address in its stored form: trimmed, at most 254 characters, `name@domain.tld`.
 * Use it to decode the operator's payloads; use `FromInput` or `parse` for what people type.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Email.Email)("email@kcell.kz") // "email@kcell.kz"
 * ```
 */
export const Email = Schema.String.annotate({
  message: "email.invalid",
  description: "E-mail address",
}).pipe(
  Schema.check(
    Schema.isNonEmpty({ message: "email.empty" }).abort(),
    Schema.isMaxLength(maxLength, { message: "email.length" }).abort(),
    Schema.isPattern(pattern, { message: "email.format" }),
  ),
  Schema.brand("Email"),
  Schema.annotate({ identifier: "Email", format: "email" }),
)
export type Email = typeof Email.Type

/**
 * How an address is shown to people: as it was entered. Case is kept because the part before
 * `@` may be case-sensitive on the receiving server.
 *
 * @example
 * ```ts
 * Email.format(Email.make("Rocket.Yurly@example.kz")) // "Rocket.Yurly@example.kz"
 * ```
 */
export const format = (email: Email): string => email

/**
 * What people type or paste, decoded to the stored form: surrounding whitespace is trimmed, then
 * the checks of `Email` apply.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Email.FromInput)(" admin@company.kz\n") // "admin@company.kz"
 * ```
 */
export const FromInput = Schema.String.annotate({ message: "email.invalid" }).pipe(
  Schema.decodeTo(Email, {
    decode: SchemaGetter.trim(),
    encode: SchemaGetter.transform((email: string) => email),
  }),
)

/**
 * Parses what a person typed, synchronously, into an address or the message key of the first
 * problem; for every «Электронная почта» field.
 *
 * @example
 * ```ts
 * Email.parse("admin@company.kz") // Result.succeed("admin@company.kz")
 * Email.parse("admin company.kz") // Result.fail("email.format")
 * ```
 */
export const parse: (input: string) => Result.Result<Email, MessageKey> = makeParse(
  FromInput,
  messageKeys,
  "email.invalid",
)

/**
 * Whether `u` is an address in the stored form; a type guard for data already in memory.
 *
 * @example
 * ```ts
 * Email.is("email@kcell.kz") // true
 * ```
 */
export const is: (u: unknown) => u is Email = Schema.is(Email)

/**
 * The stored form from a literal known to be valid (seeds, tests, fixtures). Validates, and
 * throws on an invalid literal because that is a mistake in the code, not in the data.
 *
 * @example
 * ```ts
 * const support = Email.make("email@kcell.kz")
 * ```
 */
export const make = (address: string): Email => Email.make(address)
