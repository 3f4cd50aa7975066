/**
 * The bodies the control API accepts, as schemas: a typo in a test's fault is refused with a
 * message instead of silently doing nothing.
 */
import * as Schema from "effect/Schema"

/** `POST /__mock/reset`: `{ "seed": 42, "fleetSize": 100000, "timeScale": 0.01 }`, every field optional. */
export const ResetRequest = Schema.Struct({
  seed: Schema.optionalKey(Schema.Int),
  fleetSize: Schema.optionalKey(Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 1_000_000 }))),
  timeScale: Schema.optionalKey(Schema.Number.check(Schema.isGreaterThanOrEqualTo(0))),
})

/** One fault, as in `Fault`. */
export const FaultBody = Schema.Struct({
  endpoint: Schema.NonEmptyString,
  latencyMs: Schema.optionalKey(Schema.Number.check(Schema.isGreaterThanOrEqualTo(0))),
  kind: Schema.optionalKey(Schema.Literals(["error", "malformed", "contract", "expiredSession", "rateLimit"])),
  status: Schema.optionalKey(Schema.Int.check(Schema.isBetween({ minimum: 400, maximum: 599 }))),
  rate: Schema.optionalKey(Schema.Number.check(Schema.isBetween({ minimum: 0, maximum: 1 }))),
  retryAfterSeconds: Schema.optionalKey(Schema.Int.check(Schema.isGreaterThanOrEqualTo(0))),
  times: Schema.optionalKey(Schema.Int.check(Schema.isGreaterThanOrEqualTo(1))),
})

/**
 * `POST /__mock/faults`: faults to add, a named scenario, or both; `replace` lifts the faults in
 * force first; `clear` only lifts them.
 */
export const FaultsRequest = Schema.Struct({
  faults: Schema.optionalKey(Schema.Array(FaultBody)),
  scenario: Schema.optionalKey(Schema.String),
  replace: Schema.optionalKey(Schema.Boolean),
  clear: Schema.optionalKey(Schema.Boolean),
})

/** `POST /__mock/time-scale`: `{ "scale": 0.01 }`. */
export const TimeScaleRequest = Schema.Struct({ scale: Schema.Number.check(Schema.isGreaterThanOrEqualTo(0)) })

/** `POST /__mock/clock`: `{ "advanceMs": 60000 }` moves the operator's time forward. */
export const ClockRequest = Schema.Struct({ advanceMs: Schema.Number })
