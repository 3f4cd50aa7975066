/**
 * Call details at scale: the call-centre line answers more than 50,000 records for its last 90
 * days, page by page through the contract, oldest first; an ordinary line a few a day.
 */
import type { Api } from "@kabinet/core"
import { DateTime, Effect } from "effect"
import { describe, expect, it } from "vitest"
import { busyLine } from "../src/db/CallRecords.js"
import { lastDays } from "./support/dates.js"
import { companies, signIn, useOperator, withClient } from "./support/harness.js"

const operator = useOperator({ timeScale: 0 })
const kabinet = companies.kabinet as Api.Numbers.NumberPage["items"][number]["companyId"]
const params = (msisdn: string) => ({ companyId: kabinet, number: msisdn as never })

describe("call records", () => {
  it("serves more than 50,000 records of the busy line's last 90 days, page by page, oldest first", async () => {
    const token = await signIn(operator)
    await withClient(operator, token, (client) =>
      Effect.gen(function* () {
        const period = lastDays(90)
        const first = yield* client.records.callRecords({
          params: params(busyLine.msisdn),
          query: { ...period, offset: 0, limit: 500 },
        })
        expect(first.total).toBeGreaterThan(50_000)
        expect(first.items).toHaveLength(500)
        const deep = yield* client.records.callRecords({
          params: params(busyLine.msisdn),
          query: { ...period, offset: 49_500, limit: 500 },
        })
        expect(deep.offset).toBe(49_500)
        expect(deep.items).toHaveLength(500)
        const instants = deep.items.map((record) => DateTime.toEpochMillis(record.at))
        expect(instants).toEqual([...instants].sort((a, b) => a - b))
        const ordinary = yield* client.records.callRecords({
          params: params("77010542001"),
          query: { ...period, offset: 0, limit: 500 },
        })
        expect(ordinary.total).toBeLessThan(24 * 90 + 1)
      }),
    )
  })
})
