/**
 * Everything the mock operator knows, in one place: the seeded lines and admins, the clock, and
 * what happened since (sessions, recoveries, operations, the outboxes, the action history, the
 * idempotency keys, produced files).
 *
 * `reset` rebuilds it all from a seed and a fleet size, in place, so that whatever holds the state
 * (the HTTP handlers, the control API) keeps holding the same object.
 */
import { ActionLog } from "./ActionLog.js"
import { AdminStore } from "./AdminStore.js"
import { Files } from "./Files.js"
import { maxSize } from "./Fleet.js"
import { IdempotencyStore } from "./IdempotencyStore.js"
import * as ManualLines from "./ManualLines.js"
import { NumberStore } from "./NumberStore.js"
import { Operations } from "./Operations.js"
import { OperatorClock, type TimeSource } from "./OperatorClock.js"
import { Outbox } from "./Outbox.js"
import * as Prng from "./Prng.js"
import { Recoveries } from "./Recoveries.js"
import { Sessions } from "./Sessions.js"

/** How the operator is seeded. */
export interface SeedOptions {
  /** Same seed, same operator. Default 1. */
  readonly seed?: number | undefined
  /** Lines of «TOO Кабинет», the manual's included (1 to 1,000,000). Default 1,000. */
  readonly fleetSize?: number | undefined
}

/** Whether the operator builds its indexes when it is made (and reset), rather than on first use. */
export interface PrepareOptions {
  /** The standalone server does: its first search is then as fast as any. Default off. */
  readonly prepare?: boolean | undefined
}

/** How the operator draws the codes it sends by SMS. */
export interface CodeOptions {
  /**
   * Every SMS code (recovery and secret codes) is this one, for a test or a scripted demo that
   * must type a known code. Without it, codes come from the platform's cryptographic generator, so
   * no code can be predicted from the seed or from an earlier one.
   */
  readonly fixedSmsCode?: string | undefined
}

/** The defaults of {@link SeedOptions}. */
export const defaults = { seed: 1, fleetSize: 1_000 } as const

// The line kept «В обработке» was put there by an admin of the manual, long ago; its operation
// never finishes on its own, so the status is there to look at in every demo.
const seedProcessing = (state: OperatorState): void => {
  const line = state.numbers.get(ManualLines.processingMsisdn)
  if (line === undefined) return
  const operation = state.operations.start({
    id: "op-seed-processing",
    kind: "block",
    companyId: line.companyId,
    msisdn: line.msisdn,
    startedAt: line.statusChangedAt,
    durationMs: Number.POSITIVE_INFINITY,
    finish: () => ({ state: "succeeded", status: "Заблокирован" }),
  })
  state.numbers.update(line.msisdn, (current) => ({ ...current, pendingOperationId: operation.id }))
}

/** The operator's state. */
export class OperatorState {
  readonly clock: OperatorClock
  seed: number = defaults.seed
  fleetSize: number = defaults.fleetSize
  numbers!: NumberStore
  admins!: AdminStore
  sessions!: Sessions
  recoveries!: Recoveries
  operations!: Operations
  outbox!: Outbox
  actions!: ActionLog
  idempotency!: IdempotencyStore
  files!: Files
  /** The ICCIDs that SIM swaps under way are moving numbers to, and the numbers. */
  simSwaps!: Map<string, string>
  /** Where the operator is reached. The factory and the standalone server set it. */
  baseUrl = "http://127.0.0.1:8787"
  readonly #fixedSmsCode: string | undefined
  readonly #prepare: boolean
  readonly #preparers: Array<(state: OperatorState) => void> = []
  #counter = 0
  #reports = 0

  constructor(
    options: SeedOptions &
      CodeOptions &
      PrepareOptions & { readonly timeScale?: number | undefined; readonly now?: TimeSource | undefined },
  ) {
    this.#prepare = options.prepare === true
    if (options.fixedSmsCode !== undefined && !/^\d{6}$/u.test(options.fixedSmsCode))
      throw new RangeError("a fixed SMS code is six digits")
    this.#fixedSmsCode = options.fixedSmsCode
    this.clock = new OperatorClock(options.now ?? Date.now, options.timeScale ?? 1)
    this.reset(options)
  }

  /** Rebuilds the operator from a seed and a fleet size; the clock and its time scale stay. */
  reset(options: SeedOptions = {}): void {
    const seed = options.seed ?? defaults.seed
    const fleetSize = options.fleetSize ?? defaults.fleetSize
    if (!Number.isInteger(seed)) throw new RangeError("seed must be an integer")
    if (!Number.isInteger(fleetSize) || fleetSize < 1 || fleetSize > maxSize)
      throw new RangeError(`fleet size must be an integer from 1 to ${maxSize}`)
    this.seed = seed
    this.fleetSize = fleetSize
    this.#counter = 0
    this.#reports = 0
    this.numbers = new NumberStore(seed, fleetSize)
    this.admins = new AdminStore()
    this.sessions = new Sessions(() => this.token("sess"))
    this.recoveries = new Recoveries()
    this.operations = new Operations()
    this.outbox = new Outbox()
    this.actions = new ActionLog()
    this.idempotency = new IdempotencyStore()
    this.files = new Files(() => this.token("file"))
    this.simSwaps = new Map()
    seedProcessing(this)
    if (this.#prepare) {
      this.numbers.prepare()
      for (const prepare of this.#preparers) prepare(this)
    }
  }

  /**
   * Registers more to build when the operator is made to prepare (see {@link PrepareOptions}):
   * run now, and again after every reset.
   */
  prepareAlso(prepare: (state: OperatorState) => void): void {
    this.#preparers.push(prepare)
    if (this.#prepare) prepare(this)
  }

  /** The operator's now, epoch milliseconds. */
  now(): number {
    return this.clock.now()
  }

  /** Finishes the operations due by now; done before answering anything. */
  settle(): void {
    this.operations.settle(this.now())
  }

  /**
   * The next value of a seeded stream of its own (how long an operation takes): deterministic for a
   * seed and the order of requests. Not for anything secret.
   */
  random(purpose: string): Prng.Random {
    return Prng.fork(this.seed, purpose, this.#counter++)
  }

  /**
   * A six-digit SMS code: the fixed one when the operator was made with one, otherwise drawn
   * uniformly from the platform's cryptographic generator (rejection sampling, no modulo bias).
   */
  smsCode(): string {
    if (this.#fixedSmsCode !== undefined) return this.#fixedSmsCode
    const draw = new Uint32Array(1)
    const limit = 4_294_000_000 // the largest multiple of 1,000,000 below 2^32
    do {
      crypto.getRandomValues(draw)
    } while ((draw[0] as number) >= limit)
    return String((draw[0] as number) % 1_000_000).padStart(6, "0")
  }

  /**
   * The number that has a SIM card, or will once a swap under way ends; `undefined` when no line
   * does. The core's `number.simSwap.iccidInUse` rule is checked against it.
   */
  holderOfIccid(iccid: string): string | undefined {
    return this.simSwaps.get(iccid) ?? this.numbers.holderOfIccid(iccid)
  }

  /** The id of the next report request, e.g. `rep-2026-0001` (the year of the operator's now). */
  nextReportId(): string {
    this.#reports++
    return `rep-${new Date(this.now()).getUTCFullYear()}-${String(this.#reports).padStart(4, "0")}`
  }

  /**
   * An opaque token with a prefix, e.g. `sess_…`: 32 characters of the contract's token alphabet.
   * Drawn from the platform's cryptographic generator, not the seed: a token must not come back
   * after a reset, or a client still holding an old one would find itself in someone else's session.
   */
  token(prefix: string): string {
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    const bytes = crypto.getRandomValues(new Uint8Array(32))
    let out = `${prefix}_`
    for (const byte of bytes) out += alphabet[byte & 63]
    return out
  }
}
