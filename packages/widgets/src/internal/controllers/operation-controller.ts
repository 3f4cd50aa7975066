/**
 * Runs the core's programs for a widget on the shared runtime and keeps what the widget shows about
 * them: whether one is running, and the last failure. A failure never escapes as an exception: it is
 * kept for `<kab-operator-error>` and sent to the host as a `kab-error` event. Programs still running
 * when the widget leaves the page are interrupted.
 */
import { Errors, type Messages } from "@kabinet/core"
import * as Cause from "effect/Cause"
import type * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Option from "effect/Option"
import type { ReactiveController, ReactiveControllerHost } from "lit"
import { emit } from "../../events/events.js"
import type { OperatorServices } from "../store/runtime.js"
import type { KabinetController } from "./kabinet-controller.js"

/** A failed operation: which one and the error it failed with (a core `Errors.*` or anything else). */
export interface Failure {
  readonly operation: Messages.MessageKey
  readonly error: unknown
}

/** Options of a run. */
export interface RunOptions {
  /** Error tags the widget shows in place rather than as the widget's failure. */
  readonly expected?: ReadonlyArray<string> | undefined
}

/** How an operation ended: its value, a failure, or nothing because it was interrupted. */
export type Outcome<A> =
  | { readonly _tag: "Success"; readonly value: A }
  | { readonly _tag: "Failure"; readonly failure: Failure }
  | { readonly _tag: "Interrupted" }

/**
 * Runs programs and remembers the last failure.
 *
 * @example
 * ```ts
 * const outcome = await this.#operations.run("operation.signIn", Programs.signIn(input))
 * if (outcome._tag === "Success") …
 * ```
 */
export class OperationController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement
  readonly #kabinet: KabinetController
  readonly #running = new Set<AbortController>()
  #pending: Messages.MessageKey | undefined
  #failure: Failure | undefined

  constructor(host: ReactiveControllerHost & HTMLElement, kabinet: KabinetController) {
    this.#host = host
    this.#kabinet = kabinet
    host.addController(this)
  }

  /** The operation running now, if any. */
  get pending(): Messages.MessageKey | undefined {
    return this.#pending
  }

  /** The last failure, until the next run or `clear()`. */
  get failure(): Failure | undefined {
    return this.#failure
  }

  /** Forgets the last failure. */
  clear(): void {
    if (this.#failure === undefined) return
    this.#failure = undefined
    this.#host.requestUpdate()
  }

  /**
   * Runs `program` as `operation`. Resolves with the outcome; never rejects. `expected` lists the
   * error tags the widget handles itself in place (a wrong SMS code under its field): those are
   * returned but not kept as the widget's failure.
   */
  run<A, E>(
    operation: Messages.MessageKey,
    program: Effect.Effect<A, E, OperatorServices>,
    options: RunOptions = {},
  ): Promise<Outcome<A>> {
    return this.track(operation, (signal) => this.#kabinet.store.run(program, { signal }), options)
  }

  /**
   * Follows an operation started elsewhere (a request the store shares between widgets) as if this
   * widget ran it: pending while it runs, its failure kept and reported.
   */
  async track<A, E>(
    operation: Messages.MessageKey,
    start: (signal: AbortSignal) => Promise<Exit.Exit<A, E>>,
    options: RunOptions = {},
  ): Promise<Outcome<A>> {
    const abort = new AbortController()
    this.#running.add(abort)
    this.#pending = operation
    this.#failure = undefined
    this.#host.requestUpdate()
    const exit = await start(abort.signal)
    this.#running.delete(abort)
    if (this.#pending === operation) this.#pending = undefined
    this.#host.requestUpdate()
    if (Exit.isSuccess(exit)) return { _tag: "Success", value: exit.value }
    if (abort.signal.aborted || Cause.hasInterruptsOnly(exit.cause)) return { _tag: "Interrupted" }
    const error = Option.getOrElse(Cause.findErrorOption(exit.cause), () => Cause.squash(exit.cause))
    const failure: Failure = { operation, error }
    const tag = typeof error === "object" && error !== null && "_tag" in error ? String(error._tag) : undefined
    if (tag === undefined || !(options.expected ?? []).includes(tag)) this.#failure = failure
    emit(this.#host, "kab-error", { operation, error })
    // The client has already dropped the expired session (every widget sharing the store follows it);
    // the host learns it from the widget that met it.
    if (Errors.isSessionExpired(error)) emit(this.#host, "kab-session-expired", {})
    return { _tag: "Failure", failure }
  }

  hostDisconnected(): void {
    for (const abort of this.#running) abort.abort()
    this.#running.clear()
    this.#pending = undefined
  }
}
