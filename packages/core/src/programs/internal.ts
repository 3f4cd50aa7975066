/**
 * Helpers shared by the programs: refusing by a rule before any request, and the idempotency key
 * of an intent.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import type * as Security from "../api/Security.js"
import * as Calendar from "../Calendar.js"
import { OperatorClient } from "../client/OperatorClient.js"
import type * as Errors from "../Errors.js"
import { orFail } from "../rules/Catalogue.js"
import type * as Rule from "../rules/Rule.js"

/**
 * Fails with `RuleDenied` on the first refusal among `decisions`, evaluated lazily in order at the
 * operator's current moment (Asia/Almaty, from `Clock`).
 */
export const check = (
  ...decisions: ReadonlyArray<(moment: Calendar.Moment) => Rule.Decision>
): Effect.Effect<void, Errors.RuleDenied> =>
  Effect.flatMap(Calendar.moment, (moment) => {
    for (const decide of decisions) {
      const decision = decide(moment)
      if (decision._tag === "Denied") return orFail(decision)
    }
    return Effect.void
  })

/** The key of an intent: the one given (a retry of the same intent), or a new one. */
export const keyFor = (
  key: Security.IdempotencyKey | undefined,
): Effect.Effect<Security.IdempotencyKey, never, OperatorClient> =>
  key === undefined ? OperatorClient.use((client) => client.newIdempotencyKey) : Effect.succeed(key)

/** A secret as typed, or already wrapped. */
export type Secret = string | Redacted.Redacted<string>

/** The secret wrapped, so it never reaches a log. */
export const redact = (secret: Secret): Redacted.Redacted<string> =>
  Redacted.isRedacted(secret) ? secret : Redacted.make(secret)

/** The secret's text, for a rule that inspects it. */
export const reveal = (secret: Secret): string => (Redacted.isRedacted(secret) ? Redacted.value(secret) : secret)
