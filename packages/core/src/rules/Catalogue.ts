/**
 * The catalogue of every rule, and the two ways programs use a rule inside Effect: `evaluate`
 * (the decision at the current moment of Effect's `Clock`) and `enforce` (fail with `RuleDenied`).
 *
 * @example
 * ```ts
 * import { Rules } from "@kabinet/core"
 * for (const rule of Rules.catalogue) console.log(rule.id, rule.features, rule.messageKeys)
 * yield* Rules.enforce(Rules.byId["number.unblock.debt"], { status })
 * ```
 */
import * as Effect from "effect/Effect"
import * as Calendar from "../Calendar.js"
import * as Errors from "../Errors.js"
import * as AccessRules from "./AccessRules.js"
import * as DocumentRules from "./DocumentRules.js"
import * as NumberRules from "./NumberRules.js"
import * as PasswordPolicy from "./PasswordPolicy.js"
import * as Rule from "./Rule.js"

/**
 * Every rule by its id. TypeScript checks that each id of `Rule.ids` has its rule and that the
 * rule answers to that id.
 *
 * @example
 * ```ts
 * Rules.byId["detalization.window"].check({ start, end }, moment)
 * ```
 */
export const byId = {
  "login.notActivated": AccessRules.notActivated,
  "login.locked": AccessRules.locked,
  "recovery.resendCooldown": AccessRules.resendCooldown,
  "recovery.codeExpired": AccessRules.codeExpired,
  "recovery.tooManyTries": AccessRules.tooManyTries,
  "recovery.sendLimit": AccessRules.sendLimit,
  "recovery.tryLimit": AccessRules.tryLimit,
  "profile.currentPassword.required": AccessRules.currentPasswordRequired,
  "profile.shortName.tooLong": AccessRules.shortNameTooLong,
  "password.policy": PasswordPolicy.policy,
  "password.sameAsCurrent": PasswordPolicy.sameAsCurrent,
  "password.confirmationMismatch": PasswordPolicy.confirmationMismatch,
  "number.operation.pending": NumberRules.pending,
  "number.block.notActive": NumberRules.blockNotActive,
  "number.unblock.notBlocked": NumberRules.unblockNotBlocked,
  "number.unblock.debt": NumberRules.unblockDebt,
  "number.simSwap.notActive": NumberRules.simSwapNotActive,
  "number.simSwap.sameSim": NumberRules.simSwapSameSim,
  "number.simSwap.iccidInUse": NumberRules.simSwapIccidInUse,
  "number.forwarding.delay": NumberRules.forwardingDelay,
  "number.forwarding.selfTarget": NumberRules.forwardingSelfTarget,
  "number.imei.notRecorded": NumberRules.imeiNotRecorded,
  "number.imei.incomplete": NumberRules.imeiIncomplete,
  "number.imei.alreadyRegistered": NumberRules.imeiAlreadyRegistered,
  "number.paymentHistory.advanceOnly": NumberRules.paymentHistoryAdvanceOnly,
  "secretCode.noServiceChanges": NumberRules.secretCodeNoServiceChanges,
  "detalization.window": NumberRules.detalizationWindow,
  "period.valid": DocumentRules.periodValid,
  "document.paymentHistory.creditOnly": DocumentRules.paymentHistoryCreditOnly,
  "document.invoiceSearch.query": DocumentRules.invoiceSearchQuery,
  "document.act.availability": DocumentRules.actAvailability,
  "document.invoiceRegistry.availability": DocumentRules.invoiceRegistryAvailability,
  "document.reconciliation.availability": DocumentRules.reconciliationAvailability,
  "report.reconciliation.maxPeriod": DocumentRules.reconciliationMaxPeriod,
  "report.payments.maxPeriod": DocumentRules.paymentsMaxPeriod,
} as const satisfies { readonly [K in Rule.RuleId]: Rule.Any & { readonly id: K } }

/**
 * Every rule, in the order of PRODUCT.md: id, features, description, message keys and check. Docs
 * and tooling list it; the tests check every entry has its messages in every language.
 *
 * @example
 * ```ts
 * Rules.catalogue.map((rule) => rule.id)
 * ```
 */
export const catalogue: ReadonlyArray<Rule.Any> = Rule.ids.map((id) => byId[id])

// A rule's check is typed on its own input; `Input<R>` is exactly that input.
const run = <R extends Rule.Any>(rule: R, input: Rule.Input<R>, moment: Calendar.Moment): Rule.Decision =>
  (rule.check as (input: Rule.Input<R>, moment: Calendar.Moment) => Rule.Decision)(input, moment)

/**
 * A rule's decision at the current moment of Effect's `Clock` (Almaty time).
 *
 * @example
 * ```ts
 * const decision = yield* Rules.evaluate(Rules.NumberRules.detalizationWindow, { start, end })
 * ```
 */
export const evaluate = <R extends Rule.Any>(rule: R, input: Rule.Input<R>): Effect.Effect<Rule.Decision> =>
  Effect.map(Calendar.moment, (moment) => run(rule, input, moment))

/**
 * Fails with `RuleDenied` when the decision is a refusal: the bridge from a decision to the error
 * channel.
 *
 * @example
 * ```ts
 * yield* Rules.orFail(Rules.NumberRules.operation("simSwap", number))
 * ```
 */
export const orFail = (decision: Rule.Decision): Effect.Effect<void, Errors.RuleDenied> =>
  decision._tag === "Allowed" ? Effect.void : Effect.fail(Errors.RuleDenied.fromDenied(decision))

/**
 * Checks a rule at the current moment and fails with `RuleDenied` if it refuses: what a program
 * does before sending a request, and what the operator's server does before acting.
 *
 * @example
 * ```ts
 * yield* Rules.enforce(Rules.DocumentRules.actAvailability, { month })
 * ```
 */
export const enforce = <R extends Rule.Any>(rule: R, input: Rule.Input<R>): Effect.Effect<void, Errors.RuleDenied> =>
  Effect.flatMap(evaluate(rule, input), orFail)
