/**
 * The operator's error answers, as they travel over HTTP: one schema'd error per status, each with
 * a JSON body the client decodes. The client turns them into the core's typed errors
 * (`Errors.ts`); handlers of an operator (the mock one, or a gateway) fail with them.
 *
 * | status | error | when |
 * |---|---|---|
 * | 400 | {@link InvalidRequest} | the request breaks the contract (bad phone, bad ICCID, an unknown property, …) |
 * | 401 | {@link Unauthenticated} | wrong credentials, missing/invalid token, expired session |
 * | 404 | {@link NotFound} | no such number, operation, file, … — or one of a company the admin does not manage; also a path the contract does not have |
 * | 405 | {@link MethodNotAllowed} | a path of the contract asked with a method it does not have (`Allow` lists those it has) |
 * | 409 | {@link IdempotencyConflict} | an `Idempotency-Key` reused for a different request |
 * | 413 | {@link PayloadTooLarge} | a body over `Protocol.maxBodyBytes` |
 * | 415 | {@link UnsupportedMediaType} | a body that is not `application/json` |
 * | 422 | {@link RuleDenied} | a business rule refuses (rule id, message key, params) |
 * | 422 | {@link InvalidCode} | a wrong SMS code during recovery, with the tries left |
 * | 423 | {@link LoginLocked} | five wrong passwords (at sign-in or in the profile) lock the login for 15 minutes (A1) |
 * | 429 | {@link RateLimited} | too many requests; retry after the given seconds |
 * | 503 | {@link OperatorUnavailable} | the operator's systems are down or overloaded |
 *
 * What a caller may learn: nothing about accounts or companies that are not theirs. A failed
 * sign-in says only that the phone and password do not match — for an unknown phone, a wrong
 * password and an account never activated alike — and how many tries are left before the lock,
 * counted for any phone; a company, number, operation or file the admin does not manage is a 404
 * exactly like one that does not exist. There is no 403.
 *
 * Any other 5xx (a gateway's 502, an unexpected 500) is treated by the client as
 * `OperatorUnavailable` too, whatever its body.
 *
 * @example
 * ```ts
 * import { Api } from "@kabinet/core"
 * // in a handler
 * return yield* new Api.Errors.RuleDenied({ ruleId: "number.unblock.debt", messageKey: "rule.number.unblock.debt", params: {} })
 * ```
 */
import * as Schema from "effect/Schema"
import * as Instant from "../domain/Instant.js"
import * as Rule from "../rules/Rule.js"

/**
 * One problem found in a request: where (`path`, dotted, e.g. `"payload.iccid"`) and what.
 */
export const Issue = Schema.Struct({
  path: Schema.String,
  message: Schema.String,
}).annotate({ identifier: "Issue" })
export type Issue = typeof Issue.Type

/**
 * 400 — the request does not satisfy the contract: a malformed identifier, a missing field, a
 * missing `Idempotency-Key`. Widgets validate first, so this points at a bug or an outdated client.
 *
 * JSON: `{ "_tag": "InvalidRequest", "message": "iccid: check digit", "issues": [{ "path": "iccid", "message": "…" }] }`
 *
 * @example
 * ```ts
 * new InvalidRequest({ message: "Idempotency-Key is required", issues: [] })
 * ```
 */
export class InvalidRequest extends Schema.TaggedError<InvalidRequest>()(
  "InvalidRequest",
  { message: Schema.String, issues: Schema.Array(Issue) },
  { httpApiStatus: 400 },
) {}

/** Why a request was not authenticated. */
export const unauthenticatedReasons = ["credentials", "missingToken", "invalidToken", "sessionExpired"] as const

/**
 * Why a request was not authenticated: `credentials` — sign-in with a phone and password that do
 * not match (deliberately one reason for an unknown phone, a wrong password and an account never
 * activated, A1); `missingToken`/`invalidToken` — no or unknown bearer token; `sessionExpired` —
 * the session ended (30 minutes idle, or 12 hours after sign-in), sign in again.
 */
export const UnauthenticatedReason = Schema.Literals(unauthenticatedReasons).annotate({
  identifier: "UnauthenticatedReason",
})
export type UnauthenticatedReason = typeof UnauthenticatedReason.Type

/**
 * 401 — not authenticated. `attemptsLeft` is given after a failed sign-in so the form can warn
 * before the lock (A1: five failures lock the login); it says nothing about which part was wrong.
 *
 * JSON: `{ "_tag": "Unauthenticated", "reason": "sessionExpired" }`
 *
 * @example
 * ```ts
 * new Unauthenticated({ reason: "credentials", attemptsLeft: 3 })
 * ```
 */
export class Unauthenticated extends Schema.TaggedError<Unauthenticated>()(
  "Unauthenticated",
  {
    reason: UnauthenticatedReason,
    attemptsLeft: Schema.optionalKey(Schema.Int.check(Schema.isGreaterThanOrEqualTo(0))),
  },
  { httpApiStatus: 401 },
) {}

/** What was not found. */
export const resources = [
  "company",
  "number",
  "account",
  "operation",
  "service",
  "device",
  "recovery",
  "forwarding",
  "secretCode",
  "file",
  "route",
] as const

/**
 * What kind of thing was not found.
 */
export const Resource = Schema.Literals(resources).annotate({ identifier: "Resource" })
export type Resource = typeof Resource.Type

/**
 * 404 — the thing asked for does not exist (a number of the company that is gone, an unknown
 * operation id, a service not offered to the number, a file past its expiry, …) or belongs to a
 * company the admin does not manage: the two are one answer, so nobody learns what other companies
 * hold. A path the contract does not have is a 404 too, with `resource: "route"`.
 *
 * JSON: `{ "_tag": "NotFound", "resource": "operation", "id": "op-1" }`
 *
 * @example
 * ```ts
 * new NotFound({ resource: "number", id: "77010542001" })
 * ```
 */
export class NotFound extends Schema.TaggedError<NotFound>()(
  "NotFound",
  { resource: Resource, id: Schema.String },
  { httpApiStatus: 404 },
) {}

/**
 * 405 — the path exists but not with this method (`PATCH` on a read, `GET` on an action). The
 * `Allow` header lists the methods it has, as `allowed` does.
 *
 * JSON: `{ "_tag": "MethodNotAllowed", "method": "PATCH", "allowed": ["GET"] }`
 *
 * @example
 * ```ts
 * new MethodNotAllowed({ method: "PATCH", allowed: ["GET"] })
 * ```
 */
export class MethodNotAllowed extends Schema.TaggedError<MethodNotAllowed>()(
  "MethodNotAllowed",
  { method: Schema.String, allowed: Schema.Array(Schema.String) },
  { httpApiStatus: 405 },
) {}

/**
 * 413 — the body is larger than the operator reads (`Protocol.maxBodyBytes`, the same for
 * every endpoint). The operator answers as soon as `Content-Length` says so, without reading the
 * body, and closes the connection.
 *
 * JSON: `{ "_tag": "PayloadTooLarge", "limitBytes": 65536 }`
 *
 * @example
 * ```ts
 * new PayloadTooLarge({ limitBytes: Protocol.maxBodyBytes })
 * ```
 */
export class PayloadTooLarge extends Schema.TaggedError<PayloadTooLarge>()(
  "PayloadTooLarge",
  { limitBytes: Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)) },
  { httpApiStatus: 413 },
) {}

/**
 * 415 — a body that is not JSON: every request body of the contract is `application/json`.
 *
 * JSON: `{ "_tag": "UnsupportedMediaType", "contentType": "text/plain", "supported": ["application/json"] }`
 *
 * @example
 * ```ts
 * new UnsupportedMediaType({ contentType: "text/plain", supported: ["application/json"] })
 * ```
 */
export class UnsupportedMediaType extends Schema.TaggedError<UnsupportedMediaType>()(
  "UnsupportedMediaType",
  { contentType: Schema.String, supported: Schema.Array(Schema.String) },
  { httpApiStatus: 415 },
) {}

/**
 * 409 — the `Idempotency-Key` was already used for a different request. A repeat of the same
 * request with the same key is not an error: it answers what the first one answered, with the
 * `Idempotent-Replayed: true` header. "The same" compares the method, the path and query, and
 * the body as canonical JSON (key order and whitespace do not count). Keys are scoped to the
 * signed-in admin, or, without a session, to the client, so nobody else's key collides.
 *
 * JSON: `{ "_tag": "IdempotencyConflict", "key": "9b2c…" }`
 *
 * @example
 * ```ts
 * new IdempotencyConflict({ key })
 * ```
 */
export class IdempotencyConflict extends Schema.TaggedError<IdempotencyConflict>()(
  "IdempotencyConflict",
  { key: Schema.String },
  { httpApiStatus: 409 },
) {}

/**
 * Values a rule's message is filled with, e.g. `{ "days": 90 }` or `{ "from": "2020-10-05" }`.
 */
export const RuleParams = Schema.Record(Schema.String, Schema.Union([Schema.String, Schema.Number])).annotate({
  identifier: "RuleParams",
})
export type RuleParams = typeof RuleParams.Type

/**
 * 422 — a business rule refused on the operator's side: the same rule the core checks before any
 * request (`number.unblock.debt`, `detalization.window`, …), so the widget explains it the same way.
 * `ruleId` is one of the core's rule ids; `messageKey` is the rule's message key (a client that
 * does not know the key falls back to the rule's own).
 *
 * JSON: `{ "_tag": "RuleDenied", "ruleId": "number.unblock.debt", "messageKey": "rule.number.unblock.debt", "params": {} }`
 *
 * @example
 * ```ts
 * new RuleDenied({ ruleId: "number.simSwap.notActive", messageKey: "rule.number.simSwap.notActive", params: {} })
 * ```
 */
export class RuleDenied extends Schema.TaggedError<RuleDenied>()(
  "RuleDenied",
  { ruleId: Rule.RuleId, messageKey: Schema.NonEmptyString, params: RuleParams },
  { httpApiStatus: 422 },
) {}

/**
 * 422 — a wrong SMS code during password recovery (A2). `attemptsLeft` counts down from 5; at 0
 * the code is spent and the operator answers `RuleDenied` (`recovery.tooManyTries`) from then on.
 *
 * JSON: `{ "_tag": "InvalidCode", "attemptsLeft": 3 }`
 *
 * @example
 * ```ts
 * new InvalidCode({ attemptsLeft: 3 })
 * ```
 */
export class InvalidCode extends Schema.TaggedError<InvalidCode>()(
  "InvalidCode",
  { attemptsLeft: Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)) },
  { httpApiStatus: 422 },
) {}

/**
 * 423 — the login is locked after too many wrong passwords (A1: 5 failures → 15 minutes), whether
 * typed at sign-in or as the current password in the profile. The `Retry-After` header carries
 * `retryAfterSeconds` too.
 *
 * JSON: `{ "_tag": "LoginLocked", "lockedUntil": "2020-09-21T12:15:00+05:00", "retryAfterSeconds": 900 }`
 *
 * @example
 * ```ts
 * new LoginLocked({ lockedUntil, retryAfterSeconds: 900 })
 * ```
 */
export class LoginLocked extends Schema.TaggedError<LoginLocked>()(
  "LoginLocked",
  { lockedUntil: Instant.Instant, retryAfterSeconds: Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)) },
  { httpApiStatus: 423 },
) {}

/**
 * 429 — too many requests; try again after `retryAfterSeconds`, which the `Retry-After` header
 * carries too.
 *
 * JSON: `{ "_tag": "RateLimited", "retryAfterSeconds": 30 }`
 *
 * @example
 * ```ts
 * new RateLimited({ retryAfterSeconds: 30 })
 * ```
 */
export class RateLimited extends Schema.TaggedError<RateLimited>()(
  "RateLimited",
  { retryAfterSeconds: Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)) },
  { httpApiStatus: 429 },
) {}

/**
 * 503 — the operator cannot serve now (maintenance, an upstream billing system down). The manual's
 * advice applies: wait 2–3 minutes, refresh, try again. `Retry-After` is sent when known.
 *
 * JSON: `{ "_tag": "OperatorUnavailable", "retryAfterSeconds": 120 }`
 *
 * @example
 * ```ts
 * new OperatorUnavailable({})
 * ```
 */
export class OperatorUnavailable extends Schema.TaggedError<OperatorUnavailable>()(
  "OperatorUnavailable",
  { retryAfterSeconds: Schema.optionalKey(Schema.Int.check(Schema.isGreaterThanOrEqualTo(0))) },
  { httpApiStatus: 503 },
) {}

/**
 * The errors any endpoint may answer, whatever it does. Endpoints add their own on top.
 *
 * @example
 * ```ts
 * HttpApiEndpoint.get("x", "/x", { success, error: [...Errors.common, Errors.NotFound] })
 * ```
 */
export const common = [InvalidRequest, RateLimited, OperatorUnavailable] as const

/**
 * The errors of an endpoint that acts on a company's data: the common ones, plus 404 for what is
 * not there or not the admin's.
 */
export const companyScoped = [...common, NotFound] as const

/**
 * The errors of a mutation: those of {@link companyScoped} plus a refused rule and a reused
 * idempotency key.
 */
export const mutation = [...companyScoped, RuleDenied, IdempotencyConflict] as const

/**
 * Any error the operator may answer.
 */
export type OperatorError =
  | InvalidRequest
  | Unauthenticated
  | NotFound
  | MethodNotAllowed
  | IdempotencyConflict
  | PayloadTooLarge
  | UnsupportedMediaType
  | RuleDenied
  | InvalidCode
  | LoginLocked
  | RateLimited
  | OperatorUnavailable
