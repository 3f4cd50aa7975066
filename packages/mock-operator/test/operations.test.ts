/**
 * Operations take time: the number is «В обработке» until the operator finishes, 1–2 minutes times
 * the time scale.
 */
import { describe, expect, it } from "vitest"
import { call, companies, idem, signIn, useOperator } from "./support/harness.js"

const operator = useOperator({ timeScale: 0.01 })
const number = `/v1/companies/${companies.kabinet}/numbers/77010542006`

const poll = async (token: string, operationId: string, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const operation = (await (await call(operator, "GET", `/v1/operations/${operationId}`, { token })).json()) as {
      state: string
      status?: string
    }
    if (operation.state !== "pending" || Date.now() > deadline) return operation
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

describe("long operations", () => {
  it("blocks in ~1 s at time scale 0.01, «В обработке» meanwhile", async () => {
    operator.reset({ timeScale: 0.01 })
    const token = await signIn(operator)
    const started = Date.now()
    const accepted = await call(operator, "POST", `${number}/block`, { token, headers: idem() })
    expect(accepted.status).toBe(202)
    const operation = (await accepted.json()) as { id: string; state: string; kind: string }
    expect(operation).toMatchObject({ state: "pending", kind: "block" })

    const during = (await (await call(operator, "GET", number, { token })).json()) as { status: string }
    expect(during.status).toBe("В обработке")

    const done = await poll(token, operation.id, 15_000)
    const elapsed = Date.now() - started
    expect(done).toMatchObject({ state: "succeeded", status: "Заблокирован" })
    // A busy machine only adds time: the operation's duration is a floor, and poll() gives up after 15 s.
    expect(elapsed).toBeGreaterThanOrEqual(550)
    const after = (await (await call(operator, "GET", number, { token })).json()) as { status: string }
    expect(after.status).toBe("Заблокирован")
  })

  it("takes 1–2 minutes at time scale 1, and finishes when the clock moves past them", async () => {
    operator.reset({ timeScale: 1 })
    const token = await signIn(operator)
    const operation = (await (await call(operator, "POST", `${number}/block`, { token, headers: idem() })).json()) as {
      id: string
    }
    operator.clock.advance(59_000)
    expect((await poll(token, operation.id, 0)).state).toBe("pending")
    operator.clock.advance(61_000)
    expect(await poll(token, operation.id, 0)).toMatchObject({ state: "succeeded", status: "Заблокирован" })
  })

  it("keeps 77010542012 «В обработке»: its seeded operation never ends on its own", async () => {
    operator.reset()
    operator.clock.advance(24 * 60 * 60_000)
    const token = await signIn(operator)
    const line = (await (
      await call(operator, "GET", `/v1/companies/${companies.kabinet}/numbers/77010542012`, { token })
    ).json()) as {
      status: string
    }
    expect(line.status).toBe("В обработке")
  })
})
