import { describe, expect, it } from "@effect/vitest"
import { Duration, Effect, Fiber, Stream } from "effect"
import { TestClock } from "effect/testing"
import * as Operations from "../../src/api/Operations.js"
import * as Company from "../../src/domain/Company.js"
import * as Msisdn from "../../src/domain/Msisdn.js"
import * as Follow from "../../src/programs/Operations.js"
import { json, route, run } from "../client/FakeOperator.js"
import * as F from "../client/fixtures.js"

const opId = Operations.OperationId.make("op-9")

describe("followOperation", () => {
  it.effect("resumes from an operation id: its state at once, then the end", () =>
    run(
      [
        route("GET", /^\/v1\/operations\/op-9$/, (_, n) =>
          n < 3 ? json(200, F.pending("op-9", "simSwap")) : json(200, F.succeeded("op-9", "simSwap", "Активный")),
        ),
      ],
      (operator) =>
        Effect.gen(function* () {
          const fiber = yield* Effect.forkChild(Stream.runCollect(Follow.followOperation(opId)))
          yield* TestClock.adjust("0 millis")
          expect(operator.requests).toHaveLength(1)
          yield* TestClock.adjust("1 minute")
          const states = yield* Fiber.join(fiber)
          expect(states.map((s) => s.state)).toEqual(["pending", "succeeded"])
          expect(states.map(Follow.displayStatus)).toEqual(["В обработке", "Активный"])
          expect(operator.requests).toHaveLength(4)
        }),
    ),
  )

  it.effect("an operation that already ended is one state and one request", () =>
    run([route("GET", /^\/v1\/operations\/op-9$/, json(200, F.failed("op-9")))], (operator) =>
      Effect.gen(function* () {
        const states = yield* Stream.runCollect(Follow.followOperation(opId))
        expect(states).toHaveLength(1)
        expect(states[0]?.state).toBe("failed")
        expect(operator.requests).toHaveLength(1)
      }),
    ),
  )

  it.effect("an unknown operation id fails with NotFound", () =>
    run([route("GET", /^\/v1\/operations\//, json(404, { _tag: "NotFound", resource: "operation", id: "op-9" }))], () =>
      Effect.gen(function* () {
        const error = yield* Effect.flip(Stream.runCollect(Follow.followOperation(opId)))
        expect(error).toMatchObject({ _tag: "NotFound", resource: "operation op-9" })
      }),
    ),
  )

  it("backs off from 2 s by 1.5 up to 15 s", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((n) => Duration.toMillis(Follow.delayAt(n)))).toEqual([
      2000, 3000, 4500, 6750, 10125, 15000, 15000, 15000,
    ])
    expect(Duration.toMillis(Follow.delayAt(1, { initialDelay: "100 millis", factor: 2 }))).toBe(200)
  })
})

describe("followPending", () => {
  const ref = { companyId: Company.CompanyId.make("cmp-kabinet"), msisdn: Msisdn.make("77010542001") }
  const running = /^\/v1\/companies\/cmp-kabinet\/numbers\/77010542001\/operations$/

  it.effect("finds the number's running operation in the operator's record and follows it to its end", () =>
    run(
      [
        route("GET", running, json(200, [F.pending("op-9", "block")])),
        route("GET", /^\/v1\/operations\/op-9$/, (_, n) =>
          n < 1 ? json(200, F.pending("op-9", "block")) : json(200, F.succeeded("op-9", "block", "Заблокирован")),
        ),
      ],
      () =>
        Effect.gen(function* () {
          const fiber = yield* Effect.forkChild(Stream.runCollect(Follow.followPending(ref)))
          yield* TestClock.adjust("1 minute")
          const states = yield* Fiber.join(fiber)
          expect(states.map(Follow.displayStatus)).toEqual(["В обработке", "Заблокирован"])
        }),
    ),
  )

  it.effect("is empty when nothing runs on the number", () =>
    run([route("GET", running, json(200, []))], (operator) =>
      Effect.gen(function* () {
        expect(yield* Follow.pendingFor(ref)).toBeUndefined()
        expect(yield* Stream.runCollect(Follow.followPending(ref))).toHaveLength(0)
        expect(operator.requests).toHaveLength(2)
      }),
    ),
  )
})
