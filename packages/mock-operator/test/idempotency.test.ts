/**
 * A repeated `Idempotency-Key` never acts twice: the repeat is answered with the first answer.
 */
import { beforeEach, describe, expect, it } from "vitest"
import { call, companies, key, signIn, useOperator } from "./support/harness.js"

const operator = useOperator()
let token = ""
beforeEach(async () => {
  operator.reset()
  token = await signIn(operator)
})

const block = `/v1/companies/${companies.kabinet}/numbers/77010542006/block`
const blocks = () => operator.state.actions.all().filter((entry) => entry.action === "block")

describe("idempotency keys", () => {
  it("replays the first answer to a repeated key, and blocks once", async () => {
    const headers = { "idempotency-key": key() }
    const first = await call(operator, "POST", block, { token, headers })
    const second = await call(operator, "POST", block, { token, headers })
    expect(first.status).toBe(202)
    expect(second.status).toBe(202)
    expect(second.headers.get("idempotent-replayed")).toBe("true")
    expect(await second.json()).toEqual(await first.json())
    expect(blocks()).toHaveLength(1)
  })

  it("acts once for two requests with the same key in flight together", async () => {
    const headers = { "idempotency-key": key() }
    const [a, b] = await Promise.all([
      call(operator, "POST", block, { token, headers }),
      call(operator, "POST", block, { token, headers }),
    ])
    const [bodyA, bodyB] = (await Promise.all([a.json(), b.json()])) as Array<{ id: string }>
    expect(bodyA?.id).toBe(bodyB?.id)
    expect(blocks()).toHaveLength(1)
  })

  it("replays a refusal too: a rule's answer does not change on retry", async () => {
    const headers = { "idempotency-key": key() }
    const path = `/v1/companies/${companies.kabinet}/numbers/77010542010/unblock`
    const first = await call(operator, "POST", path, { token, headers })
    const second = await call(operator, "POST", path, { token, headers })
    expect(first.status).toBe(422)
    expect(await second.text()).toBe(await first.text())
  })

  it("answers 409 when a key is reused for a different request", async () => {
    const headers = { "idempotency-key": key() }
    await call(operator, "POST", block, { token, headers })
    const other = await call(operator, "POST", `/v1/companies/${companies.kabinet}/numbers/77010542007/block`, {
      token,
      headers,
    })
    expect(other.status).toBe(409)
    expect(await other.json()).toMatchObject({ _tag: "IdempotencyConflict" })
  })

  it("refuses a mutation without a key (400, the contract's InvalidRequest)", async () => {
    const response = await call(operator, "POST", block, { token })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { _tag: string; issues: Array<{ path: string }> }
    expect(body._tag).toBe("InvalidRequest")
    expect(body.issues.map((issue) => issue.path)).toContain("headers.idempotency-key")
    expect(blocks()).toHaveLength(0)
  })
})
