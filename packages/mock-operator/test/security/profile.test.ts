/**
 * The profile's current password is guessed no more easily than the sign-in password: wrong ones
 * count toward the same lock of the admin's login.
 */
import { describe, expect, it } from "vitest"
import { demo, json, key, send, signIn, useServer } from "../support/server.js"

const server = useServer()

const changeEmail = (token: string, currentPassword: string) =>
  send(server.current, "PUT", "/v1/profile/email", {
    token,
    headers: { "idempotency-key": key() },
    body: { email: "dana@kabinet.kz", currentPassword },
  })

describe("the profile's current password", () => {
  it("locks the login after five wrong current passwords, for the profile and the sign-in alike", async () => {
    const token = await signIn(server.current)
    for (let attempt = 1; attempt <= 5; attempt++) {
      const response = await changeEmail(token, `guess number ${attempt}`)
      expect(response.status).toBe(422)
      expect(await json(response)).toMatchObject({ messageKey: "rule.profile.currentPassword.wrong" })
    }
    const sixth = await changeEmail(token, demo.password)
    expect(sixth.status).toBe(423)
    expect(sixth.headers.get("retry-after")).toBe("900")
    expect(await json(sixth)).toMatchObject({ _tag: "LoginLocked", retryAfterSeconds: 900 })
    const password = await send(server.current, "PUT", "/v1/profile/password", {
      token,
      headers: { "idempotency-key": key() },
      body: { currentPassword: demo.password, newPassword: "a long new pass phrase here" },
    })
    expect(password.status).toBe(423)
    expect((await send(server.current, "POST", "/v1/auth/sign-in", { body: demo })).status).toBe(423)

    server.current.operator.clock.advance(15 * 60_000)
    const fresh = await signIn(server.current)
    expect((await changeEmail(fresh, demo.password)).status).toBe(200)
  })
})
