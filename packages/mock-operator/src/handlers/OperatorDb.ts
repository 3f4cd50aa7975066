/**
 * The mock operator's state as an Effect service, so that the contract's handlers reach the same
 * `OperatorState` that the control API resets and inspects.
 */
import * as Context from "effect/Context"
import * as Layer from "effect/Layer"
import type { OperatorState } from "../db/OperatorState.js"

/**
 * The operator's state.
 *
 * @example
 * ```ts
 * const state = yield* OperatorDb
 * state.numbers.get("77010542001")
 * ```
 */
export class OperatorDb extends Context.Service<OperatorDb, OperatorState>()("@kabinet/mock-operator/OperatorDb") {
  /** A layer holding the given state. */
  static readonly layer = (state: OperatorState): Layer.Layer<OperatorDb> => Layer.succeed(OperatorDb, state)
}
