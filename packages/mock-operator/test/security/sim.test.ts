/**
 * One SIM card, one line: a swap to a card another line has — or that a swap under way is moving a
 * number to — is refused with its own rule, and nothing changes.
 */
import { describe, expect, it } from "vitest"
import { companies, json, key, send, signIn, useServer } from "../support/server.js"

// Operations take real time here, so a swap stays under way while the next request is made.
const server = useServer({ timeScale: 1 })
const numbers = `/v1/companies/${companies.kabinet}/numbers`
const swap = (token: string, msisdn: string, iccid: string) =>
  send(server.current, "POST", `${numbers}/${msisdn}/sim-swap`, {
    token,
    headers: { "idempotency-key": key() },
    body: { iccid },
  })
const inUse = { _tag: "RuleDenied", ruleId: "number.simSwap.iccidInUse", messageKey: "rule.number.simSwap.iccidInUse" }

describe("SIM card uniqueness", () => {
  it("refuses another line's card, the manual's and a generated line's alike", async () => {
    const token = await signIn(server.current)
    // 77010542001's card, from the manual.
    const manual = await swap(token, "77010542006", "89997027507916785078")
    expect(manual.status).toBe(422)
    expect(await json(manual)).toEqual({ ...inUse, params: {} })
    const page = (await json(await send(server.current, "GET", `${numbers}?offset=600&limit=1`, { token }))) as {
      items: Array<{ msisdn: string }>
    }
    const generated = page.items[0]?.msisdn ?? ""
    const sim = (await json(await send(server.current, "GET", `${numbers}/${generated}/sim`, { token }))) as {
      iccid: string
    }
    expect(await json(await swap(token, "77010542006", sim.iccid))).toMatchObject(inUse)
    const line = (await json(await send(server.current, "GET", `${numbers}/77010542006`, { token }))) as {
      status: string
    }
    expect(line.status).toBe("Активный")
  })

  it("refuses a card a swap under way is moving another number to", async () => {
    const token = await signIn(server.current)
    const fresh = "89997020000000000007"
    const first = await swap(token, "77010542006", fresh)
    expect(first.status).toBe(202)
    expect(await json(await swap(token, "77010542007", fresh))).toMatchObject(inUse)
    // Once the first swap ends the card is that line's, and still not the other's.
    server.current.operator.clock.advance(3 * 60_000)
    const later = await signIn(server.current)
    const sim = (await json(await send(server.current, "GET", `${numbers}/77010542006/sim`, { token: later }))) as {
      iccid: string
    }
    expect(sim.iccid).toBe(fresh)
    expect(await json(await swap(later, "77010542007", fresh))).toMatchObject(inUse)
  })
})
