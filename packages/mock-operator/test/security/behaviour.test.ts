/**
 * The operator does what the published contract says, no more and no less: page parameters as
 * documented, unknown properties refused, every answer in a documented shape (413, 415, 404 for an
 * unknown path, 405 with `Allow`, 400 for an overlong path value), `Retry-After` where promised, and
 * lengths counted as people count them.
 */
import { describe, expect, it } from "vitest"
import { companies, demo, json, key, raw, send, signIn, useServer } from "../support/server.js"

const server = useServer()
const list = `/v1/companies/${companies.kabinet}/numbers`

describe("the contract as documented", () => {
  it("reads offset and limit exactly as documented", async () => {
    const token = await signIn(server.current)
    for (const query of ["offset=0&limit=1", "offset=999999999&limit=500", "limit=500"])
      expect((await send(server.current, "GET", `${list}?${query}`, { token })).status, query).toBe(200)
    for (const query of ["limit=501", "limit=0", "offset=1.5", "offset=01", "offset=-1", "limit=1e2"]) {
      const response = await send(server.current, "GET", `${list}?${query}`, { token })
      expect(response.status, query).toBe(400)
      expect(await json(response)).toMatchObject({ _tag: "InvalidRequest" })
    }
  })

  it("refuses properties the schema does not list (additionalProperties: false)", async () => {
    const signInExtra = await send(server.current, "POST", "/v1/auth/sign-in", {
      body: { ...demo, remember: true },
    })
    expect(signInExtra.status).toBe(400)
    expect(await json(signInExtra)).toMatchObject({ _tag: "InvalidRequest" })
    const token = await signIn(server.current)
    const rename = await send(server.current, "PUT", `/v1/profile/companies/${companies.kabinet}/short-name`, {
      token,
      headers: { "idempotency-key": key() },
      body: { shortName: "Кабинет", admin: true },
    })
    expect(rename.status).toBe(400)
  })

  it("answers a body that is not JSON with a documented 415", async () => {
    const response = await send(server.current, "POST", "/v1/auth/sign-in", {
      headers: { "content-type": "text/plain" },
      body: demo,
    })
    expect(response.status).toBe(415)
    expect(response.headers.get("content-type")).toBe("application/json")
    expect(await json(response)).toEqual({
      _tag: "UnsupportedMediaType",
      contentType: "text/plain",
      supported: ["application/json"],
    })
  })

  it("answers an unknown path with 404 and a wrong method with 405 and Allow, both in JSON", async () => {
    const unknown = await send(server.current, "GET", "/v1/nothing-here")
    expect(unknown.status).toBe(404)
    expect(await json(unknown)).toEqual({ _tag: "NotFound", resource: "route", id: "/v1/nothing-here" })
    const token = await signIn(server.current)
    const patch = await send(server.current, "PATCH", list, { token })
    expect(patch.status).toBe(405)
    expect(patch.headers.get("allow")).toBe("GET, HEAD")
    expect(await json(patch)).toEqual({ _tag: "MethodNotAllowed", method: "PATCH", allowed: ["GET", "HEAD"] })
    const post = await send(server.current, "POST", "/v1/companies", { token })
    expect(post.status).toBe(405)
  })

  it("refuses an overlong path value as a malformed value (400), at any length", async () => {
    const token = await signIn(server.current)
    for (const length of [101, 150, 257, 2_000]) {
      const response = await send(server.current, "GET", `/v1/companies/${"c".repeat(length)}/numbers`, { token })
      expect(response.status, String(length)).toBe(400)
      const body = (await json(response)) as { _tag: string; issues: Array<{ path: string }> }
      expect(body._tag).toBe("InvalidRequest")
      expect(body.issues.map((issue) => issue.path)).toContain("params.companyId")
    }
  })

  it("sends Retry-After with 423 and 429, and Idempotent-Replayed on a replay", async () => {
    for (let i = 0; i < 5; i++)
      await send(server.current, "POST", "/v1/auth/sign-in", { body: { phone: demo.phone, password: "wrong one" } })
    const locked = await send(server.current, "POST", "/v1/auth/sign-in", { body: demo })
    expect(locked.status).toBe(423)
    expect(locked.headers.get("retry-after")).toBe("900")
    expect(await json(locked)).toMatchObject({ _tag: "LoginLocked", retryAfterSeconds: 900 })

    server.current.operator.addFaults({ endpoint: "companies.list", kind: "rateLimit", retryAfterSeconds: 7 })
    const limited = await send(server.current, "GET", "/v1/companies")
    expect(limited.status).toBe(429)
    expect(limited.headers.get("retry-after")).toBe("7")
    server.current.operator.clearFaults()

    server.current.operator.clock.advance(15 * 60_000)
    const token = await signIn(server.current)
    const headers = { "idempotency-key": key() }
    const block = `${list}/77010542006/block`
    expect(
      (await send(server.current, "POST", block, { token, headers })).headers.get("idempotent-replayed"),
    ).toBeNull()
    const replay = await send(server.current, "POST", block, { token, headers })
    expect(replay.status).toBe(202)
    expect(replay.headers.get("idempotent-replayed")).toBe("true")
  })

  it("counts a short name as people do, and refuses one that shows nothing", async () => {
    const token = await signIn(server.current)
    const rename = (shortName: string) =>
      send(server.current, "PUT", `/v1/profile/companies/${companies.kabinet}/short-name`, {
        token,
        headers: { "idempotency-key": key() },
        body: { shortName },
      })
    const emoji = "😀".repeat(40)
    const accepted = await rename(emoji)
    expect(accepted.status).toBe(200)
    expect(await json(accepted)).toMatchObject({ shortName: emoji })
    for (const invisible of ["\u200b\u200b\u200b", "\u200d", "\u0000", "Кабинет\u0007"]) {
      const response = await rename(invisible)
      expect(response.status, JSON.stringify(invisible)).toBe(400)
    }
    // A lone surrogate cannot be written by JSON.stringify; it arrives as an escape.
    const lone = await raw(
      server.current,
      "PUT",
      `/v1/profile/companies/${companies.kabinet}/short-name`,
      { authorization: `Bearer ${token}`, "content-type": "application/json", "idempotency-key": key() },
      ['{"shortName":"\\ud800"}'],
    )
    expect(lone.status).toBe(400)
  })
})
