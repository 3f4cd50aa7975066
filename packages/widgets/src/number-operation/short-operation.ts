/**
 * Runs a short operation of a dialog (a ban, forwarding, a device, a secret code): one intent key from
 * the first press to the last retry, the page told how it ended.
 */

import type { Api, Messages } from "@kabinet/core"
import type * as Effect from "effect/Effect"
import type { OperatorServices } from "../internal/store/runtime.js"
import type { DialogContext } from "./dialog-context.js"

/**
 * Runs `program(key)` under the idempotency key of `intent`; resolves with its value, or `undefined`
 * when it failed (the failure is the dialog's to show) or was interrupted.
 */
export const runShort = async <A, E>(
  context: DialogContext,
  operation: Messages.MessageKey,
  intent: string,
  program: (idempotencyKey: Api.Security.IdempotencyKey) => Effect.Effect<A, E, OperatorServices>,
): Promise<A | undefined> => {
  const idempotencyKey = await context.key(intent)
  const outcome = await context.operations.run(operation, program(idempotencyKey))
  if (outcome._tag === "Failure") context.failed()
  if (outcome._tag !== "Success") return undefined
  context.settle(intent)
  context.done()
  return outcome.value
}
