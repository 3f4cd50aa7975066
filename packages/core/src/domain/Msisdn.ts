/**
 * A Kazakhstan mobile number (MSISDN) as the operator stores it: 11 digits, `77010542001`.
 *
 * Three forms meet here: the stored form (`Msisdn`, what the operator sends and expects), what
 * people type (`FromInput`, `parse`), and what people read (`format`, `+7 701 054 20 01`).
 *
 * Message keys (the `message` of every failure, for widgets to translate):
 *
 * | key | meaning |
 * |---|---|
 * | `msisdn.invalid` | not text at all |
 * | `msisdn.empty` | nothing typed |
 * | `msisdn.characters` | something other than digits, spaces, dashes, dots, parentheses and a leading `+` |
 * | `msisdn.length` | not 10 digits (`701 054 20 01`) or 11 digits (`+7 701…`, `8 701…`) |
 * | `msisdn.country` | 11 digits that do not start with the country code 7 (or the trunk prefix 8) |
 * | `msisdn.notMobile` | a +7 number outside Kazakhstan's mobile codes (`mobileCodes`): a landline or a Russian number |
 *
 * @example
 * ```ts
 * import { Msisdn } from "@kabinet/core"
 * const result = Msisdn.parse("8 (701) 054-20-01") // Result.succeed("77010542001")
 * if (Result.isSuccess(result)) Msisdn.format(result.success) // "+7 701 054 20 01"
 * ```
 */
import type * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as SchemaGetter from "effect/SchemaGetter"
import { digitsOf as internalDigitsOf } from "../internal/digits.js"
import { makeParse } from "../internal/messageKey.js"

/**
 * The codes that follow the country code 7 on Kazakhstan's mobile numbers, whatever the
 * operator: 700–708, 747, 771, 775–778. A +7 number with any other code is a landline (727 is
 * Almaty) or not Kazakh at all (Russia's mobiles start with 9), so the portal refuses it as an
 * admin's phone or a forwarding target. Extend this list when the numbering plan grows.
 *
 * @example
 * ```ts
 * Msisdn.mobileCodes.includes("701") // true
 * ```
 */
export const mobileCodes = [
  "700",
  "701",
  "702",
  "703",
  "704",
  "705",
  "706",
  "707",
  "708",
  "747",
  "771",
  "775",
  "776",
  "777",
  "778",
] as const

/** One of `mobileCodes`. */
export type MobileCode = (typeof mobileCodes)[number]

/**
 * Every message key a failure of this module can carry, for building exhaustive translations.
 *
 * @example
 * ```ts
 * const ru: Record<Msisdn.MessageKey, string> = { "msisdn.empty": "Введите номер", … }
 * ```
 */
export const messageKeys = [
  "msisdn.invalid",
  "msisdn.empty",
  "msisdn.characters",
  "msisdn.length",
  "msisdn.country",
  "msisdn.notMobile",
] as const

/** One of `messageKeys`. */
export type MessageKey = (typeof messageKeys)[number]

// Built from `mobileCodes` so the list stays the single source, and kept as a pattern (not a
// predicate) so the OpenAPI document carries the exact rule.
const mobilePattern = new RegExp(`^7(?:${mobileCodes.join("|")})\\d{7}$`, "u")

/**
 * A mobile number in the operator's stored form: `7`, a code from `mobileCodes`, 7 digits.
 * Use it to decode the operator's payloads; use `FromInput` or `parse` for what people type.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Msisdn.Msisdn)("77010542001") // "77010542001"
 * Schema.decodeUnknownSync(Msisdn.Msisdn)("+77010542001") // throws, "msisdn.characters"
 * ```
 */
export const Msisdn = Schema.String.annotate({
  message: "msisdn.invalid",
  description: "Kazakhstan mobile number, 11 digits without '+': 77010542001",
}).pipe(
  Schema.check(
    Schema.isNonEmpty({ message: "msisdn.empty" }).abort(),
    Schema.isPattern(/^\d*$/u, { message: "msisdn.characters" }).abort(),
    Schema.isPattern(/^\d{11}$/u, { message: "msisdn.length" }).abort(),
    Schema.isPattern(/^7/u, { message: "msisdn.country" }).abort(),
    Schema.isPattern(mobilePattern, { message: "msisdn.notMobile" }),
  ),
  Schema.brand("Msisdn"),
  Schema.annotate({ identifier: "Msisdn" }),
)
export type Msisdn = typeof Msisdn.Type

// People write numbers with spaces, dashes, dots and brackets, and dashes pasted from documents
// are often typographic ones (U+2010–U+2015).
const separators = /[\s\-\u2010-\u2015().]/gu

/**
 * The ASCII digits of a text, in order, everything else dropped: the one digit normaliser of
 * Kabinet (search boxes, grouped ICCIDs and IMEIs, numbers typed with spaces and brackets).
 *
 * @example
 * ```ts
 * Msisdn.digitsOf("+7 (701) 054-20-01") // "77010542001"
 * ```
 */
export const digitsOf: (text: string) => string = internalDigitsOf

// The national number (10 digits) gets the country code; the domestic trunk prefix 8 becomes it.
const withCountryCode = (digits: string): string => {
  if (/^\d{10}$/u.test(digits)) return `7${digits}`
  if (/^8\d{10}$/u.test(digits)) return `7${digits.slice(1)}`
  return digits
}

/**
 * The stored-form digits a typed number stands for, without validating it: its digits, with the
 * trunk prefix 8 or a missing country code made 7. `+7 701 054 20 01`, `8 701 054 20 01` and
 * `701 054 20 01` are one line. Use it to compare numbers people typed (is the forwarding target the
 * number itself?); use `parse` to accept one.
 *
 * @example
 * ```ts
 * Msisdn.lineOf("8 (701) 054-20-01") // "77010542001"
 * ```
 */
export const lineOf = (text: string): string => withCountryCode(digitsOf(text))

// Brings every accepted spelling to the stored form; anything it cannot place is passed on
// unchanged so that the checks of `Msisdn` name what is wrong with it.
const normalize = (input: string): string => {
  const compact = input.replace(separators, "")
  return compact.startsWith("+") ? compact.slice(1) : withCountryCode(compact)
}

const display = (digits: string): string =>
  /^7\d{10}$/u.test(digits)
    ? `+7 ${digits.slice(1, 4)} ${digits.slice(4, 7)} ${digits.slice(7, 9)} ${digits.slice(9, 11)}`
    : digits

/**
 * How a mobile number is shown to people: `+7 701 054 20 01` (the manual's profile header).
 *
 * @example
 * ```ts
 * Msisdn.format(Msisdn.make("77010542001")) // "+7 701 054 20 01"
 * ```
 */
export const format = (msisdn: Msisdn): string => display(msisdn)

/**
 * What people type, decoded to the stored form. Accepts `+7 701 054 20 01`, `8 701 054 20 01`,
 * `87010542001`, `77010542001` and the 10-digit national number `701 054 20 01`, with spaces,
 * dashes, dots and parentheses anywhere. Encoding gives the display form of `format`, so a form
 * field shows a stored number the way people read it.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Msisdn.FromInput)("+7 (701) 054-20-01") // "77010542001"
 * Schema.encodeSync(Msisdn.FromInput)(Msisdn.make("77010542001")) // "+7 701 054 20 01"
 * ```
 */
export const FromInput = Schema.String.annotate({ message: "msisdn.invalid" }).pipe(
  Schema.decodeTo(Msisdn, {
    decode: SchemaGetter.transform(normalize),
    encode: SchemaGetter.transform(display),
  }),
)

/**
 * Parses what a person typed, synchronously, into a number or the message key of the first
 * problem. Use it in form fields and anywhere outside an Effect.
 *
 * @example
 * ```ts
 * Msisdn.parse("701 054 20 01") // Result.succeed("77010542001")
 * Msisdn.parse("+7 727 259 07 77") // Result.fail("msisdn.notMobile")
 * ```
 */
export const parse: (input: string) => Result.Result<Msisdn, MessageKey> = makeParse(
  FromInput,
  messageKeys,
  "msisdn.invalid",
)

/**
 * Whether `u` is a number in the stored form; a type guard for data already in memory.
 *
 * @example
 * ```ts
 * Msisdn.is("77010542001") // true
 * Msisdn.is("+7 701 054 20 01") // false: that is typed input, see `parse`
 * ```
 */
export const is: (u: unknown) => u is Msisdn = Schema.is(Msisdn)

/**
 * The stored form from a literal known to be valid (seeds, tests, fixtures). Validates, and
 * throws on an invalid literal because that is a mistake in the code, not in the data.
 *
 * @example
 * ```ts
 * const admin = Msisdn.make("77012111249")
 * ```
 */
export const make = (digits: string): Msisdn => Msisdn.make(digits)
