/**
 * The faults in force, switchable per endpoint through the control API. Whether a fault with a
 * rate below 1 applies is drawn from a seeded stream, so a flaky scenario fails the same requests
 * on every run.
 */
import * as Prng from "../db/Prng.js"
import { covers, type Fault, kinds } from "./Fault.js"

/** What the faults decide for one request: a delay, and the fault that replaces the answer, if any. */
export interface Verdict {
  readonly latencyMs: number
  readonly fault: Fault | undefined
}

/** The faults. */
export class Faults {
  #faults: Array<{ fault: Fault; remaining: number }> = []
  #random: Prng.Random

  constructor(seed: number) {
    this.#random = Prng.fork(seed, "faults")
  }

  /** Adds faults; they apply in the order added. */
  add(...faults: ReadonlyArray<Fault>): void {
    for (const fault of faults) {
      check(fault)
      this.#faults.push({ fault, remaining: fault.times ?? Number.POSITIVE_INFINITY })
    }
  }

  /** Lifts every fault (of one endpoint pattern, when given), and restarts the seeded draws. */
  clear(endpoint?: string, seed?: number): void {
    this.#faults = endpoint === undefined ? [] : this.#faults.filter((entry) => entry.fault.endpoint !== endpoint)
    if (seed !== undefined) this.#random = Prng.fork(seed, "faults")
  }

  /** The faults in force. */
  list(): ReadonlyArray<Fault> {
    return this.#faults.map((entry) => entry.fault)
  }

  /** What happens to a request to an endpoint: the sum of the latencies, and the first fault drawn. */
  decide(endpointId: string): Verdict {
    let latencyMs = 0
    let chosen: Fault | undefined
    for (const entry of this.#faults) {
      if (entry.remaining <= 0 || !covers(entry.fault.endpoint, endpointId)) continue
      const applies = entry.fault.rate === undefined || this.#random.next() < entry.fault.rate
      if (!applies) continue
      if (entry.fault.kind !== undefined && chosen !== undefined) continue
      latencyMs += entry.fault.latencyMs ?? 0
      if (entry.fault.kind !== undefined) chosen = entry.fault
      entry.remaining--
    }
    this.#faults = this.#faults.filter((entry) => entry.remaining > 0)
    return { latencyMs, fault: chosen }
  }
}

const check = (fault: Fault): void => {
  if (typeof fault.endpoint !== "string" || fault.endpoint === "") throw new RangeError("a fault needs an endpoint")
  if (fault.kind !== undefined && !kinds.includes(fault.kind)) throw new RangeError(`unknown fault kind ${fault.kind}`)
  if (fault.rate !== undefined && !(fault.rate >= 0 && fault.rate <= 1))
    throw new RangeError("rate must be from 0 to 1")
  if (fault.latencyMs !== undefined && !(fault.latencyMs >= 0)) throw new RangeError("latencyMs must be ≥ 0")
  if (fault.status !== undefined && !(Number.isInteger(fault.status) && fault.status >= 400 && fault.status <= 599))
    throw new RangeError("status must be an HTTP error status (400–599)")
  if (fault.times !== undefined && !(Number.isInteger(fault.times) && fault.times > 0))
    throw new RangeError("times must be a positive integer")
  if (fault.kind === undefined && fault.latencyMs === undefined)
    throw new RangeError("a fault needs a kind or a latency")
}
