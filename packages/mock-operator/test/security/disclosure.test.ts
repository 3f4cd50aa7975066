/**
 * What a caller learns: a failed sign-in says the same for an unknown phone, a wrong password and
 * an account never activated, and locks any phone alike; a company, number or operation the admin
 * does not manage is the 404 of one nobody has. There is no 403.
 */
import { describe, expect, it } from "vitest"
import { companies, demo, json, key, send, signIn, useServer } from "../support/server.js"

const server = useServer()
const signInAs = (phone: string, password: string) =>
  send(server.current, "POST", "/v1/auth/sign-in", { body: { phone, password } })

describe("what a failed request reveals", () => {
  it("answers a failed sign-in alike for an unknown phone, a wrong password and a never-activated account", async () => {
    const phones = { wrongPassword: demo.phone, neverActivated: "77010016218", unknown: "77020000003" }
    for (let attempt = 1; attempt <= 5; attempt++) {
      const answers = await Promise.all(Object.values(phones).map((phone) => signInAs(phone, "not the password")))
      const bodies = await Promise.all(answers.map(json))
      expect(answers.map((answer) => answer.status)).toEqual([401, 401, 401])
      for (const body of bodies)
        expect(body).toEqual({ _tag: "Unauthenticated", reason: "credentials", attemptsLeft: 5 - attempt })
    }
    const locked = await Promise.all(Object.values(phones).map((phone) => signInAs(phone, "not the password")))
    expect(locked.map((answer) => answer.status)).toEqual([423, 423, 423])
    const shapes = (await Promise.all(locked.map(json))).map((body) => Object.keys(body).sort())
    expect(new Set(shapes.map((shape) => shape.join())).size).toBe(1)
  })

  it("answers another company's company, number and operation like ones nobody has", async () => {
    const single = await signIn(server.current, "77080770570") // «TOO Кабинет» only
    const demoToken = await signIn(server.current)
    const started = await send(
      server.current,
      "POST",
      `/v1/companies/${companies.vremeniMalo}/numbers/77010541921/block`,
      {
        token: demoToken,
        headers: { "idempotency-key": key() },
      },
    )
    const { id: operationId } = (await json(started)) as { id: string }
    const pairs: Array<[string, string]> = [
      [`/v1/companies/${companies.vremeniMalo}/numbers`, "/v1/companies/cmp-123456789012/numbers"],
      [`/v1/companies/${companies.vremeniMalo}/accounts`, "/v1/companies/cmp-123456789012/accounts"],
      [
        `/v1/companies/${companies.kabinet}/numbers/77010541921`,
        `/v1/companies/${companies.kabinet}/numbers/77029999999`,
      ],
      [`/v1/operations/${operationId}`, "/v1/operations/op-unknown-1"],
    ]
    for (const [theirs, nobodys] of pairs) {
      const [a, b] = await Promise.all(
        [theirs, nobodys].map((path) => send(server.current, "GET", path, { token: single })),
      )
      expect([theirs, a?.status, b?.status]).toEqual([theirs, 404, 404])
      const [bodyA, bodyB] = await Promise.all([a, b].map((response) => json(response as Response)))
      expect(Object.keys(bodyA ?? {}).sort()).toEqual(Object.keys(bodyB ?? {}).sort())
      expect(bodyA?.resource).toBe(bodyB?.resource)
    }
    const renamed = await send(server.current, "PUT", `/v1/profile/companies/${companies.vremeniMalo}/short-name`, {
      token: single,
      headers: { "idempotency-key": key() },
      body: { shortName: "Чужая" },
    })
    expect(renamed.status).toBe(404)
  })
})
