/**
 * Password recovery cannot be turned into endless guessing: a code takes five tries, a phone ten
 * wrong ones an hour across every resend, and five codes an hour; codes come from a cryptographic
 * source, so a reset of the operator does not send the same code again.
 */
import { describe, expect, it } from "vitest"
import { type RunningServer, startServer } from "../../src/server.js"
import { json, key, send, useServer } from "../support/server.js"

const server = useServer()
const phone = "77010016218"
const minute = 60_000

const start = (target: string = phone) =>
  send(server.current, "POST", "/v1/auth/recovery", { headers: { "idempotency-key": key() }, body: { phone: target } })
const resend = (recoveryId: string) =>
  send(server.current, "POST", `/v1/auth/recovery/${recoveryId}/resend`, { headers: { "idempotency-key": key() } })
const verify = (recoveryId: string, code: string) =>
  send(server.current, "POST", `/v1/auth/recovery/${recoveryId}/verify`, { body: { code } })
const lastCode = () => server.current.operator.lastSmsCode(phone) ?? ""
const wrongFor = (code: string) => (code === "000000" ? "111111" : "000000")

describe("password recovery", () => {
  it("limits wrong tries across resends: a fresh code does not reopen guessing", async () => {
    const { recoveryId } = (await json(await start())) as { recoveryId: string }
    for (let left = 4; left >= 0; left--)
      expect(await json(await verify(recoveryId, wrongFor(lastCode())))).toEqual({
        _tag: "InvalidCode",
        attemptsLeft: left,
      })
    expect(await json(await verify(recoveryId, lastCode()))).toMatchObject({ ruleId: "recovery.tooManyTries" })

    server.current.operator.clock.advance(61_000)
    const again = await resend(recoveryId)
    expect(again.status).toBe(200)
    expect(await json(again)).toMatchObject({ attemptsLeft: 5 })
    for (let left = 4; left >= 0; left--)
      expect(await json(await verify(recoveryId, wrongFor(lastCode())))).toEqual({
        _tag: "InvalidCode",
        attemptsLeft: left,
      })

    // Ten wrong codes this hour: neither a resend, nor starting over, nor the right code gets through.
    server.current.operator.clock.advance(61_000)
    const refusal = { _tag: "RuleDenied", ruleId: "recovery.tryLimit", messageKey: "rule.recovery.tryLimit" }
    expect(await json(await resend(recoveryId))).toMatchObject(refusal)
    expect(await json(await start())).toMatchObject(refusal)
    expect(await json(await verify(recoveryId, lastCode()))).toMatchObject(refusal)
    expect(server.current.operator.outbox({ channel: "sms", to: phone })).toHaveLength(2)

    // An hour after the first wrong code, guessing opens again.
    server.current.operator.clock.advance(60 * minute)
    const fresh = (await json(await start())) as { recoveryId: string }
    expect((await verify(fresh.recoveryId, lastCode())).status).toBe(200)
  })

  it("sends at most five codes an hour, resends and new starts alike, to known and unknown phones", async () => {
    for (const target of [phone, "77020000002"]) {
      const { recoveryId } = (await json(await start(target))) as { recoveryId: string }
      for (let sent = 2; sent <= 5; sent++) {
        server.current.operator.clock.advance(61_000)
        expect((await resend(recoveryId)).status).toBe(200)
      }
      server.current.operator.clock.advance(61_000)
      const sixth = await json(await resend(recoveryId))
      expect(sixth).toMatchObject({ _tag: "RuleDenied", ruleId: "recovery.sendLimit", params: { max: 5 } })
      expect(await json(await start(target))).toEqual(sixth)
    }
    expect(server.current.operator.outbox({ channel: "sms", to: phone })).toHaveLength(5)
    expect(server.current.operator.outbox({ to: "77020000002" })).toHaveLength(0)
  })

  it("draws codes from a cryptographic source: the first code after a reset is not the same each time", async () => {
    const codes = new Set<string>()
    for (let i = 0; i < 4; i++) {
      server.current.operator.reset()
      await start()
      codes.add(lastCode())
    }
    for (const code of codes) expect(code).toMatch(/^\d{6}$/u)
    expect(codes.size).toBeGreaterThan(1)
  })

  it("sends a fixed code only when the operator is made with one, for tests", async () => {
    let fixed: RunningServer | undefined
    try {
      fixed = await startServer({ port: 0, fleetSize: 100, fixedSmsCode: "246810" })
      await send(fixed, "POST", "/v1/auth/recovery", { headers: { "idempotency-key": key() }, body: { phone } })
      expect(fixed.operator.lastSmsCode(phone)).toBe("246810")
    } finally {
      await fixed?.close()
    }
  })
})
