import { describe, expect, it } from "@effect/vitest"
import { Effect, Fiber, Stream } from "effect"
import { TestClock } from "effect/testing"
import * as Security from "../../src/api/Security.js"
import type { OperatorClient } from "../../src/client/OperatorClient.js"
import * as Company from "../../src/domain/Company.js"
import * as Iccid from "../../src/domain/Iccid.js"
import * as Imei from "../../src/domain/Imei.js"
import * as Msisdn from "../../src/domain/Msisdn.js"
import * as Service from "../../src/domain/Service.js"
import * as NumberActions from "../../src/programs/NumberActions.js"
import { json, route, run } from "../client/FakeOperator.js"
import * as F from "../client/fixtures.js"

const companyId = Company.CompanyId.make("cmp-kabinet")
const msisdn = Msisdn.make("77010542001")
const active = { msisdn, status: "Активный", billingMethod: "Кредитный" } as const
const debtBlocked = { msisdn, status: "Заблокирован / Долг" } as const
const blocked = { msisdn, status: "Заблокирован" } as const
const processing = { msisdn, status: "В обработке" } as const

const refusal = <A, E extends { readonly _tag: string }>(effect: Effect.Effect<A, E, OperatorClient>) =>
  Effect.map(Effect.flip(effect), (error) => error as E & { readonly rule?: string })

describe("a rule refuses before any request", () => {
  it.effect("unblock of «Заблокирован / Долг» makes zero requests", () =>
    run([], (operator) =>
      Effect.gen(function* () {
        const error = yield* refusal(Stream.runCollect(NumberActions.unblock({ companyId, number: debtBlocked })))
        expect(error).toMatchObject({
          _tag: "RuleDenied",
          rule: "number.unblock.debt",
          messageKey: "rule.number.unblock.debt",
        })
        expect(operator.requests).toHaveLength(0)
      }),
    ),
  )

  it.effect("block while «В обработке», SIM swap of a blocked number, unblock of an active one", () =>
    run([], (operator) =>
      Effect.gen(function* () {
        const iccid = Iccid.make("89997027507916785078")
        expect(yield* refusal(Stream.runCollect(NumberActions.block({ companyId, number: processing })))).toMatchObject(
          {
            rule: "number.operation.pending",
          },
        )
        expect(
          yield* refusal(Stream.runCollect(NumberActions.simSwap({ companyId, number: blocked, iccid }))),
        ).toMatchObject({
          rule: "number.simSwap.notActive",
        })
        expect(
          yield* refusal(
            Stream.runCollect(NumberActions.simSwap({ companyId, number: active, iccid, currentIccid: iccid })),
          ),
        ).toMatchObject({ rule: "number.simSwap.sameSim" })
        expect(yield* refusal(Stream.runCollect(NumberActions.unblock({ companyId, number: active })))).toMatchObject({
          rule: "number.unblock.notBlocked",
        })
        expect(operator.requests).toHaveLength(0)
      }),
    ),
  )

  it.effect("forwarding to itself, an IMEI without check digit, one already registered", () =>
    run([], (operator) =>
      Effect.gen(function* () {
        expect(
          yield* refusal(
            NumberActions.setForwarding({ companyId, number: active, rule: { condition: "busy", target: msisdn } }),
          ),
        ).toMatchObject({ rule: "number.forwarding.selfTarget" })
        expect(
          yield* refusal(
            NumberActions.registerImei({ companyId, number: active, imei: "35202309352069" as Imei.Imei }),
          ),
        ).toMatchObject({ rule: "number.imei.incomplete" })
        expect(
          yield* refusal(
            NumberActions.registerImei({
              companyId,
              number: active,
              imei: Imei.make("490154203237518"),
              registered: ["490154203237518"],
            }),
          ),
        ).toMatchObject({ rule: "number.imei.alreadyRegistered" })
        expect(operator.requests).toHaveLength(0)
      }),
    ),
  )
})

describe("long operations", () => {
  it.effect("block: «В обработке», then «Заблокирован», polled with backoff", () =>
    run(
      [
        route("POST", /\/block$/, json(202, F.pending("op-1", "block"))),
        route("GET", /^\/v1\/operations\/op-1$/, (_, n) =>
          n < 2 ? json(200, F.pending("op-1", "block")) : json(200, F.succeeded("op-1", "block", "Заблокирован")),
        ),
      ],
      (operator) =>
        Effect.gen(function* () {
          const fiber = yield* Effect.forkChild(Stream.runCollect(NumberActions.block({ companyId, number: active })))
          // First poll 2 s after the answer, then 3 s, then 4.5 s.
          yield* TestClock.adjust("2 seconds")
          expect(operator.requests.map((r) => r.method)).toEqual(["POST", "GET"])
          yield* TestClock.adjust("3 seconds")
          expect(operator.requests).toHaveLength(3)
          yield* TestClock.adjust("4500 millis")
          const states = yield* Fiber.join(fiber)
          expect(states.map((s) => [s.state, s.state === "pending" ? "В обработке" : s.status])).toEqual([
            ["pending", "В обработке"],
            ["succeeded", "Заблокирован"],
          ])
          expect(operator.requests).toHaveLength(4)
        }),
    ),
  )

  it.effect("the idempotency key of an intent is reused when the admin retries", () =>
    run(
      [
        route("POST", /\/unblock$/, (_, n) =>
          n === 0 ? "network-error" : json(202, F.succeeded("op-2", "unblock", "Активный")),
        ),
      ],
      (operator) =>
        Effect.gen(function* () {
          const key = yield* NumberActions.newIntent
          const first = yield* Effect.flip(
            Stream.runCollect(NumberActions.unblock({ companyId, number: blocked, idempotencyKey: key })),
          )
          expect(first._tag).toBe("NetworkError")
          // Mutations are not retried by the client: one request so far.
          expect(operator.requests).toHaveLength(1)
          const states = yield* Stream.runCollect(
            NumberActions.unblock({ companyId, number: blocked, idempotencyKey: key }),
          )
          expect(states.map((s) => s.state)).toEqual(["succeeded"])
          expect(operator.requests.map((r) => r.headers.get("idempotency-key"))).toEqual([key, key])
        }),
    ),
  )

  it.effect("without a key, each call is a new intent", () =>
    run([route("PUT", /\/bans\/selfCareAccess$/, json(200, F.bans))], (operator) =>
      Effect.gen(function* () {
        yield* NumberActions.setBan({ companyId, number: active, kind: "selfCareAccess", state: "enabled" })
        yield* NumberActions.setBan({ companyId, number: active, kind: "selfCareAccess", state: "enabled" })
        const [a, b] = operator.requests.map((r) => r.headers.get("idempotency-key"))
        expect(a).not.toBe(b)
      }),
    ),
  )
})

describe("quick actions", () => {
  const key = Security.IdempotencyKey.make("intent-quick-1")
  it.effect("bans, forwarding, devices, secret code and services reach their endpoints", () =>
    run(
      [
        route("DELETE", /\/bans\/smsUssdControl$/, json(200, F.bans)),
        route("PUT", /\/forwarding$/, json(200, F.forwarding)),
        route("DELETE", /\/forwarding\/busy$/, json(200, {})),
        route("POST", /\/devices$/, json(200, F.devices)),
        route("DELETE", /\/devices\/490154203237518$/, json(200, { ...F.devices, devices: [] })),
        route("POST", /\/secret-code$/, json(200, F.secretCodeSent)),
        route("DELETE", /\/secret-code$/, json(200, F.secretCodeNone)),
        route("PUT", /\/services\/connected\/roaming-europe$/, json(200, { ...F.availableService, connected: true })),
        route(
          "DELETE",
          /\/services\/connected\/internet-10gb$/,
          json(200, { ...F.connectedService, connected: false, connectedAt: undefined }),
        ),
      ],
      (operator) =>
        Effect.gen(function* () {
          const target = { companyId, number: active, idempotencyKey: key }
          const imei = Imei.make("490154203237518")
          yield* NumberActions.setBan({ ...target, kind: "smsUssdControl", state: "disabled" })
          const forwarding = yield* NumberActions.setForwarding({
            ...target,
            rule: { condition: "noAnswer", target: Msisdn.make("77010542006"), delaySeconds: 20 },
          })
          expect(forwarding.noAnswer?.delaySeconds).toBe(20)
          yield* NumberActions.clearForwarding({ ...target, condition: "busy" })
          yield* NumberActions.registerImei({ ...target, imei: Imei.make("352023093520696") })
          yield* NumberActions.removeImei({ ...target, imei })
          expect((yield* NumberActions.sendSecretCode(target)).state).toBe("sent")
          expect((yield* NumberActions.deleteSecretCode(target)).state).toBe("none")
          expect(
            (yield* NumberActions.connectService({ ...target, serviceId: Service.ServiceId.make("roaming-europe") }))
              .connected,
          ).toBe(true)
          yield* NumberActions.disconnectService({ ...target, serviceId: Service.ServiceId.make("internet-10gb") })
          expect(operator.requests).toHaveLength(9)
          expect(operator.requests[1]?.body).toEqual({ condition: "noAnswer", target: "77010542006", delaySeconds: 20 })
        }),
    ),
  )
})
