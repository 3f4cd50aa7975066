import { describe, expect, it } from "@effect/vitest"
import { Effect, Fiber, Option, Redacted, Schema } from "effect"
import { TestClock } from "effect/testing"
import * as Auth from "../../src/api/Auth.js"
import { OperatorApi } from "../../src/api/OperatorApi.js"
import * as Security from "../../src/api/Security.js"
import * as Client from "../../src/client/OperatorClient.js"
import { layerTest, OperatorClient } from "../../src/client/OperatorClient.js"
import * as Admin from "../../src/domain/Admin.js"
import * as Company from "../../src/domain/Company.js"
import * as Msisdn from "../../src/domain/Msisdn.js"
import * as SmsCode from "../../src/domain/SmsCode.js"
import * as Errors from "../../src/Errors.js"
import * as Messages from "../../src/i18n/Messages.js"
import { json, makeOperator, type Route, route } from "./FakeOperator.js"
import * as F from "./fixtures.js"

const companyId = Company.CompanyId.make("cmp-kabinet")
const number = Msisdn.make("77010542001")
const key = Security.IdempotencyKey.make("intent-0001")
const admin = Schema.decodeUnknownSync(Admin.Admin)(F.admin)

const listCompanies = OperatorClient.use((client) =>
  client.call("operation.selectCompany", client.api.companies.list()),
)
const block = OperatorClient.use((client) =>
  client.call(
    "operation.block",
    client.api.numberActions.block({ params: { companyId, number }, headers: { "idempotency-key": key } }),
  ),
)

const signInRoute = route("POST", /sign-in$/, json(200, F.session))

// Signs in the way the programs do: the operator's answer opens the client's session.
const signIn = OperatorClient.use((client) =>
  client.session.open(
    "operation.signIn",
    client.api.auth.signIn({ payload: { phone: admin.phone, password: Redacted.make("x") } }),
  ),
)

const withOperator = <A, E>(
  routes: ReadonlyArray<Route>,
  effect: (operator: ReturnType<typeof makeOperator>) => Effect.Effect<A, E, OperatorClient>,
  overrides = {},
) => {
  const operator = makeOperator(routes)
  return effect(operator).pipe(Effect.provide(layerTest(operator.fetch, overrides)))
}

const companies = /^\/v1\/companies$/
const blockPath = /\/block$/

describe("OperatorClient error mapping", () => {
  it.live("5xx on a read: retried, then OperatorUnavailable", () =>
    withOperator([route("GET", companies, json(503, { _tag: "OperatorUnavailable" }))], (operator) =>
      Effect.gen(function* () {
        const error = yield* Effect.flip(listCompanies)
        expect(error._tag).toBe("OperatorUnavailable")
        expect(error._tag === "OperatorUnavailable" && error.status).toBe(503)
        expect(error._tag === "OperatorUnavailable" && error.operation).toBe("operation.selectCompany")
        expect(operator.requests).toHaveLength(3)
      }),
    ),
  )

  it.live("a read succeeds when a retry does", () =>
    withOperator(
      [route("GET", companies, (_, n) => (n < 2 ? json(502, "<html>Bad gateway</html>") : json(200, [F.company])))],
      (operator) =>
        Effect.gen(function* () {
          const list = yield* listCompanies
          expect(list.map(Company.displayName)).toEqual(["Кабинет"])
          expect(operator.requests).toHaveLength(3)
        }),
    ),
  )

  it.live("a mutation is never retried: a 500 with an HTML body is OperatorUnavailable after one request", () =>
    withOperator([route("POST", blockPath, new Response("<h1>oops</h1>", { status: 500 }))], (operator) =>
      Effect.gen(function* () {
        const error = yield* Effect.flip(block)
        expect(error).toMatchObject({ _tag: "OperatorUnavailable", status: 500, operation: "operation.block" })
        expect(operator.requests).toHaveLength(1)
      }),
    ),
  )

  it.live("network failure: NetworkError; reads retried, mutations not", () =>
    withOperator([route("GET", companies, "network-error"), route("POST", blockPath, "network-error")], (operator) =>
      Effect.gen(function* () {
        expect((yield* Effect.flip(listCompanies))._tag).toBe("NetworkError")
        expect(operator.requests).toHaveLength(3)
        expect((yield* Effect.flip(block))._tag).toBe("NetworkError")
        expect(operator.requests).toHaveLength(4)
      }),
    ),
  )

  it.effect("no answer within the timeout: Timeout", () =>
    withOperator(
      [route("POST", blockPath, "hang")],
      (operator) =>
        Effect.gen(function* () {
          const fiber = yield* Effect.forkChild(Effect.flip(block))
          yield* TestClock.adjust("2 seconds")
          const error = yield* Fiber.join(fiber)
          expect(error).toMatchObject({ _tag: "Timeout", afterMillis: 1000, operation: "operation.block" })
          expect(operator.requests).toHaveLength(1)
        }),
      { timeout: "1 second" },
    ),
  )

  it.live("429 with Retry-After: RateLimited with the seconds", () =>
    withOperator(
      [route("POST", blockPath, json(429, { _tag: "RateLimited", retryAfterSeconds: 7 }, { "retry-after": "7" }))],
      (operator) =>
        Effect.gen(function* () {
          const error = yield* Effect.flip(block)
          expect(error).toMatchObject({ _tag: "RateLimited", retryAfterSeconds: 7 })
          expect(operator.requests).toHaveLength(1)
        }),
    ),
  )

  it.live("429 on a read is retried after Retry-After", () =>
    withOperator(
      [route("GET", companies, (_, n) => (n === 0 ? json(429, {}, { "retry-after": "0" }) : json(200, [F.company])))],
      (operator) =>
        Effect.gen(function* () {
          yield* listCompanies
          expect(operator.requests).toHaveLength(2)
        }),
    ),
  )

  it.live("a wrong current password keeps its own message key", () =>
    withOperator(
      [
        route(
          "POST",
          blockPath,
          json(422, {
            _tag: "RuleDenied",
            ruleId: "profile.currentPassword.required",
            messageKey: "rule.profile.currentPassword.wrong",
            params: {},
          }),
        ),
      ],
      () =>
        Effect.gen(function* () {
          const error = yield* Effect.flip(block)
          expect(error).toMatchObject({
            _tag: "RuleDenied",
            rule: "profile.currentPassword.required",
            messageKey: "rule.profile.currentPassword.wrong",
          })
          if (!Errors.isKabinetError(error)) throw new Error("expected a Kabinet error")
          expect(Messages.formatMessage("ru", Errors.message(error))).toBe("Неверный текущий пароль.")
        }),
    ),
  )

  it.live("malformed JSON: ContractViolation", () =>
    withOperator(
      [route("GET", companies, new Response("[{", { status: 200, headers: { "content-type": "application/json" } }))],
      () =>
        Effect.gen(function* () {
          expect((yield* Effect.flip(listCompanies))._tag).toBe("ContractViolation")
        }),
    ),
  )

  it.live("a payload that breaks the contract: ContractViolation, not a crash", () =>
    withOperator([route("GET", companies, json(200, [{ ...F.company, bin: "123" }]))], (operator) =>
      Effect.gen(function* () {
        const error = yield* Effect.flip(listCompanies)
        expect(error._tag).toBe("ContractViolation")
        expect(operator.requests).toHaveLength(1)
      }),
    ),
  )

  it.live("an undeclared status (418): ContractViolation", () =>
    withOperator([route("GET", companies, json(418, { teapot: true }))], () =>
      Effect.gen(function* () {
        expect((yield* Effect.flip(listCompanies))._tag).toBe("ContractViolation")
      }),
    ),
  )

  it.live("401: SessionExpired clears the session; missing token is Unauthorized", () =>
    withOperator(
      [
        signInRoute,
        route("GET", companies, (request) =>
          request.headers.get("authorization") === null
            ? json(401, { _tag: "Unauthenticated", reason: "missingToken" })
            : json(401, { _tag: "Unauthenticated", reason: "sessionExpired" }),
        ),
      ],
      (operator) =>
        Effect.gen(function* () {
          const client = yield* OperatorClient
          expect((yield* Effect.flip(listCompanies))._tag).toBe("Unauthorized")
          yield* signIn
          expect(Option.isSome(client.session.current())).toBe(true)
          const expired = yield* Effect.flip(listCompanies)
          expect(expired._tag).toBe("SessionExpired")
          expect(Errors.isSessionExpired(expired)).toBe(true)
          expect(operator.requests[2]?.headers.get("authorization")).toBe("Bearer sess_0123456789abcdef")
          expect(Option.isNone(yield* client.session.get)).toBe(true)
          expect(Option.isNone(client.session.current())).toBe(true)
        }),
    ),
  )

  it.live("401 credentials on sign-in: InvalidCredentials", () =>
    withOperator(
      [route("POST", /sign-in$/, json(401, { _tag: "Unauthenticated", reason: "credentials", attemptsLeft: 2 }))],
      () =>
        Effect.gen(function* () {
          const client = yield* OperatorClient
          const error = yield* Effect.flip(
            client.call(
              "operation.signIn",
              client.api.auth.signIn({ payload: { phone: admin.phone, password: Redacted.make("wrong") } }),
            ),
          )
          expect(error).toMatchObject({ _tag: "InvalidCredentials", attemptsLeft: 2 })
          expect(Errors.attemptsMessage(error)).toEqual({
            key: "error.invalidCredentials.attemptsLeft",
            params: { attempts: 2, minutes: 15 },
          })
        }),
    ),
  )

  it.live("a gateway's 403, 404, 400, 409, 422, 423 and a wrong SMS code map to typed errors", () =>
    withOperator(
      [
        route(
          "POST",
          blockPath,
          (_, n) =>
            [
              json(403, { _tag: "AccessDenied", reason: "otherCompany" }),
              json(404, { _tag: "NotFound", resource: "number", id: "77010542001" }),
              json(400, {
                _tag: "InvalidRequest",
                message: "bad",
                issues: [{ path: "headers.idempotency-key", message: "Missing key" }],
              }),
              json(409, { _tag: "IdempotencyConflict", key: "intent-0001" }),
              json(422, {
                _tag: "RuleDenied",
                ruleId: "number.block.notActive",
                messageKey: "rule.number.block.notActive",
                params: {},
              }),
              json(422, {
                _tag: "RuleDenied",
                ruleId: "number.unblock.debt",
                messageKey: "unknown.key",
                params: { a: 1 },
              }),
            ][n] ?? json(500, {}),
        ),
        route("POST", /sign-in$/, (_, n) =>
          n === 0
            ? json(423, { _tag: "LoginLocked", lockedUntil: "2025-09-21T12:15:00+05:00", retryAfterSeconds: 840 })
            : json(401, { _tag: "Unauthenticated", reason: "credentials", attemptsLeft: 4 }),
        ),
        route("POST", /verify$/, json(422, { _tag: "InvalidCode", attemptsLeft: 3 })),
      ],
      () =>
        Effect.gen(function* () {
          const client = yield* OperatorClient
          const results = []
          for (let i = 0; i < 6; i++) results.push(yield* Effect.flip(block))
          expect(results.map((e) => e._tag)).toEqual([
            "Forbidden",
            "NotFound",
            "ContractViolation",
            "ContractViolation",
            "RuleDenied",
            "RuleDenied",
          ])
          expect(results[4]).toMatchObject({
            rule: "number.block.notActive",
            messageKey: "rule.number.block.notActive",
          })
          // An unknown message key falls back to the rule's own.
          expect(results[5]).toMatchObject({
            rule: "number.unblock.debt",
            messageKey: "rule.number.unblock.debt",
            params: { a: 1 },
          })
          const signIn = client.call(
            "operation.signIn",
            client.api.auth.signIn({ payload: { phone: admin.phone, password: Redacted.make("x") } }),
          )
          const locked = yield* Effect.flip(signIn)
          // The operator's refusal as the lock rule states it, with the instant the lock ends.
          expect(locked).toMatchObject({
            _tag: "RuleDenied",
            rule: "login.locked",
            params: { attempts: 5, minutes: 14, lockedUntil: Date.parse("2025-09-21T12:15:00+05:00") },
          })
          expect(Errors.loginLockedUntil(locked)).toBe(Date.parse("2025-09-21T12:15:00+05:00"))
          expect(Errors.isRuleDenied(locked, "login.locked")).toBe(true)
          expect(Messages.format("ru", Errors.message(locked).key, Errors.message(locked).params)).toContain(
            "через 14 минут (в 12:15)",
          )
          expect(yield* Effect.flip(signIn)).toMatchObject({ _tag: "InvalidCredentials", attemptsLeft: 4 })
          const wrongCode = yield* Effect.flip(
            client.call(
              "operation.passwordRecovery",
              client.api.auth.verifyRecoveryCode({
                params: { recoveryId: Auth.RecoveryId.make("rec-1") },
                payload: { code: SmsCode.make("000000") },
              }),
            ),
          )
          expect(wrongCode).toMatchObject({ _tag: "InvalidSmsCode", attemptsLeft: 3 })
          expect(wrongCode).toBeInstanceOf(Errors.InvalidSmsCode)
          expect(Client.InvalidSmsCode).toBe(Errors.InvalidSmsCode)
          expect(Errors.isKabinetError(wrongCode)).toBe(true)
        }),
    ),
  )
})

describe("OperatorClient requests", () => {
  it.live("mutations carry the Idempotency-Key; reads the bearer token once signed in", () =>
    withOperator(
      [signInRoute, route("POST", blockPath, json(202, F.pending())), route("GET", companies, json(200, []))],
      (operator) =>
        Effect.gen(function* () {
          yield* signIn
          yield* block
          yield* listCompanies
          expect(operator.requests[1]?.headers.get("idempotency-key")).toBe("intent-0001")
          expect(operator.requests[2]?.headers.get("authorization")).toBe("Bearer sess_0123456789abcdef")
          expect(operator.requests[2]?.headers.get("idempotency-key")).toBeNull()
        }),
    ),
  )

  it.effect("new idempotency keys are unique and valid", () =>
    Effect.gen(function* () {
      const client = yield* OperatorClient
      const a = yield* client.newIdempotencyKey
      const b = yield* client.newIdempotencyKey
      expect(a).not.toBe(b)
      expect(Schema.is(Security.IdempotencyKey)(a)).toBe(true)
    }).pipe(Effect.provide(layerTest(makeOperator([]).fetch))),
  )
})

describe("OperatorClient groups", () => {
  it.effect("offers every group and endpoint of the contract, whether built at start or on first call", () =>
    Effect.gen(function* () {
      const client = yield* OperatorClient
      const expected = Object.fromEntries(
        Object.entries(OperatorApi.groups).map(([group, g]) => [group, Object.keys(g.endpoints).sort()]),
      )
      const offered = Object.fromEntries(
        Object.entries(client.api).map(([group, endpoints]) => [group, Object.keys(endpoints).sort()]),
      )
      expect(offered).toEqual(expected)
    }).pipe(Effect.provide(layerTest(makeOperator([]).fetch))),
  )

  it.live("builds a group on its first call and calls the operator through it, the session's token included", () =>
    withOperator([signInRoute, route("POST", blockPath, json(202, F.pending()))], (operator) =>
      Effect.gen(function* () {
        yield* signIn
        yield* block
        yield* block
        const blocks = operator.requests.filter((request) => blockPath.test(request.path))
        expect(blocks).toHaveLength(2)
        expect(blocks.every((request) => request.headers.get("authorization") === `Bearer ${F.session.token}`)).toBe(
          true,
        )
      }),
    ),
  )
})
