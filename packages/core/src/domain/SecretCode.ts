/**
 * The secret code of a number («Отправить секретный код» / «Удалить секретный код», B9): a code
 * sent to the line's user that opens the operator's personal self-care app for that line.
 *
 * What the code grants is data, not prose, so a widget can list it and a rule can check it: the
 * user may look (number information, detail records included) and never change services.
 *
 * @example
 * ```ts
 * import { SecretCode } from "@kabinet/core"
 * const state = Schema.decodeUnknownSync(SecretCode.SecretCodeState)({ state: "sent", sentAt: "2019-01-24T16:23:00+05:00" })
 * SecretCode.grants("viewCallRecords") // true
 * SecretCode.grants("connectServices") // false
 * ```
 */
import * as Schema from "effect/Schema"
import * as Instant from "./Instant.js"

/**
 * No code is active on the number: «Отправить секретный код» is offered.
 *
 * JSON: `{ "state": "none" }`
 *
 * @example
 * ```ts
 * SecretCode.NoCode.make({}) // { state: "none" }
 * ```
 */
export const NoCode = Schema.Struct({ state: Schema.tag("none") }).annotate({ identifier: "SecretCodeNone" })

/**
 * A code was sent and is active: «Удалить секретный код» is offered. `sentAt` is when it was sent
 * (the manual shows no date; an admin needs it to tell an old code from a new one).
 *
 * JSON: `{ "state": "sent", "sentAt": "2019-01-24T16:23:00+05:00" }`
 *
 * @example
 * ```ts
 * SecretCode.Sent.make({ sentAt: yield* DateTime.now })
 * ```
 */
export const Sent = Schema.Struct({ state: Schema.tag("sent"), sentAt: Instant.Instant }).annotate({
  identifier: "SecretCodeSent",
})

/**
 * Whether a secret code is active on a number, told apart by `state`.
 *
 * @example
 * ```ts
 * SecretCode.SecretCodeState.match(state, { none: () => "send", sent: () => "delete" })
 * ```
 */
export const SecretCodeState = Schema.Union([NoCode, Sent])
  .annotate({ identifier: "SecretCodeState" })
  .pipe(Schema.toTaggedUnion("state"))
export type SecretCodeState = typeof SecretCodeState.Type

/** Every capability of the personal self-care app that a code could open. */
export const capabilities = ["viewNumberInfo", "viewCallRecords", "connectServices", "disconnectServices"] as const

/**
 * A capability of the personal self-care app.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(SecretCode.Capability)("viewCallRecords")
 * ```
 */
export const Capability = Schema.Literals(capabilities).annotate({ identifier: "SecretCodeCapability" })
export type Capability = typeof Capability.Type

/**
 * What a secret code grants (the manual: information on the number, detail records included).
 * Read-only by design.
 *
 * @example
 * ```ts
 * SecretCode.granted.map((c) => t(`secretCode.${c}`))
 * ```
 */
export const granted: ReadonlyArray<Capability> = ["viewNumberInfo", "viewCallRecords"]

/**
 * What a secret code never grants (the manual: the user cannot connect or disconnect services).
 *
 * @example
 * ```ts
 * SecretCode.withheld.includes("connectServices") // true
 * ```
 */
export const withheld: ReadonlyArray<Capability> = capabilities.filter((c) => !granted.includes(c))

/**
 * Whether a secret code grants a capability.
 *
 * @example
 * ```ts
 * SecretCode.grants("disconnectServices") // false
 * ```
 */
export const grants = (capability: Capability): boolean => granted.includes(capability)
