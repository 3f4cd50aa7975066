import { describe, expect, it } from "@effect/vitest"
import { DateTime, Effect, Layer, Redacted, Ref, Schema } from "effect"
import { HttpClientRequest, HttpRouter, HttpServer } from "effect/http"
import { HttpApi, HttpApiBuilder, HttpApiEndpoint, HttpApiGroup, HttpApiMiddleware, HttpApiTest } from "effect/http-api"
import * as Auth from "../../src/api/Auth.js"
import * as ApiErrors from "../../src/api/Errors.js"
import * as Operations from "../../src/api/Operations.js"
import { OperatorApi } from "../../src/api/OperatorApi.js"
import * as Security from "../../src/api/Security.js"
import * as Validation from "../../src/api/Validation.js"
import * as Admin from "../../src/domain/Admin.js"
import * as Company from "../../src/domain/Company.js"
import * as Msisdn from "../../src/domain/Msisdn.js"
import type * as NumberStatus from "../../src/domain/NumberStatus.js"
import * as SmsCode from "../../src/domain/SmsCode.js"
import * as NumberRules from "../../src/rules/NumberRules.js"
import type * as Rule from "../../src/rules/Rule.js"
import * as F from "../client/fixtures.js"

// An operator in miniature for three groups: sessions, numbers with statuses, operations, and
// the idempotency of mutations, answering with the contract's schemas.

const admin = Schema.decodeUnknownSync(Admin.Admin)(F.admin)
const token = "sess_0123456789abcdef"
const startedAt = DateTime.makeUnsafe("2025-09-21T07:00:00Z")
const kabinet = Company.CompanyId.make("cmp-kabinet")
const other = Company.CompanyId.make("cmp-other")
const active = Msisdn.make("77010542001")
const debtor = Msisdn.make("77010542006")

const statuses = new Map<Msisdn.Msisdn, NumberStatus.NumberStatus>([
  [active, "Активный"],
  [debtor, "Заблокирован / Долг"],
])

const refuse = (decision: Rule.Decision) =>
  decision._tag === "Denied"
    ? Effect.fail(
        new ApiErrors.RuleDenied({ ruleId: decision.rule, messageKey: decision.messageKey, params: decision.params }),
      )
    : Effect.void

const AuthorizationLive = Layer.succeed(Security.Authorization, {
  bearer: (httpEffect, { credential }) =>
    Redacted.value(credential) === token
      ? Effect.provideService(httpEffect, Security.CurrentSession, { admin, expiresAt: startedAt })
      : Effect.fail(new ApiErrors.Unauthenticated({ reason: "invalidToken" })),
})

const AuthHandlers = HttpApiBuilder.group(OperatorApi, "auth", (handlers) =>
  Effect.succeed(
    handlers
      .handle("signIn", ({ payload }) =>
        Redacted.value(payload.password) === "correct horse battery staple"
          ? Effect.succeed({ token: Redacted.make(token), admin, expiresAt: startedAt })
          : Effect.fail(new ApiErrors.Unauthenticated({ reason: "credentials", attemptsLeft: 4 })),
      )
      .handle("startRecovery", () => Effect.die("not in this test"))
      .handle("resendRecoveryCode", () => Effect.die("not in this test"))
      .handle("verifyRecoveryCode", ({ payload }) =>
        payload.code === "999999"
          ? Effect.fail(
              new ApiErrors.RuleDenied({
                ruleId: "recovery.codeExpired",
                messageKey: "rule.recovery.codeExpired",
                params: { minutes: 5 },
              }),
            )
          : Effect.fail(new ApiErrors.InvalidCode({ attemptsLeft: 4 })),
      )
      .handle("completeRecovery", () => Effect.die("not in this test"))
      .handle("signOut", () => Effect.void),
  ),
)

const NumberActionsHandlers = HttpApiBuilder.group(OperatorApi, "numberActions", (handlers) =>
  Effect.gen(function* () {
    const replies = yield* Ref.make(new Map<string, Operations.Operation>())
    const start = (
      name: "block" | "unblock",
      params: { readonly companyId: Company.CompanyId; readonly number: Msisdn.Msisdn },
      key: Security.IdempotencyKey,
    ) =>
      Effect.gen(function* () {
        const session = yield* Security.CurrentSession
        if (!session.admin.companyIds.includes(params.companyId)) {
          return yield* new ApiErrors.NotFound({ resource: "company", id: params.companyId })
        }
        const known = (yield* Ref.get(replies)).get(key)
        if (known !== undefined) return known
        const status = statuses.get(params.number)
        if (status === undefined) return yield* new ApiErrors.NotFound({ resource: "number", id: params.number })
        yield* refuse(NumberRules.operation(name, { status }))
        const operation: Operations.Operation = {
          state: "pending",
          id: Operations.OperationId.make(`op-${key}`),
          kind: name,
          msisdn: params.number,
          startedAt,
        }
        yield* Ref.update(replies, (map) => new Map(map).set(key, operation))
        return operation
      })
    return handlers
      .handle("block", ({ params, headers }) => start("block", params, headers["idempotency-key"]))
      .handle("unblock", ({ params, headers }) => start("unblock", params, headers["idempotency-key"]))
      .handle("simSwap", () => Effect.die("not in this test"))
      .handle("setBan", () => Effect.die("not in this test"))
      .handle("liftBan", () => Effect.die("not in this test"))
      .handle("setForwarding", () => Effect.die("not in this test"))
      .handle("clearForwarding", () => Effect.die("not in this test"))
      .handle("registerDevice", () => Effect.die("not in this test"))
      .handle("removeDevice", () => Effect.die("not in this test"))
      .handle("sendSecretCode", () => Effect.die("not in this test"))
      .handle("deleteSecretCode", () => Effect.die("not in this test"))
      .handle("connectService", () => Effect.die("not in this test"))
      .handle("disconnectService", () => Effect.die("not in this test"))
  }),
)

const Handlers = Layer.mergeAll(AuthHandlers, NumberActionsHandlers).pipe(
  Layer.provideMerge(AuthorizationLive),
  Layer.provideMerge(Validation.layer),
)

const bearer = (value: string | undefined) =>
  HttpApiMiddleware.layerClient(Security.Authorization, ({ next, request }) =>
    next(value === undefined ? request : HttpClientRequest.bearerToken(request, value)),
  )

const makeClient = HttpApiTest.groups(OperatorApi, ["auth", "numberActions"])
const key = (value: string) => ({ "idempotency-key": Security.IdempotencyKey.make(value) })

describe("the contract, served and called in memory", () => {
  it.layer(Layer.mergeAll(Handlers, HttpServer.layerServices))((it) => {
    it.effect("sign-in answers a session; wrong credentials a 401", () =>
      Effect.gen(function* () {
        const client = yield* makeClient
        const session = yield* client.auth.signIn({
          payload: { phone: admin.phone, password: Redacted.make("correct horse battery staple") },
        })
        expect(Redacted.value(session.token)).toBe(token)
        const error = yield* Effect.flip(
          client.auth.signIn({ payload: { phone: admin.phone, password: Redacted.make("nope") } }),
        )
        expect(error).toBeInstanceOf(ApiErrors.Unauthenticated)
        expect(error).toMatchObject({ reason: "credentials", attemptsLeft: 4 })
      }).pipe(Effect.provide(bearer(undefined))),
    )

    it.effect("two errors share 422 and are told apart", () =>
      Effect.gen(function* () {
        const client = yield* makeClient
        const recoveryId = Auth.RecoveryId.make("rec-1")
        const wrong = yield* Effect.flip(
          client.auth.verifyRecoveryCode({ params: { recoveryId }, payload: { code: SmsCode.make("123456") } }),
        )
        expect(wrong).toBeInstanceOf(ApiErrors.InvalidCode)
        const expired = yield* Effect.flip(
          client.auth.verifyRecoveryCode({ params: { recoveryId }, payload: { code: SmsCode.make("999999") } }),
        )
        expect(expired).toBeInstanceOf(ApiErrors.RuleDenied)
      }).pipe(Effect.provide(bearer(undefined))),
    )

    it.effect("block answers 202 with a pending operation; a repeated key answers the same", () =>
      Effect.gen(function* () {
        const client = yield* makeClient
        const [op, response] = yield* client.numberActions.block({
          params: { companyId: kabinet, number: active },
          headers: key("intent-block-1"),
          responseMode: "decoded-and-response",
        })
        expect(response.status).toBe(202)
        expect(op).toMatchObject({ state: "pending", kind: "block", msisdn: active })
        const again = yield* client.numberActions.block({
          params: { companyId: kabinet, number: active },
          headers: key("intent-block-1"),
        })
        expect(again.id).toBe(op.id)
      }).pipe(Effect.provide(bearer(token))),
    )

    it.effect("the operator refuses by the same rules: unblock of a debtor is 422 number.unblock.debt", () =>
      Effect.gen(function* () {
        const client = yield* makeClient
        const error = yield* Effect.flip(
          client.numberActions.unblock({
            params: { companyId: kabinet, number: debtor },
            headers: key("intent-unblock-1"),
          }),
        )
        expect(error).toBeInstanceOf(ApiErrors.RuleDenied)
        expect(error).toMatchObject({ ruleId: "number.unblock.debt", messageKey: "rule.number.unblock.debt" })
      }).pipe(Effect.provide(bearer(token))),
    )

    it.effect("company boundary: another company's number is the 404 of a number nobody has", () =>
      Effect.gen(function* () {
        const client = yield* makeClient
        const error = yield* Effect.flip(
          client.numberActions.block({ params: { companyId: other, number: active }, headers: key("intent-block-2") }),
        )
        expect(error).toMatchObject({ _tag: "NotFound", resource: "company", id: other })
      }).pipe(Effect.provide(bearer(token))),
    )

    it.effect("no or a wrong token is 401", () =>
      Effect.gen(function* () {
        const client = yield* makeClient
        const error = yield* Effect.flip(
          client.numberActions.block({
            params: { companyId: kabinet, number: active },
            headers: key("intent-block-3"),
          }),
        )
        expect(error).toMatchObject({ _tag: "Unauthenticated", reason: "invalidToken" })
      }).pipe(Effect.provide(bearer("sess_wrong-token-000000"))),
    )
  })
})

describe("Validation", () => {
  // The typed client never sends a malformed request, so a raw one goes to a one-endpoint API.
  const Probe = HttpApi.make("probe")
    .add(
      HttpApiGroup.make("probe").add(
        HttpApiEndpoint.post("act", "/act/:number", {
          params: { number: Msisdn.Msisdn },
          headers: Security.IdempotencyHeaders,
          success: Operations.Accepted,
          error: ApiErrors.InvalidRequest,
        }),
      ),
    )
    .middleware(Validation.Validation)
  const ProbeHandlers = HttpApiBuilder.group(Probe, "probe", (handlers) =>
    Effect.succeed(handlers.handle("act", () => Effect.die("unreachable"))),
  )

  it.effect("a request that breaks the contract is a 400 InvalidRequest naming each problem", () =>
    Effect.acquireUseRelease(
      Effect.sync(() =>
        HttpRouter.toWebHandler(
          HttpApiBuilder.layer(Probe).pipe(
            Layer.provide(ProbeHandlers),
            Layer.provide(Validation.layer),
            Layer.provide(HttpServer.layerServices),
          ),
          { disableLogger: true },
        ),
      ),
      ({ handler }) =>
        Effect.gen(function* () {
          const response = yield* Effect.promise(() =>
            handler(new Request("http://operator.test/act/123", { method: "POST" })),
          )
          expect(response.status).toBe(400)
          const body = yield* Effect.promise(() => response.json())
          const error = Schema.decodeUnknownSync(ApiErrors.InvalidRequest)(body)
          expect(error.issues.length).toBeGreaterThan(0)
          expect(error.issues[0]?.path.startsWith("params.number") || error.issues[0]?.path.startsWith("headers")).toBe(
            true,
          )
        }),
      ({ dispose }) => Effect.promise(dispose),
    ),
  )
})
