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
import * as Option from "effect/Option"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as Calendar from "../Calendar.js"
import * as Company from "../domain/Company.js"
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
 * What the lock rule decides on: when the login's lock ends (an instant), or nothing when the
 * login is not locked. The operator derives it from the failed attempts (`lockOf`); a client gets it
 * from the operator's refusal, inside the `login.locked` denial (`lockedUntilOf`).
 */
export interface LoginLock {
  readonly lockedUntil?: Calendar.InstantInput | undefined
}

/**
 * The lock the attempts put on the login: it ends 15 minutes after the 5th failure in a row, or
 * there is none. Whether it still holds is the rule's to say, at a moment.
 *
 * @example
 * ```ts
 * Rules.AccessRules.locked.check(Rules.AccessRules.lockOf(attempts), moment)
 * ```
 */
export const lockOf = (attempts: LoginAttempts): LoginLock => {
  const end = lockEnd(attempts)
  return end === undefined ? {} : { lockedUntil: end }
}

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
 * A1: five failed attempts lock the login for 15 minutes. While the lock holds, sign-in is refused
 * with the attempts, the minutes left and the instant the lock ends (`lockedUntil`, epoch
 * milliseconds; the message shows it as Almaty time); at its end the login opens again. The operator
 * decides with it, the client hands its refusal on unchanged, and the form re-checks the same lock
 * every second to count the minutes down.
 */
export const locked = Rule.make({
  id: "login.locked",
  features: ["A1"],
  description: "5 failed sign-in attempts lock the login for 15 minutes from the last failure.",
  messageKeys: ["rule.login.locked"],
  check: (lock: LoginLock, moment: Calendar.Moment): Rule.Decision => {
    if (lock.lockedUntil === undefined) return Rule.allowed
    const until = Calendar.momentAt(lock.lockedUntil).epochMillis
    return moment.epochMillis < until ? lockDenial(until, moment.epochMillis) : Rule.allowed
  },
})

const lockDenial = (until: number, now: number): Rule.Denied =>
  Rule.deny("login.locked", "rule.login.locked", {
    attempts: maxFailedLogins,
    minutes: Math.ceil((until - now) / minute),
    lockedUntil: until,
  })

/**
 * The `login.locked` refusal of a lock the operator reported (its 423 `LoginLocked`): when the lock
 * ends, and the seconds it had left when the operator answered, which fix the moment the operator
 * decided at. The same denial the operator's `locked.check` made, so the client hands the rule's
 * decision on unchanged; at least one second is left, since the operator refused.
 *
 * @example
 * ```ts
 * Rules.AccessRules.lockRefusal(lockedUntil, 840) // Denied("login.locked", { attempts: 5, minutes: 14, lockedUntil })
 * ```
 */
export const lockRefusal = (lockedUntil: Calendar.InstantInput, secondsLeft: number): Rule.Denied => {
  const until = Calendar.momentAt(lockedUntil).epochMillis
  return lockDenial(until, until - Math.max(1, secondsLeft) * second)
}

/**
 * When the lock of a `login.locked` refusal ends (epoch milliseconds); `undefined` for any other
 * decision.
 *
 * @example
 * ```ts
 * const until = Rules.AccessRules.lockedUntilOf(error.decision) // then, every second:
 * Rules.AccessRules.locked.check({ lockedUntil: until }, moment)
 * ```
 */
export const lockedUntilOf = (decision: Rule.Decision): number | undefined => {
  if (decision._tag !== "Denied" || decision.rule !== "login.locked") return undefined
  const until = decision.params.lockedUntil
  return typeof until === "number" ? until : undefined
}

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
 * A2: the guard of step 2 («Далее» with the SMS code): the code has not expired (5 minutes) and has
 * tries left (5). `attemptsLeft` is what the operator's last answer said (the challenge's, or a
 * wrong code's). The program refuses with it before any request, the operator refuses with it on
 * its side, and the form disables «Далее» with its reason.
 *
 * @example
 * ```ts
 * Rules.AccessRules.codeEntryGuard({ sentAt: challenge.sentAt, attemptsLeft: challenge.attemptsLeft }, moment)
 * // Denied("recovery.codeExpired") after 5 minutes
 * ```
 */
export const codeEntryGuard = (
  code: { readonly sentAt: Calendar.InstantInput; readonly attemptsLeft: number },
  moment: Calendar.Moment,
): Rule.Decision =>
  Rule.firstDenied(
    () => codeExpired.check({ sentAt: code.sentAt }, moment),
    () => tooManyTries.check({ tries: maxCodeTries - code.attemptsLeft }),
  )

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

/** A3: a company's short name fits the drop-down: at most `Company.shortNameMaxLength` (64) user-perceived characters, counted by `Company.shortNameLength`. */
export const shortNameTooLong = Rule.make({
  id: "profile.shortName.tooLong",
  features: ["A3", "A4"],
  description: "A company's short display name is at most 64 user-perceived characters.",
  messageKeys: ["rule.profile.shortName.tooLong"],
  check: ({ shortName }: { readonly shortName: string }): Rule.Decision =>
    Company.shortNameLength(shortName) <= Company.shortNameMaxLength
      ? Rule.allowed
      : Rule.deny("profile.shortName.tooLong", "rule.profile.shortName.tooLong", { max: Company.shortNameMaxLength }),
})

const decodeShortName = Schema.decodeUnknownOption(Company.ShortName)

/**
 * A3: the guard of «Мои компании»'s save button — what the admin typed as a company's short name,
 * decided once for the form, the program and the operator: trimmed (and in NFC), an empty name
 * clears it (`undefined`, the full name shows again), a name over the limit is refused by
 * `profile.shortName.tooLong`, anything else is the `Company.ShortName` to send.
 *
 * @example
 * ```ts
 * Rules.AccessRules.shortNameGuard("  Кабинет ") // Result.succeed("Кабинет")
 * Rules.AccessRules.shortNameGuard("   ") // Result.succeed(undefined): clear the short name
 * Rules.AccessRules.shortNameGuard("Ә".repeat(65)) // Result.fail(Denied("profile.shortName.tooLong", { max: 64 }))
 * ```
 */
export const shortNameGuard = (typed: string): Result.Result<Company.ShortName | undefined, Rule.Denied> => {
  const name = typed.normalize("NFC").trim()
  if (name === "") return Result.succeed(undefined)
  const decision = shortNameTooLong.check({ shortName: name })
  if (decision._tag === "Denied") return Result.fail(decision)
  // The rule and the schema count alike, so a name the rule allows always decodes.
  return Option.match(decodeShortName(name), {
    onNone: () =>
      Result.fail(
        Rule.deny("profile.shortName.tooLong", "rule.profile.shortName.tooLong", { max: Company.shortNameMaxLength }),
      ),
    onSome: (shortName) => Result.succeed(shortName),
  })
}
