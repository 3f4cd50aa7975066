/**
 * Access (A1, A2): sign in with the admin's phone and password, recover a password in three steps
 * (phone → SMS code → new password), sign out.
 *
 * | step | endpoint |
 * |---|---|
 * | «Вход» | `POST /v1/auth/sign-in` → {@link Session} |
 * | «Далее» (step 1) | `POST /v1/auth/recovery` → {@link RecoveryChallenge} (the SMS is sent) |
 * | «Отправить код на телефон» | `POST /v1/auth/recovery/:recoveryId/resend` → {@link RecoveryChallenge} |
 * | code entry (step 2) | `POST /v1/auth/recovery/:recoveryId/verify` → {@link RecoveryGrant} |
 * | «Подтвердить» (step 3) | `POST /v1/auth/recovery/complete` → {@link Session} (signed in) |
 * | sign out | `DELETE /v1/auth/session` |
 *
 * Only sign-out needs a session. Starting and resending recovery send an SMS, so they take an
 * `Idempotency-Key` like every mutation.
 *
 * @example
 * ```ts
 * const session = yield* client.auth.signIn({ payload: { phone, password: Redacted.make("…") } })
 * ```
 */
import { Schema } from "effect"
import { HttpApiEndpoint, HttpApiGroup, HttpApiSchema, OpenApi } from "effect/http-api"
import * as Admin from "../domain/Admin.js"
import * as Instant from "../domain/Instant.js"
import * as Msisdn from "../domain/Msisdn.js"
import * as SmsCode from "../domain/SmsCode.js"
import * as Errors from "./Errors.js"
import * as Security from "./Security.js"

/**
 * A password as sent to the operator: any Unicode, never empty. The password policy (length,
 * breached list, new ≠ current) is a rule checked before sending and again by the operator; the
 * contract only bounds the size. Held as `Redacted` so it never reaches a log.
 *
 * JSON: a plain string.
 *
 * @example
 * ```ts
 * const password = Schema.decodeUnknownSync(Auth.Password)("correct horse battery staple")
 * ```
 */
export const Password = Schema.RedactedFromValue(
  Schema.String.check(Schema.isNonEmpty(), Schema.isMaxLength(1024)),
).annotate({ identifier: "Password" })
export type Password = typeof Password.Type

/**
 * A signed-in session: the bearer token, the admin, and when the session ends.
 *
 * JSON: `{ "token": "sess_…", "admin": Admin, "expiresAt": "2020-09-21T18:00:00+05:00" }`
 *
 * @example
 * ```ts
 * Redacted.value(session.token)
 * ```
 */
export const Session = Schema.Struct({
  token: Security.SessionToken,
  admin: Admin.Admin,
  expiresAt: Instant.Instant,
}).annotate({ identifier: "Session" })
export type Session = typeof Session.Type

/**
 * Sign-in input («Вход в Kcell Business ID»): the admin's phone (`77XXXXXXXXX`) and password.
 *
 * JSON: `{ "phone": "77012111249", "password": "…" }`
 */
export const SignInRequest = Schema.Struct({ phone: Msisdn.Msisdn, password: Password }).annotate({
  identifier: "SignInRequest",
})
export type SignInRequest = typeof SignInRequest.Type

/**
 * The operator's id of a password recovery in progress.
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(Auth.RecoveryId)("rec-1")
 * ```
 */
export const RecoveryId = Schema.String.check(
  Schema.isPattern(/^[A-Za-z0-9_-]{1,64}$/u, { expected: "a recovery id (letters, digits, - and _, at most 64)" }),
).pipe(Schema.brand("RecoveryId"), Schema.annotate({ identifier: "RecoveryId" }))
export type RecoveryId = typeof RecoveryId.Type

/**
 * Step 1 input: the admin's phone.
 *
 * JSON: `{ "phone": "77012111249" }`
 */
export const StartRecoveryRequest = Schema.Struct({ phone: Msisdn.Msisdn }).annotate({
  identifier: "StartRecoveryRequest",
})
export type StartRecoveryRequest = typeof StartRecoveryRequest.Type

/**
 * An SMS code is on its way: when a new one may be asked for (A2: 60 s after the last send — the
 * countdown), when the code expires (5 minutes) and how many tries are left (5).
 *
 * JSON: `{ "recoveryId": "rec-1", "sentAt": "…", "resendAvailableAt": "…", "expiresAt": "…", "attemptsLeft": 5 }`
 *
 * @example
 * ```ts
 * DateTime.distance(now, challenge.resendAvailableAt) // the countdown
 * ```
 */
export const RecoveryChallenge = Schema.Struct({
  recoveryId: RecoveryId,
  sentAt: Instant.Instant,
  resendAvailableAt: Instant.Instant,
  expiresAt: Instant.Instant,
  attemptsLeft: Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)),
}).annotate({ identifier: "RecoveryChallenge" })
export type RecoveryChallenge = typeof RecoveryChallenge.Type

/**
 * Step 2 input: the SMS code.
 *
 * JSON: `{ "code": "123456" }`
 */
export const VerifyCodeRequest = Schema.Struct({ code: SmsCode.SmsCode }).annotate({
  identifier: "VerifyCodeRequest",
})
export type VerifyCodeRequest = typeof VerifyCodeRequest.Type

/**
 * A one-time token proving the code was right, valid until `expiresAt`, for step 3.
 */
export const RecoveryToken = Schema.RedactedFromValue(
  Schema.String.check(
    Schema.isPattern(/^[A-Za-z0-9._~+/=-]{16,512}$/u, { expected: "an opaque token of 16 to 512 characters" }),
  ),
).annotate({ identifier: "RecoveryToken" })
export type RecoveryToken = typeof RecoveryToken.Type

/**
 * The answer to a right code.
 *
 * JSON: `{ "recoveryToken": "rt_…", "expiresAt": "…" }`
 */
export const RecoveryGrant = Schema.Struct({ recoveryToken: RecoveryToken, expiresAt: Instant.Instant }).annotate({
  identifier: "RecoveryGrant",
})
export type RecoveryGrant = typeof RecoveryGrant.Type

/**
 * Step 3 input: the recovery token and the new password (the confirmation is compared in the form).
 *
 * JSON: `{ "recoveryToken": "rt_…", "newPassword": "…" }`
 */
export const CompleteRecoveryRequest = Schema.Struct({
  recoveryToken: RecoveryToken,
  newPassword: Password,
}).annotate({ identifier: "CompleteRecoveryRequest" })
export type CompleteRecoveryRequest = typeof CompleteRecoveryRequest.Type

/**
 * `POST /v1/auth/sign-in`. Wrong phone or password → 401 `credentials` (one answer for both);
 * never activated → 403 `notActivated`; locked → 423.
 */
export const signIn = HttpApiEndpoint.post("signIn", "/v1/auth/sign-in", {
  payload: SignInRequest,
  success: Session,
  error: [...Errors.common, Errors.Unauthenticated, Errors.AccessDenied, Errors.LoginLocked],
}).annotateMerge(OpenApi.annotations({ summary: "Sign in with the admin's phone and password" }))

/**
 * `POST /v1/auth/recovery` — step 1: send an SMS code to the phone. An unknown phone is not
 * revealed: the answer looks the same.
 */
export const startRecovery = HttpApiEndpoint.post("startRecovery", "/v1/auth/recovery", {
  headers: Security.IdempotencyHeaders,
  payload: StartRecoveryRequest,
  success: RecoveryChallenge,
  error: [...Errors.common, Errors.RuleDenied, Errors.IdempotencyConflict],
}).annotateMerge(OpenApi.annotations({ summary: "Password recovery, step 1: send an SMS code" }))

/**
 * `POST /v1/auth/recovery/:recoveryId/resend` — send a new code; before `resendAvailableAt` the
 * operator refuses with 422 (rule `recovery.resendCooldown`, `params.seconds` left).
 */
export const resendRecoveryCode = HttpApiEndpoint.post("resendRecoveryCode", "/v1/auth/recovery/:recoveryId/resend", {
  params: { recoveryId: RecoveryId },
  headers: Security.IdempotencyHeaders,
  success: RecoveryChallenge,
  error: [...Errors.common, Errors.NotFound, Errors.RuleDenied, Errors.IdempotencyConflict],
}).annotateMerge(OpenApi.annotations({ summary: "Password recovery: send the SMS code again" }))

/**
 * `POST /v1/auth/recovery/:recoveryId/verify` — step 2. A wrong code is a 422 `InvalidCode` with
 * the tries left; an expired or exhausted one a 422 `RuleDenied` (`recovery.codeExpired`,
 * `recovery.tooManyTries`).
 */
export const verifyRecoveryCode = HttpApiEndpoint.post("verifyRecoveryCode", "/v1/auth/recovery/:recoveryId/verify", {
  params: { recoveryId: RecoveryId },
  payload: VerifyCodeRequest,
  success: RecoveryGrant,
  error: [...Errors.common, Errors.NotFound, Errors.RuleDenied, Errors.InvalidCode],
}).annotateMerge(OpenApi.annotations({ summary: "Password recovery, step 2: check the SMS code" }))

/**
 * `POST /v1/auth/recovery/complete` — step 3: set the new password and sign in. A password the
 * policy refuses is a 422 with the rule id; a spent or unknown token a 401 `invalidToken`.
 */
export const completeRecovery = HttpApiEndpoint.post("completeRecovery", "/v1/auth/recovery/complete", {
  payload: CompleteRecoveryRequest,
  success: Session,
  error: [...Errors.common, Errors.Unauthenticated, Errors.RuleDenied],
}).annotateMerge(OpenApi.annotations({ summary: "Password recovery, step 3: set the new password and sign in" }))

/**
 * `DELETE /v1/auth/session` — end the current session (204).
 */
export const signOut = HttpApiEndpoint.delete("signOut", "/v1/auth/session", {
  success: HttpApiSchema.NoContent,
  error: [...Errors.common],
})
  .middleware(Security.Authorization)
  .annotateMerge(OpenApi.annotations({ summary: "Sign out" }))

/**
 * The `auth` group: sign-in, recovery and sign-out.
 *
 * @example
 * ```ts
 * yield* client.auth.signOut()
 * ```
 */
export class AuthGroup extends HttpApiGroup.make("auth")
  .add(signIn, startRecovery, resendRecoveryCode, verifyRecoveryCode, completeRecovery, signOut)
  .annotateMerge(
    OpenApi.annotations({ title: "Access", description: "Sign in, password recovery, sign out (A1, A2)" }),
  ) {}
