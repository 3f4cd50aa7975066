import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { Company } from "../src/index.js"

const decode = Schema.decodeUnknownEffect(Company.Company)

// «Мои компании» of the manual: БИН 800800800800, АО "Времени мало", no short name yet.
const json = { id: "cmp-800800800800", bin: "800800800800", fullName: 'АО "Времени мало"' }

describe("Company", () => {
  it.effect("decodes the manual's company and encodes it unchanged", () =>
    Effect.gen(function* () {
      const company = yield* decode(json)
      expect(company).toBeInstanceOf(Company.Company)
      expect(company.bin).toBe("800800800800")
      expect(company.shortName).toBeUndefined()
      expect(yield* Schema.encodeEffect(Company.Company)(company)).toEqual(json)
    }),
  )

  it.effect("shows the short name where the admin set one, the full name otherwise", () =>
    Effect.gen(function* () {
      const named = yield* decode({ ...json, shortName: "Времени мало" })
      expect(Company.displayName(named)).toBe("Времени мало")
      expect(Company.displayName(yield* decode(json))).toBe('АО "Времени мало"')
    }),
  )

  it.effect("counts a short name's length as a person sees it, not in UTF-16 units", () =>
    Effect.gen(function* () {
      expect(Company.graphemeLength("👨‍👩‍👧‍👦 Кабинет")).toBe(9)
      expect(Company.graphemeLength("e\u0301")).toBe(1)
      // 40 emoji are 80 UTF-16 units, and well within 64 characters.
      const emoji = "😀".repeat(40)
      expect((yield* decode({ ...json, shortName: emoji })).shortName).toBe(emoji)
      const families = "👨‍👩‍👧".repeat(Company.shortNameMaxLength)
      expect((yield* decode({ ...json, shortName: families })).shortName).toBe(families)
      const over = yield* Effect.result(decode({ ...json, shortName: "😀".repeat(Company.shortNameMaxLength + 1) }))
      expect(over._tag).toBe("Failure")
      expect((yield* decode({ ...json, shortName: "Кабинет\u200d👍" })).shortName).toBe("Кабинет\u200d👍")
    }),
  )

  it.effect("refuses a wrong БИН, a missing full name and blank or padded short names", () =>
    Effect.gen(function* () {
      for (const input of [
        { ...json, bin: "800800800801" },
        { id: json.id, bin: json.bin },
        { ...json, shortName: "" },
        { ...json, shortName: " Кабинет " },
        { ...json, shortName: "К".repeat(Company.shortNameMaxLength + 1) },
        { ...json, id: "cmp 1" },
        // Nothing that shows: zero-width characters, a NUL, controls, a lone surrogate.
        { ...json, shortName: "\u200b\u200c\u200d" },
        { ...json, shortName: "\u2060\ufeff" },
        { ...json, shortName: "\u0000" },
        { ...json, shortName: "Кабинет\u0000" },
        { ...json, shortName: "Ка\u0007бинет" },
        { ...json, shortName: "\ud800" },
        { ...json, shortName: "Кабинет \udc00" },
      ]) {
        const result = yield* Effect.result(decode(input))
        expect(result._tag, JSON.stringify(input)).toBe("Failure")
      }
    }),
  )
})
