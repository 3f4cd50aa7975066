import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { TestClock } from "effect/testing"
import * as Calendar from "../src/Calendar.js"
import type * as BillingMethod from "../src/domain/BillingMethod.js"
import * as LocalDate from "../src/domain/LocalDate.js"
import * as NumberStatus from "../src/domain/NumberStatus.js"
import type * as Period from "../src/domain/Period.js"
import * as Messages from "../src/i18n/Messages.js"
import { byId, evaluate } from "../src/rules/Catalogue.js"
import * as NumberRules from "../src/rules/NumberRules.js"
import * as Rule from "../src/rules/Rule.js"

const day = Schema.decodeUnknownSync(LocalDate.LocalDate)
const period = (start: string, end: string): Period.DateRange => ({ start: day(start), end: day(end) })

// A refusal names a rule of the catalogue and one of that rule's message keys.
const outcome = (decision: Rule.Decision): string => {
  if (decision._tag === "Allowed") return "allowed"
  expect(byId[decision.rule].messageKeys).toContain(decision.messageKey)
  return decision.rule
}

type Expected = { readonly [O in NumberRules.Operation]: string }

const allChanges = (value: string): Omit<Expected, "detalization" | "paymentHistory"> => ({
  block: value,
  unblock: value,
  simSwap: value,
  detailViewBan: value,
  selfCareBan: value,
  smsUssdBan: value,
  forwarding: value,
  imeiRegistration: value,
  sendSecretCode: value,
  deleteSecretCode: value,
  connectService: value,
  disconnectService: value,
})

const matrix: { readonly [S in NumberStatus.NumberStatus]: Omit<Expected, "paymentHistory"> } = {
  Активный: {
    ...allChanges("allowed"),
    unblock: "number.unblock.notBlocked",
    detalization: "allowed",
  },
  Заблокирован: {
    ...allChanges("allowed"),
    block: "number.block.notActive",
    simSwap: "number.simSwap.notActive",
    detalization: "allowed",
  },
  "Заблокирован / Долг": {
    ...allChanges("allowed"),
    block: "number.block.notActive",
    unblock: "number.unblock.debt",
    simSwap: "number.simSwap.notActive",
    detalization: "allowed",
  },
  "В обработке": { ...allChanges("number.operation.pending"), detalization: "allowed" },
}

const paymentHistory: { readonly [M in BillingMethod.BillingMethod | "unknown"]: string } = {
  Авансовый: "allowed",
  Кредитный: "number.paymentHistory.advanceOnly",
  unknown: "allowed",
}

describe("NumberRules", () => {
  describe("every status × every operation × every billing method", () => {
    for (const status of NumberStatus.values) {
      for (const method of ["Авансовый", "Кредитный", "unknown"] as const) {
        it(`${status}, ${method}`, () => {
          const number: NumberRules.NumberInput = method === "unknown" ? { status } : { status, billingMethod: method }
          const decisions = NumberRules.decisions(number)
          const actual = Object.fromEntries(NumberRules.operations.map((name) => [name, outcome(decisions[name])]))
          expect(actual).toEqual({ ...matrix[status], paymentHistory: paymentHistory[method] })
        })
      }
    }
  })

  it("explains the debt block with the manual's FAQ 7 wording", () => {
    const decision = NumberRules.operation("unblock", { status: "Заблокирован / Долг" })
    expect(decision).toEqual(Rule.deny("number.unblock.debt", "rule.number.unblock.debt"))
    if (Rule.isDenied(decision)) {
      expect(Messages.format("ru", decision.messageKey, decision.params)).toContain("неоплаченная задолженность")
    }
  })

  describe("menus", () => {
    it("lists the quick operations of B1 in the manual's words and order", () => {
      const labels = NumberRules.quickOperations({ status: "Активный" }).map((entry) =>
        Messages.format("ru", entry.messageKey),
      )
      expect(labels).toEqual([
        "Блокировка",
        "Замена SIM-карты",
        "Запрет на просмотр детализации в MyKcell",
        "Запрет на доступ в MyKcell",
        "Детализация",
        "Регистрация устройства (IMEI)",
        "Отправить секретный код",
      ])
    })

    it("offers «Разблокировка» first for a blocked number, disabled with the debt reason when in debt", () => {
      const [blocked] = NumberRules.quickOperations({ status: "Заблокирован" })
      expect(blocked?.operation).toBe("unblock")
      expect(blocked?.decision).toEqual(Rule.allowed)
      const debt = NumberRules.blockToggle({ status: "Заблокирован / Долг" })
      expect(debt.operation).toBe("unblock")
      expect(outcome(debt.decision)).toBe("number.unblock.debt")
      expect(outcome(NumberRules.blockToggle({ status: "В обработке" }).decision)).toBe("number.operation.pending")
    })

    it("gives every menu entry the same decision as the operation itself", () => {
      for (const status of NumberStatus.values) {
        const number = { status, billingMethod: "Кредитный" } as const
        for (const entry of [...NumberRules.quickOperations(number), ...NumberRules.profileOperations(number)]) {
          expect(entry.decision).toEqual(NumberRules.operation(entry.operation, number))
          expect(entry.messageKey).toBe(`operation.${entry.operation}`)
        }
      }
    })

    it("lists the profile's ⋮ menu in the manual's order", () => {
      expect(NumberRules.profileOperations({ status: "Активный" }).map((entry) => entry.operation)).toEqual([
        "simSwap",
        "detailViewBan",
        "selfCareBan",
        "imeiRegistration",
        "smsUssdBan",
        "forwarding",
        "sendSecretCode",
        "deleteSecretCode",
        "paymentHistory",
      ])
    })
  })

  describe("SIM swap", () => {
    it("refuses the current SIM card, however it is grouped", () => {
      const current = "89997027507916785078"
      expect(
        outcome(NumberRules.simSwapSameSim.check({ currentIccid: current, newIccid: "8999 7027 5079 1678 5078" })),
      ).toBe("number.simSwap.sameSim")
      expect(NumberRules.simSwapSameSim.check({ currentIccid: current, newIccid: "89997021234567899456" })).toEqual(
        Rule.allowed,
      )
      expect(NumberRules.simSwapSameSim.check({ newIccid: "89997021234567899456" })).toEqual(Rule.allowed)
    })
  })

  describe("call forwarding", () => {
    it.each([
      [4, false],
      [5, true],
      [10, true],
      [30, true],
      [31, false],
      [35, false],
      [7, false],
      [5.5, false],
      [Number.NaN, false],
    ])("a %s s no-answer delay is allowed: %s", (seconds, ok) => {
      const decision = NumberRules.forwardingDelay.check({ seconds })
      expect(Rule.isAllowed(decision)).toBe(ok)
      if (Rule.isDenied(decision)) expect(decision.params).toEqual({ min: 5, max: 30, step: 5 })
    })

    it("refuses forwarding a number to itself in any notation", () => {
      const msisdn = "77010542001"
      for (const target of ["+7 701 054 20 01", "87010542001", "7010542001", "77010542001"]) {
        expect(outcome(NumberRules.forwardingSelfTarget.check({ msisdn, target }))).toBe("number.forwarding.selfTarget")
      }
      expect(NumberRules.forwardingSelfTarget.check({ msisdn, target: "77010542006" })).toEqual(Rule.allowed)
    })
  })

  describe("device registration (IMEI)", () => {
    it("needs a recorded device", () => {
      expect(outcome(NumberRules.imeiNotRecorded.check({}))).toBe("number.imei.notRecorded")
      expect(outcome(NumberRules.imeiNotRecorded.check({ lastRecorded: "" }))).toBe("number.imei.notRecorded")
      expect(NumberRules.imeiNotRecorded.check({ lastRecorded: "35202309352069" })).toEqual(Rule.allowed)
    })

    it("needs the complete 15-digit IMEI with a valid check digit", () => {
      expect(NumberRules.imeiIncomplete.check({ imei: "35202309352069" })).toEqual(
        Rule.deny("number.imei.incomplete", "rule.number.imei.incomplete"),
      )
      expect(NumberRules.imeiIncomplete.check({ imei: "352023093520696" })).toEqual(Rule.allowed)
      expect(NumberRules.imeiIncomplete.check({ imei: "35 202309 352069 6" })).toEqual(Rule.allowed)
      expect(NumberRules.imeiIncomplete.check({ imei: "352023093520697" })).toEqual(
        Rule.deny("number.imei.incomplete", "imei.checkDigit"),
      )
      expect(NumberRules.imeiIncomplete.check({ imei: "3520230935206" })).toEqual(
        Rule.deny("number.imei.incomplete", "imei.length"),
      )
    })

    it("does not register a device twice, matching the 14-digit record to its full form", () => {
      const registered = ["35720106026360"]
      expect(outcome(NumberRules.imeiAlreadyRegistered.check({ imei: "357201060263608", registered }))).toBe(
        "number.imei.alreadyRegistered",
      )
      expect(NumberRules.imeiAlreadyRegistered.check({ imei: "352023093520696", registered })).toEqual(Rule.allowed)
    })
  })

  it("a secret code never grants service changes (B9)", () => {
    const results = NumberRules.secretCodeActions.map((action) =>
      outcome(NumberRules.secretCodeNoServiceChanges.check({ action })),
    )
    expect(results).toEqual(["allowed", "allowed", "secretCode.noServiceChanges", "secretCode.noServiceChanges"])
  })

  describe("call detail window (B8)", () => {
    // 31 March 2026, 10:00 in Almaty: day 90 including today is 1 January.
    const noon = Date.parse("2026-03-31T05:00:00Z")

    it.effect("allows day 90 and refuses day 91", () =>
      Effect.gen(function* () {
        yield* TestClock.setTime(noon)
        expect(yield* evaluate(NumberRules.detalizationWindow, period("2026-01-01", "2026-03-31"))).toEqual(
          Rule.allowed,
        )
        expect(yield* evaluate(NumberRules.detalizationWindow, period("2025-12-31", "2026-03-31"))).toEqual(
          Rule.deny("detalization.window", "rule.detalization.window", { days: 90, earliest: "2026-01-01" }),
        )
      }),
    )

    it.effect("shifts the window at Almaty midnight, not UTC midnight", () =>
      Effect.gen(function* () {
        // 19:00Z on 31 March is already 1 April in Almaty: 1 January is now day 91.
        yield* TestClock.setTime(Date.parse("2026-03-31T19:00:00Z"))
        const decision = yield* evaluate(NumberRules.detalizationWindow, period("2026-01-01", "2026-03-31"))
        expect(outcome(decision)).toBe("detalization.window")
        expect(yield* evaluate(NumberRules.detalizationWindow, period("2026-01-02", "2026-04-01"))).toEqual(
          Rule.allowed,
        )
      }),
    )

    it.effect("refuses a period ending after today or ending before it starts", () =>
      Effect.gen(function* () {
        yield* TestClock.setTime(noon)
        expect(yield* evaluate(NumberRules.detalizationWindow, period("2026-03-01", "2026-04-01"))).toEqual(
          Rule.deny("detalization.window", "period.future"),
        )
        expect(yield* evaluate(NumberRules.detalizationWindow, period("2026-03-10", "2026-03-01"))).toEqual(
          Rule.deny("detalization.window", "period.order"),
        )
        expect(yield* evaluate(NumberRules.detalizationWindow, period("2026-03-31", "2026-03-31"))).toEqual(
          Rule.allowed,
        )
      }),
    )

    it("opens on the last month, within the window", () => {
      expect(NumberRules.detalizationDefaultPeriod(day("2019-02-26"))).toEqual(period("2019-01-26", "2019-02-26"))
      expect(NumberRules.detalizationDefaultPeriod(day("2026-03-31"))).toEqual(period("2026-02-28", "2026-03-31"))
      expect(NumberRules.detalizationRange(day("2028-03-01"))).toEqual(period("2027-12-03", "2028-03-01"))
      const today = day("2026-03-31")
      expect(
        NumberRules.detalizationWindow.check(NumberRules.detalizationDefaultPeriod(today), Calendar.momentAt(noon)),
      ).toEqual(Rule.allowed)
    })
  })

  describe("the guards the program and the operator share", () => {
    const active = { status: "Активный", msisdn: "77010542001" } as const
    it("a SIM swap: the status first, then the same card", () => {
      const newIccid = "89997027507916785078"
      expect(outcome(NumberRules.simSwapGuard({ status: "Заблокирован", newIccid }))).toBe("number.simSwap.notActive")
      expect(outcome(NumberRules.simSwapGuard({ status: "В обработке", newIccid }))).toBe("number.operation.pending")
      expect(outcome(NumberRules.simSwapGuard({ ...active, currentIccid: newIccid, newIccid }))).toBe(
        "number.simSwap.sameSim",
      )
      expect(outcome(NumberRules.simSwapGuard({ ...active, newIccid }))).toBe("allowed")
    })
    it("forwarding: the status, the target, the no-answer delay; clearing needs the status alone", () => {
      const set = (target: string, delaySeconds = 20) =>
        ({ action: "set", rule: { condition: "noAnswer", target, delaySeconds } }) as never
      expect(outcome(NumberRules.forwardingGuard(active, set("87010542001")))).toBe("number.forwarding.selfTarget")
      expect(outcome(NumberRules.forwardingGuard(active, set("77010542002", 7)))).toBe("number.forwarding.delay")
      expect(outcome(NumberRules.forwardingGuard(active, set("77010542002")))).toBe("allowed")
      expect(outcome(NumberRules.forwardingGuard({ ...active, status: "В обработке" }, set("77010542002")))).toBe(
        "number.operation.pending",
      )
      expect(outcome(NumberRules.forwardingGuard(active, { action: "clear", condition: "busy" }))).toBe("allowed")
    })
    it("a device registration: the status, a recorded device, the complete IMEI, not twice", () => {
      const imei = "357201060263608"
      const guard = NumberRules.imeiRegistrationGuard
      expect(outcome(guard(active, { imei, registered: [], recorded: {} }))).toBe("number.imei.notRecorded")
      expect(outcome(guard(active, { imei: "35720106026360", registered: [] }))).toBe("number.imei.incomplete")
      expect(outcome(guard(active, { imei, registered: ["35720106026360"] }))).toBe("number.imei.alreadyRegistered")
      expect(outcome(guard({ status: "В обработке" }, { imei, registered: [] }))).toBe("number.operation.pending")
      expect(outcome(guard(active, { imei, registered: [], recorded: { lastRecorded: "35720106026360" } }))).toBe(
        "allowed",
      )
    })
  })
})
