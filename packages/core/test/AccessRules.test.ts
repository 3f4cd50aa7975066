import { describe, expect, it } from "@effect/vitest"
import { DateTime, Effect } from "effect"
import { TestClock } from "effect/testing"
import * as Calendar from "../src/Calendar.js"
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
        expect(yield* evaluate(AccessRules.locked, failures(4))).toEqual(Rule.allowed)
        expect(yield* evaluate(AccessRules.locked, failures(5))).toEqual(
          Rule.deny("login.locked", "rule.login.locked", { attempts: 5, minutes: 15, until: "10:15" }),
        )
      }),
    )

    it.effect("stays locked until the 15th minute, then opens", () =>
      Effect.gen(function* () {
        const attempts = failures(5)
        yield* TestClock.setTime(lastFailure + 15 * minute - 1)
        expect(yield* evaluate(AccessRules.locked, attempts)).toEqual(
          Rule.deny("login.locked", "rule.login.locked", { attempts: 5, minutes: 1, until: "10:15" }),
        )
        yield* TestClock.adjust(1)
        expect(yield* evaluate(AccessRules.locked, attempts)).toEqual(Rule.allowed)
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
      const decision = AccessRules.locked.check(attempts, Calendar.momentAt(Date.parse("2026-03-10T18:52:30Z")))
      expect(decision).toEqual(
        Rule.deny("login.locked", "rule.login.locked", { attempts: 5, minutes: 13, until: "00:05" }),
      )
      if (Rule.isDenied(decision)) {
        expect(Messages.format("ru", decision.messageKey, decision.params)).toBe(
          "Вход временно заблокирован после 5 неудачных попыток. Попробуйте снова через 13 минут (в 00:05).",
        )
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
  })
})
