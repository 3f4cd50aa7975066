/**
 * Rules of access (PRODUCT.md A1–A3): first sign-in, the login lock, the SMS code of password
 * recovery, and the admin's profile forms. Passwords themselves are `PasswordPolicy`.
 *
 * Instants are epoch milliseconds or Effect `DateTime`s; "now" comes from the `Moment` a rule is
 * checked at, so the countdown and the lock move with `TestClock` in tests.
 *
 * @example
 * ```ts
 * import { Rules } from "@kabinet/core"
 * const decision = yield* Rules.evaluate(Rules.AccessRules.resendCooldown, { lastSentAt })
 * // Denied { messageKey: "rule.recovery.resendCooldown", params: { seconds: 42 } }
 * ```
 */
import * as Calendar from "../Calendar.js"
import * as Rule from "./Rule.js"

const second = 1_000
const minute = 60 * second

/** A1: an account never activated must go through password recovery before its first sign-in. */
export const notActivated = Rule.make({
  id: "login.notActivated",
  features: ["A1"],
  description: "An account never activated signs in only after password recovery («Забыли пароль?»).",
  messageKeys: ["rule.login.notActivated"],
  check: ({ activated }: { readonly activated: boolean }): Rule.Decision =>
    activated ? Rule.allowed : Rule.deny("login.notActivated", "rule.login.notActivated"),
})

/** A1: after this many failed attempts in a row the login is locked… */
export const maxFailedLogins = 5

/** A1: …for this many minutes from the last failure. */
export const loginLockMinutes = 15

/**
 * The failed sign-in attempts of an admin since the last success: how many, and when the last one
 * was. The operator keeps it; `recordFailure` and `recordSuccess` update it.
 */
export interface LoginAttempts {
  readonly failures: number
  readonly lastFailureAt?: Calendar.InstantInput | undefined
}

/** No failed attempts. */
export const noAttempts: LoginAttempts = { failures: 0 }

const lockEnd = (attempts: LoginAttempts): number | undefined =>
  attempts.failures >= maxFailedLogins && attempts.lastFailureAt !== undefined
    ? Calendar.momentAt(attempts.lastFailureAt).epochMillis + loginLockMinutes * minute
    : undefined

/**
 * The instant (epoch milliseconds) the lock ends, if the attempts lock the login at `moment`.
 *
 * @example
 * ```ts
 * Rules.AccessRules.lockedUntil(attempts, Calendar.momentAt(now)) // 1769887800000 or undefined
 * ```
 */
export const lockedUntil = (attempts: LoginAttempts, moment: Calendar.Moment): number | undefined => {
  const end = lockEnd(attempts)
  return end !== undefined && moment.epochMillis < end ? end : undefined
}

/**
 * A1: five failed attempts lock the login for 15 minutes. The sixth attempt is refused with the
 * minutes left and the Almaty time the lock ends; at the 15th minute the login opens again.
 */
export const locked = Rule.make({
  id: "login.locked",
  features: ["A1"],
  description: "5 failed sign-in attempts lock the login for 15 minutes from the last failure.",
  messageKeys: ["rule.login.locked"],
  check: (attempts: LoginAttempts, moment: Calendar.Moment): Rule.Decision => {
    const until = lockedUntil(attempts, moment)
    return until === undefined
      ? Rule.allowed
      : Rule.deny("login.locked", "rule.login.locked", {
          attempts: maxFailedLogins,
          minutes: Math.ceil((until - moment.epochMillis) / minute),
          until: Calendar.timeOf(until),
        })
  },
})

/**
 * The attempts after one more failure at `at`. A failure after a lock has run out starts a new
 * count, so the admin gets five fresh attempts.
 *
 * @example
 * ```ts
 * const next = Rules.AccessRules.recordFailure(attempts, Date.now())
 * ```
 */
export const recordFailure = (attempts: LoginAttempts, at: Calendar.InstantInput): LoginAttempts => {
  const now = Calendar.momentAt(at)
  const end = lockEnd(attempts)
  const failures = end !== undefined && now.epochMillis >= end ? 1 : attempts.failures + 1
  return { failures, lastFailureAt: now.epochMillis }
}

/**
 * The attempts after a successful sign-in: none.
 *
 * @example
 * ```ts
 * Rules.AccessRules.recordSuccess() // { failures: 0 }
 * ```
 */
export const recordSuccess = (): LoginAttempts => noAttempts

/** A2: the code can be sent again this many seconds after the last send. */
export const resendSeconds = 60

/** A2: an SMS code is valid this many minutes… */
export const codeValidMinutes = 5

/** A2: …and accepts this many tries. */
export const maxCodeTries = 5

/**
 * Seconds until the code can be sent again (0 when it can), for the countdown beside «Отправить код
 * на телефон». Partial seconds round up, so the countdown never shows 0 while the link is disabled.
 *
 * @example
 * ```ts
 * Rules.AccessRules.secondsUntilResend(lastSentAt, Calendar.momentAt(now)) // 42
 * ```
 */
export const secondsUntilResend = (lastSentAt: Calendar.InstantInput, moment: Calendar.Moment): number =>
  Math.max(
    0,
    Math.ceil((Calendar.momentAt(lastSentAt).epochMillis + resendSeconds * second - moment.epochMillis) / second),
  )

/** A2: «Отправить код на телефон» works only 60 seconds after the last send; the seconds left are a parameter. */
export const resendCooldown = Rule.make({
  id: "recovery.resendCooldown",
  features: ["A2"],
  description: "A new SMS code can be sent 60 seconds after the last one; params.seconds is the time left.",
  messageKeys: ["rule.recovery.resendCooldown"],
  check: ({ lastSentAt }: { readonly lastSentAt: Calendar.InstantInput }, moment: Calendar.Moment): Rule.Decision => {
    const seconds = secondsUntilResend(lastSentAt, moment)
    return seconds === 0
      ? Rule.allowed
      : Rule.deny("recovery.resendCooldown", "rule.recovery.resendCooldown", { seconds })
  },
})

/** A2: a code is valid for 5 minutes from its sending; at 5:00 it has expired. */
export const codeExpired = Rule.make({
  id: "recovery.codeExpired",
  features: ["A2"],
  description: "An SMS code expires 5 minutes after it was sent.",
  messageKeys: ["rule.recovery.codeExpired"],
  check: ({ sentAt }: { readonly sentAt: Calendar.InstantInput }, moment: Calendar.Moment): Rule.Decision =>
    moment.epochMillis - Calendar.momentAt(sentAt).epochMillis < codeValidMinutes * minute
      ? Rule.allowed
      : Rule.deny("recovery.codeExpired", "rule.recovery.codeExpired", { minutes: codeValidMinutes }),
})

/**
 * A2: a code allows 5 tries. `tries` counts the wrong entries so far: the fifth entry is still
 * checked, a sixth is refused and a new code is needed.
 */
export const tooManyTries = Rule.make({
  id: "recovery.tooManyTries",
  features: ["A2"],
  description: "An SMS code accepts 5 tries; after 5 wrong ones a new code is needed.",
  messageKeys: ["rule.recovery.tooManyTries"],
  check: ({ tries }: { readonly tries: number }): Rule.Decision =>
    tries < maxCodeTries
      ? Rule.allowed
      : Rule.deny("recovery.tooManyTries", "rule.recovery.tooManyTries", { tries: maxCodeTries }),
})

/**
 * A2 (NIST SP 800-63B-4 rate limiting): the window in which SMS codes and wrong tries are counted
 * per phone, in minutes.
 */
export const recoveryWindowMinutes = 60

/** A2: a phone is sent at most this many SMS codes in the window, resends included… */
export const maxCodesPerHour = 5

/**
 * …and takes at most this many wrong codes in the window, across every code sent: a resend gives
 * a code five tries of its own, never more tries in all.
 */
export const maxCodeTriesPerHour = 10

// The instants of the window that ends at `moment`, oldest first; minutes until the oldest leaves.
const minutesUntilFree = (instants: ReadonlyArray<Calendar.InstantInput>, max: number, moment: Calendar.Moment) => {
  const start = moment.epochMillis - recoveryWindowMinutes * minute
  const inWindow = instants.map((at) => Calendar.momentAt(at).epochMillis).filter((at) => at > start)
  if (inWindow.length < max) return 0
  const oldest = Math.min(...inWindow)
  return Math.max(1, Math.ceil((oldest + recoveryWindowMinutes * minute - moment.epochMillis) / minute))
}

/**
 * A2: at most five SMS codes per phone an hour, counting the first and every resend, so that
 * codes cannot be asked for without end; `params.minutes` says when the next one can be.
 */
export const sendLimit = Rule.make({
  id: "recovery.sendLimit",
  features: ["A2"],
  description: "At most 5 SMS codes per phone in any hour; params.minutes until the next one can be sent.",
  messageKeys: ["rule.recovery.sendLimit"],
  check: ({ sentAt }: { readonly sentAt: ReadonlyArray<Calendar.InstantInput> }, moment: Calendar.Moment) => {
    const minutes = minutesUntilFree(sentAt, maxCodesPerHour, moment)
    return minutes === 0
      ? Rule.allowed
      : Rule.deny("recovery.sendLimit", "rule.recovery.sendLimit", { max: maxCodesPerHour, minutes })
  },
})

/**
 * A2: at most ten wrong codes per phone an hour, whatever code they were typed against, so that a
 * resend after «too many tries» does not reopen guessing; `params.minutes` says when it opens.
 */
export const tryLimit = Rule.make({
  id: "recovery.tryLimit",
  features: ["A2"],
  description: "At most 10 wrong SMS codes per phone in any hour, across resends; params.minutes until it opens.",
  messageKeys: ["rule.recovery.tryLimit"],
  check: ({ failedAt }: { readonly failedAt: ReadonlyArray<Calendar.InstantInput> }, moment: Calendar.Moment) => {
    const minutes = minutesUntilFree(failedAt, maxCodeTriesPerHour, moment)
    return minutes === 0 ? Rule.allowed : Rule.deny("recovery.tryLimit", "rule.recovery.tryLimit", { minutes })
  },
})

/**
 * A3: changing the e-mail or the password needs the current password. The operator refuses a wrong
 * one under this rule too, with `rule.profile.currentPassword.wrong`.
 */
export const currentPasswordRequired = Rule.make({
  id: "profile.currentPassword.required",
  features: ["A3"],
  description: "Changing the e-mail or the password needs the current password.",
  messageKeys: ["rule.profile.currentPassword.required", "rule.profile.currentPassword.wrong"],
  check: ({ currentPassword }: { readonly currentPassword: string }): Rule.Decision =>
    currentPassword === ""
      ? Rule.deny("profile.currentPassword.required", "rule.profile.currentPassword.required")
      : Rule.allowed,
})

/**
 * A3 (beyond the manual): a company's short display name is at most 64 characters (code points);
 * an empty name clears it and the full name shows again. Long enough for any real short name,
 * short enough for the company drop-down.
 */
export const shortNameMaxLength = 64

/** A3: a company's short name fits the drop-down. */
export const shortNameTooLong = Rule.make({
  id: "profile.shortName.tooLong",
  features: ["A3", "A4"],
  description: "A company's short display name is at most 64 characters.",
  messageKeys: ["rule.profile.shortName.tooLong"],
  check: ({ shortName }: { readonly shortName: string }): Rule.Decision =>
    [...shortName.normalize("NFC").trim()].length <= shortNameMaxLength
      ? Rule.allowed
      : Rule.deny("profile.shortName.tooLong", "rule.profile.shortName.tooLong", { max: shortNameMaxLength }),
})
