import { describe, expect, it } from "@effect/vitest"
import { Effect, Redacted } from "effect"
import * as Auth from "../../src/api/Auth.js"
import * as Operations from "../../src/api/Operations.js"
import { OperatorApi } from "../../src/api/OperatorApi.js"
import * as Security from "../../src/api/Security.js"
import { type Api, layerTest, OperatorClient } from "../../src/client/OperatorClient.js"
import * as Company from "../../src/domain/Company.js"
import * as Documents from "../../src/domain/Documents.js"
import * as Email from "../../src/domain/Email.js"
import * as Iccid from "../../src/domain/Iccid.js"
import * as Imei from "../../src/domain/Imei.js"
import * as LocalDate from "../../src/domain/LocalDate.js"
import * as Msisdn from "../../src/domain/Msisdn.js"
import * as Service from "../../src/domain/Service.js"
import * as SmsCode from "../../src/domain/SmsCode.js"
import { json, makeOperator } from "./FakeOperator.js"
import * as F from "./fixtures.js"

const companyId = Company.CompanyId.make("cmp-kabinet")
const number = Msisdn.make("77010542001")
const params = { companyId, number }
const headers = { "idempotency-key": Security.IdempotencyKey.make("intent-0001") }
const period = { start: LocalDate.LocalDate.make("2020-09-01"), end: LocalDate.LocalDate.make("2020-09-21") }
const email = Email.make("buh@example.kz")
const password = Redacted.make("correct horse battery staple")
const recoveryId = Auth.RecoveryId.make("rec-1")

interface Case {
  readonly name: string
  readonly method: string
  readonly path: string
  readonly status: number
  readonly body: unknown
  readonly run: (api: Api) => Effect.Effect<unknown, unknown>
  // biome-ignore lint/suspicious/noExplicitAny: each case's value has its own endpoint's type, erased by the table
  readonly check?: (value: any) => void
}

const base = "/v1/companies/cmp-kabinet/numbers/77010542001"

const endpointNames = (): Array<string> =>
  Object.values(OperatorApi.groups).flatMap((group) =>
    Object.values(group.endpoints).map((endpoint) => `${group.identifier}.${endpoint.identifier}`),
  )

const cases: ReadonlyArray<Case> = [
  {
    name: "auth.signIn",
    method: "POST",
    path: "/v1/auth/sign-in",
    status: 200,
    body: F.session,
    run: (api) => api.auth.signIn({ payload: { phone: Msisdn.make("77012111249"), password } }),
    check: (s) => {
      expect(Redacted.value(s.token)).toBe("sess_0123456789abcdef")
      expect(s.admin.fullName).toBe("Alimbayeva Adel")
    },
  },
  {
    name: "auth.startRecovery",
    method: "POST",
    path: "/v1/auth/recovery",
    status: 200,
    body: F.challenge,
    run: (api) => api.auth.startRecovery({ headers, payload: { phone: Msisdn.make("77012111249") } }),
    check: (c) => expect(c.attemptsLeft).toBe(5),
  },
  {
    name: "auth.resendRecoveryCode",
    method: "POST",
    path: "/v1/auth/recovery/rec-1/resend",
    status: 200,
    body: F.challenge,
    run: (api) => api.auth.resendRecoveryCode({ params: { recoveryId }, headers }),
  },
  {
    name: "auth.verifyRecoveryCode",
    method: "POST",
    path: "/v1/auth/recovery/rec-1/verify",
    status: 200,
    body: F.grant,
    run: (api) => api.auth.verifyRecoveryCode({ params: { recoveryId }, payload: { code: SmsCode.make("123456") } }),
    check: (g) => expect(Redacted.value(g.recoveryToken)).toBe("rt_0123456789abcdef"),
  },
  {
    name: "auth.completeRecovery",
    method: "POST",
    path: "/v1/auth/recovery/complete",
    status: 200,
    body: F.session,
    run: (api) =>
      api.auth.completeRecovery({
        payload: { recoveryToken: Redacted.make("rt_0123456789abcdef"), newPassword: password },
      }),
  },
  {
    name: "auth.signOut",
    method: "DELETE",
    path: "/v1/auth/session",
    status: 204,
    body: undefined,
    run: (api) => api.auth.signOut(),
  },
  {
    name: "profile.get",
    method: "GET",
    path: "/v1/profile",
    status: 200,
    body: F.admin,
    run: (api) => api.profile.get(),
  },
  {
    name: "profile.changeEmail",
    method: "PUT",
    path: "/v1/profile/email",
    status: 200,
    body: F.admin,
    run: (api) => api.profile.changeEmail({ headers, payload: { email, currentPassword: password } }),
  },
  {
    name: "profile.changePassword",
    method: "PUT",
    path: "/v1/profile/password",
    status: 204,
    body: undefined,
    run: (api) =>
      api.profile.changePassword({ headers, payload: { currentPassword: password, newPassword: password } }),
  },
  {
    name: "profile.setCompanyShortName",
    method: "PUT",
    path: "/v1/profile/companies/cmp-kabinet/short-name",
    status: 200,
    body: F.company,
    run: (api) =>
      api.profile.setCompanyShortName({
        params: { companyId },
        headers,
        payload: { shortName: Company.ShortName.make("Кабинет") },
      }),
    check: (c) => expect(Company.displayName(c)).toBe("Кабинет"),
  },
  {
    name: "profile.clearCompanyShortName",
    method: "DELETE",
    path: "/v1/profile/companies/cmp-kabinet/short-name",
    status: 200,
    body: { ...F.company, shortName: undefined },
    run: (api) => api.profile.clearCompanyShortName({ params: { companyId }, headers }),
  },
  {
    name: "companies.list",
    method: "GET",
    path: "/v1/companies",
    status: 200,
    body: [F.company],
    run: (api) => api.companies.list(),
  },
  {
    name: "companies.accounts",
    method: "GET",
    path: "/v1/companies/cmp-kabinet/accounts",
    status: 200,
    body: [{ accountNumber: "10085297", billingMethod: "Кредитный" }],
    run: (api) => api.companies.accounts({ params: { companyId } }),
  },
  {
    name: "numbers.list",
    method: "GET",
    path: "/v1/companies/cmp-kabinet/numbers",
    status: 200,
    body: F.numberPage([F.mobileNumber], 100_000, 200),
    run: (api) =>
      api.numbers.list({ params: { companyId }, query: { offset: 200, limit: 50, sort: "status", order: "desc" } }),
    check: (page) => {
      expect(page.total).toBe(100_000)
      expect(page.items[0].availableFunds).toBe(89_300)
    },
  },
  {
    name: "numbers.get",
    method: "GET",
    path: base,
    status: 200,
    body: F.mobileNumber,
    run: (api) => api.numbers.get({ params }),
  },
  {
    name: "numbers.profile",
    method: "GET",
    path: `${base}/profile`,
    status: 200,
    body: F.profile,
    run: (api) => api.numbers.profile({ params }),
    check: (p) => expect(Redacted.value(p.sim.puk1)).toBe("11507782"),
  },
  {
    name: "numbers.general",
    method: "GET",
    path: `${base}/general`,
    status: 200,
    body: F.general,
    run: (api) => api.numbers.general({ params }),
  },
  {
    name: "numbers.sim",
    method: "GET",
    path: `${base}/sim`,
    status: 200,
    body: F.sim,
    run: (api) => api.numbers.sim({ params }),
  },
  {
    name: "numbers.remainders",
    method: "GET",
    path: `${base}/remainders`,
    status: 200,
    body: F.remainders,
    run: (api) => api.numbers.remainders({ params }),
  },
  {
    name: "numbers.connectedServices",
    method: "GET",
    path: `${base}/services/connected`,
    status: 200,
    body: [F.connectedService],
    run: (api) => api.numbers.connectedServices({ params }),
    check: (s) => expect(s[0].monthlyFee).toBe(299_000),
  },
  {
    name: "numbers.availableServices",
    method: "GET",
    path: `${base}/services/available`,
    status: 200,
    body: [F.availableService],
    run: (api) => api.numbers.availableServices({ params }),
  },
  {
    name: "numbers.forwarding",
    method: "GET",
    path: `${base}/forwarding`,
    status: 200,
    body: F.forwarding,
    run: (api) => api.numbers.forwarding({ params }),
  },
  {
    name: "numbers.devices",
    method: "GET",
    path: `${base}/devices`,
    status: 200,
    body: F.devices,
    run: (api) => api.numbers.devices({ params }),
  },
  {
    name: "numbers.secretCode",
    method: "GET",
    path: `${base}/secret-code`,
    status: 200,
    body: F.secretCodeSent,
    run: (api) => api.numbers.secretCode({ params }),
  },
  {
    name: "numbers.spending",
    method: "GET",
    path: `${base}/spending`,
    status: 200,
    body: { months: [{ month: { year: 2026, month: 11 }, amount: "4180.50" }] },
    run: (api) => api.numbers.spending({ params }),
    check: (spending) => expect(spending.months[0]?.amount).toBe(418_050),
  },
  {
    name: "operations.pendingForNumber",
    method: "GET",
    path: `${base}/operations`,
    status: 200,
    body: [F.pending("op-7", "block")],
    run: (api) => api.operations.pendingForNumber({ params }),
    check: (running) => expect(running.map((op: Operations.Pending) => op.id)).toEqual(["op-7"]),
  },
  {
    name: "numberActions.block",
    method: "POST",
    path: `${base}/block`,
    status: 202,
    body: F.pending(),
    run: (api) => api.numberActions.block({ params, headers }),
    check: (op) => expect(op.state).toBe("pending"),
  },
  {
    name: "numberActions.unblock",
    method: "POST",
    path: `${base}/unblock`,
    status: 202,
    body: F.pending("op-2", "unblock"),
    run: (api) => api.numberActions.unblock({ params, headers }),
  },
  {
    name: "numberActions.simSwap",
    method: "POST",
    path: `${base}/sim-swap`,
    status: 202,
    body: F.pending("op-3", "simSwap"),
    run: (api) =>
      api.numberActions.simSwap({ params, headers, payload: { iccid: Iccid.make("89997027507916785078") } }),
  },
  {
    name: "numberActions.setBan",
    method: "PUT",
    path: `${base}/bans/selfCareAccess`,
    status: 200,
    body: F.bans,
    run: (api) => api.numberActions.setBan({ params: { ...params, kind: "selfCareAccess" }, headers }),
  },
  {
    name: "numberActions.liftBan",
    method: "DELETE",
    path: `${base}/bans/selfCareDetailView`,
    status: 200,
    body: F.bans,
    run: (api) => api.numberActions.liftBan({ params: { ...params, kind: "selfCareDetailView" }, headers }),
  },
  {
    name: "numberActions.setForwarding",
    method: "PUT",
    path: `${base}/forwarding`,
    status: 200,
    body: F.forwarding,
    run: (api) =>
      api.numberActions.setForwarding({
        params,
        headers,
        payload: { condition: "noAnswer", target: Msisdn.make("77010542006"), delaySeconds: 20 },
      }),
  },
  {
    name: "numberActions.clearForwarding",
    method: "DELETE",
    path: `${base}/forwarding/busy`,
    status: 200,
    body: {},
    run: (api) => api.numberActions.clearForwarding({ params: { ...params, condition: "busy" }, headers }),
  },
  {
    name: "numberActions.registerDevice",
    method: "POST",
    path: `${base}/devices`,
    status: 200,
    body: F.devices,
    run: (api) =>
      api.numberActions.registerDevice({ params, headers, payload: { imei: Imei.make("352023093520696") } }),
  },
  {
    name: "numberActions.removeDevice",
    method: "DELETE",
    path: `${base}/devices/490154203237518`,
    status: 200,
    body: { ...F.devices, devices: [] },
    run: (api) =>
      api.numberActions.removeDevice({ params: { ...params, imei: Imei.make("490154203237518") }, headers }),
  },
  {
    name: "numberActions.sendSecretCode",
    method: "POST",
    path: `${base}/secret-code`,
    status: 200,
    body: F.secretCodeSent,
    run: (api) => api.numberActions.sendSecretCode({ params, headers }),
  },
  {
    name: "numberActions.deleteSecretCode",
    method: "DELETE",
    path: `${base}/secret-code`,
    status: 200,
    body: F.secretCodeNone,
    run: (api) => api.numberActions.deleteSecretCode({ params, headers }),
  },
  {
    name: "numberActions.connectService",
    method: "PUT",
    path: `${base}/services/connected/roaming-europe`,
    status: 200,
    body: { ...F.availableService, connected: true, connectedAt: F.at },
    run: (api) =>
      api.numberActions.connectService({
        params: { ...params, serviceId: Service.ServiceId.make("roaming-europe") },
        headers,
      }),
  },
  {
    name: "numberActions.disconnectService",
    method: "DELETE",
    path: `${base}/services/connected/internet-10gb`,
    status: 200,
    body: { ...F.connectedService, connected: false, connectedAt: undefined },
    run: (api) =>
      api.numberActions.disconnectService({
        params: { ...params, serviceId: Service.ServiceId.make("internet-10gb") },
        headers,
      }),
  },
  {
    name: "operations.get",
    method: "GET",
    path: "/v1/operations/op-1",
    status: 200,
    body: F.failed(),
    run: (api) => api.operations.get({ params: { operationId: Operations.OperationId.make("op-1") } }),
    check: (op) => expect(op.failure.ruleId).toBe("number.simSwap.notActive"),
  },
  {
    name: "records.callRecords",
    method: "GET",
    path: `${base}/call-records`,
    status: 200,
    body: F.callRecordPage([F.callRecord, F.internetRecord], 2, 0),
    run: (api) => api.records.callRecords({ params, query: { ...period, offset: 0, limit: 500 } }),
    check: (page) => expect(page.items[0].cost).toBe(1250),
  },
  {
    name: "records.numberPayments",
    method: "GET",
    path: `${base}/payments`,
    status: 200,
    body: F.paymentTable,
    run: (api) => api.records.numberPayments({ params, query: period }),
  },
  {
    name: "records.companyPayments",
    method: "GET",
    path: "/v1/companies/cmp-kabinet/payments",
    status: 200,
    body: F.paymentTable,
    run: (api) => api.records.companyPayments({ params: { companyId }, query: period }),
    check: (table) => expect(table.rows[0].amount).toBe(500_000),
  },
  {
    name: "history.list",
    method: "GET",
    path: "/v1/companies/cmp-kabinet/history",
    status: 200,
    body: F.actionHistoryTable,
    run: (api) => api.history.list({ params: { companyId }, query: period }),
  },
  {
    name: "documents.numberPaymentHistory",
    method: "POST",
    path: "/v1/companies/cmp-kabinet/documents/number-payment-history",
    status: 200,
    body: F.fileReady,
    run: (api) =>
      api.documents.numberPaymentHistory({
        params: { companyId },
        headers,
        payload: { kind: "numberPaymentHistory", msisdn: number, period, output: "Файл формата PDF" },
      }),
  },
  {
    name: "documents.invoiceSearch",
    method: "POST",
    path: "/v1/companies/cmp-kabinet/documents/invoice-search",
    status: 200,
    body: F.invoiceSearchTable,
    run: (api) =>
      api.documents.invoiceSearch({
        params: { companyId },
        headers,
        payload: {
          kind: "invoiceSearch",
          searchBy: "Регистрационный номер",
          invoiceNumber: Documents.InvoiceNumber.make("ESF-1"),
          year: 2020,
          output: "На экран",
        },
      }),
  },
  {
    name: "documents.numberListReport",
    method: "POST",
    path: "/v1/companies/cmp-kabinet/documents/number-list-report",
    status: 202,
    body: F.reportAccepted,
    run: (api) =>
      api.documents.numberListReport({ params: { companyId }, headers, payload: { kind: "numberListReport", email } }),
    check: (a) => expect(a.operationId).toBe("op-7"),
  },
  {
    name: "documents.completedWorksAct",
    method: "POST",
    path: "/v1/companies/cmp-kabinet/documents/completed-works-act",
    status: 200,
    body: F.fileReady,
    run: (api) =>
      api.documents.completedWorksAct({
        params: { companyId },
        headers,
        payload: {
          kind: "completedWorksAct",
          target: { by: "phone", msisdn: number },
          month: { year: 2020, month: 8 },
          output: "Загрузить в PDF",
        },
      }),
  },
  {
    name: "documents.invoiceRegistry",
    method: "POST",
    path: "/v1/companies/cmp-kabinet/documents/invoice-registry",
    status: 200,
    body: { ...F.fileReady, mediaType: "application/vnd.ms-excel", fileName: "registry.xls" },
    run: (api) =>
      api.documents.invoiceRegistry({
        params: { companyId },
        headers,
        payload: {
          kind: "invoiceRegistry",
          period: { start: { year: 2020, month: 7 }, end: { year: 2020, month: 8 } },
        },
      }),
  },
  {
    name: "documents.reconciliationAct",
    method: "POST",
    path: "/v1/companies/cmp-kabinet/documents/reconciliation-act",
    status: 202,
    body: F.reportAccepted,
    run: (api) =>
      api.documents.reconciliationAct({
        params: { companyId },
        headers,
        payload: { kind: "reconciliationAct", period, email },
      }),
  },
  {
    name: "documents.registeredDevicesReport",
    method: "POST",
    path: "/v1/companies/cmp-kabinet/documents/registered-devices-report",
    status: 202,
    body: F.reportAccepted,
    run: (api) =>
      api.documents.registeredDevicesReport({
        params: { companyId },
        headers,
        payload: { kind: "registeredDevicesReport", email },
      }),
  },
  {
    name: "documents.paymentsReport",
    method: "POST",
    path: "/v1/companies/cmp-kabinet/documents/payments-report",
    status: 202,
    body: F.reportAccepted,
    run: (api) =>
      api.documents.paymentsReport({
        params: { companyId },
        headers,
        payload: { kind: "paymentsReport", period, paymentType: "Авансовый", email },
      }),
  },
  {
    name: "documents.file",
    method: "GET",
    path: `/v1/companies/cmp-kabinet/files/${F.fileReady.fileId}`,
    status: 200,
    body: new Uint8Array([0x25, 0x50, 0x44, 0x46]),
    run: (api) => api.documents.file({ params: { companyId, fileId: Documents.FileId.make(F.fileReady.fileId) } }),
    check: (bytes) => expect(new TextDecoder().decode(bytes)).toBe("%PDF"),
  },
]

// A file's bytes travel as they are; everything else is JSON.
const reply = (c: Case): Response =>
  c.status === 204
    ? new Response(null, { status: 204 })
    : c.body instanceof Uint8Array
      ? new Response(new Uint8Array(c.body), {
          status: c.status,
          headers: { "content-type": "application/octet-stream" },
        })
      : json(c.status, c.body)

describe("every endpoint's answer decodes through the client", () => {
  it("covers every endpoint of the contract", () => {
    const covered = new Set(cases.map((c) => c.name))
    expect([...covered].sort()).toEqual(endpointNames().sort())
  })

  for (const c of cases) {
    it.effect(c.name, () => {
      const operator = makeOperator([
        {
          method: c.method,
          path: new RegExp(`^${c.path}$`),
          reply: () => reply(c),
        },
      ])
      return Effect.gen(function* () {
        const client = yield* OperatorClient
        const value = yield* client.call(undefined, c.run(client.api))
        expect(operator.requests).toHaveLength(1)
        expect(operator.requests[0]?.method).toBe(c.method)
        expect(operator.requests[0]?.path).toBe(c.path)
        c.check?.(value)
      }).pipe(Effect.provide(layerTest(operator.fetch)))
    })
  }
})
