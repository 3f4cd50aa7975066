/**
 * How requests to the operator are authenticated and made safe to repeat.
 *
 * - Every endpoint except sign-in and password recovery needs a bearer session token, checked by
 *   the {@link Authorization} middleware (`Authorization: Bearer <token>`).
 * - Every mutation needs an `Idempotency-Key` header ({@link IdempotencyHeaders}): the operator
 *   answers a repeated key with the first answer instead of acting twice (block twice, two SIM
 *   swaps, two e-mails). Keys belong to the signed-in admin, or without a session to the client.
 * - A session ends {@link sessionIdleMinutes} minutes after its last request and, however busy,
 *   {@link sessionMaxHours} hours after sign-in; `Session.expiresAt` is the earlier of the two.
 *
 * @example
 * ```ts
 * import { Api } from "@kabinet/core"
 * // an operator's implementation of the middleware
 * Layer.succeed(Api.Security.Authorization, {
 *   bearer: (httpEffect, { credential }) =>
 *     Effect.provideService(httpEffect, Api.Security.CurrentSession, lookUp(Redacted.value(credential))),
 * })
 * ```
 */
import * as Context from "effect/Context"
import type * as DateTime from "effect/DateTime"
import * as HttpApiMiddleware from "effect/http-api/HttpApiMiddleware"
import * as HttpApiSecurity from "effect/http-api/HttpApiSecurity"
import * as Schema from "effect/Schema"
import type * as Admin from "../domain/Admin.js"
import * as Errors from "./Errors.js"

/** A session ends after this many minutes without a request… */
export const sessionIdleMinutes = 30

/**
 * …and, however active, this many hours after sign-in: the admin signs in again at least once a
 * working day (NIST SP 800-63B-4 reauthentication), so a stolen token cannot be kept alive.
 */
export const sessionMaxHours = 12

/**
 * A session token as the operator issues it: opaque, 16–512 characters of the base64url/JWT
 * alphabet. Held as `Redacted` so it never shows in logs or error messages.
 *
 * JSON: a plain string, e.g. `"sess_3b0f…"`.
 *
 * @example
 * ```ts
 * const token = Schema.decodeUnknownSync(Security.SessionToken)("sess_0123456789abcdef")
 * Redacted.value(token) // "sess_0123456789abcdef"
 * ```
 */
export const SessionToken = Schema.RedactedFromValue(
  Schema.String.check(
    Schema.isPattern(/^[A-Za-z0-9._~+/=-]{16,512}$/u, { expected: "an opaque token of 16 to 512 characters" }),
  ),
).annotate({ identifier: "SessionToken" })
export type SessionToken = typeof SessionToken.Type

/**
 * An idempotency key: 8–128 characters of letters, digits, `-` and `_` (a UUID fits). One key
 * per intent of the admin — the same key on every retry of that intent, a new key for a new one.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Security.IdempotencyKey)("0f8fad5b-d9cb-469f-a165-70867728950e")
 * ```
 */
export const IdempotencyKey = Schema.String.check(
  Schema.isPattern(/^[A-Za-z0-9_-]{8,128}$/u, { expected: "an idempotency key of 8 to 128 letters, digits, - or _" }),
).pipe(Schema.brand("IdempotencyKey"), Schema.annotate({ identifier: "IdempotencyKey" }))
export type IdempotencyKey = typeof IdempotencyKey.Type

/**
 * The header every mutation requires. Header names are matched without regard to case, so this is
 * the `Idempotency-Key` header.
 *
 * @example
 * ```ts
 * HttpApiEndpoint.post("block", "/block", { headers: Security.IdempotencyHeaders, success })
 * client.numberActions.block({ params, headers: { "idempotency-key": key } })
 * ```
 */
export const IdempotencyHeaders = {
  "idempotency-key": IdempotencyKey,
} as const

/**
 * The signed-in session an authenticated request runs in, provided to handlers by the operator's
 * implementation of {@link Authorization}: who the admin is (for company boundaries and the action
 * history) and until when the session is valid.
 *
 * @example
 * ```ts
 * const session = yield* Security.CurrentSession
 * session.admin.companyIds.includes(params.companyId)
 * ```
 */
export class CurrentSession extends Context.Service<
  CurrentSession,
  {
    readonly admin: Admin.Admin
    readonly expiresAt: DateTime.Utc
  }
>()("@kabinet/core/api/Security/CurrentSession") {}

/**
 * Bearer-token authentication of every endpoint but sign-in and recovery. The operator implements
 * `bearer` (look the token up, fail with `Unauthenticated`, provide {@link CurrentSession}); the
 * client implements it too (`requiredForClient`) by attaching the token it holds in memory.
 *
 * @example
 * ```ts
 * HttpApiMiddleware.layerClient(Security.Authorization, ({ request, next }) =>
 *   next(HttpClientRequest.bearerToken(request, token)))
 * ```
 */
export class Authorization extends HttpApiMiddleware.Service<Authorization, { provides: CurrentSession }>()(
  "@kabinet/core/api/Security/Authorization",
  {
    requiredForClient: true,
    security: { bearer: HttpApiSecurity.bearer },
    error: Errors.Unauthenticated,
  },
) {}
