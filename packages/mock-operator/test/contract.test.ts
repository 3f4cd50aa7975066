/**
 * Every endpoint of the contract, through MSW in Node with real `fetch` and the contract's typed
 * client: an answer that did not decode with the core's schemas would fail the call.
 */
import { Api, Imei } from "@kabinet/core"
import { Effect, Redacted } from "effect"
import { afterAll, beforeEach, describe, expect, it } from "vitest"
import { match } from "../src/EndpointIndex.js"
import { closedMonth, lastDays, reconciliationPeriod } from "./support/dates.js"
import { companies, demo, idem, signIn, useOperator, withClient } from "./support/harness.js"

const operator = useOperator({ timeScale: 0 })
const hit = new Set<string>()
const original = operator.handle
operator.handle = (request) => {
  const url = new URL(request.url)
  const endpoint = match(request.method, url.pathname)
  if (endpoint !== undefined) hit.add(endpoint.id)
  return original(request)
}

beforeEach(() => operator.reset())

const registrable = Imei.complete(Imei.makeRecorded("35720106026360"))
const kabinet = companies.kabinet as Api.Numbers.NumberPage["items"][number]["companyId"]
const number = (msisdn: string) => ({ companyId: kabinet, number: msisdn as never })

describe("the contract, endpoint by endpoint", () => {
  it("auth: sign in, recover a password in three steps, sign out", async () => {
    const session = await withClient(operator, undefined, (client) =>
      client.auth.signIn({ payload: { phone: demo.phone as never, password: Redacted.make(demo.password) as never } }),
    )
    expect(session.admin.phone).toBe(demo.phone)
    expect(session.admin.companyIds).toHaveLength(3)

    const phone = "77010016218"
    const challenge = await withClient(operator, undefined, (client) =>
      client.auth.startRecovery({ headers: idem(), payload: { phone: phone as never } }),
    )
    expect(challenge.attemptsLeft).toBe(5)
    operator.clock.advance(61_000)
    const again = await withClient(operator, undefined, (client) =>
      client.auth.resendRecoveryCode({ headers: idem(), params: { recoveryId: challenge.recoveryId } }),
    )
    const code = operator.lastSmsCode(phone)
    expect(code).toMatch(/^\d{6}$/u)
    const grant = await withClient(operator, undefined, (client) =>
      client.auth.verifyRecoveryCode({ params: { recoveryId: again.recoveryId }, payload: { code: code as never } }),
    )
    const signedIn = await withClient(operator, undefined, (client) =>
      client.auth.completeRecovery({
        payload: {
          recoveryToken: grant.recoveryToken,
          newPassword: Redacted.make("a long pass phrase for the mock") as never,
        },
      }),
    )
    expect(signedIn.admin.activated).toBe(true)

    const token = await signIn(operator)
    await withClient(operator, token, (client) => client.auth.signOut())
  })

  it("profile and companies", async () => {
    const token = await signIn(operator)
    await withClient(operator, token, (client) =>
      Effect.gen(function* () {
        const admin = yield* client.profile.get()
        expect(admin.fullName).toBe("Akhmetova Dana")
        const changed = yield* client.profile.changeEmail({
          headers: idem(),
          payload: { email: "dana@kabinet.kz" as never, currentPassword: Redacted.make(demo.password) as never },
        })
        expect(changed.email).toBe("dana@kabinet.kz")
        yield* client.profile.changePassword({
          headers: idem(),
          payload: {
            currentPassword: Redacted.make(demo.password) as never,
            newPassword: Redacted.make("another long pass phrase here") as never,
          },
        })
        const named = yield* client.profile.setCompanyShortName({
          headers: idem(),
          params: { companyId: kabinet },
          payload: { shortName: "Кабинет" as never },
        })
        expect(named.shortName).toBe("Кабинет")
        const listed = yield* client.companies.list()
        expect(listed.map((company) => company.shortName ?? company.fullName)).toEqual([
          "Кабинет",
          "Филиал TOO Кабинет",
          'АО "Времени мало"',
        ])
        const accounts = yield* client.companies.accounts({ params: { companyId: kabinet } })
        expect(accounts.map((account) => account.accountNumber)).toContain("25602051")
        const cleared = yield* client.profile.clearCompanyShortName({ headers: idem(), params: { companyId: kabinet } })
        expect(cleared.shortName).toBeUndefined()
      }),
    )
  })

  it("numbers: the list and every profile section", async () => {
    const token = await signIn(operator)
    await withClient(operator, token, (client) =>
      Effect.gen(function* () {
        const page = yield* client.numbers.list({
          params: { companyId: kabinet },
          query: { offset: 0, limit: 50, sort: "availableFunds", order: "desc", search: "701" },
        })
        expect(page.items.length).toBeGreaterThan(0)
        const params = number("77010542001")
        expect((yield* client.numbers.get({ params })).msisdn).toBe("77010542001")
        const profile = yield* client.numbers.profile({ params })
        expect(profile.general.registrationForm).toBe("300014697190-130")
        expect((yield* client.numbers.general({ params })).accountNumber).toBe("25602051")
        expect((yield* client.numbers.sim({ params })).iccid).toBe("89997027507916785078")
        expect((yield* client.numbers.remainders({ params })).additional).toHaveLength(3)
        expect((yield* client.numbers.connectedServices({ params })).every((s) => s.connected)).toBe(true)
        expect((yield* client.numbers.availableServices({ params })).some((s) => s.connected)).toBe(false)
        expect(yield* client.numbers.forwarding({ params })).toEqual({})
        expect((yield* client.numbers.devices({ params })).lastRecordedImei).toBe("35202309352069")
        expect((yield* client.numbers.secretCode({ params })).state).toBe("none")
        expect((yield* client.numbers.spending({ params })).months).toHaveLength(6)
        expect(yield* client.operations.pendingForNumber({ params })).toEqual([])
      }),
    )
  })

  it("numberActions and operations", async () => {
    const token = await signIn(operator)
    await withClient(operator, token, (client) =>
      Effect.gen(function* () {
        const params = number("77010542006")
        const blocking = yield* client.numberActions.block({ params, headers: idem() })
        expect(blocking.state).toBe("pending")
        const blocked = yield* client.operations.get({ params: { operationId: blocking.id } })
        expect(blocked).toMatchObject({ state: "succeeded", status: "Заблокирован" })
        const unblocking = yield* client.numberActions.unblock({ params, headers: idem() })
        expect((yield* client.operations.get({ params: { operationId: unblocking.id } })).state).toBe("succeeded")
        const swap = yield* client.numberActions.simSwap({
          params,
          headers: idem(),
          payload: { iccid: "89997021234567899456" as never },
        })
        expect(swap.kind).toBe("simSwap")
        expect((yield* client.numbers.sim({ params })).iccid).toBe("89997021234567899456")

        const bans = yield* client.numberActions.setBan({
          params: { ...params, kind: "selfCareAccess" },
          headers: idem(),
        })
        expect(bans.selfCareAccess).toBe("enabled")
        const lifted = yield* client.numberActions.liftBan({
          params: { ...params, kind: "selfCareAccess" },
          headers: idem(),
        })
        expect(lifted.selfCareAccess).toBe("disabled")

        const forwarding = yield* client.numberActions.setForwarding({
          params,
          headers: idem(),
          payload: { condition: "noAnswer", target: "77010542007" as never, delaySeconds: 20 as never },
        })
        expect(forwarding.noAnswer?.delaySeconds).toBe(20)
        const cleared = yield* client.numberActions.clearForwarding({
          params: { ...params, condition: "noAnswer" },
          headers: idem(),
        })
        expect(cleared.noAnswer).toBeUndefined()

        const device = number("77010542003")
        const registered = yield* client.numberActions.registerDevice({
          params: device,
          headers: idem(),
          payload: { imei: registrable as never },
        })
        expect(registered.status).toBe("Устройство зарегистрировано с этим номером")
        const removed = yield* client.numberActions.removeDevice({
          params: { ...device, imei: registrable as never },
          headers: idem(),
        })
        expect(removed.devices).toHaveLength(0)

        const sent = yield* client.numberActions.sendSecretCode({ params, headers: idem() })
        expect(sent.state).toBe("sent")
        expect((yield* client.numberActions.deleteSecretCode({ params, headers: idem() })).state).toBe("none")

        const connected = yield* client.numberActions.connectService({
          params: { ...params, serviceId: "roaming-europe" as never },
          headers: idem(),
        })
        expect(connected.connected).toBe(true)
        const disconnected = yield* client.numberActions.disconnectService({
          params: { ...params, serviceId: "roaming-europe" as never },
          headers: idem(),
        })
        expect(disconnected.connected).toBe(false)
      }),
    )
  })

  it("records and history", async () => {
    const token = await signIn(operator)
    await withClient(operator, token, (client) =>
      Effect.gen(function* () {
        const period = lastDays(7)
        const records = yield* client.records.callRecords({
          params: number("77010542001"),
          query: { ...period, offset: 0, limit: 500 },
        })
        expect(records.total).toBeGreaterThanOrEqual(records.items.length)
        const advance = { companyId: companies.vremeniMalo as never, number: "77010541921" as never }
        const topUps = yield* client.records.numberPayments({ params: advance, query: lastDays(60) })
        expect(topUps.kind).toBe("table")
        const payments = yield* client.records.companyPayments({ params: { companyId: kabinet }, query: lastDays(60) })
        expect(payments.rows.every((row) => row.msisdn === undefined)).toBe(true)
        const history = yield* client.history.list({
          params: { companyId: kabinet },
          query: { start: "2020-09-21" as never, end: lastDays(1).end },
        })
        expect(history.rows.some((row) => row.admin.fullName === "Rocket Yurly")).toBe(true)
      }),
    )
  })

  it("documents: on screen, files and e-mailed reports", async () => {
    const token = await signIn(operator)
    await withClient(operator, token, (client) =>
      Effect.gen(function* () {
        const params = { companyId: kabinet }
        const email = "buh@kabinet.kz" as never
        const history = yield* client.documents.numberPaymentHistory({
          params: { companyId: companies.vremeniMalo as never },
          headers: idem(),
          payload: {
            kind: "numberPaymentHistory",
            msisdn: "77010541921" as never,
            period: lastDays(30),
            output: "Файл формата PDF",
          },
        })
        expect(history.kind).toBe("file")
        const search = yield* client.documents.invoiceSearch({
          params,
          headers: idem(),
          payload: {
            kind: "invoiceSearch",
            searchBy: "Регистрационный номер",
            invoiceNumber: "ESF-25602051-202009" as never,
            year: 2020 as never,
            output: "На экран",
          },
        })
        expect(search.kind === "table" && search.rows.map((row) => row.msisdn)).toContain("77010542001")
        const act = yield* client.documents.completedWorksAct({
          params,
          headers: idem(),
          payload: {
            kind: "completedWorksAct",
            target: { by: "phone", msisdn: "77010542001" as never },
            month: closedMonth as never,
            output: "Загрузить в PDF",
          },
        })
        expect(act.mediaType).toBe("application/pdf")
        // The file travels through the contract, with the session.
        const bytes = yield* client.documents.file({ params: { companyId: kabinet, fileId: act.fileId } })
        expect(new TextDecoder().decode(bytes).startsWith("%PDF")).toBe(true)
        const registry = yield* client.documents.invoiceRegistry({
          params,
          headers: idem(),
          payload: { kind: "invoiceRegistry", period: { start: closedMonth, end: closedMonth } as never },
        })
        expect(registry.fileName).toMatch(/\.xls$/u)
        const reports = [
          yield* client.documents.numberListReport({
            params,
            headers: idem(),
            payload: { kind: "numberListReport", email },
          }),
          yield* client.documents.reconciliationAct({
            params,
            headers: idem(),
            payload: { kind: "reconciliationAct", period: reconciliationPeriod(), email },
          }),
          yield* client.documents.registeredDevicesReport({
            params,
            headers: idem(),
            payload: { kind: "registeredDevicesReport", email },
          }),
          yield* client.documents.paymentsReport({
            params,
            headers: idem(),
            payload: { kind: "paymentsReport", period: lastDays(30), paymentType: "Кредитный", email },
          }),
        ]
        for (const report of reports) {
          const operation = yield* client.operations.get({ params: { operationId: report.operationId } })
          expect(operation).toMatchObject({ kind: "report", state: "succeeded" })
        }
        const mails = operator.outbox({ channel: "email", to: "buh@kabinet.kz" })
        expect(mails.map((mail) => (mail.channel === "email" ? mail.requestId : ""))).toEqual(
          reports.map((report) => report.requestId),
        )
      }),
    )
  })
})

afterAll(() => {
  const every = Object.values(Api.OperatorApi.OperatorApi.groups).flatMap((group) =>
    Object.values(group.endpoints).map((endpoint) => `${group.identifier}.${endpoint.identifier}`),
  )
  expect(every.filter((id) => !hit.has(id))).toEqual([])
})
