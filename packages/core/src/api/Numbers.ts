/**
 * The company's numbers (B1) and every section of a number's profile (B2–B7, B9, B15, B16), read.
 *
 * Every number endpoint sits under `/v1/companies/:companyId/numbers/:number`, so the operator
 * can hold the company boundary: a number of a company the admin does not manage is a 404, the
 * same answer as a number nobody has, whatever the admin types.
 *
 * The list is paged, sorted and searched by the operator (decision 7): a company may have 100,000
 * numbers and the browser only holds the rows on screen.
 *
 * @example
 * ```ts
 * const page = yield* client.numbers.list({
 *   params: { companyId },
 *   query: { offset: 0, limit: 50, sort: "status", order: "asc", search: "701" },
 * })
 * ```
 */
import * as Effect from "effect/Effect"
import * as HttpApiEndpoint from "effect/http-api/HttpApiEndpoint"
import * as HttpApiGroup from "effect/http-api/HttpApiGroup"
import * as OpenApi from "effect/http-api/OpenApi"
import * as Schema from "effect/Schema"
import * as Company from "../domain/Company.js"
import * as Forwarding from "../domain/Forwarding.js"
import * as GeneralInfo from "../domain/GeneralInfo.js"
import * as ImeiRegistration from "../domain/ImeiRegistration.js"
import * as MobileNumber from "../domain/MobileNumber.js"
import * as Msisdn from "../domain/Msisdn.js"
import * as NumberProfile from "../domain/NumberProfile.js"
import * as SecretCode from "../domain/SecretCode.js"
import * as Service from "../domain/Service.js"
import * as SimCard from "../domain/SimCard.js"
import * as Spending from "../domain/Spending.js"
import * as TariffRemainders from "../domain/TariffRemainders.js"
import { maxCodePoints, wellFormed } from "../internal/text.js"
import * as Errors from "./Errors.js"
import * as Paging from "./Paging.js"
import * as Security from "./Security.js"

/**
 * Path parameters of a company's resources: `/v1/companies/:companyId/…`.
 */
export const CompanyParams = { companyId: Company.CompanyId } as const

/**
 * Path parameters of one number: `/v1/companies/:companyId/numbers/:number/…`, the number as
 * 11 digits (`77010542001`).
 */
export const NumberParams = { companyId: Company.CompanyId, number: Msisdn.Msisdn } as const

/** The columns the number list can be sorted by (B1's columns). */
export const sortFields = [
  "msisdn",
  "accountNumber",
  "tariffName",
  "billingMethod",
  "status",
  "availableFunds",
] as const

/**
 * A column of the number list to sort by: Номер, Лицевой счет, Тарифный план, Метод расчета,
 * Статус, Доступные средства.
 */
export const SortField = Schema.Literals(sortFields).annotate({ identifier: "NumberSortField" })
export type SortField = typeof SortField.Type

/** The longest search text, in characters (code points). */
export const searchMaxLength = 64

/** The digits of a number (`77010542001`): a search reads neighbouring groups of digits as one number up to this many. */
export const searchNumberDigits = 11

/**
 * What the admin typed in «Поиск»: trimmed, at most 64 characters. The search narrows: the text
 * is split into words at spaces, and a line is listed only when **every** word matches it.
 *
 * - Words of digits and the phone's punctuation (`+`, `-`, `(`, `)`) that stand next to each other
 *   are read as one number while they have at most 11 digits together, so `+7 701 054 20 01` and
 *   `8 701 054` are searched as `77010542001` and `8701054`: that run of digits must appear in the
 *   line's number (a leading trunk 8 may stand for the 7) or in its account number.
 * - Every word, digits or not, may also match the tariff's name, as text without regard to case:
 *   `M2M Телеметрия` lists the lines of that tariff, `11 corp` those of «11 corp».
 * - A word that matches nothing — `abc1` — leaves no line.
 *
 * @example
 * ```ts
 * client.numbers.list({ params, query: { search: "Карт Бланш 25602051" } }) // that tariff, on that account
 * ```
 */
export const Search = Schema.String.check(Schema.isTrimmed(), maxCodePoints(searchMaxLength), wellFormed()).annotate({
  identifier: "NumberSearch",
  description:
    "Narrowing search: every word must match the line. Adjacent words of digits (and + - ( ) of a phone) form one number while they have at most 11 digits together, which must appear in the line's number (a leading 8 may stand for 7) or account number; any word may instead match the tariff name as case-insensitive text.",
})

/**
 * The number list's query: `?offset=0&limit=50&sort=msisdn&order=asc&search=701`. Without `offset`
 * the list starts at the top, without `limit` a page has {@link Paging.defaultLimit} rows; without
 * `sort` the operator's order (by number) applies; without `order`, ascending.
 */
export const ListQuery = {
  offset: Paging.OffsetParam.pipe(Schema.withDecodingDefaultTypeKey(Effect.succeed(0))),
  limit: Paging.LimitParam.pipe(Schema.withDecodingDefaultTypeKey(Effect.succeed(Paging.defaultLimit))),
  sort: Schema.optionalKey(SortField),
  order: Schema.optionalKey(Paging.SortOrder),
  search: Schema.optionalKey(Search),
} as const

/**
 * A page of the number list.
 *
 * JSON: `{ "items": [MobileNumber…], "total": 100000, "offset": 0 }`
 */
export const NumberPage = Paging.Page(MobileNumber.MobileNumber, "NumberPage", MobileNumber.MobileNumbers)
export type NumberPage = typeof NumberPage.Type

const read = [...Errors.companyScoped] as const

/** `GET /v1/companies/:companyId/numbers` — a page of the company's numbers (B1). */
export const list = HttpApiEndpoint.get("list", "/v1/companies/:companyId/numbers", {
  params: CompanyParams,
  query: ListQuery,
  success: NumberPage,
  error: read,
}).annotateMerge(
  OpenApi.annotations({
    summary: "A page of the company's numbers, sorted and searched",
    description:
      "A page of the company's lines, sorted by a column of B1 and narrowed by «Поиск» (every word must match: runs of digits against the number or the account, any word against the tariff name). `total` counts every matching line. 404 for a company the admin does not manage.",
  }),
)

/** `GET …/numbers/:number` — the profile header (B2): the same shape as a list row. */
export const get = HttpApiEndpoint.get("get", "/v1/companies/:companyId/numbers/:number", {
  params: NumberParams,
  success: MobileNumber.MobileNumber,
  error: read,
}).annotateMerge(
  OpenApi.annotations({
    summary: "Number information (profile header)",
    description:
      "The line as in the list: number, account, tariff, billing method, status and its time, funds and limits. 404 for a number the admin does not manage or nobody has.",
  }),
)

/** `GET …/numbers/:number/profile` — B2–B7 in one consistent answer. */
export const profile = HttpApiEndpoint.get("profile", "/v1/companies/:companyId/numbers/:number/profile", {
  params: NumberParams,
  success: NumberProfile.NumberProfile,
  error: read,
}).annotateMerge(
  OpenApi.annotations({
    summary: "The number's profile: header, general, SIM, remainders, services",
    description: "Every section of the number's profile in one consistent answer.",
  }),
)

/** `GET …/numbers/:number/general` — general information and the three bans (B3). */
export const general = HttpApiEndpoint.get("general", "/v1/companies/:companyId/numbers/:number/general", {
  params: NumberParams,
  success: GeneralInfo.GeneralInfo,
  error: read,
}).annotateMerge(
  OpenApi.annotations({
    summary: "General information and bans",
    description: "Billing method, registration form number, account number and the states of the three bans.",
  }),
)

/** `GET …/numbers/:number/sim` — SIM card and device (B4). */
export const sim = HttpApiEndpoint.get("sim", "/v1/companies/:companyId/numbers/:number/sim", {
  params: NumberParams,
  success: SimCard.SimCard,
  error: read,
}).annotateMerge(
  OpenApi.annotations({
    summary: "SIM card and device",
    description: "PIN and PUK codes, the ICCID, the last SIM change and the last recorded IMEI.",
  }),
)

/** `GET …/numbers/:number/remainders` — tariff remainders (B5). */
export const remainders = HttpApiEndpoint.get("remainders", "/v1/companies/:companyId/numbers/:number/remainders", {
  params: NumberParams,
  success: TariffRemainders.TariffRemainders,
  error: read,
}).annotateMerge(
  OpenApi.annotations({
    summary: "Tariff remainders",
    description: "What is left of the tariff's bundles and the additional ones this month.",
  }),
)

/** `GET …/numbers/:number/services/connected` — connected services (B6). */
export const connectedServices = HttpApiEndpoint.get(
  "connectedServices",
  "/v1/companies/:companyId/numbers/:number/services/connected",
  { params: NumberParams, success: Schema.Array(Service.Service), error: read },
).annotateMerge(
  OpenApi.annotations({
    summary: "Connected services",
    description: "The services connected to the number, in the catalogue's order.",
  }),
)

/** `GET …/numbers/:number/services/available` — services that can be connected (B7). */
export const availableServices = HttpApiEndpoint.get(
  "availableServices",
  "/v1/companies/:companyId/numbers/:number/services/available",
  { params: NumberParams, success: Schema.Array(Service.Service), error: read },
).annotateMerge(
  OpenApi.annotations({
    summary: "Available services",
    description: "The services the number can connect, in the catalogue's order.",
  }),
)

/** `GET …/numbers/:number/forwarding` — call forwarding per condition (B15). */
export const forwarding = HttpApiEndpoint.get("forwarding", "/v1/companies/:companyId/numbers/:number/forwarding", {
  params: NumberParams,
  success: Forwarding.Forwarding,
  error: read,
}).annotateMerge(
  OpenApi.annotations({
    summary: "Call forwarding",
    description: "The forwarding target of each condition that has one.",
  }),
)

/** `GET …/numbers/:number/devices` — the last recorded IMEI and the registered devices (B16). */
export const devices = HttpApiEndpoint.get("devices", "/v1/companies/:companyId/numbers/:number/devices", {
  params: NumberParams,
  success: ImeiRegistration.ImeiRegistration,
  error: read,
}).annotateMerge(
  OpenApi.annotations({
    summary: "Device (IMEI) registrations",
    description: "The last recorded IMEI, whether it is registered, and every registered device.",
  }),
)

/** `GET …/numbers/:number/secret-code` — whether a secret code was sent (B9). */
export const secretCode = HttpApiEndpoint.get("secretCode", "/v1/companies/:companyId/numbers/:number/secret-code", {
  params: NumberParams,
  success: SecretCode.SecretCodeState,
  error: read,
}).annotateMerge(
  OpenApi.annotations({
    summary: "Secret code state",
    description: "Whether a secret code was sent to the line's user, and when.",
  }),
)

/**
 * `GET …/numbers/:number/spending` — the line's charges in each of the last six months, oldest first
 * (E3, beyond the manual).
 */
export const spending = HttpApiEndpoint.get("spending", "/v1/companies/:companyId/numbers/:number/spending", {
  params: NumberParams,
  success: Spending.Spending,
  error: read,
}).annotateMerge(
  OpenApi.annotations({
    summary: "The line's spending in each of the last six months",
    description:
      "The line's charges in each of the last six calendar months (Asia/Almaty), oldest first, each a decimal amount in tenge.",
  }),
)

/**
 * The `numbers` group: the list and the profile sections.
 *
 * @example
 * ```ts
 * const sim = yield* client.numbers.sim({ params: { companyId, number } })
 * ```
 */
export class NumbersGroup extends HttpApiGroup.make("numbers")
  .add(
    list,
    get,
    profile,
    general,
    sim,
    remainders,
    connectedServices,
    availableServices,
    forwarding,
    devices,
    secretCode,
    spending,
  )
  .middleware(Security.Authorization)
  .annotateMerge(
    OpenApi.annotations({ title: "Numbers", description: "The number list and profile (B1–B7, B9, B15, B16)" }),
  ) {}
