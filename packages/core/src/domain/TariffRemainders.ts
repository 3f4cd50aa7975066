/**
 * What is left of a number's bundles (B5): the tariff's own allowances («Остатки по тарифному
 * плану») and those of additional packages («Дополнительно»).
 *
 * Each remainder says what it counts (on-net calls, calls to other operators, SMS, internet),
 * how much is available of how much in total — or that it is unlimited («Безлимит») — and the
 * dates it was connected and will be disconnected.
 *
 * @example
 * ```ts
 * import { TariffRemainders } from "@kabinet/core"
 * const remainders = Schema.decodeUnknownSync(TariffRemainders.TariffRemainders)({
 *   tariff: [{
 *     kind: "onNetCalls", name: "Звонки внутри сети Kcell/activ",
 *     allowance: { kind: "unlimited" },
 *     connectedOn: "2019-02-01", disconnectedOn: "2019-03-01",
 *   }],
 *   additional: [{
 *     kind: "internet", name: "Интернет круглосуточный",
 *     allowance: { kind: "limited", available: 10239, total: 10240 },
 *     connectedOn: "2019-02-01", disconnectedOn: "2019-03-01",
 *   }],
 * })
 * ```
 */
import * as Schema from "effect/Schema"
import * as LocalDate from "./LocalDate.js"

/**
 * Every kind of remainder, in the order the manual shows them.
 *
 * @example
 * ```ts
 * for (const kind of TariffRemainders.kinds) render(kind)
 * ```
 */
export const kinds = ["onNetCalls", "offNetCalls", "sms", "internet"] as const

/**
 * What a remainder counts: calls inside the operator's network, calls to other Kazakh operators,
 * SMS, or internet traffic.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(TariffRemainders.RemainderKind)("offNetCalls")
 * ```
 */
export const RemainderKind = Schema.Literals(kinds).annotate({ identifier: "RemainderKind" })
export type RemainderKind = typeof RemainderKind.Type

/**
 * The unit of each kind's amounts. Calls count seconds (the manual shows «50 мин 0 сек»), SMS count
 * messages, internet counts megabytes («10239 МБ»).
 *
 * @example
 * ```ts
 * TariffRemainders.units[remainder.kind] // "second"
 * ```
 */
export const units = {
  onNetCalls: "second",
  offNetCalls: "second",
  sms: "message",
  internet: "megabyte",
} as const satisfies { readonly [K in RemainderKind]: string }

/**
 * A whole, non-negative amount in the unit of its kind.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(TariffRemainders.Amount)(10239)
 * ```
 */
export const Amount = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)).annotate({ identifier: "RemainderAmount" })

/**
 * An allowance without a cap («Безлимит»).
 *
 * JSON: `{ "kind": "unlimited" }`
 *
 * @example
 * ```ts
 * TariffRemainders.Unlimited.make({}) // { kind: "unlimited" }
 * ```
 */
export const Unlimited = Schema.Struct({ kind: Schema.tag("unlimited") }).annotate({ identifier: "UnlimitedAllowance" })

/**
 * A capped allowance: `available` of `total` («Доступно» / «Всего»). Available never exceeds the
 * total, so "10239 of 10240" always reads as a share used; amounts carried over from last month
 * (the manual shows none) belong in a package of their own in `additional`.
 *
 * JSON: `{ "kind": "limited", "available": 3000, "total": 3000 }`
 *
 * @example
 * ```ts
 * TariffRemainders.Limited.make({ available: 150, total: 150 })
 * ```
 */
export const Limited = Schema.Struct({ kind: Schema.tag("limited"), available: Amount, total: Amount })
  .check(
    Schema.makeFilter(
      (a) => a.available <= a.total || { path: ["available"], issue: "more is available than the total" },
    ),
  )
  .annotate({ identifier: "LimitedAllowance" })

/**
 * An allowance, unlimited or capped, told apart by `kind`.
 *
 * @example
 * ```ts
 * TariffRemainders.Allowance.match(remainder.allowance, {
 *   unlimited: () => "Безлимит",
 *   limited: (a) => `${a.available} / ${a.total}`,
 * })
 * ```
 */
export const Allowance = Schema.Union([Unlimited, Limited])
  .annotate({ identifier: "Allowance" })
  .pipe(Schema.toTaggedUnion("kind"))
export type Allowance = typeof Allowance.Type

/**
 * One remainder. `name` is the operator's label («Интернет круглосуточный»), shown as sent;
 * `disconnectedOn` is absent for allowances that renew without an end date.
 *
 * JSON: `{ "kind": "sms", "name": "SMS внутри сети Kcell/activ", "allowance": { "kind": "limited",
 * "available": 150, "total": 150 }, "connectedOn": "2019-02-01", "disconnectedOn": "2019-03-01" }`
 *
 * @example
 * ```ts
 * const internet = remainders.additional.find((r) => r.kind === "internet")
 * ```
 */
export class Remainder extends Schema.Class<Remainder>("Remainder")(
  Schema.Struct({
    kind: RemainderKind,
    name: Schema.NonEmptyString,
    allowance: Allowance,
    connectedOn: LocalDate.LocalDate,
    disconnectedOn: Schema.optionalKey(LocalDate.LocalDate),
  }).check(
    Schema.makeFilter(
      (r) =>
        r.disconnectedOn === undefined ||
        r.connectedOn <= r.disconnectedOn || { path: ["disconnectedOn"], issue: "disconnected before connected" },
    ),
  ),
) {}

/**
 * All remainders of a number: `tariff` for the tariff's own bundles, `additional` for packages
 * bought on top («Дополнительно»). Either list may be empty.
 *
 * JSON: `{ "tariff": [Remainder…], "additional": [Remainder…] }`
 *
 * @example
 * ```ts
 * remainders.additional.filter((r) => r.kind === "internet")
 * ```
 */
export class TariffRemainders extends Schema.Class<TariffRemainders>("TariffRemainders")({
  tariff: Schema.Array(Remainder),
  additional: Schema.Array(Remainder),
}) {}
