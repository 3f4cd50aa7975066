import { describe, expect, it } from "@effect/vitest"
import { Predicate } from "effect"
import * as AccountNumber from "../src/domain/AccountNumber.js"
import * as Bin from "../src/domain/Bin.js"
import * as Email from "../src/domain/Email.js"
import * as Iccid from "../src/domain/Iccid.js"
import * as Imei from "../src/domain/Imei.js"
import * as Money from "../src/domain/Money.js"
import * as Msisdn from "../src/domain/Msisdn.js"
import * as NumberStatus from "../src/domain/NumberStatus.js"
import * as SmsCode from "../src/domain/SmsCode.js"
import * as Messages from "../src/i18n/Messages.js"
import * as NumberRules from "../src/rules/NumberRules.js"

describe("Messages", () => {
  describe("catalogues", () => {
    it("translate every key into Kazakh and English, with the same placeholders", () => {
      for (const key of Messages.keys) {
        const expected = Messages.placeholders(Messages.catalogs.ru[key])
        for (const locale of Messages.locales) {
          const template = Messages.catalogs[locale][key]
          expect(template, `${locale} ${key}`).toBeDefined()
          expect(Messages.placeholders(template), `${locale} ${key}`).toEqual(expected)
        }
      }
    })

    it("give plural messages an `other` form and a count among their placeholders", () => {
      for (const locale of Messages.locales) {
        for (const key of Messages.keys) {
          const template = Messages.catalogs[locale][key]
          if (Predicate.isString(template)) continue
          expect(template.other.length).toBeGreaterThan(0)
          expect(Messages.placeholders(template)).toContain(template.plural)
        }
      }
    })

    it("never hard-code the operator's brand", () => {
      for (const locale of Messages.locales) {
        for (const key of Messages.keys) {
          const template = Messages.catalogs[locale][key]
          const forms = Predicate.isString(template) ? [template] : Object.values(template)
          for (const form of forms) expect(form, `${locale} ${key}`).not.toMatch(/kcell|activ\b/iu)
        }
      }
    })

    it("name every status, billing method and operation", () => {
      expect(NumberStatus.values.map((status) => Messages.format("ru", Messages.statusKey(status)))).toEqual([
        ...NumberStatus.values,
      ])
      expect(NumberStatus.values.map((status) => Messages.format("kk", Messages.statusKey(status)))).toEqual([
        "Белсенді",
        "Бұғатталған",
        "Бұғатталған / Қарыз",
        "Өңделуде",
      ])
      expect(Messages.format("ru", Messages.billingMethodKey("Авансовый"))).toBe("Авансовый")
      expect(Messages.format("en", Messages.billingMethodKey("Кредитный"))).toBe("Credit")
      for (const operation of NumberRules.operations)
        expect(Messages.isKey(NumberRules.operationKey(operation))).toBe(true)
    })

    it("cover every failure key of the identifier schemas", () => {
      for (const key of [
        ...Msisdn.messageKeys,
        ...Iccid.messageKeys,
        ...Imei.messageKeys,
        ...Bin.messageKeys,
        ...Email.messageKeys,
        ...SmsCode.messageKeys,
        ...Money.messageKeys,
        ...AccountNumber.messageKeys,
        "period.order",
      ]) {
        expect(Messages.isKey(key), key).toBe(true)
      }
    })
  })

  describe("format", () => {
    it.each([
      [1, "Отправить код повторно можно через 1 секунду."],
      [2, "Отправить код повторно можно через 2 секунды."],
      [5, "Отправить код повторно можно через 5 секунд."],
      [11, "Отправить код повторно можно через 11 секунд."],
      [21, "Отправить код повторно можно через 21 секунду."],
      [42, "Отправить код повторно можно через 42 секунды."],
    ])("picks the Russian plural form for %i seconds", (seconds, text) => {
      expect(Messages.format("ru", "rule.recovery.resendCooldown", { seconds })).toBe(text)
    })

    it("picks the English and Kazakh forms", () => {
      expect(Messages.format("en", "rule.recovery.resendCooldown", { seconds: 1 })).toBe(
        "You can ask for a new code in 1 second.",
      )
      expect(Messages.format("en", "rule.recovery.resendCooldown", { seconds: 42 })).toBe(
        "You can ask for a new code in 42 seconds.",
      )
      expect(Messages.format("kk", "rule.recovery.resendCooldown", { seconds: 42 })).toBe(
        "Кодты 42 секундтан кейін қайта жіберуге болады.",
      )
    })

    it("fills the brand from configuration, defaulting to the manual's", () => {
      expect(Messages.format("ru", "operation.selfCareBan")).toBe("Запрет на доступ в MyKcell")
      expect(Messages.format("ru", "operation.signIn")).toBe("Вход в Kcell Business ID")
      expect(Messages.format("en", "operation.selfCareBan", {}, { brand: { selfCare: "MyAcme" } })).toBe(
        "MyAcme access ban",
      )
      expect(Messages.format("kk", "operation.detailViewBan", {}, { brand: { selfCare: "MyAcme" } })).toBe(
        "MyAcme қосымшасында детализацияны көруге тыйым",
      )
    })

    it("writes days and months in each language", () => {
      const params = { month: "2026-01", availableFrom: "2026-02-06" }
      expect(Messages.format("ru", "rule.document.act.notYet", params)).toMatch(
        /^Акт выполненных работ за январь 2026 г\. будет доступен с 6 февраля 2026 г\.:/u,
      )
      expect(Messages.format("en", "rule.document.act.notYet", params)).toMatch(
        /^The act for January 2026 will be available from 6 February 2026:/u,
      )
      expect(Messages.format("kk", "rule.document.act.notYet", params)).toContain("қаңтар")
    })

    it("formats a nested message in the same language", () => {
      const message = { key: "advice.retryOperation", params: { operation: { key: "operation.block" } } } as const
      expect(Messages.formatMessage("ru", message)).toBe(
        "Операция «Блокировка» не выполнена. Подождите 2–3 минуты, обновите страницу и попробуйте снова. Если ситуация не изменится, обратитесь в службу поддержки корпоративных клиентов.",
      )
      expect(Messages.formatMessage("kk", message)).toContain("«Бұғаттау» операциясы орындалмады.")
    })

    it("leaves a missing parameter visible", () => {
      expect(Messages.format("ru", "rule.number.forwarding.delay", { min: 5 })).toBe(
        "Время ожидания ответа — от 5 до {max} секунд с шагом {step} секунд.",
      )
    })

    it("falls back to Russian for an unknown language and reads region tags", () => {
      expect(Messages.format("de-DE", "status.active")).toBe("Активный")
      expect(Messages.format("kk-KZ", "status.active")).toBe("Белсенді")
      expect(Messages.format("EN_gb", "status.active")).toBe("Active")
      expect(Messages.resolveLocale("kz")).toBe("kk")
      expect(Messages.resolveLocale(undefined)).toBe("ru")
    })
  })

  describe("fillTemplate", () => {
    it("fills another catalogue's template with plurals and the configured brand", () => {
      const seconds = {
        plural: "n",
        one: "через {n} секунду",
        few: "через {n} секунды",
        many: "через {n} секунд",
        other: "через {n} секунды",
      }
      expect(Messages.fillTemplate("ru-RU", seconds, { n: 21 })).toBe("через 21 секунду")
      expect(Messages.fillTemplate("ru", seconds, { n: 5 })).toBe("через 5 секунд")
      expect(Messages.fillTemplate("en", "Sign in to {operator}", {}, { brand: { operator: "Acme" } })).toBe(
        "Sign in to Acme",
      )
      expect(Messages.fillTemplate("kk", "{missing}")).toBe("{missing}")
    })
  })
})
