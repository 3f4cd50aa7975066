/**
 * Call forwarding («Переадресация», B15). The manual names the function and nothing more; this
 * offers the four GSM conditions (3GPP TS 22.082): all calls, when busy, on no answer after a
 * delay, when unreachable — each to a target number, set and cleared one at a time.
 *
 * @example
 * ```ts
 * import { Forwarding } from "@kabinet/core"
 * const state = Schema.decodeUnknownSync(Forwarding.Forwarding)({
 *   noAnswer: { target: "77010542006", delaySeconds: 20 },
 *   unreachable: { target: "77010542006" },
 * })
 * ```
 */
import * as Schema from "effect/Schema"
import * as Msisdn from "./Msisdn.js"

/**
 * Every condition, in the order a settings screen lists them. `unconditional` takes precedence
 * over the others on the network while it is set.
 *
 * @example
 * ```ts
 * for (const condition of Forwarding.conditions) render(condition, state[condition])
 * ```
 */
export const conditions = ["unconditional", "busy", "noAnswer", "unreachable"] as const

/**
 * A forwarding condition: `"unconditional"` (all calls), `"busy"`, `"noAnswer"` or `"unreachable"`.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Forwarding.ForwardingCondition)("busy")
 * ```
 */
export const ForwardingCondition = Schema.Literals(conditions).annotate({ identifier: "ForwardingCondition" })
export type ForwardingCondition = typeof ForwardingCondition.Type

/**
 * The delays a network accepts before forwarding an unanswered call: 5 to 30 seconds by 5. Exported
 * so a form can offer exactly these and a rule can quote them.
 *
 * @example
 * ```ts
 * `${Forwarding.noAnswerDelay.min}–${Forwarding.noAnswerDelay.max} s`
 * ```
 */
export const noAnswerDelay = { min: 5, max: 30, step: 5 } as const

/**
 * Every accepted delay, in seconds, for a select: 5, 10, 15, 20, 25, 30.
 *
 * @example
 * ```ts
 * Forwarding.noAnswerDelays.map((s) => html`<option value=${s}>${s}</option>`)
 * ```
 */
export const noAnswerDelays: ReadonlyArray<number> = Array.from(
  { length: (noAnswerDelay.max - noAnswerDelay.min) / noAnswerDelay.step + 1 },
  (_, i) => noAnswerDelay.min + i * noAnswerDelay.step,
)

/**
 * Seconds to ring before forwarding an unanswered call: 5, 10, 15, 20, 25 or 30.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Forwarding.NoAnswerDelay)(20)
 * Schema.decodeUnknownSync(Forwarding.NoAnswerDelay)(7) // throws
 * ```
 */
export const NoAnswerDelay = Schema.Int.check(
  Schema.isBetween({ minimum: noAnswerDelay.min, maximum: noAnswerDelay.max }),
  Schema.isMultipleOf(noAnswerDelay.step),
).annotate({ identifier: "NoAnswerDelay" })
export type NoAnswerDelay = typeof NoAnswerDelay.Type

/**
 * Where one condition forwards to. JSON: `{ "target": "77010542006" }`
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Forwarding.Target)({ target: "77010542006" })
 * ```
 */
export const Target = Schema.Struct({ target: Msisdn.Msisdn }).annotate({ identifier: "ForwardingTarget" })
export type Target = typeof Target.Type

/**
 * Where unanswered calls forward to, and after how long. JSON: `{ "target": "77010542006", "delaySeconds": 20 }`
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Forwarding.NoAnswerTarget)({ target: "77010542006", delaySeconds: 20 })
 * ```
 */
export const NoAnswerTarget = Schema.Struct({ target: Msisdn.Msisdn, delaySeconds: NoAnswerDelay }).annotate({
  identifier: "NoAnswerForwardingTarget",
})
export type NoAnswerTarget = typeof NoAnswerTarget.Type

/**
 * The forwarding set on a number: one optional entry per condition, absent when not set. `{}`
 * means no forwarding at all.
 *
 * JSON: `{ "busy": { "target": "77010542006" }, "noAnswer": { "target": "77010542006", "delaySeconds": 20 } }`
 *
 * @example
 * ```ts
 * for (const condition of Forwarding.conditions) render(condition, state[condition]?.target)
 * ```
 */
export const Forwarding = Schema.Struct({
  unconditional: Schema.optionalKey(Target),
  busy: Schema.optionalKey(Target),
  noAnswer: Schema.optionalKey(NoAnswerTarget),
  unreachable: Schema.optionalKey(Target),
}).annotate({ identifier: "Forwarding" })
export type Forwarding = typeof Forwarding.Type

/**
 * One rule to set: a condition with its target (and, for `noAnswer`, its delay). Told apart by
 * `condition`, so a delay can only come with `noAnswer`.
 *
 * JSON: `{ "condition": "noAnswer", "target": "77010542006", "delaySeconds": 20 }` or
 * `{ "condition": "busy", "target": "77010542006" }`
 *
 * @example
 * ```ts
 * Forwarding.ForwardingRule.cases.busy.make({ target })
 * ```
 */
export const ForwardingRule = Schema.Union([
  Schema.Struct({ condition: Schema.tag("unconditional"), target: Msisdn.Msisdn }),
  Schema.Struct({ condition: Schema.tag("busy"), target: Msisdn.Msisdn }),
  Schema.Struct({ condition: Schema.tag("noAnswer"), target: Msisdn.Msisdn, delaySeconds: NoAnswerDelay }),
  Schema.Struct({ condition: Schema.tag("unreachable"), target: Msisdn.Msisdn }),
])
  .annotate({ identifier: "ForwardingRule" })
  .pipe(Schema.toTaggedUnion("condition"))
export type ForwardingRule = typeof ForwardingRule.Type

/**
 * A change an admin asks for: set a rule, or clear one condition.
 *
 * JSON: `{ "action": "set", "rule": { "condition": "busy", "target": "77010542006" } }` or
 * `{ "action": "clear", "condition": "busy" }`
 *
 * @example
 * ```ts
 * Forwarding.ForwardingChange.cases.clear.make({ condition: "noAnswer" })
 * ```
 */
export const ForwardingChange = Schema.Union([
  Schema.Struct({ action: Schema.tag("set"), rule: ForwardingRule }),
  Schema.Struct({ action: Schema.tag("clear"), condition: ForwardingCondition }),
])
  .annotate({ identifier: "ForwardingChange" })
  .pipe(Schema.toTaggedUnion("action"))
export type ForwardingChange = typeof ForwardingChange.Type

/**
 * The state after a change is applied — what the operator will report once it is done, and what
 * a widget shows optimistically meanwhile.
 *
 * @example
 * ```ts
 * Forwarding.apply({}, { action: "set", rule: { condition: "busy", target } }) // { busy: { target } }
 * ```
 */
export const apply = (state: Forwarding, change: ForwardingChange): Forwarding => {
  if (change.action === "clear") {
    const { [change.condition]: _cleared, ...rest } = state
    return rest
  }
  const rule = change.rule
  return rule.condition === "noAnswer"
    ? { ...state, noAnswer: { target: rule.target, delaySeconds: rule.delaySeconds } }
    : { ...state, [rule.condition]: { target: rule.target } }
}
