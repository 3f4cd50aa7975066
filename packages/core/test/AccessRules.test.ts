import { describe, expect, it } from "@effect/vitest"
import { DateTime, Effect, Result, Schema } from "effect"
import { TestClock } from "effect/testing"
import * as Calendar from "../src/Calendar.js"
import * as Company from "../src/domain/Company.js"
import * as Messages from "../src/i18n/Messages.js"
import * as AccessRules from "../src/rules/AccessRules.js"
import { evaluate } from "../src/rules/Catalogue.js"
import * as Rule from "../src/rules/Rule.js"

const t0 = Date.parse("2026-03-10T10:00:00+05:00")
const second = 1_000
const minute = 60 * second

describe("AccessRules", () => {
  it("sends a never-activated account to password recovery (A1)", () => {
    expect(AccessRules.notActivated.check({ activated: false })).toEqual(
      Rule.deny("login.notActivated", "rule.login.notActivated"),
    )
    expect(AccessRules.notActivated.check({ activated: true })).toEqual(Rule.allowed)
  })

  describe("login lock (A1)", () => {
    const failures = (count: number): AccessRules.LoginAttempts => {
      let attempts = AccessRules.noAttempts
      for (let index = 0; index < count; index++) attempts = AccessRules.recordFailure(attempts, t0 + index * second)
      return attempts
    }
    const lastFailure = t0 + 4 * second

    it.effect("lets the 5th attempt through and locks the 6th for 15 minutes", () =>
      Effect.gen(function* () {
        yield* TestClock.setTime(lastFailure + second)
        expect(AccessRules.lockOf(failures(4))).toEqual({})
        expect(yield* evaluate(AccessRules.locked, AccessRules.lockOf(failures(4)))).toEqual(Rule.allowed)
        expect(yield* evaluate(AccessRules.locked, AccessRules.lockOf(failures(5)))).toEqual(
          Rule.deny("login.locked", "rule.login.locked", {
            attempts: 5,
            minutes: 15,
            lockedUntil: lastFailure + 15 * minute,
          }),
        )
      }),
    )

    it.effect("stays locked until the 15th minute, then opens", () =>
      Effect.gen(function* () {
        const lock = AccessRules.lockOf(failures(5))
        yield* TestClock.setTime(lastFailure + 15 * minute - 1)
        const denied = yield* evaluate(AccessRules.locked, lock)
        expect(denied).toEqual(
          Rule.deny("login.locked", "rule.login.locked", {
            attempts: 5,
            minutes: 1,
            lockedUntil: lastFailure + 15 * minute,
          }),
        )
        // The refusal carries its end: the same rule re-checked on it counts down to the same instant.
        expect(AccessRules.lockedUntilOf(denied)).toBe(lastFailure + 15 * minute)
        expect(AccessRules.lockedUntilOf(Rule.allowed)).toBeUndefined()
        yield* TestClock.adjust(1)
        expect(yield* evaluate(AccessRules.locked, lock)).toEqual(Rule.allowed)
        expect(yield* evaluate(AccessRules.locked, { lockedUntil: AccessRules.lockedUntilOf(denied) })).toEqual(
          Rule.allowed,
        )
      }),
    )

    it("starts a fresh count after the lock, and after a success", () => {
      const attempts = failures(5)
      const moment = Calendar.momentAt(lastFailure + 15 * minute)
      expect(AccessRules.lockedUntil(attempts, Calendar.momentAt(lastFailure))).toBe(lastFailure + 15 * minute)
      expect(AccessRules.lockedUntil(attempts, moment)).toBeUndefined()
      expect(AccessRules.recordFailure(attempts, moment.epochMillis)).toEqual({
        failures: 1,
        lastFailureAt: moment.epochMillis,
      })
      expect(AccessRules.recordSuccess()).toEqual({ failures: 0 })
    })

    it("accepts DateTime instants and says when the lock ends, in Almaty time", () => {
      const attempts = { failures: 5, lastFailureAt: DateTime.makeUnsafe("2026-03-10T18:50:00Z") }
      const now = Calendar.momentAt(Date.parse("2026-03-10T18:52:30Z"))
      const decision = AccessRules.locked.check(AccessRules.lockOf(attempts), now)
      expect(decision).toEqual(
        Rule.deny("login.locked", "rule.login.locked", {
          attempts: 5,
          minutes: 13,
          lockedUntil: Date.parse("2026-03-10T19:05:00Z"),
        }),
      )
      expect(AccessRules.locked.check({ lockedUntil: DateTime.makeUnsafe("2026-03-10T19:05:00Z") }, now)).toEqual(
        decision,
      )
      if (Rule.isDenied(decision)) {
        expect(Messages.format("ru", decision.messageKey, decision.params)).toBe(
          "Вход временно заблокирован после 5 неудачных попыток. Попробуйте снова через 13 минут (в 00:05).",
        )
        expect(Messages.format("kk", decision.messageKey, decision.params)).toContain("(сағат 00:05)")
      }
    })
  })

  describe("password recovery SMS code (A2)", () => {
    it.effect("resends 60 seconds after the last send: refused at 59 s with 1 s left, allowed at 60 s", () =>
      Effect.gen(function* () {
        yield* TestClock.setTime(t0)
        expect(yield* evaluate(AccessRules.resendCooldown, { lastSentAt: t0 })).toEqual(
          Rule.deny("recovery.resendCooldown", "rule.recovery.resendCooldown", { seconds: 60 }),
        )
        yield* TestClock.adjust("59 seconds")
        expect(yield* evaluate(AccessRules.resendCooldown, { lastSentAt: t0 })).toEqual(
          Rule.deny("recovery.resendCooldown", "rule.recovery.resendCooldown", { seconds: 1 }),
        )
        yield* TestClock.adjust("999 millis")
        expect(yield* evaluate(AccessRules.resendCooldown, { lastSentAt: t0 })).toEqual(
          Rule.deny("recovery.resendCooldown", "rule.recovery.resendCooldown", { seconds: 1 }),
        )
        yield* TestClock.adjust("1 millis")
        expect(yield* evaluate(AccessRules.resendCooldown, { lastSentAt: t0 })).toEqual(Rule.allowed)
      }),
    )

    it("counts down whole seconds, rounding up", () => {
      expect(AccessRules.secondsUntilResend(t0, Calendar.momentAt(t0 + 17_500))).toBe(43)
      expect(AccessRules.secondsUntilResend(t0, Calendar.momentAt(t0 + 61_000))).toBe(0)
    })

    it.effect("expires the code at 5 minutes", () =>
      Effect.gen(function* () {
        yield* TestClock.setTime(t0 + 5 * minute - 1)
        expect(yield* evaluate(AccessRules.codeExpired, { sentAt: t0 })).toEqual(Rule.allowed)
        yield* TestClock.adjust(1)
        expect(yield* evaluate(AccessRules.codeExpired, { sentAt: t0 })).toEqual(
          Rule.deny("recovery.codeExpired", "rule.recovery.codeExpired", { minutes: 5 }),
        )
      }),
    )

    it("guards the code's entry: expired first, then out of tries", () => {
      const fresh = Calendar.momentAt(t0 + minute)
      const late = Calendar.momentAt(t0 + 5 * minute)
      expect(AccessRules.codeEntryGuard({ sentAt: t0, attemptsLeft: 5 }, fresh)).toEqual(Rule.allowed)
      expect(AccessRules.codeEntryGuard({ sentAt: t0, attemptsLeft: 1 }, fresh)).toEqual(Rule.allowed)
      expect(AccessRules.codeEntryGuard({ sentAt: t0, attemptsLeft: 0 }, fresh)).toEqual(
        Rule.deny("recovery.tooManyTries", "rule.recovery.tooManyTries", { tries: 5 }),
      )
      expect(AccessRules.codeEntryGuard({ sentAt: t0, attemptsLeft: 0 }, late)).toEqual(
        Rule.deny("recovery.codeExpired", "rule.recovery.codeExpired", { minutes: 5 }),
      )
    })

    it("allows 5 tries: the 5th is checked, the 6th refused", () => {
      expect(AccessRules.tooManyTries.check({ tries: 0 })).toEqual(Rule.allowed)
      expect(AccessRules.tooManyTries.check({ tries: 4 })).toEqual(Rule.allowed)
      expect(AccessRules.tooManyTries.check({ tries: 5 })).toEqual(
        Rule.deny("recovery.tooManyTries", "rule.recovery.tooManyTries", { tries: 5 }),
      )
    })

    it("sends at most 5 codes an hour, counting resends, and says when the next one can go", () => {
      const at = Calendar.momentAt(t0 + 30 * minute)
      const sentAt = [t0, t0 + 2 * minute, t0 + 4 * minute, t0 + 6 * minute]
      expect(AccessRules.sendLimit.check({ sentAt }, at)).toEqual(Rule.allowed)
      expect(AccessRules.sendLimit.check({ sentAt: [...sentAt, t0 + 8 * minute] }, at)).toEqual(
        Rule.deny("recovery.sendLimit", "rule.recovery.sendLimit", { max: 5, minutes: 30 }),
      )
      // The first code leaves the window an hour after it was sent.
      const later = Calendar.momentAt(t0 + 60 * minute)
      expect(AccessRules.sendLimit.check({ sentAt: [...sentAt, t0 + 8 * minute] }, later)).toEqual(Rule.allowed)
    })

    it("takes at most 10 wrong codes an hour, across every code sent", () => {
      const failedAt = Array.from({ length: 10 }, (_, i) => t0 + i * minute)
      const at = Calendar.momentAt(t0 + 10 * minute)
      expect(AccessRules.tryLimit.check({ failedAt: failedAt.slice(0, 9) }, at)).toEqual(Rule.allowed)
      expect(AccessRules.tryLimit.check({ failedAt }, at)).toEqual(
        Rule.deny("recovery.tryLimit", "rule.recovery.tryLimit", { minutes: 50 }),
      )
      expect(AccessRules.tryLimit.check({ failedAt }, Calendar.momentAt(t0 + 60 * minute + 1))).toEqual(Rule.allowed)
      expect(Messages.format("ru", "rule.recovery.tryLimit", { minutes: 50 })).toContain("50 минут")
    })
  })

  describe("profile (A3)", () => {
    it("needs the current password to change the e-mail or the password", () => {
      expect(AccessRules.currentPasswordRequired.check({ currentPassword: "" })).toEqual(
        Rule.deny("profile.currentPassword.required", "rule.profile.currentPassword.required"),
      )
      expect(AccessRules.currentPasswordRequired.check({ currentPassword: "x" })).toEqual(Rule.allowed)
    })

    it("keeps a company's short name to 64 characters", () => {
      expect(AccessRules.shortNameTooLong.check({ shortName: "ТОО Кабинет" })).toEqual(Rule.allowed)
      expect(AccessRules.shortNameTooLong.check({ shortName: "Ә".repeat(64) })).toEqual(Rule.allowed)
      expect(AccessRules.shortNameTooLong.check({ shortName: "Ә".repeat(65) })).toEqual(
        Rule.deny("profile.shortName.tooLong", "rule.profile.shortName.tooLong", { max: 64 }),
      )
      expect(AccessRules.shortNameTooLong.check({ shortName: "" })).toEqual(Rule.allowed)
    })

    it("counts what people see: a letter with a combining mark or a flag is one character", () => {
      // «ё» written as е + U+0308, and the flag of Kazakhstan (two code points, four UTF-16 units).
      const decomposed = "е\u0308"
      const flag = "🇰🇿"
      expect(Company.shortNameLength(decomposed.repeat(64))).toBe(64)
      expect(Company.shortNameLength(`ТОО Кабинет ${flag}`)).toBe(13)
      expect(AccessRules.shortNameTooLong.check({ shortName: flag.repeat(64) })).toEqual(Rule.allowed)
      expect(AccessRules.shortNameTooLong.check({ shortName: flag.repeat(65) })._tag).toBe("Denied")
      // The schema counts the same way, so what the rule allows is a valid short name.
      expect(Schema.decodeUnknownSync(Company.ShortName)(flag.repeat(64))).toBe(flag.repeat(64))
      expect(() => Schema.decodeUnknownSync(Company.ShortName)(flag.repeat(65))).toThrow()
    })

    it("guards the short-name form: trimmed, empty clears, too long refused", () => {
      expect(AccessRules.shortNameGuard("  ТОО Кабинет ")).toEqual(Result.succeed("ТОО Кабинет"))
      expect(AccessRules.shortNameGuard(" \t ")).toEqual(Result.succeed(undefined))
      expect(AccessRules.shortNameGuard("Семе\u0308н")).toEqual(Result.succeed("Семён"))
      expect(AccessRules.shortNameGuard("Ә".repeat(65))).toEqual(
        Result.fail(Rule.deny("profile.shortName.tooLong", "rule.profile.shortName.tooLong", { max: 64 })),
      )
    })
  })
})
