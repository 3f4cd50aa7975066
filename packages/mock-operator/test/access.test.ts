/**
 * Company boundaries, the login lock, the SMS code's limits and sessions, on the operator's side.
 */
import { beforeEach, describe, expect, it } from "vitest"
import { call, companies, demo, idem, signIn, useOperator } from "./support/harness.js"

const operator = useOperator()
beforeEach(() => operator.reset())

const minute = 60_000
const json = async (response: Response) => (await response.json()) as Record<string, unknown>
const signInWith = (phone: string, password: string) =>
  call(operator, "POST", "/v1/auth/sign-in", { body: { phone, password } })

describe("company boundaries", () => {
  it("answers a company the admin does not manage like one nobody has (404)", async () => {
    const token = await signIn(operator, "77080770570")
    const response = await call(operator, "GET", `/v1/companies/${companies.vremeniMalo}/numbers?offset=0&limit=10`, {
      token,
    })
    expect(response.status).toBe(404)
    expect(await json(response)).toEqual({ _tag: "NotFound", resource: "company", id: companies.vremeniMalo })
    const nobodys = await call(operator, "GET", "/v1/companies/cmp-999999999999/numbers", { token })
    expect(nobodys.status).toBe(404)
    expect(await json(nobodys)).toEqual({ _tag: "NotFound", resource: "company", id: "cmp-999999999999" })
  })

  it("answers another company's number like a number nobody has, even under one's own company", async () => {
    const token = await signIn(operator, "77080770570")
    const response = await call(operator, "GET", `/v1/companies/${companies.kabinet}/numbers/77010541921`, { token })
    expect(response.status).toBe(404)
    expect(await json(response)).toEqual({ _tag: "NotFound", resource: "number", id: "77010541921" })
    const demoToken = await signIn(operator)
    const blocked = await call(operator, "POST", `/v1/companies/${companies.kabinet}/numbers/77010541921/block`, {
      token: demoToken,
      headers: idem(),
    })
    expect(blocked.status).toBe(404)
    expect(operator.state.numbers.get("77010541921")?.status).toBe("Активный")
  })

  it("answers 404 for a number the operator does not have", async () => {
    const token = await signIn(operator)
    const response = await call(operator, "GET", `/v1/companies/${companies.kabinet}/numbers/77020000000`, { token })
    expect(response.status).toBe(404)
    expect(await json(response)).toEqual({ _tag: "NotFound", resource: "number", id: "77020000000" })
  })
})

describe("sign-in", () => {
  it("locks the login at the 5th failure: the 6th attempt is 423, even with the right password", async () => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      const response = await signInWith(demo.phone, "wrong password")
      expect(response.status).toBe(401)
      expect(await json(response)).toEqual({
        _tag: "Unauthenticated",
        reason: "credentials",
        attemptsLeft: 5 - attempt,
      })
    }
    const sixth = await signInWith(demo.phone, demo.password)
    expect(sixth.status).toBe(423)
    const body = await json(sixth)
    expect(body._tag).toBe("LoginLocked")
    expect(body.retryAfterSeconds).toBe(900)

    operator.clock.advance(15 * minute)
    expect((await signInWith(demo.phone, demo.password)).status).toBe(200)
  })

  it("gives one answer for a wrong phone and a wrong password", async () => {
    const unknown = await json(await signInWith("77020000000", demo.password))
    const wrong = await json(await signInWith(demo.phone, "not the password"))
    expect(unknown).toEqual(wrong)
  })

  it("tells nobody that an account was never activated: its sign-in fails like a wrong password", async () => {
    const neverActivated = await signInWith("77010016218", "anything at all")
    const unknown = await signInWith("77020000001", "anything at all")
    expect(neverActivated.status).toBe(401)
    expect(await json(neverActivated)).toEqual(await json(unknown))
  })
})

describe("profile", () => {
  it("refuses a wrong current password with its own message, not the sign-in one", async () => {
    const token = await signIn(operator)
    const response = await call(operator, "PUT", "/v1/profile/password", {
      token,
      headers: idem(),
      body: { currentPassword: "not the password", newPassword: "Another-pass-2026" },
    })
    expect(response.status).toBe(422)
    expect(await json(response)).toEqual({
      _tag: "RuleDenied",
      ruleId: "profile.currentPassword.required",
      messageKey: "rule.profile.currentPassword.wrong",
      params: {},
    })
  })
})

describe("password recovery", () => {
  const start = async (phone: string) => {
    const response = await call(operator, "POST", "/v1/auth/recovery", { headers: idem(), body: { phone } })
    expect(response.status).toBe(200)
    return (await response.json()) as { recoveryId: string; attemptsLeft: number }
  }
  const resend = (recoveryId: string) =>
    call(operator, "POST", `/v1/auth/recovery/${recoveryId}/resend`, { headers: idem() })
  const verify = (recoveryId: string, code: string) =>
    call(operator, "POST", `/v1/auth/recovery/${recoveryId}/verify`, { body: { code } })

  it("resends the SMS code only 60 s after the last send", async () => {
    const { recoveryId } = await start("77010016218")
    const first = operator.lastSmsCode("77010016218")
    const early = await resend(recoveryId)
    expect(early.status).toBe(422)
    expect(await json(early)).toMatchObject({ ruleId: "recovery.resendCooldown", params: { seconds: 60 } })
    operator.clock.advance(45_000)
    expect(await json(await resend(recoveryId))).toMatchObject({ params: { seconds: 15 } })
    operator.clock.advance(15_000)
    expect((await resend(recoveryId)).status).toBe(200)
    const second = operator.lastSmsCode("77010016218")
    expect(operator.outbox({ channel: "sms", to: "77010016218" })).toHaveLength(2)
    if (first !== second) expect((await verify(recoveryId, first ?? "")).status).toBe(422)
  })

  it("expires a code after 5 minutes", async () => {
    const { recoveryId } = await start("77010016218")
    operator.clock.advance(5 * minute)
    const response = await verify(recoveryId, operator.lastSmsCode("77010016218") ?? "")
    expect(await json(response)).toMatchObject({ _tag: "RuleDenied", ruleId: "recovery.codeExpired" })
  })

  it("allows 5 tries, then asks for a new code", async () => {
    const { recoveryId } = await start("77010016218")
    const right = operator.lastSmsCode("77010016218") ?? ""
    const wrong = right === "000000" ? "111111" : "000000"
    for (let tryNumber = 1; tryNumber <= 5; tryNumber++) {
      const response = await verify(recoveryId, wrong)
      expect(response.status).toBe(422)
      expect(await json(response)).toEqual({ _tag: "InvalidCode", attemptsLeft: 5 - tryNumber })
    }
    expect(await json(await verify(recoveryId, right))).toMatchObject({ ruleId: "recovery.tooManyTries" })
  })

  it("activates an account: code, new password under the policy, signed in", async () => {
    const { recoveryId } = await start("77010016218")
    const grant = await json(await verify(recoveryId, operator.lastSmsCode("77010016218") ?? ""))
    const weak = await call(operator, "POST", "/v1/auth/recovery/complete", {
      body: { recoveryToken: grant.recoveryToken, newPassword: "short" },
    })
    expect(await json(weak)).toMatchObject({ ruleId: "password.policy", messageKey: "rule.password.tooShort" })
    const done = await call(operator, "POST", "/v1/auth/recovery/complete", {
      body: { recoveryToken: grant.recoveryToken, newPassword: "a long pass phrase for a new admin" },
    })
    expect(done.status).toBe(200)
    expect((await json(done)).admin).toMatchObject({ phone: "77010016218", activated: true })
    expect((await signInWith("77010016218", "a long pass phrase for a new admin")).status).toBe(200)
  })

  it("answers an unknown phone like a known one, and sends nothing", async () => {
    const challenge = await start("77020000000")
    expect(challenge.attemptsLeft).toBe(5)
    expect(operator.outbox({ to: "77020000000" })).toHaveLength(0)
  })
})

describe("sessions", () => {
  it("tells a missing token, an unknown one and an expired session apart", async () => {
    const path = "/v1/companies"
    expect(await json(await call(operator, "GET", path))).toEqual({ _tag: "Unauthenticated", reason: "missingToken" })
    expect(await json(await call(operator, "GET", path, { token: "sess_not-a-real-token-at-all" }))).toEqual({
      _tag: "Unauthenticated",
      reason: "invalidToken",
    })
    const token = await signIn(operator)
    expect((await call(operator, "GET", path, { token })).status).toBe(200)
    operator.clock.advance(30 * minute)
    expect(await json(await call(operator, "GET", path, { token }))).toEqual({
      _tag: "Unauthenticated",
      reason: "sessionExpired",
    })
  })
})
