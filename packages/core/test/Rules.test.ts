import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { TestClock } from "effect/testing"
import * as Errors from "../src/Errors.js"
import * as Messages from "../src/i18n/Messages.js"
import { Rules } from "../src/index.js"

describe("Rules", () => {
  describe("catalogue", () => {
    it("lists every rule id once, in order, each answering to its id", () => {
      expect(Rules.catalogue.map((rule) => rule.id)).toEqual([...Rules.ids])
      expect(new Set(Rules.ids).size).toBe(Rules.ids.length)
      for (const id of Rules.ids) expect(Rules.byId[id].id).toBe(id)
    })

    it("names the ids the product relies on", () => {
      for (const id of [
        "number.unblock.debt",
        "number.simSwap.notActive",
        "number.operation.pending",
        "number.block.notActive",
        "detalization.window",
        "report.payments.maxPeriod",
        "report.reconciliation.maxPeriod",
        "document.act.availability",
        "document.invoiceRegistry.availability",
        "document.reconciliation.availability",
        "recovery.resendCooldown",
        "recovery.codeExpired",
        "recovery.tooManyTries",
        "login.locked",
        "login.notActivated",
        "password.policy",
        "secretCode.noServiceChanges",
      ]) {
        expect(Rules.ids).toContain(id)
      }
    })

    it("traces every rule to PRODUCT.md and describes it", () => {
      for (const rule of Rules.catalogue) {
        expect(rule.features.length).toBeGreaterThan(0)
        for (const feature of rule.features) expect(feature).toMatch(/^[A-C]\d+$/u)
        expect(rule.description.length).toBeGreaterThan(10)
      }
    })

    it("has every rule's messages in Russian, Kazakh and English", () => {
      for (const rule of Rules.catalogue) {
        for (const key of rule.messageKeys) {
          expect(Messages.isKey(key)).toBe(true)
          for (const locale of Messages.locales) {
            const text = Messages.format(locale, key, { days: 1, min: 1, max: 2, step: 1, seconds: 1, minutes: 1 })
            expect(text.trim().length, `${locale} ${key}`).toBeGreaterThan(0)
          }
        }
      }
    })
  })

  describe("decisions on the wire", () => {
    it("round-trips a refusal through its schema", () => {
      const denied = Rules.deny("recovery.resendCooldown", "rule.recovery.resendCooldown", { seconds: 42 })
      const encoded = Schema.encodeSync(Rules.Decision)(denied)
      expect(JSON.parse(JSON.stringify(encoded))).toEqual({
        _tag: "Denied",
        rule: "recovery.resendCooldown",
        messageKey: "rule.recovery.resendCooldown",
        params: { seconds: 42 },
      })
      expect(Schema.decodeUnknownSync(Rules.Decision)(encoded)).toEqual(denied)
      expect(Schema.decodeUnknownSync(Rules.Decision)({ _tag: "Allowed" })).toEqual(Rules.allowed)
    })

    it("refuses an unknown rule id or message key", () => {
      expect(() =>
        Schema.decodeUnknownSync(Rules.Decision)({
          _tag: "Denied",
          rule: "number.fly",
          messageKey: "period.order",
          params: {},
        }),
      ).toThrow()
      expect(() =>
        Schema.decodeUnknownSync(Rules.Decision)({
          _tag: "Denied",
          rule: "period.valid",
          messageKey: "no.such.key",
          params: {},
        }),
      ).toThrow()
    })
  })

  describe("in Effect", () => {
    it.effect("evaluates a rule at the Clock's moment", () =>
      Effect.gen(function* () {
        yield* TestClock.setTime(Date.parse("2026-02-05T12:00:00+05:00"))
        const decision = yield* Rules.evaluate(Rules.DocumentRules.actAvailability, { month: { year: 2026, month: 1 } })
        expect(decision._tag).toBe("Denied")
        yield* TestClock.adjust("1 day")
        expect(yield* Rules.evaluate(Rules.DocumentRules.actAvailability, { month: { year: 2026, month: 1 } })).toEqual(
          Rules.allowed,
        )
      }),
    )

    it.effect("enforces a rule: RuleDenied carries the refusal", () =>
      Effect.gen(function* () {
        const error = yield* Effect.flip(
          Rules.enforce(Rules.byId["number.unblock.debt"], { status: "Заблокирован / Долг" }),
        )
        expect(error).toBeInstanceOf(Errors.RuleDenied)
        expect(error.rule).toBe("number.unblock.debt")
        expect(error.decision).toEqual(Rules.deny("number.unblock.debt", "rule.number.unblock.debt"))
        yield* Rules.enforce(Rules.byId["number.unblock.debt"], { status: "Заблокирован" })
        yield* Rules.orFail(Rules.allowed)
      }),
    )

    it.effect("lets a program catch a refusal by its tag", () =>
      Effect.gen(function* () {
        const reason = yield* Rules.orFail(Rules.NumberRules.operation("simSwap", { status: "Заблокирован" })).pipe(
          Effect.as("swapped"),
          Effect.catchTag("RuleDenied", (denied) => Effect.succeed(denied.messageKey)),
        )
        expect(reason).toBe("rule.number.simSwap.notActive")
      }),
    )
  })

  it("finds the first refusal lazily", () => {
    let ran = false
    const decision = Rules.firstDenied(
      () => Rules.allowed,
      () => Rules.deny("period.valid", "period.order"),
      () => {
        ran = true
        return Rules.allowed
      },
    )
    expect(decision).toEqual(Rules.deny("period.valid", "period.order"))
    expect(ran).toBe(false)
    expect(Rules.firstDenied()).toEqual(Rules.allowed)
  })
})
