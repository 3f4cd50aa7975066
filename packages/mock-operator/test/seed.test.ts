/**
 * The manual's own companies, admins and numbers, exactly as its screenshots show them.
 */
import { Redacted } from "effect"
import { beforeEach, describe, expect, it } from "vitest"
import { call, companies, signIn, useOperator, withClient } from "./support/harness.js"

const operator = useOperator()
let token = ""
beforeEach(async () => {
  operator.reset()
  token = await signIn(operator)
})

const kabinet = companies.kabinet as never
const row = (msisdn: string, company: string = companies.kabinet) =>
  withClient(operator, token, (client) =>
    client.numbers.get({ params: { companyId: company as never, number: msisdn as never } }),
  )

describe("the manual's data", () => {
  it("has the companies and the admins", async () => {
    const listed = await withClient(operator, token, (client) => client.companies.list())
    expect(listed.map((company) => [company.bin, company.fullName])).toEqual([
      ["700700700700", "TOO Кабинет"],
      ["700700700700", "Филиал TOO Кабинет"],
      ["800800800800", 'АО "Времени мало"'],
    ])
    const single = await signIn(operator, "77080770570")
    expect(await withClient(operator, single, (client) => client.companies.list())).toHaveLength(1)
  })

  it("lists the manual's rows as its number list shows them", async () => {
    const rows = await Promise.all(
      ["77010542001", "77010542006", "77010542007", "77780627247"].map((msisdn) => row(msisdn)),
    )
    expect(
      rows.map((r) => [r.msisdn, r.accountNumber, r.tariffName, r.billingMethod, r.status, r.availableFunds]),
    ).toEqual([
      ["77010542001", "25602051", "Карт Бланш+ 1000", "Кредитный", "Активный", 89_300],
      ["77010542006", "25060831", "Бизнес Класс Специалист", "Кредитный", "Активный", 698_200],
      ["77010542007", "25060830", "Бизнес Класс Специалист", "Кредитный", "Активный", 44_600],
      ["77780627247", "25869160", "11 corp", "Кредитный", "Активный", 997_033],
    ])
  })

  it("shows 77010542001's profile exactly", async () => {
    const profile = await withClient(operator, token, (client) =>
      client.numbers.profile({ params: { companyId: kabinet, number: "77010542001" as never } }),
    )
    expect(profile.number).toMatchObject({ availableFunds: 89_300, individualLimit: 178_600, creditLimit: 300_000 })
    expect(profile.number.statusChangedAt.epochMilliseconds).toBe(Date.parse("2020-08-27T03:21:00+06:00"))
    expect(profile.general).toMatchObject({
      billingMethod: "Кредитный",
      registrationForm: "300014697190-130",
      accountNumber: "25602051",
      bans: { smsUssdControl: "disabled", selfCareDetailView: "disabled", selfCareAccess: "disabled" },
    })
    expect([profile.sim.pin1, profile.sim.pin2, profile.sim.puk1, profile.sim.puk2].map(Redacted.value)).toEqual([
      "0000",
      "6911",
      "11507782",
      "15275799",
    ])
    expect(profile.sim).toMatchObject({ iccid: "89997027507916785078", lastRecordedImei: "35202309352069" })
    expect(profile.sim.lastSimChangeAt?.epochMilliseconds).toBe(Date.parse("2018-08-27T15:37:00+06:00"))
    expect(profile.remainders.tariff[0]).toMatchObject({
      kind: "onNetCalls",
      allowance: { kind: "unlimited" },
      connectedOn: "2019-02-01",
      disconnectedOn: "2019-03-01",
    })
    expect(profile.remainders.additional.map((r) => [r.kind, r.allowance])).toEqual([
      ["offNetCalls", { kind: "limited", available: 3000, total: 3000 }],
      ["sms", { kind: "limited", available: 150, total: 150 }],
      ["internet", { kind: "limited", available: 10_239, total: 10_240 }],
    ])
    expect(profile.availableServices.map((s) => s.category.subgroup)).toEqual(
      expect.arrayContaining(["Роуминг", "Акции в роуминге", "Международные звонки", "Интернет-пакеты"]),
    )
  })

  it("has a line in every status, and the advance line of the detail records screenshot", async () => {
    const statuses = await Promise.all(["77010542010", "77010542011", "77010542012"].map((msisdn) => row(msisdn)))
    expect(statuses.map((r) => r.status)).toEqual(["Заблокирован / Долг", "Заблокирован", "В обработке"])
    const advance = await row("77010541921", companies.vremeniMalo)
    expect(advance).toMatchObject({ billingMethod: "Авансовый", availableFunds: 1_000, creditLimit: 1_000 })
    expect(advance.tariffName).toBeUndefined()
  })

  it("has the manual's action history of 21.09.2020", async () => {
    const history = await withClient(operator, token, (client) =>
      client.history.list({
        params: { companyId: kabinet },
        query: { start: "2020-09-21" as never, end: "2020-09-21" as never },
      }),
    )
    expect(history.rows.map((r) => [r.status, r.admin.fullName, r.admin.phone])).toEqual([
      ["Успешно", "Rocket Yurly", "77080770570"],
      ["Ошибка", "Alimbayeva Adel", "77012114644"],
      ["Успешно", "Rocket Yurly", "77080770570"],
      ["Успешно", "Rocket Yurly", "77080770570"],
    ])
  })

  it("sizes the fleet: «TOO Кабинет» has fleetSize lines, the others fewer", async () => {
    operator.reset({ fleetSize: 2_000 })
    const state = (await (await call(operator, "GET", "/__mock/state")).json()) as {
      companies: Array<{ id: string; lines: number }>
    }
    expect(state.companies.map((company) => company.lines)).toEqual([2_000, 100, 400])
  })
})

describe("control API", () => {
  it("reads the outbox, moves the clock and the time scale, resets with a seed", async () => {
    await call(operator, "POST", "/v1/auth/recovery", {
      headers: { "idempotency-key": "control-test-1" },
      body: { phone: "77010016218" },
    })
    const outbox = (await (await call(operator, "GET", "/__mock/outbox?channel=sms")).json()) as {
      messages: Array<{ to: string; purpose: string; code: string; text: string }>
    }
    expect(outbox.messages).toHaveLength(1)
    expect(outbox.messages[0]).toMatchObject({ to: "77010016218", purpose: "recoveryCode" })
    expect(outbox.messages[0]?.text).toContain(outbox.messages[0]?.code)

    const scale = await call(operator, "POST", "/__mock/time-scale", { body: { scale: 0.05 } })
    expect(await scale.json()).toEqual({ timeScale: 0.05 })
    const before = operator.state.now()
    await call(operator, "POST", "/__mock/clock", { body: { advanceMs: 3_600_000 } })
    expect(operator.state.now() - before).toBeGreaterThanOrEqual(3_600_000)

    const reset = (await (
      await call(operator, "POST", "/__mock/reset", { body: { seed: 7, fleetSize: 50 } })
    ).json()) as {
      seed: number
      fleetSize: number
      timeScale: number
    }
    expect(reset).toMatchObject({ seed: 7, fleetSize: 50, timeScale: 0.05 })
    expect(operator.outbox()).toHaveLength(0)
    const bad = await call(operator, "POST", "/__mock/reset", { body: { fleetSize: 0 } })
    expect(bad.status).toBe(400)
    const actions = (await (await call(operator, "GET", "/__mock/actions")).json()) as { actions: Array<unknown> }
    expect(actions.actions).toHaveLength(4)
  })
})
