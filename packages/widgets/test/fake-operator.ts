/**
 * A small operator for the widgets' browser tests, answering the access and profile endpoints of the
 * core's contract over a `fetch` the store is given. It speaks the contract's JSON and statuses, so
 * the core's client and programs run unchanged; tests control its answers (wrong credentials, a lock,
 * an outage) and read what it received. The full mock operator serves the stories.
 */

export interface FakeAdmin {
  phone: string
  password: string | undefined
  fullName: string
  email?: string
  companyIds: Array<string>
}

export interface FakeCompany {
  id: string
  bin: string
  fullName: string
  shortName?: string
}

export interface FakeOperatorOptions {
  /** The clock the fake reads (epoch milliseconds). */
  readonly now?: () => number
}

/** The SMS code the fake always sends. */
export const smsCode = "482913"

/** The password of the seeded, activated admin. */
export const goodPassword = "correct horse battery staple"

const json = (status: number, body: unknown): Response =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: body === undefined ? {} : { "content-type": "application/json" },
  })

// As the operator answers a wrong current password: under the rule that asks for it, with its own
// message.
const wrongCurrentPassword = (): Response =>
  json(422, {
    _tag: "RuleDenied",
    ruleId: "profile.currentPassword.required",
    messageKey: "rule.profile.currentPassword.wrong",
    params: {},
  })

const iso = (millis: number): string => new Date(millis).toISOString()

export class FakeOperator {
  readonly admins = new Map<string, FakeAdmin>([
    [
      "77012111249",
      {
        phone: "77012111249",
        password: goodPassword,
        fullName: "Alimbayeva Adel",
        email: "adel@example.kz",
        companyIds: ["cmp-800800800800", "cmp-900900900900"],
      },
    ],
    [
      "77010016218",
      { phone: "77010016218", password: undefined, fullName: "Rocket Yuriy", companyIds: ["cmp-800800800800"] },
    ],
  ])
  readonly companies = new Map<string, FakeCompany>([
    ["cmp-800800800800", { id: "cmp-800800800800", bin: "800800800800", fullName: 'АО "Времени мало"' }],
    [
      "cmp-900900900900",
      { id: "cmp-900900900900", bin: "900900900900", fullName: "TOO Кабинет", shortName: "Кабинет" },
    ],
  ])
  /** Requests received, as `METHOD /path`. */
  readonly requests: Array<string> = []
  /** Answer every request with this status (503 for an outage), when set. */
  outage: number | undefined
  /** Requests (`METHOD /path`) answered with 503, as if that part of the operator were down. */
  readonly failing = new Set<string>()
  /** Hold every answer until this promise settles, when set (to see a pending state). */
  hold: Promise<void> | undefined

  readonly #now: () => number
  #failures = 0
  #lockedUntil: number | undefined
  #recovery: { phone: string; sentAt: number; attemptsLeft: number } | undefined
  #session: string | undefined

  constructor(options: FakeOperatorOptions = {}) {
    this.#now = options.now ?? Date.now
  }

  /** The `fetch` to give the store. */
  readonly fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init)
    const url = new URL(request.url)
    this.requests.push(`${request.method} ${url.pathname}`)
    if (this.hold !== undefined) await this.hold
    if (this.outage !== undefined) return json(this.outage, { _tag: "OperatorUnavailable" })
    if (this.failing.has(`${request.method} ${url.pathname}`)) return json(503, { _tag: "OperatorUnavailable" })
    const body = request.method === "GET" || request.method === "DELETE" ? undefined : await request.text()
    const payload = body === undefined || body === "" ? {} : (JSON.parse(body) as Record<string, unknown>)
    return this.#route(request.method, url.pathname, payload, request.headers)
  }

  #sessionOf(phone: string) {
    const admin = this.admins.get(phone)
    if (admin === undefined) throw new Error(`no admin ${phone}`)
    this.#session = `sess_${phone}_0123456789`
    return {
      token: this.#session,
      admin: this.#adminJson(admin),
      expiresAt: iso(this.#now() + 8 * 3_600_000),
    }
  }

  #adminJson(admin: FakeAdmin) {
    return {
      phone: admin.phone,
      fullName: admin.fullName,
      ...(admin.email === undefined ? {} : { email: admin.email }),
      companyIds: admin.companyIds,
      activated: admin.password !== undefined,
    }
  }

  #signedInAdmin(headers: Headers): FakeAdmin | undefined {
    const token = headers.get("authorization")?.replace(/^Bearer /u, "")
    if (token === undefined || token !== this.#session) return undefined
    return this.admins.get(token.split("_")[1] ?? "")
  }

  #challenge() {
    const recovery = this.#recovery
    if (recovery === undefined) throw new Error("no recovery")
    return {
      recoveryId: "rec-1",
      sentAt: iso(recovery.sentAt),
      resendAvailableAt: iso(recovery.sentAt + 60_000),
      expiresAt: iso(recovery.sentAt + 300_000),
      attemptsLeft: recovery.attemptsLeft,
    }
  }

  #route(method: string, path: string, payload: Record<string, unknown>, headers: Headers): Response {
    const now = this.#now()
    if (method === "POST" && path === "/v1/auth/sign-in") {
      if (this.#lockedUntil !== undefined && now < this.#lockedUntil) {
        return json(423, {
          _tag: "LoginLocked",
          lockedUntil: iso(this.#lockedUntil),
          retryAfterSeconds: Math.ceil((this.#lockedUntil - now) / 1000),
        })
      }
      // An account never activated has no password: it fails like a wrong one, telling nothing.
      const admin = this.admins.get(String(payload.phone))
      if (admin?.password === undefined || admin.password !== payload.password) {
        // Five failures lock the login for 15 minutes; the sixth attempt is refused.
        this.#failures++
        if (this.#failures >= 5) this.#lockedUntil = now + 15 * 60_000
        return json(401, { _tag: "Unauthenticated", reason: "credentials", attemptsLeft: 5 - this.#failures })
      }
      this.#failures = 0
      return json(200, this.#sessionOf(admin.phone))
    }
    if (method === "POST" && path === "/v1/auth/recovery") {
      this.#recovery = { phone: String(payload.phone), sentAt: now, attemptsLeft: 5 }
      return json(200, this.#challenge())
    }
    if (method === "POST" && path === "/v1/auth/recovery/rec-1/resend") {
      if (this.#recovery === undefined) return json(404, { _tag: "NotFound", resource: "recovery", id: "rec-1" })
      this.#recovery = { ...this.#recovery, sentAt: now, attemptsLeft: 5 }
      return json(200, this.#challenge())
    }
    if (method === "POST" && path === "/v1/auth/recovery/rec-1/verify") {
      const recovery = this.#recovery
      if (recovery === undefined) return json(404, { _tag: "NotFound", resource: "recovery", id: "rec-1" })
      if (payload.code !== smsCode) {
        recovery.attemptsLeft = Math.max(0, recovery.attemptsLeft - 1)
        return json(422, { _tag: "InvalidCode", attemptsLeft: recovery.attemptsLeft })
      }
      return json(200, { recoveryToken: "rt_0123456789abcdef", expiresAt: iso(now + 600_000) })
    }
    if (method === "POST" && path === "/v1/auth/recovery/complete") {
      const recovery = this.#recovery
      if (recovery === undefined) return json(401, { _tag: "Unauthenticated", reason: "invalidToken" })
      const admin = this.admins.get(recovery.phone)
      if (admin === undefined) return json(401, { _tag: "Unauthenticated", reason: "invalidToken" })
      admin.password = String(payload.newPassword)
      this.#recovery = undefined
      return json(200, this.#sessionOf(admin.phone))
    }
    const admin = this.#signedInAdmin(headers)
    if (admin === undefined) return json(401, { _tag: "Unauthenticated", reason: "missingToken" })
    if (method === "GET" && path === "/v1/companies") {
      return json(
        200,
        admin.companyIds.map((id) => this.companies.get(id)),
      )
    }
    if (method === "GET" && path === "/v1/profile") return json(200, this.#adminJson(admin))
    if (method === "PUT" && path === "/v1/profile/email") {
      if (payload.currentPassword !== admin.password) return wrongCurrentPassword()
      admin.email = String(payload.email)
      return json(200, this.#adminJson(admin))
    }
    if (method === "PUT" && path === "/v1/profile/password") {
      if (payload.currentPassword !== admin.password) return wrongCurrentPassword()
      admin.password = String(payload.newPassword)
      return new Response(null, { status: 204 })
    }
    const rename = /^\/v1\/profile\/companies\/([^/]+)\/short-name$/u.exec(path)
    if (rename !== null && (method === "PUT" || method === "DELETE")) {
      const company = this.companies.get(rename[1] ?? "")
      if (company === undefined) return json(404, { _tag: "NotFound", resource: "company", id: rename[1] })
      if (method === "PUT") company.shortName = String(payload.shortName)
      else delete company.shortName
      return json(200, company)
    }
    return json(404, { _tag: "NotFound", resource: "operation", id: path })
  }
}
