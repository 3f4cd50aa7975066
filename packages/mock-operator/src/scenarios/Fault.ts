/**
 * A fault the operator can be told to show on an endpoint: how the real one misbehaves on a bad
 * day. Latency stacks with any other kind; the other kinds replace the answer.
 *
 * | kind | the answer |
 * |---|---|
 * | `error` | `status` (default 503) — `OperatorUnavailable` for 503, a bare error page otherwise |
 * | `malformed` | 200 with a body that is not JSON |
 * | `contract` | 200 with valid JSON of the wrong shape |
 * | `expiredSession` | 401 `Unauthenticated` with reason `sessionExpired` |
 * | `rateLimit` | 429 `RateLimited` with a `Retry-After` header |
 */

/** What replaces the answer. */
export type FaultKind = "error" | "malformed" | "contract" | "expiredSession" | "rateLimit"

/** Every fault kind. */
export const kinds: ReadonlyArray<FaultKind> = ["error", "malformed", "contract", "expiredSession", "rateLimit"]

/** A fault on an endpoint. */
export interface Fault {
  /**
   * Which endpoints: `"group.endpoint"` as the contract names them (`"numbers.list"`,
   * `"numberActions.block"`), a whole group (`"numbers.*"`), or every endpoint (`"*"`).
   */
  readonly endpoint: string
  /** Milliseconds to wait before answering. */
  readonly latencyMs?: number | undefined
  /** What replaces the answer; absent for latency alone. */
  readonly kind?: FaultKind | undefined
  /** For `error`: the HTTP status, default 503. */
  readonly status?: number | undefined
  /** How often the fault applies, 0 to 1; default 1 (always). */
  readonly rate?: number | undefined
  /** For `rateLimit` (and 503): seconds to announce in `Retry-After`; default 30. */
  readonly retryAfterSeconds?: number | undefined
  /** How many times it applies before it lifts by itself; default: until cleared. */
  readonly times?: number | undefined
}

/** Whether a fault's endpoint pattern covers an endpoint id. */
export const covers = (pattern: string, endpointId: string): boolean =>
  pattern === "*" || pattern === endpointId || (pattern.endsWith(".*") && endpointId.startsWith(pattern.slice(0, -1)))
