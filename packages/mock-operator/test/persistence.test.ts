/**
 * The mock operator outlives the page: what an admin changed is replayed from the page's storage
 * into the operator a reloaded page makes, until the operator is reset.
 */
import { describe, expect, it } from "vitest"
import { persistentOperator } from "../src/PersistentOperator.js"
import { companies, demo, idem } from "./support/harness.js"

/** A `sessionStorage` of its own for each test. */
const memoryStorage = () => {
  const items = new Map<string, string>()
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  }
}

const number = `/v1/companies/${companies.kabinet}/numbers/77010542007`

const signIn = async (operator: Awaited<ReturnType<typeof persistentOperator>>) => {
  const response = await operator.handle(
    new Request(`${operator.baseUrl}/v1/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ phone: demo.phone, password: demo.password }),
    }),
  )
  return ((await response.json()) as { token: string }).token
}

const get = async (operator: Awaited<ReturnType<typeof persistentOperator>>, token: string, path: string) =>
  (await (
    await operator.handle(new Request(`${operator.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } }))
  ).json()) as unknown

describe("a persistent mock operator", () => {
  it("keeps a block under way across a reload, under its id, and ends it when due", async () => {
    const storage = memoryStorage()
    let now = Date.parse("2026-11-30T10:00:00Z")
    const options = { seed: 1, fleetSize: 200, timeScale: 1, now: () => now }
    const before = await persistentOperator(options, { storage })
    const token = await signIn(before)
    const accepted = (await (
      await before.handle(
        new Request(`${before.baseUrl}${number}/block`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, ...idem() },
        }),
      )
    ).json()) as { id: string }
    await before.dispose()

    now += 10_000
    const after = await persistentOperator(options, { storage })
    const again = await signIn(after)
    expect(await get(after, again, number)).toMatchObject({ status: "В обработке" })
    expect(await get(after, again, `${number}/operations`)).toMatchObject([{ id: accepted.id, state: "pending" }])
    now += 3 * 60_000
    expect(await get(after, again, number)).toMatchObject({ status: "Заблокирован" })
    await after.dispose()
  })

  it("forgets everything once reset", async () => {
    const storage = memoryStorage()
    const options = { seed: 1, fleetSize: 200, timeScale: 0 }
    const before = await persistentOperator(options, { storage })
    const token = await signIn(before)
    await before.handle(
      new Request(`${before.baseUrl}${number}/block`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, ...idem() },
      }),
    )
    expect(await get(before, token, number)).toMatchObject({ status: "Заблокирован" })
    before.reset()
    await before.dispose()
    const after = await persistentOperator(options, { storage })
    expect(await get(after, await signIn(after), number)).toMatchObject({ status: "Активный" })
    await after.dispose()
  })
})
