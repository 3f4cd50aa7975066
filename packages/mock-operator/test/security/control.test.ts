/**
 * The control API (the SMS outbox with live codes, reset, faults) answers tools and the pages it is
 * told to, and no other page in the same browser — not by origin, not by a name rebound to this
 * machine; it can be switched off.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type RunningServer, startServer } from "../../src/server.js"
import { json, raw, send, useServer } from "../support/server.js"

const server = useServer()

describe("the control API", () => {
  it("refuses a page of another origin, to read and to reset, without CORS consent", async () => {
    await send(server.current, "POST", "/v1/auth/recovery", {
      headers: { "idempotency-key": "control-probe-1" },
      body: { phone: "77010016218" },
    })
    const evil = { origin: "https://evil.example" }
    const outbox = await send(server.current, "GET", "/__mock/outbox", { headers: evil })
    expect(outbox.status).toBe(403)
    expect(outbox.headers.get("access-control-allow-origin")).toBeNull()
    expect(await outbox.text()).not.toMatch(/"code"/u)
    const preflight = await send(server.current, "OPTIONS", "/__mock/reset", {
      headers: { ...evil, "access-control-request-method": "POST" },
    })
    expect(preflight.status).toBe(403)
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull()
    const reset = await send(server.current, "POST", "/__mock/reset", { headers: evil, body: { seed: 99 } })
    expect(reset.status).toBe(403)
    expect(server.current.operator.state.seed).toBe(3)
    // A form posted from another site carries no CORS but says where it comes from.
    const crossSite = await send(server.current, "POST", "/__mock/reset", {
      headers: { "sec-fetch-site": "cross-site" },
    })
    expect(crossSite.status).toBe(403)
  })

  it("refuses a name rebound to this machine", async () => {
    const rebound = await raw(server.current, "GET", "/__mock/outbox", {
      host: `evil.example:${new URL(server.current.url).port}`,
    })
    expect(rebound.status).toBe(403)
  })

  it("answers tools and the operator's own origin", async () => {
    expect((await send(server.current, "GET", "/__mock/state")).status).toBe(200)
    const own = await send(server.current, "GET", "/__mock/outbox", { headers: { origin: server.current.url } })
    expect(own.status).toBe(200)
    expect(own.headers.get("access-control-allow-origin")).toBe(server.current.url)
    expect(await json(own)).toHaveProperty("messages")
  })
})

describe("the control API, configured", () => {
  let listed: RunningServer
  let off: RunningServer
  beforeAll(async () => {
    listed = await startServer({ port: 0, fleetSize: 100, control: { origins: ["http://localhost:6006"] } })
    off = await startServer({ port: 0, fleetSize: 100, control: { enabled: false } })
  })
  afterAll(async () => {
    await listed.close()
    await off.close()
  })

  it("lets a listed origin in, and only it", async () => {
    const storybook = await send(listed, "GET", "/__mock/state", { headers: { origin: "http://localhost:6006" } })
    expect(storybook.status).toBe(200)
    expect(storybook.headers.get("access-control-allow-origin")).toBe("http://localhost:6006")
    expect((await send(listed, "GET", "/__mock/state", { headers: { origin: "http://localhost:6007" } })).status).toBe(
      403,
    )
  })

  it("answers nothing when switched off, not even tools", async () => {
    const state = await send(off, "GET", "/__mock/state")
    expect(state.status).toBe(404)
    expect(await json(state)).toMatchObject({ _tag: "NotFound", resource: "route" })
    expect((await send(off, "GET", "/v1/companies")).status).toBe(401)
  })
})
