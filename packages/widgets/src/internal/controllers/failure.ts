/**
 * What to tell the admin when an operation fails (D2): what happened, in the core's words, and what to
 * do next — the manual's advice (wait 2–3 minutes, refresh, try again, then contact corporate
 * support) naming the operation. Every widget shows failures through this, via `<kab-operator-error>`.
 */
import { Errors, Messages } from "@kabinet/core"

/** A failure ready to show: the message, the advice if any, and the rule's refusal when a rule refused. */
export interface FailureText {
  readonly message: Messages.Message
  readonly advice: Messages.Message | undefined
}

/**
 * The message and advice for anything an operation failed with. `operation` (a message key such as
 * `"operation.signIn"`) names the operation in the advice when the error itself does not.
 *
 * @example
 * ```ts
 * describeFailure(new Errors.OperatorUnavailable({ status: 503 }), "operation.block")
 * // { message: { key: "error.operatorUnavailable" },
 * //   advice: { key: "advice.retryOperation", params: { operation: { key: "operation.block" } } } }
 * ```
 */
export const describeFailure = (error: unknown, operation: Messages.MessageKey | undefined): FailureText => {
  if (Errors.isKabinetError(error)) {
    const advice = Errors.advice(error)
    return {
      message: Errors.message(error),
      advice:
        advice?.key === "advice.retry" && operation !== undefined
          ? { key: "advice.retryOperation", params: { operation: { key: operation } } }
          : advice,
    }
  }
  // An error of a program's own that names a message of the core (a wrong SMS code).
  if (typeof error === "object" && error !== null && "messageKey" in error) {
    const key = String(error.messageKey)
    if (Messages.isKey(key)) return { message: { key }, advice: undefined }
  }
  // Anything else is unexpected: the operation did not go through, and the manual's advice applies.
  return operation === undefined
    ? { message: { key: "advice.retry" }, advice: undefined }
    : { message: { key: "advice.retryOperation", params: { operation: { key: operation } } }, advice: undefined }
}
