/**
 * Request size: a body over the contract's limit is refused with 413 before it is read — from its
 * `Content-Length`, or as soon as a body without one passes the limit — and the idempotency store
 * keeps digests of requests, not their bodies.
 */
import { Api } from "@kabinet/core"
import { describe, expect, it } from "vitest"
import { demo, raw, useServer } from "../support/server.js"

const server = useServer()
const limit = Api.Protocol.maxBodyBytes
const tooLarge = { _tag: "PayloadTooLarge", limitBytes: limit }

describe("request size", () => {
  it("refuses an unauthenticated 100 MB sign-in from its Content-Length, without waiting for the body", async () => {
    // The client sends the headers and one chunk, then nothing: an answer can only come from the
    // declared length, never from a body read in full.
    const answer = await raw(
      server.current,
      "POST",
      "/v1/auth/sign-in",
      { "content-type": "application/json", "content-length": String(100 * 1024 * 1024) },
      ["x".repeat(1024)],
      { holdOpen: true },
    )
    expect(answer.status).toBe(413)
    expect(JSON.parse(answer.body)).toEqual(tooLarge)
    expect(answer.headers.connection).toBe("close")
  })

  it("stops reading a body without a length once it passes the limit", async () => {
    const chunk = new Uint8Array(16 * 1024).fill(0x20)
    const answer = await raw(
      server.current,
      "POST",
      "/v1/auth/sign-in",
      { "content-type": "application/json", "transfer-encoding": "chunked" },
      Array.from({ length: 6 }, () => chunk),
      { holdOpen: true },
    )
    expect(answer.status).toBe(413)
    expect(JSON.parse(answer.body)).toEqual(tooLarge)
  })

  it("refuses five parallel 20 MB bodies, and reads a body of exactly the limit", async () => {
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        raw(
          server.current,
          "POST",
          "/v1/auth/recovery",
          {
            "content-type": "application/json",
            "content-length": String(20 * 1024 * 1024),
            "idempotency-key": `parallel-${Math.random().toString(36).slice(2, 12)}`,
          },
          [new Uint8Array(32 * 1024)],
          { holdOpen: true },
        ),
      ),
    )
    expect(answers.map((answer) => answer.status)).toEqual([413, 413, 413, 413, 413])

    const signIn = JSON.stringify({ phone: demo.phone, password: demo.password })
    const exact = signIn + " ".repeat(limit - signIn.length)
    const atLimit = await raw(server.current, "POST", "/v1/auth/sign-in", { "content-type": "application/json" }, [
      exact,
    ])
    expect(atLimit.status).toBe(200)
    const over = await raw(server.current, "POST", "/v1/auth/sign-in", { "content-type": "application/json" }, [
      `${exact} `,
    ])
    expect(over.status).toBe(413)
  })

  it("remembers a keyed request by its digest, never by its body", async () => {
    const padding = " ".repeat(60 * 1024)
    const body = `{"phone":"77010016218"${padding}}`
    const answer = await raw(
      server.current,
      "POST",
      "/v1/auth/recovery",
      { "content-type": "application/json", "idempotency-key": "digest-probe-1" },
      [body],
    )
    expect(answer.status).toBe(200)
    const digests = server.current.operator.state.idempotency.digests()
    expect(digests).toHaveLength(1)
    expect(digests[0]).toMatch(/^[0-9a-f]{64}$/u)
  })
})
