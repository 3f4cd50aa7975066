/**
 * A mobile number as the number list (B1) and the profile header (B2) show it: the line, its
 * account and tariff, how it pays, its status and money.
 *
 * Money arrives as the operator's decimal strings (`"9970.33"`) and is held as integer tiyn; the
 * status change time arrives as an ISO-8601 instant.
 *
 * @example
 * ```ts
 * import { MobileNumber } from "@kabinet/core"
 * const row = Schema.decodeUnknownSync(MobileNumber.MobileNumber)({
 *   msisdn: "77010542001",
 *   accountNumber: "25602051",
 *   tariffName: "Карт Бланш+ 1000",
 *   billingMethod: "Кредитный",
 *   status: "Активный",
 *   statusChangedAt: "2020-08-27T03:21:00+05:00",
 *   availableFunds: "893.00",
 *   individualLimit: "1786.00",
 *   creditLimit: "3000.00",
 *   companyId: "cmp-kabinet",
 * })
 * row.availableFunds // 89300 (tiyn)
 * ```
 */
import * as Schema from "effect/Schema"
import * as SchemaTransformation from "effect/SchemaTransformation"
import { isDigits, isIdentifier, tiynOfDecimal, utcOfIso } from "../internal/fastChecks.js"
import { invalid, withFastDecode } from "../internal/fastDecode.js"
import * as AccountNumber from "./AccountNumber.js"
import * as BillingMethod from "./BillingMethod.js"
import * as Company from "./Company.js"
import * as Instant from "./Instant.js"
import * as Money from "./Money.js"
import * as Msisdn from "./Msisdn.js"
import * as NumberStatus from "./NumberStatus.js"

const fields = {
  msisdn: Msisdn.Msisdn,
  accountNumber: AccountNumber.AccountNumber,
  tariffName: Schema.optionalKey(Schema.NonEmptyString),
  billingMethod: BillingMethod.BillingMethod,
  status: NumberStatus.NumberStatus,
  statusChangedAt: Instant.Instant,
  availableFunds: Money.FromDecimalString,
  individualLimit: Schema.optionalKey(Money.FromDecimalString),
  creditLimit: Money.FromDecimalString,
  companyId: Company.CompanyId,
}

// The record as the operator sends it, decoded to the same record typed (the published document
// names its JSON form `MobileNumberEncoded`, as it always has).
const schema = () => {
  const wire = Schema.Struct(fields)
  return wire.pipe(
    Schema.decodeTo(Schema.toType(wire).annotate({ identifier: "MobileNumber" }), SchemaTransformation.passthrough()),
  )
}

const contract = schema()
type Row = typeof contract.Type

// The mobile codes as a table by their value (701 → true), read without cutting a string.
const isMobileCode: ReadonlyArray<boolean> = Array.from({ length: 1000 }, (_, code) =>
  Msisdn.mobileCodes.some((mobile) => Number(mobile) === code),
)
const [credit, advance] = BillingMethod.values
const [active, blocked, debtBlocked, processing] = NumberStatus.values

const isBillingMethod = (u: unknown): u is BillingMethod.BillingMethod => u === credit || u === advance

const isStatus = (u: unknown): u is NumberStatus.NumberStatus =>
  u === active || u === blocked || u === debtBlocked || u === processing

const isMsisdn = (u: unknown): u is Msisdn.Msisdn =>
  typeof u === "string" &&
  isDigits(u, 11, 11) &&
  u.charCodeAt(0) === 55 &&
  isMobileCode[(u.charCodeAt(1) - 48) * 100 + (u.charCodeAt(2) - 48) * 10 + (u.charCodeAt(3) - 48)] === true

const tiyn = (u: unknown): Money.Tiyn | undefined =>
  typeof u === "string" ? (tiynOfDecimal(u) as Money.Tiyn | undefined) : undefined

// A list page is hundreds of rows (a whole fleet, in the benchmark): this reads a row as the operator
// sends it in one pass of plain checks, and leaves anything unusual — a field out of contract, an
// absent key written as `undefined`, a non-plain object, an amount beyond 13 whole digits — to the
// schema, which decodes it or names what is wrong. `test/MobileNumber.test.ts` holds it to the schema.
const decodeFast = (input: unknown): Row | typeof invalid => {
  if (typeof input !== "object" || input === null || Object.getPrototypeOf(input) !== Object.prototype) return invalid
  const row = input as Record<string, unknown>
  const { msisdn, accountNumber, tariffName, billingMethod, status, companyId } = row
  if (!isMsisdn(msisdn)) return invalid
  if (typeof accountNumber !== "string" || !isDigits(accountNumber, 6, 12)) return invalid
  const tariff = typeof tariffName === "string" && tariffName !== "" ? tariffName : undefined
  if (tariff === undefined && (tariffName !== undefined || "tariffName" in row)) return invalid
  if (!isBillingMethod(billingMethod) || !isStatus(status)) return invalid
  const statusChangedAt = typeof row.statusChangedAt === "string" ? utcOfIso(row.statusChangedAt) : undefined
  const availableFunds = tiyn(row.availableFunds)
  const creditLimit = tiyn(row.creditLimit)
  const individualLimit = tiyn(row.individualLimit)
  if (statusChangedAt === undefined || availableFunds === undefined || creditLimit === undefined) return invalid
  if (individualLimit === undefined && (row.individualLimit !== undefined || "individualLimit" in row)) return invalid
  if (typeof companyId !== "string" || !isIdentifier(companyId, 64)) return invalid
  // One literal per shape, keys in the schema's order (as the schema decodes them): building the
  // row key by key, or spreading its optional parts, costs more than all the checks.
  const account = accountNumber as AccountNumber.AccountNumber
  const method = billingMethod as BillingMethod.BillingMethod
  const state = status as NumberStatus.NumberStatus
  const company = companyId as Company.CompanyId
  if (tariff === undefined) {
    return individualLimit === undefined
      ? {
          msisdn,
          accountNumber: account,
          billingMethod: method,
          status: state,
          statusChangedAt,
          availableFunds,
          creditLimit,
          companyId: company,
        }
      : {
          msisdn,
          accountNumber: account,
          billingMethod: method,
          status: state,
          statusChangedAt,
          availableFunds,
          individualLimit,
          creditLimit,
          companyId: company,
        }
  }
  return individualLimit === undefined
    ? {
        msisdn,
        accountNumber: account,
        tariffName: tariff,
        billingMethod: method,
        status: state,
        statusChangedAt,
        availableFunds,
        creditLimit,
        companyId: company,
      }
    : {
        msisdn,
        accountNumber: account,
        tariffName: tariff,
        billingMethod: method,
        status: state,
        statusChangedAt,
        availableFunds,
        individualLimit,
        creditLimit,
        companyId: company,
      }
}

/**
 * One number.
 *
 * - `tariffName` is absent when the operator has no tariff to show (the manual prints «-» then).
 * - `availableFunds` is what the line may still spend until the end of the current month.
 * - `individualLimit` is present only when a limit is set on this number.
 * - `creditLimit` is the limit of the account, not of the number.
 *
 * A plain immutable record (not a class): rows are decoded by the hundred and by the hundred
 * thousand, and nothing needs more than their fields.
 *
 * JSON: `{ "msisdn": "77010542001", "accountNumber": "25602051", "tariffName": "Карт Бланш+ 1000",
 * "billingMethod": "Кредитный", "status": "Активный", "statusChangedAt": "2020-08-27T03:21:00+05:00",
 * "availableFunds": "893.00", "individualLimit": "1786.00", "creditLimit": "3000.00", "companyId": "cmp-kabinet" }`
 *
 * @example
 * ```ts
 * const rows = Schema.decodeUnknownSync(Schema.Array(MobileNumber.MobileNumber))(page.items)
 * ```
 */
export const MobileNumber: typeof contract = withFastDecode(contract, schema(), decodeFast)
export interface MobileNumber extends Row {}

const decodeRowsFast = (input: unknown): ReadonlyArray<Row> | typeof invalid => {
  if (!Array.isArray(input)) return invalid
  const rows = new Array<Row>(input.length)
  for (let i = 0; i < input.length; i++) {
    const row = decodeFast(input[i])
    if (typeof row === "symbol") return invalid
    rows[i] = row
  }
  return rows
}

/**
 * A list of numbers, as the `items` of the number list's page: every row on the fast path in one
 * loop, or, when any row leaves it, the schema row by row (each row still trying the fast path).
 *
 * @example
 * ```ts
 * const rows = Schema.decodeUnknownSync(MobileNumber.MobileNumbers)(page.items)
 * ```
 */
export const MobileNumbers: Schema.$Array<typeof contract> = withFastDecode(
  Schema.Array(MobileNumber),
  Schema.Array(MobileNumber),
  decodeRowsFast,
)
