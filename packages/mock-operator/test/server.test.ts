/**
 * The standalone server answers real HTTP on a loopback port: the same contract and control API.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type RunningServer, startServer } from "../src/server.js"

let server: RunningServer
beforeAll(async () => {
  server = await startServer({ port: 0, seed: 5, fleetSize: 200, timeScale: 0 })
})
afterAll(() => server.close())

describe("standalone server", () => {
  it("listens on an ephemeral loopback port", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/u)
    expect(server.url).not.toBe("http://127.0.0.1:8787")
  })

  it("answers the control API and the contract over HTTP", async () => {
    const state = (await (await fetch(`${server.url}/__mock/state`)).json()) as { seed: number; fleetSize: number }
    expect(state).toMatchObject({ seed: 5, fleetSize: 200 })

    const signIn = await fetch(`${server.url}/v1/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ phone: "77012111249", password: "kabinet-demo" }),
    })
    expect(signIn.status).toBe(200)
    const { token } = (await signIn.json()) as { token: string }
    const page = await fetch(`${server.url}/v1/companies/cmp-700700700700/numbers?offset=0&limit=3`, {
      headers: { authorization: `Bearer ${token}` },
    })
    expect(page.status).toBe(200)
    const body = (await page.json()) as { total: number; items: Array<{ msisdn: string }> }
    expect(body.total).toBe(200)
    expect(body.items[0]?.msisdn).toBe("77010542001")

    const blocked = await fetch(`${server.url}/v1/companies/cmp-700700700700/numbers/77010542006/block`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "idempotency-key": "server-test-key-1" },
    })
    expect(blocked.status).toBe(202)

    // A person trying the list by hand may leave the paging out: the top page of the default size.
    const top = await fetch(`${server.url}/v1/companies/cmp-700700700700/numbers`, {
      headers: { authorization: `Bearer ${token}` },
    })
    expect(top.status).toBe(200)
    const topBody = (await top.json()) as { offset: number; items: Array<{ msisdn: string }> }
    expect(topBody.offset).toBe(0)
    expect(topBody.items).toHaveLength(50)
    expect(topBody.items[0]?.msisdn).toBe("77010542001")
  })

  it("lets browsers on other origins in (CORS)", async () => {
    const preflight = await fetch(`${server.url}/v1/companies`, {
      method: "OPTIONS",
      headers: {
        origin: "http://localhost:6006",
        "access-control-request-method": "GET",
        "access-control-request-headers": "authorization",
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*")
    expect(preflight.headers.get("access-control-allow-headers")).toContain("idempotency-key")
  })

  it("serves the files it produces through the contract only, with the session", async () => {
    const signIn = await fetch(`${server.url}/v1/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ phone: "77012111249", password: "kabinet-demo" }),
    })
    const { token } = (await signIn.json()) as { token: string }
    const registry = await fetch(`${server.url}/v1/companies/cmp-700700700700/documents/invoice-registry`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${token}`,
        "idempotency-key": "server-test-key-2",
        "content-type": "application/json",
      },
      body: JSON.stringify({
        kind: "invoiceRegistry",
        period: { start: { year: 2020, month: 9 }, end: { year: 2020, month: 10 } },
      }),
    })
    const file = (await registry.json()) as { fileId: string; mediaType: string; url?: string }
    expect(file.url).toBeUndefined()
    expect(file.mediaType).toBe("application/vnd.ms-excel")
    const download = await fetch(`${server.url}/v1/companies/cmp-700700700700/files/${file.fileId}`, {
      headers: { authorization: `Bearer ${token}` },
    })
    expect(download.status).toBe(200)
    expect(download.headers.get("content-type")).toBe("application/octet-stream")
    expect(await download.text()).toContain("ESF-25602051-202010")
    const anonymous = await fetch(`${server.url}/v1/companies/cmp-700700700700/files/${file.fileId}`)
    expect(anonymous.status).toBe(401)
  })
})
