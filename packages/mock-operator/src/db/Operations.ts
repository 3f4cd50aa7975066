/**
 * Work that takes the operator time (block, unblock, SIM swap, e-mailed reports): accepted at
 * once with an operation id, finished later. Operations finish lazily — whenever the operator is
 * asked anything it first settles what is due — so there are no timers to leak, and moving the
 * operator's clock finishes them as surely as waiting does.
 */
import type { Api } from "@kabinet/core"
import type { Status } from "./Line.js"

/** What an operation does: the contract's long-operation kinds. */
export type OperationKind = Api.Operations.OperationKind

/** Where an operation stands. */
export type OperationState = "pending" | "succeeded" | "failed"

/** An operation as the operator tracks it. */
export interface Operation {
  readonly id: string
  readonly kind: OperationKind
  readonly companyId: string
  readonly msisdn: string | undefined
  readonly startedAt: number
  /** When it will finish; `Infinity` for work the operator never completes on its own. */
  readonly finishesAt: number
  readonly state: OperationState
  readonly finishedAt: number | undefined
  /** The number's status once finished (for number operations). */
  readonly status: Status | undefined
  /** Why it failed: a message key, and the rule when a rule refused late. */
  readonly failure: { readonly messageKey: string; readonly ruleId?: string | undefined } | undefined
}

/** How an operation ended, as its `finish` reports it. */
export interface Outcome {
  readonly state: "succeeded" | "failed"
  readonly status?: Status | undefined
  readonly failure?: Operation["failure"]
}

/** What to start. `finish` applies the operation's effect when it is due, at its finishing time. */
export interface OperationStart {
  readonly kind: OperationKind
  readonly companyId: string
  readonly msisdn?: string | undefined
  readonly startedAt: number
  readonly durationMs: number
  readonly finish: (at: number) => Outcome
  readonly id?: string
}

interface Tracked {
  operation: Operation
  readonly finish: (at: number) => Outcome
}

/** The operations of the operator. */
export class Operations {
  readonly #tracked = new Map<string, Tracked>()
  #next = 1

  /** Starts an operation. */
  start(start: OperationStart): Operation {
    const operation: Operation = {
      id: start.id ?? `op-${this.#next++}`,
      kind: start.kind,
      companyId: start.companyId,
      msisdn: start.msisdn,
      startedAt: start.startedAt,
      finishesAt: start.startedAt + start.durationMs,
      state: "pending",
      finishedAt: undefined,
      status: undefined,
      failure: undefined,
    }
    this.#tracked.set(operation.id, { operation, finish: start.finish })
    return operation
  }

  /** An operation by id. */
  get(id: string): Operation | undefined {
    return this.#tracked.get(id)?.operation
  }

  /** Finishes every operation due by `now`, in the order they fall due. */
  settle(now: number): void {
    const due = [...this.#tracked.values()]
      .filter((tracked) => tracked.operation.state === "pending" && tracked.operation.finishesAt <= now)
      .sort((a, b) => a.operation.finishesAt - b.operation.finishesAt)
    for (const tracked of due) {
      const at = tracked.operation.finishesAt
      const outcome = tracked.finish(at)
      tracked.operation = {
        ...tracked.operation,
        state: outcome.state,
        finishedAt: at,
        status: outcome.status,
        failure: outcome.failure,
      }
    }
  }
}
