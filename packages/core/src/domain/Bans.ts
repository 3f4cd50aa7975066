/**
 * The three bans an admin can set on a number (B12–B14): on controlling the line by SMS/USSD
 * commands, on viewing detail records in the self-care app, and on signing in to the self-care
 * app at all. Each is either on or off; B3 shows them as «Включен» / «Отключен».
 *
 * The kinds are named after what they restrict rather than after «MyKcell», because the operator's
 * brand (and its app's name) is configuration.
 *
 * @example
 * ```ts
 * import { Bans } from "@kabinet/core"
 * const bans = Schema.decodeUnknownSync(Bans.Bans)({
 *   smsUssdControl: "disabled",
 *   selfCareDetailView: "enabled",
 *   selfCareAccess: "disabled",
 * })
 * Bans.isEnabled(bans, "selfCareDetailView") // true
 * ```
 */
import * as Schema from "effect/Schema"

/**
 * Every ban kind, in the order B3 lists them: «Запрет на SMS / USSD управление», «Запрет на
 * просмотр детализации в MyKcell», «Запрет на доступ в MyKcell». Iterate this to render the list or
 * the quick-operations menu.
 */
export const kinds = ["smsUssdControl", "selfCareDetailView", "selfCareAccess"] as const

/**
 * A ban kind: `"smsUssdControl"`, `"selfCareDetailView"` or `"selfCareAccess"`.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Bans.BanKind)("selfCareAccess")
 * ```
 */
export const BanKind = Schema.Literals(kinds).annotate({ identifier: "BanKind" })
export type BanKind = typeof BanKind.Type

/** Both states of a ban: `"enabled"` (the ban applies, «Включен») and `"disabled"` («Отключен»). */
export const states = ["enabled", "disabled"] as const

/**
 * The state of one ban. Words rather than a boolean, so the JSON reads without a legend and a
 * third state can be added without changing the field's type.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Bans.BanState)("enabled")
 * ```
 */
export const BanState = Schema.Literals(states).annotate({ identifier: "BanState" })
export type BanState = typeof BanState.Type

/**
 * The states of all three bans of a number.
 *
 * JSON: `{ "smsUssdControl": "disabled", "selfCareDetailView": "disabled", "selfCareAccess": "disabled" }`
 *
 * @example
 * ```ts
 * for (const kind of Bans.kinds) render(kind, bans[kind])
 * ```
 */
export const Bans = Schema.Struct({
  smsUssdControl: BanState,
  selfCareDetailView: BanState,
  selfCareAccess: BanState,
}).annotate({ identifier: "Bans" })
export type Bans = typeof Bans.Type

/**
 * A request to set (`"enabled"`) or lift (`"disabled"`) one ban.
 *
 * JSON: `{ "kind": "selfCareDetailView", "state": "enabled" }`
 *
 * @example
 * ```ts
 * Bans.BanChange.make({ kind: "selfCareAccess", state: "enabled" })
 * ```
 */
export const BanChange = Schema.Struct({ kind: BanKind, state: BanState }).annotate({ identifier: "BanChange" })
export type BanChange = typeof BanChange.Type

/**
 * Whether a ban applies.
 *
 * @example
 * ```ts
 * Bans.isEnabled(bans, "smsUssdControl") // false
 * ```
 */
export const isEnabled = (bans: Bans, kind: BanKind): boolean => bans[kind] === "enabled"
