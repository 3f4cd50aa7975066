/**
 * Follows the long operation running on the profile's number (D6): the operator's record says which
 * one (after a reload, or back from another number), or `<kab-number-operation>` says so the moment
 * the operator accepts it. Each state reaches the widget as it changes; starting another follow, or
 * the widget leaving the page, stops the one before.
 */
import type { Api } from "@kabinet/core"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import type { ReactiveController, ReactiveControllerHost } from "lit"
import type { KabinetController } from "../internal/controllers/kabinet-controller.js"
import { OperationController } from "../internal/controllers/operation-controller.js"
import type { OperatorServices } from "../internal/store/runtime.js"

/** The states of an operation, as the core's programs stream them. */
export type OperationStates = Stream.Stream<Api.Operations.Operation, unknown, OperatorServices>

/**
 * Follows one operation at a time and hands each of its states to `onState`.
 *
 * @example
 * ```ts
 * readonly #follower = new OperationFollower(this, this.kabinet, (op) => this.#onOperation(op))
 * this.#follower.follow(Programs.Operations.followPending(ref))
 * ```
 */
export class OperationFollower implements ReactiveController {
  readonly #runs: OperationController
  readonly #kabinet: KabinetController
  readonly #onState: (operation: Api.Operations.Operation) => void
  #current: AbortController | undefined

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    kabinet: KabinetController,
    onState: (operation: Api.Operations.Operation) => void,
  ) {
    this.#runs = new OperationController(host, kabinet)
    this.#kabinet = kabinet
    this.#onState = onState
    host.addController(this)
  }

  /** Why following failed (the operator could not be reached), until the next follow. */
  get failure() {
    return this.#runs.failure
  }

  /** Follows `states` to their end, stopping the operation followed before. */
  async follow(states: OperationStates): Promise<void> {
    this.stop()
    const mine = new AbortController()
    this.#current = mine
    const program = Stream.runForEach(states, (operation) =>
      Effect.sync(() => {
        if (!mine.signal.aborted) this.#onState(operation)
      }),
    )
    await this.#runs.track("operation.refresh", (signal) =>
      this.#kabinet.store.run(program, { signal: AbortSignal.any([signal, mine.signal]) }),
    )
    if (this.#current === mine) this.#current = undefined
  }

  /** Stops following. */
  stop(): void {
    this.#current?.abort()
    this.#current = undefined
  }

  hostDisconnected(): void {
    this.stop()
  }
}
