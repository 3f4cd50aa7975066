/**
 * Same seed, same operator; and a fleet of 100,000 pages, sorts and searches without building it.
 */
import { describe, expect, it } from "vitest"
import { makeMockOperator } from "../src/MockOperator.js"

const firstPage = async (seed: number, fleetSize = 1_000, query = "offset=0&limit=50") => {
  const operator = makeMockOperator({ seed, fleetSize })
  const signIn = await operator.handle(
    new Request(`${operator.baseUrl}/v1/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ phone: "77012111249", password: "kabinet-demo" }),
    }),
  )
  const { token } = (await signIn.json()) as { token: string }
  const page = await operator.handle(
    new Request(`${operator.baseUrl}/v1/companies/cmp-700700700700/numbers?${query}`, {
      headers: { authorization: `Bearer ${token}` },
    }),
  )
  const body = (await page.json()) as { total: number; items: Array<{ msisdn: string; status: string }> }
  await operator.dispose()
  return body
}

describe("determinism", () => {
  it("gives the same first page for the same seed", async () => {
    expect(await firstPage(42)).toEqual(await firstPage(42))
  })

  it("gives other generated lines for another seed, and the manual's lines for any", async () => {
    const [a, b] = [await firstPage(1), await firstPage(2)]
    expect(a).not.toEqual(b)
    expect(a.items.slice(0, 3).map((item) => item.msisdn)).toEqual(b.items.slice(0, 3).map((item) => item.msisdn))
  })

  it("keeps the same line the same across reads in any order", async () => {
    const forward = await firstPage(9, 5_000, "offset=100&limit=20")
    const wider = await firstPage(9, 5_000, "offset=90&limit=40")
    expect(wider.items.slice(10, 30)).toEqual(forward.items)
  })
})

describe("a fleet of 100,000", () => {
  it("answers the first page, a sort and a search", async () => {
    // How fast is the benchmark's business (npm run bench); here, what is answered.
    const first = await firstPage(1, 100_000)
    expect(first.total).toBe(100_000)
    expect(first.items).toHaveLength(50)

    const sorted = await firstPage(1, 100_000, "offset=0&limit=500&sort=status&order=desc")
    expect(sorted.items[0]?.status).toBe("Заблокирован / Долг")
    const search = await firstPage(1, 100_000, "offset=0&limit=50&search=8%20701%20054%2020")
    expect(search.items.map((item) => item.msisdn)).toContain("77010542001")
    expect(search.total).toBeLessThan(20)
  })

  it("pages through the order by number without gaps or repeats", async () => {
    const pages = await Promise.all([0, 1, 2].map((page) => firstPage(3, 100_000, `offset=${page * 100}&limit=100`)))
    const msisdns = pages.flatMap((page) => page.items.map((item) => item.msisdn))
    expect(new Set(msisdns).size).toBe(300)
    expect([...msisdns].sort()).toEqual(msisdns)
  })
})
