/**
 * Signing in and out, and password recovery (A1, A2). The session stays inside the
 * `OperatorClient` (in memory), which owns it: signing in and completing a recovery open it with the
 * operator's answer, signing out closes it; a UI follows `client.session.changes`.
 *
 * @example
 * ```ts
 * import { Programs } from "@kabinet/core"
 * const session = yield* Programs.Access.signIn({ phone, password: "correct horse battery staple" })
 * session.admin.fullName
 * ```
 */
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import type * as Auth from "../api/Auth.js"
import type * as Security from "../api/Security.js"
import { type ClientError, OperatorClient, type Session } from "../client/OperatorClient.js"
import type * as Msisdn from "../domain/Msisdn.js"
import type * as SmsCode from "../domain/SmsCode.js"
import * as AccessRules from "../rules/AccessRules.js"
import * as PasswordPolicy from "../rules/PasswordPolicy.js"
import { check, keyFor, redact, reveal, type Secret } from "./internal.js"

/**
 * Signs in with the admin's phone and password («Вход») and keeps the session. Wrong phone or
 * password fail with one `InvalidCredentials` (A1); a never-activated account with `RuleDenied`
 * (`login.notActivated`); a locked login with `RuleDenied` (`login.locked`, minutes left).
 *
 * @example
 * ```ts
 * yield* Access.signIn({ phone: Msisdn.make("77012111249"), password })
 * ```
 */
export const signIn = Effect.fn("Access.signIn")(function* (input: {
  readonly phone: Msisdn.Msisdn
  readonly password: Secret
}): Effect.fn.Return<Session, ClientError, OperatorClient> {
  const client = yield* OperatorClient
  return yield* client.session.open(
    "operation.signIn",
    client.api.auth.signIn({ payload: { phone: input.phone, password: redact(input.password) } }),
  )
})

/**
 * Step 1 of recovery («Далее»): the operator sends an SMS code. The answer tells when a new code
 * may be asked for (the countdown) and when this one expires.
 *
 * @example
 * ```ts
 * const challenge = yield* Access.startRecovery({ phone })
 * ```
 */
export const startRecovery = Effect.fn("Access.startRecovery")(function* (input: {
  readonly phone: Msisdn.Msisdn
  readonly idempotencyKey?: Security.IdempotencyKey | undefined
}): Effect.fn.Return<Auth.RecoveryChallenge, ClientError, OperatorClient> {
  const client = yield* OperatorClient
  const key = yield* keyFor(input.idempotencyKey)
  return yield* client.call(
    "operation.passwordRecovery",
    client.api.auth.startRecovery({ headers: { "idempotency-key": key }, payload: { phone: input.phone } }),
  )
})

/**
 * «Отправить код на телефон»: a new SMS code. Refused without any request while the 60 s since the
 * last one are not over (`recovery.resendCooldown`, with the seconds left).
 *
 * @example
 * ```ts
 * const next = yield* Access.resendRecoveryCode({ challenge })
 * ```
 */
export const resendRecoveryCode = Effect.fn("Access.resendRecoveryCode")(function* (input: {
  readonly challenge: Auth.RecoveryChallenge
  readonly idempotencyKey?: Security.IdempotencyKey | undefined
}): Effect.fn.Return<Auth.RecoveryChallenge, ClientError, OperatorClient> {
  yield* check((moment) => AccessRules.resendCooldown.check({ lastSentAt: input.challenge.sentAt }, moment))
  const client = yield* OperatorClient
  const key = yield* keyFor(input.idempotencyKey)
  return yield* client.call(
    "operation.passwordRecovery",
    client.api.auth.resendRecoveryCode({
      params: { recoveryId: input.challenge.recoveryId },
      headers: { "idempotency-key": key },
    }),
  )
})

/**
 * Step 2: checks the SMS code. Refused without a request when the code has expired (5 minutes)
 * or its tries are spent; a wrong code fails with `InvalidSmsCode` and the tries left.
 *
 * @example
 * ```ts
 * const grant = yield* Access.verifyRecoveryCode({ challenge, code: SmsCode.make("123456") })
 * ```
 */
export const verifyRecoveryCode = Effect.fn("Access.verifyRecoveryCode")(function* (input: {
  readonly challenge: Auth.RecoveryChallenge
  readonly code: SmsCode.SmsCode
}): Effect.fn.Return<Auth.RecoveryGrant, ClientError, OperatorClient> {
  yield* check((moment) => AccessRules.codeEntryGuard(input.challenge, moment))
  const client = yield* OperatorClient
  return yield* client.call(
    "operation.passwordRecovery",
    client.api.auth.verifyRecoveryCode({
      params: { recoveryId: input.challenge.recoveryId },
      payload: { code: input.code },
    }),
  )
})

/**
 * Step 3 («Подтвердить»): sets the new password and signs in. The password policy and the
 * confirmation are checked first, without a request.
 *
 * @example
 * ```ts
 * const session = yield* Access.completeRecovery({ grant, newPassword, confirmation })
 * ```
 */
export const completeRecovery = Effect.fn("Access.completeRecovery")(function* (input: {
  readonly grant: Auth.RecoveryGrant
  readonly newPassword: Secret
  readonly confirmation: Secret
}): Effect.fn.Return<Session, ClientError, OperatorClient> {
  const decision = yield* PasswordPolicy.evaluate({
    password: reveal(input.newPassword),
    confirmation: reveal(input.confirmation),
  })
  yield* check(() => decision)
  const client = yield* OperatorClient
  return yield* client.session.open(
    "operation.passwordRecovery",
    client.api.auth.completeRecovery({
      payload: { recoveryToken: input.grant.recoveryToken, newPassword: redact(input.newPassword) },
    }),
  )
})

/**
 * Signs out («Выход»): `DELETE /v1/auth/session`, then the client forgets the session whatever the
 * answer — a 401 for a session the operator already ended, an outage, no network. Signing out
 * works offline too, so this never fails; everyone following `client.session.changes` sees `None`.
 *
 * @example
 * ```ts
 * yield* Access.signOut
 * ```
 */
export const signOut: Effect.Effect<void, never, OperatorClient> = OperatorClient.use((client) =>
  client.session.close(client.api.auth.signOut()),
)

/**
 * Whether the client holds a session that has not ended yet (by the operator's `expiresAt` and
 * the `Clock`).
 *
 * @example
 * ```ts
 * if (!(yield* Access.isSignedIn)) showLogin()
 * ```
 */
export const isSignedIn: Effect.Effect<boolean, never, OperatorClient> = Effect.gen(function* () {
  const client = yield* OperatorClient
  const session = yield* client.session.get
  if (session._tag === "None") return false
  const now = yield* DateTime.now
  return DateTime.isLessThan(now, session.value.expiresAt)
})
