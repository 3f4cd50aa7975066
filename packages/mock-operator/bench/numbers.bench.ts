/**
 * The number list at 1,000 and 100,000 lines, side by side: the first page (of a running operator,
 * and of a fresh one), a search, and a sort by a column that needs its index. The fleet is derived
 * from the line index, so its size should barely show on the first page.
 */
import { test } from "vitest"
import { type MockOperator, makeMockOperator } from "../src/MockOperator.js"

interface Signed {
  readonly operator: MockOperator
  readonly token: string
}

const signedIn = async (fleetSize: number): Promise<Signed> => {
  const operator = makeMockOperator({ seed: 1, fleetSize })
  const response = await operator.handle(
    new Request(`${operator.baseUrl}/v1/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ phone: "77012111249", password: "kabinet-demo" }),
    }),
  )
  const { token } = (await response.json()) as { token: string }
  return { operator, token }
}

const page = async ({ operator, token }: Signed, query: string): Promise<void> => {
  const response = await operator.handle(
    new Request(`${operator.baseUrl}/v1/companies/cmp-700700700700/numbers?${query}`, {
      headers: { authorization: `Bearer ${token}` },
    }),
  )
  if (response.status !== 200) throw new Error(`list answered ${response.status}`)
  await response.arrayBuffer()
}

const small = await signedIn(1_000)
const large = await signedIn(100_000)
const options = { time: 1_000, warmupIterations: 3 }

test("first page (50 rows)", async ({ bench }) => {
  await bench.compare(
    bench("fleet 1,000", () => page(small, "offset=0&limit=50")),
    bench("fleet 100,000", () => page(large, "offset=0&limit=50")),
    options,
  )
})

test("first page of a freshly made operator", async ({ bench }) => {
  const fresh = (fleetSize: number) => async () => {
    const signed = await signedIn(fleetSize)
    await page(signed, "offset=0&limit=50")
    await signed.operator.dispose()
  }
  await bench.compare(bench("fleet 1,000", fresh(1_000)), bench("fleet 100,000", fresh(100_000)), options)
})

test("search by digits", async ({ bench }) => {
  // A different text each time, so that no search is answered from the recent-search cache.
  const texts = Array.from({ length: 64 }, (_, i) => String(1_000 + i * 137).slice(0, 4))
  let next = 0
  await bench.compare(
    bench("fleet 1,000", () => page(small, `offset=0&limit=50&search=${texts[next++ % texts.length]}`)),
    bench("fleet 100,000", () => page(large, `offset=0&limit=50&search=${texts[next++ % texts.length]}`)),
    options,
  )
})

test("sorted by available funds, a page further in", async ({ bench }) => {
  await bench.compare(
    bench("fleet 1,000", () => page(small, "offset=500&limit=50&sort=availableFunds&order=desc")),
    bench("fleet 100,000", () => page(large, "offset=500&limit=50&sort=availableFunds&order=desc")),
    options,
  )
})
