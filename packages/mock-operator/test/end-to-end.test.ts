import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@effect/vitest"
import { Msisdn, OperatorClient, Programs } from "@kabinet/core"
import { Effect, Stream } from "effect"
import { setupMockOperator } from "../src/node.js"

// What a developer's script does with the core against the operator: the real client, real fetch, MSW in Node.
const { operator, server } = setupMockOperator({ seed: 1, timeScale: 0.01 })
let requests = 0
server.events.on("request:start", () => {
  requests++
})

beforeAll(() => server.listen({ onUnhandledFrame: "error" }))
beforeEach(() => operator.reset())
afterAll(() => server.close())

const client = OperatorClient.layer({ baseUrl: operator.baseUrl })
const follow = { initialDelay: "100 millis", maxDelay: "300 millis" } as const

const signInAndFindKabinet = Effect.gen(function* () {
  yield* Programs.Access.signIn({ phone: Msisdn.make("77012111249"), password: "kabinet-demo" })
  const companies = yield* Programs.Profile.listCompanies
  const kabinet = companies.find((company) => company.bin === "700700700700" && company.fullName === "TOO Кабинет")
  expect(kabinet).toBeDefined()
  return kabinet?.id ?? companies[0]?.id ?? expect.unreachable("no company")
})

describe("the core against the mock operator", () => {
  it.live("signs in, pages the numbers, blocks 77010542007 and follows it to «Заблокирован»", () =>
    Effect.gen(function* () {
      const companyId = yield* signInAndFindKabinet
      const first = yield* Programs.Numbers.listNumbers({ companyId, limit: 50 })
      const second = yield* Programs.Numbers.listNumbers({ companyId, offset: 50, limit: 50 })
      expect(first.items).toHaveLength(50)
      expect(first.total).toBeGreaterThan(100)
      expect(new Set([...first.items, ...second.items].map((row) => row.msisdn)).size).toBe(100)

      const found = yield* Programs.Numbers.listNumbers({ companyId, search: "77010542007" })
      const line = found.items.find((row) => row.msisdn === "77010542007")
      expect(line?.status).toBe("Активный")
      if (line === undefined) return

      const states = yield* Stream.runCollect(Programs.NumberActions.block({ companyId, number: line }, follow))
      const shown = Array.from(states, Programs.Operations.displayStatus)
      expect(shown[0]).toBe("В обработке")
      expect(shown.at(-1)).toBe("Заблокирован")
      const after = yield* Programs.Numbers.listNumbers({ companyId, search: "77010542007" })
      expect(after.items.find((row) => row.msisdn === "77010542007")?.status).toBe("Заблокирован")
    }).pipe(Effect.provide(client)),
  )

  it.live("refuses to unblock the debt-blocked 77010542010 in the core, before any request", () =>
    Effect.gen(function* () {
      const companyId = yield* signInAndFindKabinet
      const found = yield* Programs.Numbers.listNumbers({ companyId, search: "77010542010" })
      const line = found.items.find((row) => row.msisdn === "77010542010")
      expect(line?.status).toBe("Заблокирован / Долг")
      if (line === undefined) return

      const before = requests
      const error = yield* Stream.runCollect(Programs.NumberActions.unblock({ companyId, number: line })).pipe(
        Effect.flip,
      )
      expect(error._tag).toBe("RuleDenied")
      expect(error._tag === "RuleDenied" && error.rule).toBe("number.unblock.debt")
      expect(requests).toBe(before)

      // The operator refuses too when it is called directly, skipping the core's check.
      const direct = yield* Stream.runCollect(
        Programs.NumberActions.unblock({ companyId, number: { ...line, status: "Заблокирован" } }),
      ).pipe(Effect.flip)
      expect(direct._tag === "RuleDenied" && direct.rule).toBe("number.unblock.debt")
      expect(requests).toBeGreaterThan(before)
    }).pipe(Effect.provide(client)),
  )
})
