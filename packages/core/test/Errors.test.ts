import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import * as Calendar from "../src/Calendar.js"
import * as Errors from "../src/Errors.js"
import * as Messages from "../src/i18n/Messages.js"
import * as AccessRules from "../src/rules/AccessRules.js"
import * as NumberRules from "../src/rules/NumberRules.js"
import * as Rule from "../src/rules/Rule.js"

const samples: ReadonlyArray<Errors.KabinetError> = [
  new Errors.OperatorUnavailable({ status: 503, operation: "operation.block" }),
  new Errors.Unauthorized({}),
  new Errors.SessionExpired({}),
  new Errors.Forbidden({ operation: "operation.simSwap" }),
  new Errors.RateLimited({ retryAfterSeconds: 30 }),
  new Errors.RuleDenied({ rule: "number.unblock.debt", messageKey: "rule.number.unblock.debt", params: {} }),
  new Errors.ContractViolation({ detail: 'Expected string, got null at ["status"]' }),
  new Errors.NetworkError({}),
  new Errors.Timeout({ afterMillis: 30_000 }),
  new Errors.NotFound({ resource: "77010542001" }),
  new Errors.InvalidCredentials({}),
  new Errors.InvalidSmsCode({ attemptsLeft: 2 }),
]

describe("Errors", () => {
  it("has one sample of every error kind", () => {
    expect(samples.map((error) => error._tag)).toEqual([...Errors.tags])
  })

  it("gives every error a message key that exists in every language", () => {
    for (const error of samples) {
      const key = Errors.messageKey(error)
      expect(Messages.isKey(key), key).toBe(true)
      for (const locale of Messages.locales) {
        const text = Messages.formatMessage(locale, Errors.message(error))
        expect(text, `${locale} ${error._tag}`).not.toMatch(/\{\w+(:\w+)?\}/u)
        const advice = Errors.advice(error)
        if (advice !== undefined) expect(Messages.formatMessage(locale, advice)).not.toMatch(/\{\w+(:\w+)?\}/u)
      }
    }
  })

  it("gives the manual's advice with the operation's name", () => {
    const advice = Errors.advice(new Errors.OperatorUnavailable({ status: 502, operation: "operation.block" }))
    expect(advice).toEqual({ key: "advice.retryOperation", params: { operation: { key: "operation.block" } } })
    if (advice === undefined) return
    const text = Messages.formatMessage("ru", advice)
    expect(text).toContain("«Блокировка»")
    expect(text).toContain("Подождите 2–3 минуты, обновите страницу и попробуйте снова")
    expect(text).toContain("службу поддержки корпоративных клиентов")
    expect(Messages.formatMessage("en", advice)).toContain("“Block” did not complete")
  })

  it("quotes a free-text operation name as it is, and gives the plain advice without one", () => {
    const named = Errors.advice(new Errors.Timeout({ afterMillis: 1, operation: "Отчет за май" }))
    expect(named).toEqual({ key: "advice.retryOperation", params: { operation: "Отчет за май" } })
    expect(Errors.advice(new Errors.NetworkError({}))).toEqual({ key: "advice.retry" })
    expect(Errors.advice(new Errors.ContractViolation({ detail: "x" }))).toEqual({ key: "advice.retry" })
  })

  it("answers FAQ 1 and 2 for access problems, nothing more for refusals", () => {
    expect(Errors.advice(new Errors.Forbidden({}))).toEqual({ key: "advice.requestAccess" })
    expect(Errors.advice(new Errors.InvalidCredentials({}))).toEqual({ key: "advice.checkCredentials" })
    expect(Errors.advice(samples[5] as Errors.KabinetError)).toBeUndefined()
    expect(Errors.advice(new Errors.SessionExpired({}))).toBeUndefined()
  })

  it("keeps a wrong SMS code in the error union, with the tries left", () => {
    const error = new Errors.InvalidSmsCode({ attemptsLeft: 2 })
    expect(Errors.isKabinetError(error)).toBe(true)
    expect(Errors.message(error)).toEqual({ key: "smsCode.invalid" })
    expect(Errors.advice(error)).toBeUndefined()
    const decoded = Schema.decodeUnknownSync(Errors.KabinetError)({ _tag: "InvalidSmsCode", attemptsLeft: 2 })
    expect(decoded).toMatchObject({ _tag: "InvalidSmsCode", attemptsLeft: 2 })
    expect(() => Schema.decodeUnknownSync(Errors.KabinetError)({ _tag: "InvalidSmsCode", attemptsLeft: -1 })).toThrow()
  })

  it("words the sign-in attempts left before the lock, in every language", () => {
    expect(Errors.attemptsMessage(new Errors.InvalidCredentials({}))).toBeUndefined()
    expect(Errors.attemptsMessage(new Errors.Unauthorized({}))).toBeUndefined()
    const text = (attemptsLeft: number, locale: Messages.Locale = "ru") => {
      const message = Errors.attemptsMessage(new Errors.InvalidCredentials({ attemptsLeft }))
      if (message === undefined) throw new Error("expected a message")
      return Messages.formatMessage(locale, message)
    }
    expect(text(1)).toBe("Осталась 1 попытка, затем вход будет заблокирован на 15 минут.")
    expect(text(3)).toBe("Осталось 3 попытки, затем вход будет заблокирован на 15 минут.")
    expect(text(0)).toBe("Осталось 0 попыток, затем вход будет заблокирован на 15 минут.")
    expect(text(1, "en")).toBe("1 attempt left before sign-in is locked for 15 minutes.")
    expect(text(4, "en")).toBe("4 attempts left before sign-in is locked for 15 minutes.")
    expect(text(2, "kk")).toBe("Тағы 2 әрекет қалды, одан кейін кіру 15 минутқа бұғатталады.")
    const decoded = Schema.decodeUnknownSync(Errors.KabinetError)({ _tag: "InvalidCredentials", attemptsLeft: 4 })
    expect(decoded).toMatchObject({ _tag: "InvalidCredentials", attemptsLeft: 4 })
  })

  it("tells how long to wait when rate limited, in whole seconds", () => {
    const message = Errors.message(new Errors.RateLimited({ retryAfterSeconds: 2.2 }))
    expect(message).toEqual({ key: "error.rateLimited", params: { seconds: 3 } })
    expect(Messages.formatMessage("ru", message)).toBe("Слишком много запросов. Повторите через 3 секунды.")
  })

  it("turns a refusal into RuleDenied and back", () => {
    const denied = NumberRules.operation("simSwap", { status: "Заблокирован" })
    if (!Rule.isDenied(denied)) throw new Error("expected a refusal")
    const error = Errors.RuleDenied.fromDenied(denied)
    expect(error.decision).toEqual(denied)
    expect(Errors.message(error)).toEqual({ key: "rule.number.simSwap.notActive", params: {} })
    expect(Errors.messageKey(error)).toBe("rule.number.simSwap.notActive")
  })

  it("round-trips every error through the union schema", () => {
    for (const error of samples) {
      const encoded = Schema.encodeSync(Errors.KabinetError)(error)
      const decoded = Schema.decodeUnknownSync(Errors.KabinetError)(JSON.parse(JSON.stringify(encoded)))
      expect(decoded._tag).toBe(error._tag)
      expect(Errors.messageKey(decoded)).toBe(Errors.messageKey(error))
      expect(Errors.isKabinetError(decoded)).toBe(true)
    }
    expect(Errors.isKabinetError(new Error("boom"))).toBe(false)
    expect(Errors.isKabinetError({ _tag: "Timeout" })).toBe(false)
  })

  it("recognises an expired session, a rule's refusal and the login lock's end without tag strings", () => {
    const lockedUntil = Date.parse("2026-03-10T19:05:00Z")
    const locked = Errors.RuleDenied.fromDenied(AccessRules.lockRefusal(lockedUntil, 13 * 60))
    expect(Errors.isSessionExpired(new Errors.SessionExpired({}))).toBe(true)
    expect(Errors.isSessionExpired(new Errors.Unauthorized({}))).toBe(false)
    expect(Errors.isSessionExpired({ _tag: "SessionExpired" })).toBe(false)
    expect(Errors.isRuleDenied(locked)).toBe(true)
    expect(Errors.isRuleDenied(locked, "login.locked")).toBe(true)
    expect(Errors.isRuleDenied(locked, "login.notActivated")).toBe(false)
    expect(locked.params).toEqual({ attempts: 5, minutes: 13, lockedUntil })
    expect(Errors.loginLockedUntil(locked)).toBe(lockedUntil)
    expect(Errors.loginLockedUntil(new Errors.SessionExpired({}))).toBeUndefined()
    // The same decision the lock rule takes at the moment the operator answered.
    expect(locked.decision).toEqual(
      AccessRules.locked.check({ lockedUntil }, Calendar.momentAt(lockedUntil - 13 * 60_000)),
    )
  })

  it.effect("fails in the error channel and is caught by tag", () =>
    Effect.gen(function* () {
      const program = Effect.gen(function* () {
        return yield* new Errors.OperatorUnavailable({ status: 500, operation: "operation.unblock" })
      })
      const error = yield* Effect.flip(program)
      expect(error._tag).toBe("OperatorUnavailable")
      expect(error.message).toBe("The operator answered 500 to operation.unblock")
      const recovered = yield* program.pipe(Effect.catchTag("OperatorUnavailable", (e) => Effect.succeed(e.status)))
      expect(recovered).toBe(500)
    }),
  )
})
