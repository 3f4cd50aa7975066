/**
 * Sessions end after 30 minutes idle and, however busy, 12 hours after sign-in; every answer says
 * `Cache-Control: no-store` and `X-Content-Type-Options: nosniff`.
 */
import { Api } from "@kabinet/core"
import { describe, expect, it } from "vitest"
import { companies, demo, json, send, useServer } from "../support/server.js"

const server = useServer()
const minute = 60_000

describe("sessions", () => {
  it("ends a session 12 hours after sign-in, however active it is", async () => {
    const before = server.current.operator.state.now()
    const signedIn = await send(server.current, "POST", "/v1/auth/sign-in", { body: demo })
    const session = (await json(signedIn)) as { token: string; expiresAt: string }
    const idleEnd = Date.parse(session.expiresAt) - Api.Security.sessionIdleMinutes * minute
    expect(idleEnd).toBeGreaterThanOrEqual(before)
    expect(idleEnd).toBeLessThanOrEqual(server.current.operator.state.now())
    // Active every 20 minutes for 11 h 40 min: still in.
    for (let elapsed = 20; elapsed < 12 * 60; elapsed += 20) {
      server.current.operator.clock.advance(20 * minute)
      const response = await send(server.current, "GET", "/v1/profile", { token: session.token })
      expect([elapsed, response.status]).toEqual([elapsed, 200])
    }
    server.current.operator.clock.advance(20 * minute)
    const after = await send(server.current, "GET", "/v1/profile", { token: session.token })
    expect(after.status).toBe(401)
    expect(await json(after)).toEqual({ _tag: "Unauthenticated", reason: "sessionExpired" })
  })

  it("marks every answer no-store and nosniff, authenticated or not", async () => {
    const token = (
      (await json(await send(server.current, "POST", "/v1/auth/sign-in", { body: demo }))) as {
        token: string
      }
    ).token
    const answers = [
      await send(server.current, "GET", `/v1/companies/${companies.kabinet}/numbers?limit=1`, { token }),
      await send(server.current, "GET", "/v1/profile", { token }),
      await send(server.current, "GET", "/v1/profile"),
      await send(server.current, "GET", "/v1/nowhere"),
      await send(server.current, "GET", "/__mock/state"),
    ]
    for (const answer of answers) {
      expect(answer.headers.get("cache-control"), answer.url).toBe("no-store")
      expect(answer.headers.get("x-content-type-options"), answer.url).toBe("nosniff")
    }
  })
})
