/**
 * A service an admin can connect to or disconnect from a number (B6, B7), with its conditions and
 * fee, filed in the manual's catalogue: «Голосовые» (Роуминг, Акции в роуминге, Международные
 * звонки) and «Интернет» (Интернет-пакеты).
 *
 * @example
 * ```ts
 * import { Service } from "@kabinet/core"
 * const service = Schema.decodeUnknownSync(Service.Service)({
 *   id: "roaming-europe",
 *   name: "Роуминг Европа",
 *   category: { group: "Голосовые", subgroup: "Роуминг" },
 *   conditions: "Звонки в роуминге по Европе по 99 ₸ за минуту.",
 *   monthlyFee: "990.00",
 *   connected: false,
 * })
 * Service.subgroupKey(service.category.subgroup) // "roaming"
 * ```
 */
import * as Schema from "effect/Schema"
import * as Instant from "./Instant.js"
import * as Money from "./Money.js"

/**
 * The catalogue as data: each group with its subgroups, in the manual's order. Iterate it to
 * render the available services grouped.
 */
export const catalogue = {
  Голосовые: ["Роуминг", "Акции в роуминге", "Международные звонки"],
  Интернет: ["Интернет-пакеты"],
} as const

/** Every group, in the manual's order. */
export const groups = ["Голосовые", "Интернет"] as const

/** Every subgroup, in the manual's order. */
export const subgroups = ["Роуминг", "Акции в роуминге", "Международные звонки", "Интернет-пакеты"] as const

/**
 * A group of services: «Голосовые» or «Интернет».
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Service.ServiceGroup)("Интернет")
 * ```
 */
export const ServiceGroup = Schema.Literals(groups).annotate({ identifier: "ServiceGroup" })
export type ServiceGroup = typeof ServiceGroup.Type

/**
 * A subgroup of services: «Роуминг», «Акции в роуминге», «Международные звонки» or «Интернет-пакеты».
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Service.ServiceSubgroup)("Интернет-пакеты")
 * ```
 */
export const ServiceSubgroup = Schema.Literals(subgroups).annotate({ identifier: "ServiceSubgroup" })
export type ServiceSubgroup = typeof ServiceSubgroup.Type

const groupKeys = { Голосовые: "voice", Интернет: "internet" } as const satisfies {
  readonly [G in ServiceGroup]: string
}

const subgroupKeys = {
  Роуминг: "roaming",
  "Акции в роуминге": "roamingPromotions",
  "Международные звонки": "internationalCalls",
  "Интернет-пакеты": "internetPackages",
} as const satisfies { readonly [S in ServiceSubgroup]: string }

/**
 * Stable key of a group, for message keys and CSS hooks.
 *
 * @example
 * ```ts
 * Service.groupKey("Голосовые") // "voice"
 * ```
 */
export const groupKey = (group: ServiceGroup): (typeof groupKeys)[ServiceGroup] => groupKeys[group]

/**
 * Stable key of a subgroup, for message keys and CSS hooks.
 *
 * @example
 * ```ts
 * Service.subgroupKey("Акции в роуминге") // "roamingPromotions"
 * ```
 */
export const subgroupKey = (subgroup: ServiceSubgroup): (typeof subgroupKeys)[ServiceSubgroup] => subgroupKeys[subgroup]

/**
 * Where a service is filed: a group and one of that group's subgroups. A subgroup under the wrong
 * group («Интернет» / «Роуминг») is refused.
 *
 * JSON: `{ "group": "Голосовые", "subgroup": "Международные звонки" }`
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Service.ServiceCategory)({ group: "Интернет", subgroup: "Интернет-пакеты" })
 * ```
 */
export const ServiceCategory = Schema.Struct({ group: ServiceGroup, subgroup: ServiceSubgroup })
  .check(
    Schema.makeFilter(
      (c) =>
        (catalogue[c.group] as ReadonlyArray<ServiceSubgroup>).includes(c.subgroup) || {
          path: ["subgroup"],
          issue: `«${c.subgroup}» is not a subgroup of «${c.group}»`,
        },
    ),
  )
  .annotate({ identifier: "ServiceCategory" })
export type ServiceCategory = typeof ServiceCategory.Type

/**
 * The operator's id of a service, e.g. `"roaming-europe"`: what connect and disconnect requests
 * name. Opaque; letters, digits, `.`, `-` and `_`, at most 64.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Service.ServiceId)("internet-10gb")
 * ```
 */
export const ServiceId = Schema.String.check(
  Schema.isPattern(/^[A-Za-z0-9._-]{1,64}$/u, { expected: "a service id (letters, digits, . - _, at most 64)" }),
).pipe(Schema.brand("ServiceId"), Schema.annotate({ identifier: "ServiceId" }))
export type ServiceId = typeof ServiceId.Type

/**
 * A service.
 *
 * - `conditions` is the operator's text behind the info icon, shown as sent.
 * - `monthlyFee` is absent for services without a subscription fee (pay per use, free promotions).
 * - `connected` tells whether it is on the number; `connectedAt`, present only then, is when it
 *   was connected. The manual shows neither fee nor date; a business portal is expected to.
 *
 * JSON: `{ "id": "internet-10gb", "name": "Интернет 10 ГБ", "category": { "group": "Интернет",
 * "subgroup": "Интернет-пакеты" }, "conditions": "…", "monthlyFee": "2990.00", "connected": true,
 * "connectedAt": "2019-02-01T10:00:00+05:00" }`
 *
 * @example
 * ```ts
 * const connected = services.filter((s) => s.connected)
 * ```
 */
export class Service extends Schema.Class<Service>("Service")(
  Schema.Struct({
    id: ServiceId,
    name: Schema.NonEmptyString,
    category: ServiceCategory,
    conditions: Schema.String,
    monthlyFee: Schema.optionalKey(Money.FromDecimalString),
    connected: Schema.Boolean,
    connectedAt: Schema.optionalKey(Instant.Instant),
  }).check(
    Schema.makeFilter(
      (s) =>
        s.connected ||
        s.connectedAt === undefined || {
          path: ["connectedAt"],
          issue: "a service that is not connected has no connection time",
        },
    ),
  ),
) {}
