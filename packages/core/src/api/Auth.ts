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
 * Guessing is bounded everywhere: five wrong passwords lock the login for 15 minutes; an SMS code
 * takes five tries, and a phone gets at most five codes and ten wrong tries an hour however often
 * a code is resent (`Rules.AccessRules.maxCodesPerHour`, `maxCodeTriesPerHour`). Codes come from a cryptographic source. Nothing here tells whether a phone belongs to an
 * admin, or whether that admin ever set a password.
 *
 * @example
 * ```ts
 * const session = yield* client.auth.signIn({ payload: { phone, password: Redacted.make("…") } })
 * ```
 */

import * as HttpApiEndpoint from "effect/http-api/HttpApiEndpoint"
import * as HttpApiGroup from "effect/http-api/HttpApiGroup"
import * as HttpApiSchema from "effect/http-api/HttpApiSchema"
import * as OpenApi from "effect/http-api/OpenApi"
import * as Schema from "effect/Schema"
import * as Admin from "../domain/Admin.js"
import * as Instant from "../domain/Instant.js"
import * as Msisdn from "../domain/Msisdn.js"
import * as SmsCode from "../domain/SmsCode.js"
import { maxCodePoints, wellFormed } from "../internal/text.js"
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
  Schema.String.check(Schema.isNonEmpty(), maxCodePoints(1024), wellFormed()),
).annotate({ identifier: "Password" })
export type Password = typeof Password.Type

/**
 * A signed-in session: the bearer token, the admin, and when the session ends if the admin does
 * nothing more (each request moves it, never past 12 hours after sign-in).
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
 * countdown), when the code expires (5 minutes) and how many tries are left for it (5, fewer when
 * the phone's tries of the hour run out first).
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
 * `POST /v1/auth/sign-in`. A phone and password that do not match → 401 `credentials`, one answer
 * for an unknown phone, a wrong password and an account never activated (which has no password:
 * «Забыли пароль?» sets the first one); locked → 423.
 */
export const signIn = HttpApiEndpoint.post("signIn", "/v1/auth/sign-in", {
  payload: SignInRequest,
  success: Session,
  error: [...Errors.common, Errors.Unauthenticated, Errors.LoginLocked],
}).annotateMerge(
  OpenApi.annotations({
    summary: "Sign in with the admin's phone and password",
    description:
      "Opens a session (30 minutes idle, 12 hours at most). A phone and password that do not match answer 401 `credentials` with the tries left, the same for an unknown phone, a wrong password and an account never activated; the fifth failure locks the phone for 15 minutes (423 with Retry-After), counted for any phone.",
  }),
)

/**
 * `POST /v1/auth/recovery` — step 1: send an SMS code to the phone. An unknown phone is not
 * revealed: the answer looks the same. Asking again for a phone whose recovery is under way sends
 * a new code to it (after the 60 s cooldown, within the codes of the hour).
 */
export const startRecovery = HttpApiEndpoint.post("startRecovery", "/v1/auth/recovery", {
  headers: Security.IdempotencyHeaders,
  payload: StartRecoveryRequest,
  success: RecoveryChallenge,
  error: [...Errors.common, Errors.RuleDenied, Errors.IdempotencyConflict],
}).annotateMerge(
  OpenApi.annotations({
    summary: "Password recovery, step 1: send an SMS code",
    description:
      "Sends a six-digit code by SMS to the admin's phone; an unknown phone gets the same answer and no SMS. 422 `recovery.resendCooldown` within 60 s of the last code, `recovery.sendLimit` past the codes of the hour, `recovery.tryLimit` once the wrong tries of the hour are spent.",
  }),
)

/**
 * `POST /v1/auth/recovery/:recoveryId/resend` — send a new code; before `resendAvailableAt` the
 * operator refuses with 422 (rule `recovery.resendCooldown`, `params.seconds` left), past the codes
 * of the hour with `recovery.sendLimit`. A new code has five tries of its own, but the wrong tries
 * of the hour are counted across codes (`recovery.tryLimit`).
 */
export const resendRecoveryCode = HttpApiEndpoint.post("resendRecoveryCode", "/v1/auth/recovery/:recoveryId/resend", {
  params: { recoveryId: RecoveryId },
  headers: Security.IdempotencyHeaders,
  success: RecoveryChallenge,
  error: [...Errors.common, Errors.NotFound, Errors.RuleDenied, Errors.IdempotencyConflict],
}).annotateMerge(
  OpenApi.annotations({
    summary: "Password recovery: send the SMS code again",
    description:
      "Sends a new code for a recovery under way. 422 `recovery.resendCooldown` within 60 s of the last code, `recovery.sendLimit` past the codes of the hour, `recovery.tryLimit` once the wrong tries of the hour are spent; 404 for an unknown recovery.",
  }),
)

/**
 * `POST /v1/auth/recovery/:recoveryId/verify` — step 2. A wrong code is a 422 `InvalidCode` with
 * the tries left; an expired or exhausted one a 422 `RuleDenied` (`recovery.codeExpired`,
 * `recovery.tooManyTries`, or `recovery.tryLimit` when the phone's wrong tries of the hour are
 * spent, whatever code is typed).
 */
export const verifyRecoveryCode = HttpApiEndpoint.post("verifyRecoveryCode", "/v1/auth/recovery/:recoveryId/verify", {
  params: { recoveryId: RecoveryId },
  payload: VerifyCodeRequest,
  success: RecoveryGrant,
  error: [...Errors.common, Errors.NotFound, Errors.RuleDenied, Errors.InvalidCode],
}).annotateMerge(
  OpenApi.annotations({
    summary: "Password recovery, step 2: check the SMS code",
    description:
      "Checks the code and answers a one-time token for step 3. A wrong code is 422 `InvalidCode` with the tries left; an expired code, a code past its five tries, and any code once the phone's wrong tries of the hour are spent are 422 `RuleDenied`.",
  }),
)

/**
 * `POST /v1/auth/recovery/complete` — step 3: set the new password and sign in. A password the
 * policy refuses is a 422 with the rule id; a spent or unknown token a 401 `invalidToken`.
 */
export const completeRecovery = HttpApiEndpoint.post("completeRecovery", "/v1/auth/recovery/complete", {
  payload: CompleteRecoveryRequest,
  success: Session,
  error: [...Errors.common, Errors.Unauthenticated, Errors.RuleDenied],
}).annotateMerge(
  OpenApi.annotations({
    summary: "Password recovery, step 3: set the new password and sign in",
    description:
      "Sets the new password under the operator's policy (422 with the rule id when refused), ends the admin's other sessions and opens a new one. A spent, expired or unknown token is 401 `invalidToken`.",
  }),
)

/**
 * `DELETE /v1/auth/session` — end the current session (204).
 */
export const signOut = HttpApiEndpoint.delete("signOut", "/v1/auth/session", {
  success: HttpApiSchema.NoContent,
  error: [...Errors.common],
})
  .middleware(Security.Authorization)
  .annotateMerge(
    OpenApi.annotations({
      summary: "Sign out",
      description:
        "Ends the session of the bearer token at once; the token is refused from then on (401 `invalidToken`).",
    }),
  )

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
