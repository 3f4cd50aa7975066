import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import fc from "fast-check"
import { commonPasswords } from "../src/rules/commonPasswords.js"
import * as PasswordPolicy from "../src/rules/PasswordPolicy.js"
import * as Rule from "../src/rules/Rule.js"

const reason = (decision: Rule.Decision): string => (decision._tag === "Allowed" ? "allowed" : decision.messageKey)
const policy = (password: string, options: Omit<PasswordPolicy.PolicyInput, "password"> = {}): string =>
  reason(PasswordPolicy.policy.check({ password, ...options }))

// Fifteen code points made of ordinary words: no list, walk or repetition catches it.
const fifteen = "lamp ocean tide"

describe("PasswordPolicy", () => {
  describe("length, in code points after NFC", () => {
    it("refuses 14 and accepts 15 while the password is the only factor", () => {
      expect(PasswordPolicy.length(fifteen)).toBe(15)
      expect(policy(fifteen)).toBe("allowed")
      expect(PasswordPolicy.policy.check({ password: fifteen.slice(0, 14) })).toEqual(
        Rule.deny("password.policy", "rule.password.tooShort", { min: 15, length: 14 }),
      )
    })

    it("counts an emoji as one character", () => {
      const unicorn = "🦄"
      expect(unicorn.length).toBe(2)
      expect(PasswordPolicy.length(`lamp ocean ti${unicorn}`)).toBe(14)
      expect(policy(`lamp ocean ti${unicorn}`)).toBe("rule.password.tooShort")
      expect(policy(`lamp ocean tid${unicorn}`)).toBe("allowed")
    })

    it("counts a decomposed accent as one character", () => {
      const decomposed = "cafe\u0301 "
      expect(PasswordPolicy.length(decomposed)).toBe(5)
      // 16 code points as typed, 14 after NFC.
      expect(policy(`${decomposed.repeat(2)}noir`)).toBe("rule.password.tooShort")
      expect(policy(`${decomposed.repeat(2)}noir!`)).toBe("allowed")
    })

    it("accepts 128 and refuses 129", () => {
      const words = ["lamp", "ocean", "tide", "mirror", "violet", "harbor", "quiet", "ember", "saddle", "orbit"]
      let long = ""
      for (let index = 0; long.length < 140; index++) long += `${words[index % words.length]}${index} `
      expect(policy(long.slice(0, 128))).toBe("allowed")
      expect(PasswordPolicy.policy.check({ password: long.slice(0, 129) })).toEqual(
        Rule.deny("password.policy", "rule.password.tooLong", { max: 128, length: 129 }),
      )
    })

    it("takes 8 as the minimum where the operator adds a second factor", () => {
      expect(policy("lamp oce", { policy: PasswordPolicy.withSecondFactor })).toBe("allowed")
      expect(policy("lamp oc", { policy: PasswordPolicy.withSecondFactor })).toBe("rule.password.tooShort")
    })

    it("never refuses for length within the limits, always outside them", () => {
      fc.assert(
        fc.property(fc.string({ unit: "binary", maxLength: 140 }), (password) => {
          const count = PasswordPolicy.length(password)
          const result = policy(password)
          if (count < 15) return result === "rule.password.tooShort"
          if (count > 128) return result === "rule.password.tooLong"
          return result !== "rule.password.tooShort" && result !== "rule.password.tooLong"
        }),
      )
    })
  })

  describe("no composition rules, any Unicode", () => {
    it.each([
      ["all lower case", "purple tractor sings"],
      ["Kazakh", "Қызыл алма бақта өседі"],
      ["Russian", "зелёный трактор поёт"],
      ["spaces and symbols only around words", "  лампа, океан!  "],
    ])("accepts %s", (_, password) => {
      expect(policy(password)).toBe("allowed")
    })
  })

  describe("common and breached passwords", () => {
    it.each([
      ["a listed password", "qwertyuiopasdfgh"],
      ["a listed password in capitals", "QwertyuiopASDFGH"],
      ["a listed word with digits and symbols around it", "Password2024!!!!"],
      ["a listed phrase", "correcthorsebatterystaple"],
      ["a repeated listed word", "iloveyouiloveyouiloveyou"],
      ["a listed word spaced out", "password password"],
      ["one character repeated", "aaaaaaaaaaaaaaa"],
      ["a short unit repeated", "abcabcabcabcabc"],
      ["a digit sequence that wraps", "123456789012345"],
      ["a descending sequence", "987654321098765"],
      ["a keyboard column walk", "1qaz2wsx3edc4rfv"],
      ["a Russian keyboard walk", "йцукенгшщзфывапр"],
      ["a Russian word typed on a Latin layout", "gfhjkm1234567890"],
    ])("refuses %s", (_, password) => {
      expect(PasswordPolicy.isCommon(password)).toBe(true)
      expect(policy(password)).toBe("rule.password.common")
    })

    it("bundles a list of a few hundred lower-case entries", () => {
      expect(commonPasswords.size).toBeGreaterThan(400)
      for (const entry of commonPasswords) expect(entry).toBe(entry.toLowerCase())
    })
  })

  describe("the admin's own data and the service's name", () => {
    it("refuses a password built on the phone, the e-mail or the brand", () => {
      const surroundings = { phone: "77012223344", email: "aigul.serikova@company.kz" }
      expect(policy("my 7012223344 secret", { surroundings })).toBe("rule.password.context")
      expect(policy("aigul.serikova@company.kz", { surroundings })).toBe("rule.password.context")
      expect(policy("aigul.serikova2024!!", { surroundings })).toBe("rule.password.context")
      expect(policy("Kcell2024-2025!!!", { surroundings })).toBe("rule.password.context")
      expect(policy("mykcellmykcellmykcell")).toBe("rule.password.context")
      expect(policy("кабинет кабинет кабинет")).toBe("rule.password.context")
      expect(policy("lamp ocean tide kcell")).toBe("allowed")
    })
  })

  describe("a password change", () => {
    const current = "lamp ocean tide"

    it("refuses the current password as the new one", () => {
      expect(PasswordPolicy.checkChange({ current, password: current, confirmation: current })).toEqual(
        Rule.deny("password.sameAsCurrent", "rule.password.sameAsCurrent"),
      )
      const composed = "café noir au lait"
      const decomposed = composed.normalize("NFD")
      expect(reason(PasswordPolicy.sameAsCurrent.check({ current: composed, password: decomposed }))).toBe(
        "rule.password.sameAsCurrent",
      )
    })

    it("needs the confirmation to match", () => {
      expect(
        PasswordPolicy.checkChange({ current, password: "violet harbor ember", confirmation: "violet harbor embe" }),
      ).toEqual(Rule.deny("password.confirmationMismatch", "rule.password.confirmationMismatch"))
      expect(
        PasswordPolicy.checkChange({ current, password: "violet harbor ember", confirmation: "violet harbor ember" }),
      ).toEqual(Rule.allowed)
    })

    it("lists every reason at once", () => {
      expect(
        PasswordPolicy.violations({ current: "qwerty", password: "qwerty", confirmation: "" }).map((d) => d.messageKey),
      ).toEqual(["rule.password.tooShort", "rule.password.sameAsCurrent", "rule.password.confirmationMismatch"])
    })

    it.effect("uses the operator's configured policy", () =>
      Effect.gen(function* () {
        const input = { password: "lamp oce", confirmation: "lamp oce" }
        expect(reason(yield* PasswordPolicy.evaluate(input))).toBe("rule.password.tooShort")
        const withSecondFactor = yield* PasswordPolicy.evaluate(input).pipe(
          Effect.provideService(PasswordPolicy.CurrentPolicy, PasswordPolicy.withSecondFactor),
        )
        expect(withSecondFactor).toEqual(Rule.allowed)
      }),
    )
  })
})
