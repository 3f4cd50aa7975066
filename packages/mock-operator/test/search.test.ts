/**
 * «Поиск» narrows: every word must match a line — runs of digits in its number or account, any word
 * in its tariff's name — so adding a word never widens the list.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { searchWords } from "../src/db/NumberQuery.js"
import { type MockOperator, makeMockOperator } from "../src/MockOperator.js"

interface Row {
  readonly msisdn: string
  readonly accountNumber: string
  readonly tariffName?: string
}

let operator: MockOperator
let token = ""
let everyLine: ReadonlyArray<Row> = []

const page = async (query: string): Promise<{ total: number; items: ReadonlyArray<Row> }> => {
  const response = await operator.handle(
    new Request(`${operator.baseUrl}/v1/companies/cmp-700700700700/numbers?${query}`, {
      headers: { authorization: `Bearer ${token}` },
    }),
  )
  expect(response.status).toBe(200)
  return (await response.json()) as { total: number; items: ReadonlyArray<Row> }
}

const search = async (text: string): Promise<ReadonlyArray<Row>> => {
  const first = await page(`limit=500&search=${encodeURIComponent(text)}`)
  const rest = first.total > 500 ? (await page(`offset=500&limit=500&search=${encodeURIComponent(text)}`)).items : []
  return [...first.items, ...rest]
}

beforeAll(async () => {
  operator = makeMockOperator({ seed: 1, fleetSize: 1_000 })
  const signIn = await operator.handle(
    new Request(`${operator.baseUrl}/v1/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ phone: "77012111249", password: "kabinet-demo" }),
    }),
  )
  token = ((await signIn.json()) as { token: string }).token
  everyLine = [...(await page("limit=500")).items, ...(await page("offset=500&limit=500")).items]
})
afterAll(() => operator.dispose())

describe("«Поиск»", () => {
  it("lists a tariff's lines, and only them, for its name", async () => {
    expect(everyLine).toHaveLength(1_000)
    for (const tariff of ["M2M Телеметрия", "11 corp", "Бизнес Класс Старт"]) {
      const expected = everyLine.filter((line) => line.tariffName === tariff).map((line) => line.msisdn)
      expect(expected.length).toBeGreaterThan(0)
      const found = await search(tariff)
      expect([tariff, found.map((line) => line.msisdn)]).toEqual([tariff, expected])
    }
    expect((await search("m2m телеметрия")).length).toBe(
      everyLine.filter((l) => l.tariffName === "M2M Телеметрия").length,
    )
  })

  it("finds nothing for a word that matches nothing, digits in it or not", async () => {
    for (const text of ["abc1", "nothing-like-this", "Карт zzz", "77099999999"]) expect(await search(text)).toEqual([])
  })

  it("finds a number however it is typed, and an account by its digits", async () => {
    for (const typed of ["77010542001", "+7 701 054 20 01", "8 701 054 20 01", "7 (701) 054-20-01"])
      expect(
        (await search(typed)).map((line) => line.msisdn),
        typed,
      ).toEqual(["77010542001"])
    const account = await search("25602051")
    expect(account.length).toBeGreaterThan(0)
    expect(account.every((line) => line.accountNumber === "25602051" || line.msisdn.includes("25602051"))).toBe(true)
  })

  it("narrows with every word: the intersection, never the union", async () => {
    const tariff = await search("Карт Бланш+ 1000")
    const both = await search("Карт Бланш+ 1000 25602051")
    expect(both.length).toBeGreaterThan(0)
    expect(both.length).toBeLessThan(tariff.length)
    for (const line of both) {
      expect(line.tariffName).toBe("Карт Бланш+ 1000")
      expect(`${line.msisdn} ${line.accountNumber}`).toContain("25602051")
    }
    const digits = await search("0542")
    const narrowed = await search("0542 Бизнес")
    expect(narrowed.length).toBeLessThan(digits.length)
    expect(narrowed.every((line) => digits.some((d) => d.msisdn === line.msisdn))).toBe(true)
  })
})

describe("searchWords", () => {
  it("joins neighbouring runs of digits into one number and keeps other words apart", () => {
    expect(searchWords("  +7 701 054  Карт ")).toEqual([
      { text: "+7 701 054", digits: ["7701054"] },
      { text: "карт", digits: [] },
    ])
    expect(searchWords("8 701 054")).toEqual([{ text: "8 701 054", digits: ["8701054", "701054"] }])
    expect(searchWords("M2M abc1")).toEqual([
      { text: "m2m", digits: [] },
      { text: "abc1", digits: [] },
    ])
    // A tariff's figure and an account after it are more digits than a number has: two words.
    expect(searchWords("1000 25602051")).toEqual([
      { text: "1000", digits: ["1000"] },
      { text: "25602051", digits: ["25602051"] },
    ])
    expect(searchWords("")).toEqual([])
  })
})
