/**
 * Idempotency keys: the same request is recognised however its JSON is written (canonical JSON),
 * and keys belong to who sent them — the admin, or without a session the client — so nobody is
 * answered with someone else's remembered answer.
 */
import { describe, expect, it } from "vitest"
import { json, raw, send, signIn, useServer } from "../support/server.js"

const server = useServer()

describe("idempotency keys", () => {
  it("replays the same JSON written with other whitespace and key order, rather than a 409", async () => {
    const token = await signIn(server.current)
    const path = "/v1/profile/companies/cmp-700700700700/short-name"
    const headers = {
      authorization: `Bearer ${token}`,
      "content-type": "application/json",
      "idempotency-key": "same-intent-1",
    }
    const first = await raw(server.current, "PUT", path, headers, ['{"shortName":"Кабинет"}'])
    const second = await raw(server.current, "PUT", path, headers, ['{\n  "shortName" :  "Кабинет"\n}\n'])
    expect(first.status).toBe(200)
    expect(second.status).toBe(200)
    expect(second.headers["idempotent-replayed"]).toBe("true")
    expect(second.body).toBe(first.body)

    const moved = "/v1/auth/recovery"
    const anonymous = { "content-type": "application/json", "idempotency-key": "same-intent-2" }
    const a = await raw(server.current, "POST", moved, anonymous, ['{"phone":"77010016218"}'])
    const b = await raw(server.current, "POST", moved, anonymous, ['{ "phone": "77010016218" }'])
    expect(b.headers["idempotent-replayed"]).toBe("true")
    expect(b.body).toBe(a.body)
    const different = await raw(server.current, "POST", moved, anonymous, ['{"phone":"77080770570"}'])
    expect(different.status).toBe(409)
  })

  it("keeps the keys of callers without a session apart: another client is never replayed an answer", async () => {
    const body = ['{"phone":"77010016218"}']
    const headers = { "content-type": "application/json", "idempotency-key": "shared-key-0001" }
    const mine = await raw(server.current, "POST", "/v1/auth/recovery", headers, body, { localAddress: "127.0.0.1" })
    expect(mine.status).toBe(200)
    const recoveryId = (JSON.parse(mine.body) as { recoveryId: string }).recoveryId
    // Another machine's request with the same key and body acts on its own: the recovery is under
    // way, so it is refused by the cooldown — and never handed the first caller's recovery id.
    const theirs = await raw(server.current, "POST", "/v1/auth/recovery", headers, body, { localAddress: "127.0.0.2" })
    expect(theirs.headers["idempotent-replayed"]).toBeUndefined()
    expect(theirs.status).toBe(422)
    expect(theirs.body).not.toContain(recoveryId)
    expect(JSON.parse(theirs.body)).toMatchObject({ ruleId: "recovery.resendCooldown" })
  })

  it("keeps the keys of two admins apart", async () => {
    const demo = await signIn(server.current)
    const other = await signIn(server.current, "77080770570")
    const block = "/v1/companies/cmp-700700700700/numbers/77010542006/block"
    const headers = { "idempotency-key": "admins-share-this-key" }
    const first = await send(server.current, "POST", block, { token: demo, headers })
    expect(first.status).toBe(202)
    const second = await send(server.current, "POST", block, { token: other, headers })
    expect(second.headers.get("idempotent-replayed")).toBeNull()
    // Acted on its own: the number is already blocked, so the rule refuses — no replay of a 202.
    expect(second.status).toBe(422)
    expect(await json(second)).toMatchObject({ _tag: "RuleDenied", ruleId: "number.block.notActive" })
  })
})
