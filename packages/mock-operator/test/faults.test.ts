/**
 * Fault injection, kind by kind, switched through the control API as a test or a demo would.
 */
import { Api } from "@kabinet/core"
import { beforeEach, describe, expect, it } from "vitest"
import { call, companies, failureOf, signIn, useOperator, withClient } from "./support/harness.js"

const operator = useOperator()
let token = ""
beforeEach(async () => {
  operator.reset()
  token = await signIn(operator)
})

const list = `/v1/companies/${companies.kabinet}/numbers?offset=0&limit=10`
const fault = (body: unknown) => call(operator, "POST", "/__mock/faults", { body })
const listTyped = () =>
  failureOf(operator, token, (client) =>
    client.numbers.list({ params: { companyId: companies.kabinet as never }, query: { offset: 0, limit: 10 } }),
  )

describe("faults", () => {
  it("delays an endpoint by its latency, and only that endpoint", async () => {
    await fault({ faults: [{ endpoint: "numbers.list", latencyMs: 300 }] })
    const started = Date.now()
    expect((await call(operator, "GET", list, { token })).status).toBe(200)
    // A busy machine only adds time, so the latency is a floor.
    expect(Date.now() - started).toBeGreaterThanOrEqual(280)
    // Another endpoint answers while the delayed one would still be waiting half a minute.
    await fault({ replace: true, faults: [{ endpoint: "numbers.list", latencyMs: 30_000 }] })
    const other = call(operator, "GET", "/v1/companies", { token }).then((response) => response.status)
    const delayed = new Promise<"delayed">((resolve) => setTimeout(() => resolve("delayed"), 15_000).unref())
    expect(await Promise.race([other, delayed])).toBe(200)
  })

  it("answers an error status: 503 as OperatorUnavailable with Retry-After, others bare", async () => {
    await fault({ faults: [{ endpoint: "numbers.*", kind: "error", status: 503, retryAfterSeconds: 120 }] })
    const down = await call(operator, "GET", list, { token })
    expect(down.status).toBe(503)
    expect(down.headers.get("retry-after")).toBe("120")
    expect(await down.json()).toEqual({ _tag: "OperatorUnavailable", retryAfterSeconds: 120 })
    await fault({ replace: true, faults: [{ endpoint: "numbers.list", kind: "error", status: 500 }] })
    expect((await call(operator, "GET", list, { token })).status).toBe(500)
  })

  it("fails at the given rate, the same requests on every run of a seed", async () => {
    const run = async () => {
      operator.reset()
      const session = await signIn(operator)
      await fault({ faults: [{ endpoint: "numbers.list", kind: "error", status: 503, rate: 0.5 }] })
      const statuses: Array<number> = []
      for (let i = 0; i < 40; i++) statuses.push((await call(operator, "GET", list, { token: session })).status)
      return statuses
    }
    const first = await run()
    const failures = first.filter((status) => status === 503).length
    expect(failures).toBeGreaterThan(5)
    expect(failures).toBeLessThan(35)
    expect(await run()).toEqual(first)
  })

  it("answers a payload that is not JSON, which the client cannot decode", async () => {
    await fault({ faults: [{ endpoint: "numbers.list", kind: "malformed" }] })
    const raw = await call(operator, "GET", list, { token })
    expect(raw.status).toBe(200)
    await expect(raw.json()).rejects.toThrow()
    expect(String(await listTyped())).toMatch(/Decode|JSON/iu)
  })

  it("answers JSON that breaks the contract, which the client refuses", async () => {
    await fault({ faults: [{ endpoint: "numbers.list", kind: "contract" }] })
    const raw = await call(operator, "GET", list, { token })
    expect(await raw.json()).toMatchObject({ items: "not a list" })
    const error = await listTyped()
    expect(String(error)).toMatch(/Expected|array|items/iu)
  })

  it("expires the session", async () => {
    await fault({ faults: [{ endpoint: "*", kind: "expiredSession", times: 1 }] })
    const error = await listTyped()
    expect(error).toBeInstanceOf(Api.Errors.Unauthenticated)
    expect((error as Api.Errors.Unauthenticated).reason).toBe("sessionExpired")
    const page = await withClient(operator, token, (client) =>
      client.numbers.list({ params: { companyId: companies.kabinet as never }, query: { offset: 0, limit: 10 } }),
    )
    expect(page.items).toHaveLength(10)
  })

  it("rate limits with 429 and Retry-After", async () => {
    await fault({ scenario: "rateLimited" })
    const limited = await call(operator, "GET", list, { token })
    expect(limited.status).toBe(429)
    expect(limited.headers.get("retry-after")).toBe("30")
    expect(await limited.json()).toEqual({ _tag: "RateLimited", retryAfterSeconds: 30 })
  })

  it("lifts faults on DELETE and on reset, and refuses unknown ones", async () => {
    await fault({ scenario: "down" })
    expect((await call(operator, "GET", list, { token })).status).toBe(503)
    await call(operator, "DELETE", "/__mock/faults")
    expect((await call(operator, "GET", list, { token })).status).toBe(200)
    const bad = await fault({ faults: [{ endpoint: "numbers.list", kind: "meltdown" }] })
    expect(bad.status).toBe(400)
    expect((await fault({ scenario: "nonsense" })).status).toBe(400)
  })
})
