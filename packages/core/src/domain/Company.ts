/**
 * A company whose numbers an admin manages («Мои компании», «Выбор компании»): its БИН, the
 * registered full name and the short name the admin may give it for the company drop-down.
 *
 * @example
 * ```ts
 * import { Company } from "@kabinet/core"
 * const company = Schema.decodeUnknownSync(Company.Company)({
 *   id: "cmp-800800800800",
 *   bin: "800800800800",
 *   fullName: "АО \"Времени мало\"",
 * })
 * Company.displayName(company) // "АО \"Времени мало\""
 * ```
 */
import * as Schema from "effect/Schema"
import { hasVisibleCharacter, noControlCharacters, wellFormed } from "../internal/text.js"
import * as Bin from "./Bin.js"

/**
 * The operator's opaque id of a company, e.g. `"cmp-800800800800"`. The manual shows none: a
 * separate id (rather than the БИН) lets the operator tell apart two records that share a БИН,
 * such as a head office and a branch («TOO Кабинет», «Филиал TOO Кабинет»), and keeps the БИН out
 * of URLs. Letters, digits, `-` and `_`, at most 64.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Company.CompanyId)("cmp-800800800800")
 * ```
 */
export const CompanyId = Schema.String.check(
  Schema.isPattern(/^[A-Za-z0-9_-]{1,64}$/u, { expected: "a company id (letters, digits, - and _, at most 64)" }),
).pipe(Schema.brand("CompanyId"), Schema.annotate({ identifier: "CompanyId" }))
export type CompanyId = typeof CompanyId.Type

/**
 * The longest short name, in user-perceived characters (see `shortNameLength`). The manual gives no
 * limit; 64 keeps the company drop-down readable. The schema and the rule
 * `profile.shortName.tooLong` both count with `shortNameLength` against this number.
 */
export const shortNameMaxLength = 64

let graphemes: Intl.Segmenter | undefined

/**
 * How many characters a person sees in `text`: grapheme clusters, so «é» typed as e + U+0301, a
 * flag, or a family emoji of seven code points each count once — the length a name's limit means.
 *
 * @example
 * ```ts
 * Company.graphemeLength("👨‍👩‍👧‍👦 Кабинет") // 9
 * ```
 */
export const graphemeLength = (text: string): number => {
  // Created on first use, so importing the module costs nothing; segmentation by grapheme is the
  // same in every language (Unicode's default rules), hence no locale.
  graphemes ??= new Intl.Segmenter(undefined, { granularity: "grapheme" })
  let count = 0
  for (const _ of graphemes.segment(text)) count++
  return count
}

/**
 * How long a short name is as people count it: the user-perceived characters ({@link graphemeLength})
 * of its trimmed NFC form. The one length of a short name: the schema and the rule both use it.
 *
 * @example
 * ```ts
 * Company.shortNameLength("ТОО Кабинет") // 11
 * Company.shortNameLength("Кабинет 🇰🇿") // 9
 * ```
 */
export const shortNameLength = (name: string): number => graphemeLength(name.normalize("NFC").trim())

/**
 * The admin's display name for a company («СОКРАЩЕННОЕ НАЗВАНИЕ КОМПАНИИ»): trimmed, 1 to
 * `shortNameMaxLength` characters as a person counts them ({@link graphemeLength}), with at least
 * one visible character, and no control characters or lone surrogates — a name of zero-width
 * spaces or a NUL would show as nothing in the drop-down.
 *
 * JSON Schema's `maxLength` (code points) is never more than the grapheme count, so whatever
 * satisfies the published schema is accepted.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Company.ShortName)("Кабинет")
 * ```
 */
export const ShortName = Schema.String.check(
  Schema.isTrimmed(),
  Schema.isNonEmpty(),
  wellFormed(),
  noControlCharacters(),
  hasVisibleCharacter(),
  Schema.makeFilter((text: string) => shortNameLength(text) <= shortNameMaxLength, {
    expected: `at most ${shortNameMaxLength} characters`,
    toJsonSchema: () => ({ maxLength: shortNameMaxLength }),
    arbitraryConstraint: { maxLength: shortNameMaxLength },
  }),
).pipe(
  Schema.brand("CompanyShortName"),
  Schema.annotate({
    identifier: "CompanyShortName",
    description:
      "A company's short display name: at most 64 characters counted as a person sees them (grapheme clusters), at least one of them visible; no control characters or lone surrogates.",
  }),
)
export type ShortName = typeof ShortName.Type

/**
 * A company. `shortName` is absent until an admin sets one.
 *
 * JSON: `{ "id": "cmp-1", "bin": "800800800800", "fullName": "АО \"Времени мало\"", "shortName": "Времени мало" }`
 *
 * @example
 * ```ts
 * new Company.Company({ id, bin, fullName: "TOO Кабинет" })
 * ```
 */
export class Company extends Schema.Class<Company>("Company")({
  id: CompanyId,
  bin: Bin.Bin,
  fullName: Schema.NonEmptyString,
  shortName: Schema.optionalKey(ShortName),
}) {}

/**
 * The name to show for a company: the short name where the admin set one, the full name otherwise
 * (A4: the drop-down shows short names where set).
 *
 * @example
 * ```ts
 * Company.displayName(company) // "Кабинет" or "TOO Кабинет"
 * ```
 */
export const displayName = (company: Company): string => company.shortName ?? company.fullName
