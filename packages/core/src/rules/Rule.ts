/**
 * Rules as data. A rule has a stable id (public API: widgets, programs and the operator's server all
 * name it), a pure check that answers `Allowed` or `Denied` with the reason's message key, and the
 * message keys it may answer with. The same check disables a button, explains why, refuses a
 * program before any request and refuses on the server.
 *
 * @example
 * ```ts
 * import { Rules } from "@kabinet/core"
 * const decision = Rules.NumberRules.unblockDebt.check({ status: "Заблокирован / Долг" })
 * if (Rules.isDenied(decision)) Messages.format("ru", decision.messageKey, decision.params)
 * ```
 */
import * as Schema from "effect/Schema"
import type * as Calendar from "../Calendar.js"
import * as Messages from "../i18n/Messages.js"

/**
 * Every rule id, in the order of PRODUCT.md (A, B, C). Ids are public API: never rename one, add a
 * new one instead.
 */
export const ids = [
  "login.notActivated",
  "login.locked",
  "recovery.resendCooldown",
  "recovery.codeExpired",
  "recovery.tooManyTries",
  "recovery.sendLimit",
  "recovery.tryLimit",
  "profile.currentPassword.required",
  "profile.shortName.tooLong",
  "password.policy",
  "password.sameAsCurrent",
  "password.confirmationMismatch",
  "number.operation.pending",
  "number.block.notActive",
  "number.unblock.notBlocked",
  "number.unblock.debt",
  "number.simSwap.notActive",
  "number.simSwap.sameSim",
  "number.simSwap.iccidInUse",
  "number.forwarding.delay",
  "number.forwarding.selfTarget",
  "number.imei.notRecorded",
  "number.imei.incomplete",
  "number.imei.alreadyRegistered",
  "number.paymentHistory.advanceOnly",
  "secretCode.noServiceChanges",
  "detalization.window",
  "period.valid",
  "document.paymentHistory.creditOnly",
  "document.invoiceSearch.query",
  "document.act.availability",
  "document.invoiceRegistry.availability",
  "document.reconciliation.availability",
  "report.reconciliation.maxPeriod",
  "report.payments.maxPeriod",
] as const

/**
 * A rule id as a schema, for refusals that cross the wire.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Rules.RuleId)("number.unblock.debt")
 * ```
 */
export const RuleId = Schema.Literals(ids).annotate({ identifier: "RuleId" })
export type RuleId = typeof RuleId.Type

/**
 * Parameters of a refusal, filling its message's placeholders: plain text and numbers only, so a
 * refusal survives JSON unchanged. Days are `"YYYY-MM-DD"`, months `"YYYY-MM"`.
 */
export const Params = Schema.Record(Schema.String, Schema.Union([Schema.String, Schema.Number]))
export type Params = typeof Params.Type

/** The action may go ahead. */
export const Allowed = Schema.TaggedStruct("Allowed", {}).annotate({ identifier: "Allowed" })
export type Allowed = typeof Allowed.Type

/**
 * The action is refused by `rule`; `messageKey` with `params` says why in the admin's language.
 * A rule with several reasons (a password too short, too common…) answers with a different key
 * for each, always one of the rule's `messageKeys`.
 */
export const Denied = Schema.TaggedStruct("Denied", {
  rule: RuleId,
  messageKey: Messages.MessageKey,
  params: Params,
}).annotate({ identifier: "Denied" })
export type Denied = typeof Denied.Type

/**
 * A rule's answer: `Allowed` or `Denied`.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Rules.Decision)({ _tag: "Allowed" })
 * ```
 */
export const Decision = Schema.Union([Allowed, Denied]).annotate({ identifier: "Decision" })
export type Decision = Allowed | Denied

/**
 * The one `Allowed` value.
 *
 * @example
 * ```ts
 * return ok ? Rules.allowed : Rules.deny("period.valid", "period.order")
 * ```
 */
export const allowed: Allowed = { _tag: "Allowed" }

/**
 * A refusal by `rule` with a message key and its parameters.
 *
 * @example
 * ```ts
 * Rules.deny("recovery.resendCooldown", "rule.recovery.resendCooldown", { seconds: 42 })
 * ```
 */
export const deny = (rule: RuleId, messageKey: Messages.MessageKey, params: Params = {}): Denied => ({
  _tag: "Denied",
  rule,
  messageKey,
  params,
})

/**
 * Whether a decision allows the action.
 *
 * @example
 * ```ts
 * button.disabled = !Rules.isAllowed(decision)
 * ```
 */
export const isAllowed = (decision: Decision): decision is Allowed => decision._tag === "Allowed"

/**
 * Whether a decision refuses the action.
 *
 * @example
 * ```ts
 * if (Rules.isDenied(decision)) showReason(decision.messageKey, decision.params)
 * ```
 */
export const isDenied = (decision: Decision): decision is Denied => decision._tag === "Denied"

/**
 * The first refusal among checks run in order, or `Allowed`. Checks are thunks so that later ones,
 * which may assume what earlier ones established, run only when needed.
 *
 * @example
 * ```ts
 * Rules.firstDenied(() => pending.check(number), () => unblockDebt.check(number))
 * ```
 */
export const firstDenied = (...checks: ReadonlyArray<() => Decision>): Decision => {
  for (const check of checks) {
    const decision = check()
    if (decision._tag === "Denied") return decision
  }
  return allowed
}

/**
 * The PRODUCT.md features a rule implements (`"B10"`, `"C7"`…), so a reader can trace it back.
 */
export type Feature = `${"A" | "B" | "C" | "D" | "E"}${number}`

/**
 * A rule: id, the features it implements, a description for developers, the message keys its
 * refusals use, and its pure check. `check` receives the current `Moment` as its second argument;
 * rules that do not depend on time ignore it, so they can be called with the input alone.
 */
export interface Rule<Id extends RuleId = RuleId, I = never> {
  readonly id: Id
  readonly features: ReadonlyArray<Feature>
  readonly description: string
  readonly messageKeys: readonly [Messages.MessageKey, ...Array<Messages.MessageKey>]
  readonly check: (input: I, moment: Calendar.Moment) => Decision
}

/**
 * Any rule, whatever its input: the type of the catalogue's entries.
 */
export interface Any {
  readonly id: RuleId
  readonly features: ReadonlyArray<Feature>
  readonly description: string
  readonly messageKeys: readonly [Messages.MessageKey, ...Array<Messages.MessageKey>]
  readonly check: (input: never, moment: Calendar.Moment) => Decision
}

/**
 * The input a rule's check takes.
 *
 * @example
 * ```ts
 * type In = Rules.Input<typeof Rules.NumberRules.unblockDebt> // { readonly status: NumberStatus }
 * ```
 */
export type Input<R extends Any> = R["check"] extends (input: infer I, ...rest: ReadonlyArray<never>) => Decision
  ? I
  : never

/**
 * Declares a rule, keeping its exact type (id literal, check signature) for callers and the
 * catalogue.
 *
 * @example
 * ```ts
 * export const unblockDebt = Rules.make({
 *   id: "number.unblock.debt",
 *   features: ["B10"],
 *   description: "No self-service unblock of a number blocked for debt.",
 *   messageKeys: ["rule.number.unblock.debt"],
 *   check: ({ status }: { readonly status: NumberStatus }) => …,
 * })
 * ```
 */
export const make = <const R extends Any>(rule: R): R => rule
