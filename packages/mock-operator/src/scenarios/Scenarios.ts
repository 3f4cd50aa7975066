/**
 * Named bundles of faults for demos, stories and tests: `POST /__mock/faults { "scenario": "flaky" }`
 * rather than spelling the faults out.
 */
import type { Fault } from "./Fault.js"

/** The scenarios by name. */
export const scenarios = {
  /** Everything answers, slowly: 1.5 s on every endpoint. */
  slow: [{ endpoint: "*", latencyMs: 1_500 }],
  /** One request in three fails with 503, after a little latency. */
  flaky: [{ endpoint: "*", latencyMs: 300, kind: "error", status: 503, rate: 1 / 3 }],
  /** The operator is down: every endpoint answers 503 (the manual's "wait 2–3 minutes"). */
  down: [{ endpoint: "*", kind: "error", status: 503, retryAfterSeconds: 120 }],
  /** The next request finds its session expired. */
  sessionExpired: [{ endpoint: "*", kind: "expiredSession", times: 1 }],
  /** The number list is rate limited for 30 seconds' worth of retries. */
  rateLimited: [{ endpoint: "numbers.list", kind: "rateLimit", retryAfterSeconds: 30 }],
  /** The number list answers something that is not JSON. */
  malformed: [{ endpoint: "numbers.list", kind: "malformed" }],
  /** The number list answers JSON that breaks the contract. */
  brokenContract: [{ endpoint: "numbers.list", kind: "contract" }],
} as const satisfies Record<string, ReadonlyArray<Fault>>

/** A scenario's name. */
export type ScenarioName = keyof typeof scenarios

/** Whether a name is a scenario's. */
export const isScenario = (name: string): name is ScenarioName => Object.hasOwn(scenarios, name)
