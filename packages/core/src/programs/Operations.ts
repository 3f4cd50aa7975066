/**
 * Following long operations (decision 6, D6): block, unblock, SIM swap and e-mailed reports end
 * minutes after they start. A program emits the operation's states as a `Stream` — the accepted
 * state first («В обработке»), then the final one — polling the operator with a growing delay.
 * A widget that was closed keeps the operation id and resumes with {@link followOperation}.
 *
 * @example
 * ```ts
 * import { Programs } from "@kabinet/core"
 * yield* Programs.Operations.followOperation(operationId).pipe(
 *   Stream.runForEach((op) => Effect.sync(() => render(Programs.Operations.displayStatus(op)))),
 * )
 * ```
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import * as Operations from "../api/Operations.js"
import { type ClientError, OperatorClient } from "../client/OperatorClient.js"
import type * as Company from "../domain/Company.js"
import type * as Msisdn from "../domain/Msisdn.js"
import type * as NumberStatus from "../domain/NumberStatus.js"

/**
 * How an operation is polled: the first delay (default 2 s), the factor it grows by (1.5) and the
 * longest delay (15 s). A block takes 1–2 minutes (B10): about ten polls.
 */
export interface FollowOptions {
  readonly initialDelay?: Duration.Input | undefined
  readonly factor?: number | undefined
  readonly maxDelay?: Duration.Input | undefined
}

/** The default first polling delay. */
export const defaultInitialDelay: Duration.Input = "2 seconds"

/** The default growth of the polling delay. */
export const defaultFactor = 1.5

/** The default longest polling delay. */
export const defaultMaxDelay: Duration.Input = "15 seconds"

/**
 * The delay before the `attempt`-th poll (0-based): `initialDelay · factor^attempt`, at most
 * `maxDelay`.
 *
 * @example
 * ```ts
 * Duration.toMillis(Operations.delayAt(2, {})) // 4500
 * ```
 */
export const delayAt = (attempt: number, options: FollowOptions = {}): Duration.Duration => {
  const initial = Duration.toMillis(Duration.fromInputUnsafe(options.initialDelay ?? defaultInitialDelay))
  const max = Duration.toMillis(Duration.fromInputUnsafe(options.maxDelay ?? defaultMaxDelay))
  return Duration.millis(Math.min(initial * (options.factor ?? defaultFactor) ** attempt, max))
}

/**
 * The number's status to show for an operation: «В обработке» while pending, then the status the
 * operator reports at the end (absent for reports).
 *
 * @example
 * ```ts
 * Operations.displayStatus(pending) // "В обработке"
 * ```
 */
export const displayStatus = (operation: Operations.Operation): NumberStatus.NumberStatus | undefined =>
  operation.state === "pending" ? "В обработке" : operation.status

const sameState = (a: Operations.Operation, b: Operations.Operation): boolean =>
  a.state === b.state && displayStatus(a) === displayStatus(b)

const poll = (
  operationId: Operations.OperationId,
  options: FollowOptions,
  waitFirst: boolean,
): Stream.Stream<Operations.Operation, ClientError, OperatorClient> =>
  Stream.unwrap(
    OperatorClient.useSync((client) => {
      const get = client.call("operation.refresh", client.api.operations.get({ params: { operationId } }))
      return Stream.paginate(0, (attempt: number) =>
        Effect.gen(function* () {
          if (waitFirst || attempt > 0) yield* Effect.sleep(delayAt(waitFirst ? attempt : attempt - 1, options))
          const operation = yield* get
          return [[operation], Operations.isFinal(operation) ? Option.none() : Option.some(attempt + 1)] as const
        }),
      )
    }),
  )

/**
 * Follows an operation by its id to its end: its current state at once, then each change until
 * it succeeds or fails. The stream ends after the final state; a failed operation is a state, not
 * an error — errors are reaching the operator (after the client's own retries).
 *
 * @example
 * ```ts
 * const states = yield* Stream.runCollect(Operations.followOperation(operationId))
 * states.at(-1)?.state // "succeeded"
 * ```
 */
export const followOperation = (
  operationId: Operations.OperationId,
  options: FollowOptions = {},
): Stream.Stream<Operations.Operation, ClientError, OperatorClient> =>
  poll(operationId, options, false).pipe(Stream.changesWith(sameState))

/**
 * Follows an operation from a state already known (the `202 Accepted` answer): emits it, and
 * unless it is final, polls after the first delay until the end.
 *
 * @example
 * ```ts
 * Operations.followFrom(accepted)
 * ```
 */
export const followFrom = (
  operation: Operations.Operation,
  options: FollowOptions = {},
): Stream.Stream<Operations.Operation, ClientError, OperatorClient> =>
  Operations.isFinal(operation)
    ? Stream.succeed(operation)
    : Stream.concat(Stream.succeed(operation), poll(operation.id, options, true)).pipe(Stream.changesWith(sameState))

/**
 * Starts a long operation and follows it: the request runs when the stream is run, then
 * {@link followFrom}.
 *
 * @example
 * ```ts
 * Operations.startAndFollow(client.call("operation.block", client.api.numberActions.block(request)))
 * ```
 */
export const startAndFollow = <E, R>(
  start: Effect.Effect<Operations.Operation, E, R>,
  options: FollowOptions = {},
): Stream.Stream<Operations.Operation, E | ClientError, R | OperatorClient> =>
  Stream.unwrap(Effect.map(start, (accepted) => followFrom(accepted, options)))

/** A number of a company, whose running operation is asked for. */
export interface NumberRef {
  readonly companyId: Company.CompanyId
  readonly msisdn: Msisdn.Msisdn
}

/**
 * The operation the operator is still running on a number, if any: what keeps it «В обработке».
 * The operator's record, not the page's memory, so a page reloaded mid-operation finds it again.
 *
 * @example
 * ```ts
 * const running = yield* Operations.pendingFor({ companyId, msisdn })
 * if (running !== undefined) yield* Stream.runDrain(Operations.followOperation(running.id))
 * ```
 */
export const pendingFor = Effect.fn("Operations.pendingFor")(function* (
  ref: NumberRef,
): Effect.fn.Return<Operations.Pending | undefined, ClientError, OperatorClient> {
  const client = yield* OperatorClient
  const pending = yield* client.call(
    "operation.refresh",
    client.api.operations.pendingForNumber({ params: { companyId: ref.companyId, number: ref.msisdn } }),
  )
  return pending[0]
})

/**
 * Follows the operation running on a number to its end ({@link pendingFor}, then
 * {@link followFrom}); an empty stream when nothing runs. How a widget opened on a number
 * «В обработке» — after a reload, or back from another number — sees it end by itself.
 *
 * @example
 * ```ts
 * yield* Operations.followPending({ companyId, msisdn }).pipe(Stream.runForEach(render))
 * ```
 */
export const followPending = (
  ref: NumberRef,
  options: FollowOptions = {},
): Stream.Stream<Operations.Operation, ClientError, OperatorClient> =>
  Stream.unwrap(
    Effect.map(pendingFor(ref), (pending) => (pending === undefined ? Stream.empty : followFrom(pending, options))),
  )
