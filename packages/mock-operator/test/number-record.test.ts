/**
 * What the operator remembers about a line for a page that was away: the operation still running
 * on it, and its spending over the last six months.
 */

import { Api, Company, Msisdn } from "@kabinet/core"
import { describe, expect, it } from "vitest"
import { call, companies, idem, signIn, useOperator, withClient } from "./support/harness.js"

const operator = useOperator({ timeScale: 1 })
const numbers = `/v1/companies/${companies.kabinet}/numbers`

const json = async (response: Response) => (await response.json()) as unknown

describe("the operation running on a number", () => {
  it("is the block just started, until it ends", async () => {
    operator.reset()
    const token = await signIn(operator)
    expect(await json(await call(operator, "GET", `${numbers}/77010542007/operations`, { token }))).toEqual([])
    const accepted = (await json(
      await call(operator, "POST", `${numbers}/77010542007/block`, { token, headers: idem() }),
    )) as { id: string }
    const running = (await json(await call(operator, "GET", `${numbers}/77010542007/operations`, { token }))) as Array<{
      id: string
      state: string
      kind: string
    }>
    expect(running).toMatchObject([{ id: accepted.id, state: "pending", kind: "block", msisdn: "77010542007" }])
    operator.clock.advance(3 * 60_000)
    expect(await json(await call(operator, "GET", `${numbers}/77010542007/operations`, { token }))).toEqual([])
  })

  it("is the seeded operation of 77010542012, «В обработке»", async () => {
    operator.reset()
    const token = await signIn(operator)
    const running = await json(await call(operator, "GET", `${numbers}/77010542012/operations`, { token }))
    expect(running).toMatchObject([{ id: "op-seed-processing", state: "pending" }])
  })
})

describe("a line's spending", () => {
  it("has six months, oldest first, ending with the operator's current month, the same every time", async () => {
    operator.reset()
    const token = await signIn(operator)
    const first = (await json(await call(operator, "GET", `${numbers}/77010542001/spending`, { token }))) as {
      months: Array<{ month: { year: number; month: number }; amount: string }>
    }
    expect(first.months).toHaveLength(6)
    const now = new Date(operator.clock.now() + 5 * 60 * 60_000)
    expect(first.months.at(-1)?.month).toEqual({ year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 })
    for (const { amount } of first.months) expect(amount).toMatch(/^\d+(\.\d{1,2})?$/u)
    const again = await json(await call(operator, "GET", `${numbers}/77010542001/spending`, { token }))
    expect(again).toEqual(first)
  })
})

describe("through the contract's typed client", () => {
  it("decodes the running operation and the spending with the core's schemas", async () => {
    operator.reset()
    const token = await signIn(operator)
    const params = { companyId: Company.CompanyId.make(companies.kabinet), number: Msisdn.make("77010542012") }
    const running = await withClient(operator, token, (client) => client.operations.pendingForNumber({ params }))
    expect(running.map((each) => each.id)).toEqual(["op-seed-processing"])
    expect(Api.Operations.isFinal(running[0] as Api.Operations.Operation)).toBe(false)
    const spending = await withClient(operator, token, (client) => client.numbers.spending({ params }))
    expect(spending.months).toHaveLength(6)
    for (const month of spending.months) expect(Number.isInteger(month.amount)).toBe(true)
  })
})
