/**
 * The operator refuses on its own side, with the core's rules: a client that skipped the checks
 * gets the same rule id a widget would have shown, and the refusal is in the action history.
 */
import { Api } from "@kabinet/core"
import { beforeEach, describe, expect, it } from "vitest"
import { lastDays, today } from "./support/dates.js"
import { call, companies, failureOf, idem, signIn, useOperator } from "./support/harness.js"

const operator = useOperator({ timeScale: 0 })
let token = ""
beforeEach(async () => {
  operator.reset()
  token = await signIn(operator)
})

const at = (msisdn: string, suffix = "") => `/v1/companies/${companies.kabinet}/numbers/${msisdn}${suffix}`

const refusal = async (response: Response) => {
  expect(response.status).toBe(422)
  return (await response.json()) as {
    _tag: string
    ruleId: string
    messageKey: string
    params: Record<string, unknown>
  }
}

describe("server-side rules", () => {
  it("refuses to unblock a number blocked for debt with number.unblock.debt", async () => {
    const body = await refusal(await call(operator, "POST", at("77010542010", "/unblock"), { token, headers: idem() }))
    expect(body).toMatchObject({
      _tag: "RuleDenied",
      ruleId: "number.unblock.debt",
      messageKey: "rule.number.unblock.debt",
    })

    const error = await failureOf(operator, token, (client) =>
      client.numberActions.unblock({
        params: { companyId: companies.kabinet as never, number: "77010542010" as never },
        headers: idem(),
      }),
    )
    expect(error).toBeInstanceOf(Api.Errors.RuleDenied)
    expect((error as Api.Errors.RuleDenied).ruleId).toBe("number.unblock.debt")
    expect(operator.state.numbers.get("77010542010")?.status).toBe("Заблокирован / Долг")
  })

  it("refuses a SIM swap on a blocked number with number.simSwap.notActive", async () => {
    const body = await refusal(
      await call(operator, "POST", at("77010542011", "/sim-swap"), {
        token,
        headers: idem(),
        body: { iccid: "89997021234567899456" },
      }),
    )
    expect(body.ruleId).toBe("number.simSwap.notActive")
  })

  it("refuses anything that changes a number «В обработке»", async () => {
    expect(
      (await refusal(await call(operator, "POST", at("77010542012", "/block"), { token, headers: idem() }))).ruleId,
    ).toBe("number.operation.pending")
    expect(
      (
        await refusal(
          await call(operator, "PUT", at("77010542012", "/bans/selfCareAccess"), { token, headers: idem() }),
        )
      ).ruleId,
    ).toBe("number.operation.pending")
  })

  it("refuses to unblock an active number, to swap to the same SIM, to forward to itself", async () => {
    expect(
      (await refusal(await call(operator, "POST", at("77010542001", "/unblock"), { token, headers: idem() }))).ruleId,
    ).toBe("number.unblock.notBlocked")
    const same = await call(operator, "POST", at("77010542001", "/sim-swap"), {
      token,
      headers: idem(),
      body: { iccid: "89997027507916785078" },
    })
    expect((await refusal(same)).ruleId).toBe("number.simSwap.sameSim")
    const self = await call(operator, "PUT", at("77010542001", "/forwarding"), {
      token,
      headers: idem(),
      body: { condition: "busy", target: "77010542001" },
    })
    expect((await refusal(self)).ruleId).toBe("number.forwarding.selfTarget")
  })

  it("refuses call records older than 90 days and a number's payments for a credit line", async () => {
    const old = lastDays(120)
    const records = await call(
      operator,
      "GET",
      at("77010542001", `/call-records?start=${old.start}&end=${today()}&offset=0&limit=10`),
      {
        token,
      },
    )
    const body = await refusal(records)
    expect(body.ruleId).toBe("detalization.window")
    expect(body.params.days).toBe(90)
    const payments = await call(
      operator,
      "GET",
      at("77010542001", `/payments?start=${lastDays(30).start}&end=${today()}`),
      {
        token,
      },
    )
    expect((await refusal(payments)).ruleId).toBe("number.paymentHistory.advanceOnly")
  })

  it("refuses an act before January 2018 and device registration without a recorded IMEI", async () => {
    const act = await call(operator, "POST", `/v1/companies/${companies.kabinet}/documents/completed-works-act`, {
      token,
      headers: idem(),
      body: {
        kind: "completedWorksAct",
        target: { by: "account", accountNumber: "25602051" },
        month: { year: 2017, month: 12 },
        output: "Загрузить в PDF",
      },
    })
    expect((await refusal(act)).ruleId).toBe("document.act.availability")

    operator.state.numbers.update("77010542007", (line) => ({
      ...line,
      sim: { ...line.sim, lastRecordedImei: undefined },
    }))
    const device = await call(operator, "POST", at("77010542007", "/devices"), {
      token,
      headers: idem(),
      body: { imei: "352023093520696" },
    })
    expect((await refusal(device)).ruleId).toBe("number.imei.notRecorded")
  })

  it("records refusals in the action history as «Ошибка», with the admin", async () => {
    await call(operator, "POST", at("77010542010", "/unblock"), { token, headers: idem() })
    const entry = operator.state.actions.all().at(-1)
    expect(entry).toMatchObject({
      action: "unblock",
      status: "Ошибка",
      msisdn: "77010542010",
      details: "number.unblock.debt",
      admin: { fullName: "Akhmetova Dana", phone: "77012111249" },
    })
  })
})
