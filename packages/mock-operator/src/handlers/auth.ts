/**
 * The `auth` group (A1, A2): sign-in with the login lock, the three steps of password recovery
 * with the SMS code's limits, and sign-out. The limits are the core's rules (`Rules.AccessRules`,
 * `Rules.PasswordPolicy`), checked here against the operator's clock.
 *
 * Nothing answered here tells a stranger whether a phone is an admin's: a failed sign-in is one
 * answer for an unknown phone, a wrong password and an account never activated, failures are
 * counted (and lock) for any phone, and recovery answers an unknown phone like a known one.
 */
import { Api, Rules } from "@kabinet/core"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as HttpApiBuilder from "effect/http-api/HttpApiBuilder"
import * as Redacted from "effect/Redacted"
import type { AdminAccount } from "../db/AdminStore.js"
import type { OperatorState } from "../db/OperatorState.js"
import { grantValidMs, type Recovery } from "../db/Recoveries.js"
import { expiresAt } from "../db/Sessions.js"
import { enforce, moment } from "./Access.js"
import { auditedAs } from "./Audit.js"
import * as Contract from "./Contract.js"
import { OperatorDb } from "./OperatorDb.js"

const second = 1_000
const minute = 60 * second

// A recovery under way is carried on by a new «Далее» within the hour its limits are counted in.
const recoveryLifetimeMs = Rules.AccessRules.recoveryWindowMinutes * minute

// Compares a typed code with the sent one in time that does not depend on where they differ.
const sameCode = (typed: string, sent: string): boolean => {
  let difference = typed.length ^ sent.length
  for (let i = 0; i < sent.length; i++) difference |= (typed.charCodeAt(i) || 0) ^ sent.charCodeAt(i)
  return difference === 0
}

/** The words of the recovery SMS; the code is what the admin types back. */
export const recoverySmsText = (code: string): string =>
  `Kcell Business ID: код для восстановления пароля ${code}. Никому не сообщайте этот код.`

const sessionOf = (state: OperatorState, account: AdminAccount): Api.Auth.Session => {
  const session = state.sessions.open(account.phone, state.now())
  return {
    token: Redacted.make(session.token),
    admin: Contract.admin(account),
    expiresAt: DateTime.makeUnsafe(expiresAt(session)),
  }
}

// The tries a code has left: its own five, never more than the phone's wrong tries left this hour.
const attemptsLeft = (state: OperatorState, recovery: Recovery): number =>
  Math.max(
    0,
    Math.min(
      Rules.AccessRules.maxCodeTries - recovery.tries,
      Rules.AccessRules.maxCodeTriesPerHour - state.recoveries.failuresOf(recovery.phone, state.now()).length,
    ),
  )

const challengeOf = (state: OperatorState, recovery: Recovery): Api.Auth.RecoveryChallenge => ({
  recoveryId: recovery.id as Api.Auth.RecoveryId,
  sentAt: DateTime.makeUnsafe(recovery.sentAt),
  resendAvailableAt: DateTime.makeUnsafe(recovery.sentAt + Rules.AccessRules.resendSeconds * second),
  expiresAt: DateTime.makeUnsafe(recovery.sentAt + Rules.AccessRules.codeValidMinutes * minute),
  attemptsLeft: attemptsLeft(state, recovery),
})

// Whether a phone may be sent another code now: the cooldown since its last code, the codes of the
// hour, and the wrong tries of the hour (no new code while guessing is closed).
const mayResend = Effect.fnUntraced(function* (phone: string, lastSentAt: number | undefined) {
  const state = yield* OperatorDb
  const now = yield* moment
  yield* enforce(
    Rules.AccessRules.tryLimit.check({ failedAt: state.recoveries.failuresOf(phone, now.epochMillis) }, now),
  )
  if (lastSentAt !== undefined) yield* enforce(Rules.AccessRules.resendCooldown.check({ lastSentAt }, now))
  yield* enforce(Rules.AccessRules.sendLimit.check({ sentAt: state.recoveries.sendsOf(phone, now.epochMillis) }, now))
})

// Sends a fresh code for a recovery; a phone the operator does not know gets no SMS.
const sendCode = (state: OperatorState, recovery: Omit<Recovery, "tries" | "grant" | "code" | "sentAt">): Recovery => {
  const code = state.smsCode()
  const sentAt = state.now()
  if (recovery.known)
    state.outbox.sms({ at: sentAt, to: recovery.phone, purpose: "recoveryCode", text: recoverySmsText(code), code })
  return state.recoveries.sent({ ...recovery, code, sentAt })
}

const signIn = Effect.fnUntraced(function* ({ payload }: { readonly payload: Api.Auth.SignInRequest }) {
  const state = yield* OperatorDb
  const now = yield* moment
  const phone = payload.phone
  const attempts = state.admins.attempts(phone)
  const lock = Rules.AccessRules.locked.check(Rules.AccessRules.lockOf(attempts), now)
  const lockedUntil = Rules.AccessRules.lockedUntilOf(lock)
  if (lockedUntil !== undefined) {
    return yield* new Api.Errors.LoginLocked({
      lockedUntil: DateTime.makeUnsafe(lockedUntil),
      retryAfterSeconds: Math.ceil((lockedUntil - now.epochMillis) / second),
    })
  }
  const account = state.admins.get(phone)
  // An account never activated has no password to match (`login.notActivated`): it fails like any
  // wrong password, so the answer does not tell that the phone is an admin's.
  const activated =
    account !== undefined &&
    Rules.isAllowed(Rules.AccessRules.notActivated.check({ activated: account.password !== undefined }))
  if (account === undefined || !activated || account.password !== Redacted.value(payload.password)) {
    const next = Rules.AccessRules.recordFailure(attempts, now.epochMillis)
    state.admins.setAttempts(phone, next)
    return yield* new Api.Errors.Unauthenticated({
      reason: "credentials",
      attemptsLeft: Math.max(0, Rules.AccessRules.maxFailedLogins - next.failures),
    })
  }
  state.admins.setAttempts(phone, Rules.AccessRules.recordSuccess())
  return sessionOf(state, account)
})

const startRecovery = Effect.fnUntraced(function* ({ payload }: { readonly payload: Api.Auth.StartRecoveryRequest }) {
  const state = yield* OperatorDb
  const now = yield* moment
  const current = state.recoveries.ofPhone(payload.phone)
  yield* mayResend(payload.phone, current?.sentAt)
  if (current !== undefined && now.epochMillis - current.sentAt < recoveryLifetimeMs)
    return challengeOf(state, sendCode(state, current))
  if (current !== undefined) state.recoveries.finish(current.id)
  const recovery = sendCode(state, {
    id: state.token("rec").slice(0, 24),
    phone: payload.phone,
    known: state.admins.get(payload.phone) !== undefined,
  })
  return challengeOf(state, recovery)
})

const resendRecoveryCode = Effect.fnUntraced(function* ({
  params,
}: {
  readonly params: { readonly recoveryId: string }
}) {
  const state = yield* OperatorDb
  const recovery = state.recoveries.get(params.recoveryId)
  if (recovery === undefined) return yield* new Api.Errors.NotFound({ resource: "recovery", id: params.recoveryId })
  yield* mayResend(recovery.phone, recovery.sentAt)
  return challengeOf(state, sendCode(state, recovery))
})

const verifyRecoveryCode = Effect.fnUntraced(function* ({
  params,
  payload,
}: {
  readonly params: { readonly recoveryId: string }
  readonly payload: Api.Auth.VerifyCodeRequest
}) {
  const state = yield* OperatorDb
  const now = yield* moment
  const recovery = state.recoveries.get(params.recoveryId)
  if (recovery === undefined) return yield* new Api.Errors.NotFound({ resource: "recovery", id: params.recoveryId })
  yield* enforce(
    Rules.AccessRules.tryLimit.check({ failedAt: state.recoveries.failuresOf(recovery.phone, now.epochMillis) }, now),
  )
  yield* enforce(Rules.AccessRules.codeEntryGuard(challengeOf(state, recovery), now))
  if (!recovery.known || !sameCode(payload.code, recovery.code)) {
    state.recoveries.failed(recovery.phone, now.epochMillis)
    const next = state.recoveries.update(recovery.id, (r) => ({ ...r, tries: r.tries + 1 })) ?? recovery
    return yield* new Api.Errors.InvalidCode({ attemptsLeft: attemptsLeft(state, next) })
  }
  const grant = { token: state.token("rt"), expiresAt: now.epochMillis + grantValidMs }
  state.recoveries.update(recovery.id, (r) => ({ ...r, grant }))
  return { recoveryToken: Redacted.make(grant.token), expiresAt: DateTime.makeUnsafe(grant.expiresAt) }
})

const completeRecovery = Effect.fnUntraced(function* ({
  payload,
}: {
  readonly payload: Api.Auth.CompleteRecoveryRequest
}) {
  const state = yield* OperatorDb
  const now = yield* moment
  const recovery = state.recoveries.byGrant(Redacted.value(payload.recoveryToken))
  const account = recovery === undefined ? undefined : state.admins.get(recovery.phone)
  if (recovery?.grant === undefined || account === undefined || recovery.grant.expiresAt <= now.epochMillis) {
    return yield* new Api.Errors.Unauthenticated({ reason: "invalidToken" })
  }
  const password = Redacted.value(payload.newPassword)
  return yield* auditedAs(
    account.phone,
    { action: "passwordRecovery" },
    Effect.gen(function* () {
      yield* enforce(
        Rules.PasswordPolicy.checkChange({
          password,
          confirmation: password,
          surroundings: { phone: account.phone, email: account.email },
        }),
      )
      state.recoveries.finish(recovery.id)
      const activated = state.admins.update(account.phone, (a) => ({ ...a, password }))
      state.admins.setAttempts(account.phone, Rules.AccessRules.recordSuccess())
      state.sessions.closeAll(account.phone)
      return sessionOf(state, activated)
    }),
  )
})

// The token of the request's own session, to end exactly that one.
const bearerOf = (authorization: string | undefined): string => authorization?.replace(/^Bearer\s+/iu, "").trim() ?? ""

/**
 * The handlers of the `auth` group.
 *
 * @example
 * ```ts
 * HttpApiBuilder.layer(Api.OperatorApi.OperatorApi).pipe(Layer.provide(AuthHandlers))
 * ```
 */
export const AuthHandlers = HttpApiBuilder.group(Api.OperatorApi.OperatorApi, "auth", (handlers) =>
  handlers
    .handle("signIn", (request) => auditedAs(request.payload.phone, { action: "signIn" }, signIn(request)))
    .handle("startRecovery", (request) =>
      auditedAs(
        request.payload.phone,
        { action: "passwordRecovery", details: "SMS код отправлен" },
        startRecovery(request),
      ),
    )
    .handle("resendRecoveryCode", (request) =>
      Effect.gen(function* () {
        const state = yield* OperatorDb
        const phone = state.recoveries.get(request.params.recoveryId)?.phone ?? ""
        return yield* auditedAs(
          phone,
          { action: "passwordRecovery", details: "SMS код отправлен повторно" },
          resendRecoveryCode(request),
        )
      }),
    )
    .handle("verifyRecoveryCode", (request) =>
      Effect.gen(function* () {
        const state = yield* OperatorDb
        const phone = state.recoveries.get(request.params.recoveryId)?.phone ?? ""
        return yield* auditedAs(
          phone,
          { action: "passwordRecovery", details: "SMS код подтвержден" },
          verifyRecoveryCode(request),
        )
      }),
    )
    .handle("completeRecovery", completeRecovery)
    .handle("signOut", ({ request }) =>
      Effect.gen(function* () {
        const state = yield* OperatorDb
        state.sessions.close(bearerOf(request.headers.authorization))
      }),
    ),
)
