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
import { Schema } from "effect"
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
 * How long a short name is as people count it: the user-perceived characters (grapheme clusters)
 * of its trimmed NFC form, so «ё» typed as `е` + a combining diaeresis, a flag or a family emoji
 * each count once. The one length of a short name: the schema and the rule both use it.
 *
 * @example
 * ```ts
 * Company.shortNameLength("ТОО Кабинет") // 11
 * Company.shortNameLength("Кабинет 🇰🇿") // 9
 * ```
 */
export const shortNameLength = (name: string): number => {
  // Created on first use, so importing the module costs nothing; segmentation by grapheme is the
  // same in every language (Unicode's default rules), hence no locale.
  graphemes ??= new Intl.Segmenter(undefined, { granularity: "grapheme" })
  let count = 0
  for (const _ of graphemes.segment(name.normalize("NFC").trim())) count++
  return count
}

/**
 * The admin's display name for a company («СОКРАЩЕННОЕ НАЗВАНИЕ КОМПАНИИ»): trimmed, 1 to
 * `shortNameMaxLength` user-perceived characters.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Company.ShortName)("Кабинет")
 * ```
 */
export const ShortName = Schema.String.annotate({
  description: `A company's short display name: trimmed, 1 to ${shortNameMaxLength} user-perceived characters (grapheme clusters, not code units)`,
})
  .check(
    Schema.isTrimmed(),
    Schema.isNonEmpty(),
    Schema.makeFilter((name: string) => shortNameLength(name) <= shortNameMaxLength, {
      expected: `at most ${shortNameMaxLength} characters`,
    }),
  )
  .pipe(Schema.brand("CompanyShortName"), Schema.annotate({ identifier: "CompanyShortName" }))
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
