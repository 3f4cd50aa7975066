import { describe, expect, it } from "@effect/vitest"
import { Effect, Stream } from "effect"
import { TestClock } from "effect/testing"
import * as AccountNumber from "../../src/domain/AccountNumber.js"
import * as Company from "../../src/domain/Company.js"
import * as Email from "../../src/domain/Email.js"
import * as LocalDate from "../../src/domain/LocalDate.js"
import * as Msisdn from "../../src/domain/Msisdn.js"
import * as Documents from "../../src/programs/Documents.js"
import * as Numbers from "../../src/programs/Numbers.js"
import * as Records from "../../src/programs/Records.js"
import { json, route, run } from "../client/FakeOperator.js"
import * as F from "../client/fixtures.js"

const companyId = Company.CompanyId.make("cmp-kabinet")
const msisdn = Msisdn.make("77010542001")
const day = (s: string) => LocalDate.LocalDate.make(s)
// 12:00 in Almaty on 21 September 2025.
const now = Date.parse("2025-09-21T07:00:00Z")
const email = Email.make("buh@example.kz")

describe("numbers", () => {
  it.effect("listNumbers asks the operator for a sorted, searched page", () =>
    run([route("GET", /\/numbers$/, json(200, F.numberPage([F.mobileNumber], 1, 100)))], (operator) =>
      Effect.gen(function* () {
        const page = yield* Numbers.listNumbers({
          companyId,
          offset: 100,
          limit: 5000,
          sort: "availableFunds",
          order: "desc",
          search: "  701 ",
        })
        expect(page.items[0]?.availableFunds).toBe(89_300)
        expect(Object.fromEntries(operator.requests[0]?.query ?? [])).toEqual({
          offset: "100",
          limit: "500",
          sort: "availableFunds",
          order: "desc",
          search: "701",
        })
      }),
    ),
  )

  it.effect("loadProfile reads every section; loadSection one", () =>
    run(
      [
        route("GET", /\/profile$/, json(200, F.profile)),
        route("GET", /\/forwarding$/, json(200, F.forwarding)),
        route("GET", /\/devices$/, json(200, F.devices)),
        route("GET", /\/secret-code$/, json(200, F.secretCodeNone)),
        route("GET", /\/numbers\/77010542001$/, json(200, { ...F.mobileNumber, status: "В обработке" })),
      ],
      (operator) =>
        Effect.gen(function* () {
          const full = yield* Numbers.loadProfile({ companyId, msisdn })
          expect(full.profile.general.bans.selfCareDetailView).toBe("enabled")
          expect(full.forwarding.busy?.target).toBe("77010542006")
          expect(full.devices.devices).toHaveLength(1)
          expect(full.secretCode.state).toBe("none")
          const header = yield* Numbers.loadSection({ companyId, msisdn }, "number")
          expect(header.status).toBe("В обработке")
          expect(operator.requests).toHaveLength(5)
        }),
    ),
  )
})

describe("call detail records", () => {
  it.effect("outside the last 90 days: refused without a request", () =>
    run([], (operator) =>
      Effect.gen(function* () {
        yield* TestClock.setTime(now)
        const error = yield* Effect.flip(
          Stream.runCollect(
            Records.requestCallRecords({
              companyId,
              msisdn,
              period: { start: day("2025-05-01"), end: day("2025-09-21") },
            }),
          ),
        )
        expect(error).toMatchObject({ _tag: "RuleDenied", rule: "detalization.window" })
        expect(operator.requests).toHaveLength(0)
      }),
    ),
  )

  it.effect("a period is read page by page", () =>
    run(
      [
        route("GET", /\/call-records$/, (request) => {
          const offset = Number(request.query.get("offset"))
          const items = Array.from({ length: offset === 0 ? 500 : 200 }, () => F.callRecord)
          return json(200, F.callRecordPage(items, 700, offset))
        }),
      ],
      (operator) =>
        Effect.gen(function* () {
          yield* TestClock.setTime(now)
          const period = { start: day("2025-09-01"), end: day("2025-09-21") }
          const records = yield* Stream.runCollect(Records.requestCallRecords({ companyId, msisdn, period }))
          expect(records).toHaveLength(700)
          expect(operator.requests.map((r) => r.query.get("offset"))).toEqual(["0", "500"])
          expect(operator.requests[0]?.query.get("start")).toBe("2025-09-01")
        }),
    ),
  )

  it.effect("payment history of a credit number is refused; of an advance one, read", () =>
    run([route("GET", /\/payments$/, json(200, F.paymentTable))], (operator) =>
      Effect.gen(function* () {
        yield* TestClock.setTime(now)
        const period = { start: day("2025-09-01"), end: day("2025-09-21") }
        expect(
          yield* Effect.flip(
            Records.numberPayments({
              companyId,
              number: { msisdn, status: "Активный", billingMethod: "Кредитный" },
              period,
            }),
          ),
        ).toMatchObject({ rule: "number.paymentHistory.advanceOnly" })
        expect(operator.requests).toHaveLength(0)
        const table = yield* Records.numberPayments({
          companyId,
          number: { msisdn, status: "Активный", billingMethod: "Авансовый" },
          period,
        })
        expect(table.rows[0]?.amount).toBe(500_000)
        const history = yield* Effect.flip(
          Records.actionHistory({ companyId, period: { start: day("2025-09-01"), end: day("2025-09-30") } }),
        )
        expect(history).toMatchObject({ rule: "period.valid" })
      }),
    ),
  )
})

describe("documents", () => {
  it.effect("an act before January 2018 or a payments report over 3 months: refused without a request", () =>
    run([], (operator) =>
      Effect.gen(function* () {
        yield* TestClock.setTime(now)
        expect(
          yield* Effect.flip(
            Documents.requestDocument(companyId, {
              kind: "completedWorksAct",
              target: { by: "account", accountNumber: AccountNumber.make("25602051") },
              month: { year: 2017, month: 12 },
              output: "Загрузить в PDF",
            }),
          ),
        ).toMatchObject({ rule: "document.act.availability" })
        expect(
          yield* Effect.flip(
            Documents.requestDocument(companyId, {
              kind: "paymentsReport",
              period: { start: day("2025-01-01"), end: day("2025-09-01") },
              paymentType: "Кредитный",
              email,
            }),
          ),
        ).toMatchObject({ rule: "report.payments.maxPeriod" })
        expect(operator.requests).toHaveLength(0)
      }),
    ),
  )

  it.effect("an e-mailed report is accepted and followed until sent", () =>
    run(
      [
        route("POST", /reconciliation-act$/, json(202, F.reportAccepted)),
        route("GET", /^\/v1\/operations\/op-7$/, (_, n) =>
          n === 0
            ? json(200, { ...F.pending("op-7", "report"), msisdn: undefined })
            : json(200, { ...F.succeeded("op-7", "report"), status: undefined }),
        ),
        route("POST", /completed-works-act$/, json(200, F.fileReady)),
        route(
          "GET",
          /^\/v1\/companies\/cmp-kabinet\/files\/file_/,
          new Response(new TextEncoder().encode("%PDF-1.7"), {
            headers: { "content-type": "application/octet-stream" },
          }),
        ),
      ],
      (operator) =>
        Effect.gen(function* () {
          yield* TestClock.setTime(now)
          const accepted = yield* Documents.requestDocument(companyId, {
            kind: "reconciliationAct",
            period: { start: day("2025-01-01"), end: day("2025-08-31") },
            email,
          })
          expect(accepted.requestId).toBe("rep-1")
          const states = yield* Stream.runCollect(Documents.followReport(accepted, { initialDelay: "0 millis" }))
          expect(states.map((s) => s.state)).toEqual(["pending", "succeeded"])
          const file = yield* Documents.requestDocument(companyId, {
            kind: "completedWorksAct",
            target: { by: "phone", msisdn },
            month: { year: 2025, month: 8 },
            output: "Загрузить в PDF",
          })
          expect(file.fileId).toBe(F.fileReady.fileId)
          const fetched = yield* Documents.fetchFile(companyId, file)
          expect(fetched).toMatchObject({ fileName: "act-2020-09.pdf", mediaType: "application/pdf" })
          expect(new TextDecoder().decode(fetched.bytes)).toBe("%PDF-1.7")
          expect(operator.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
            "POST /v1/companies/cmp-kabinet/documents/reconciliation-act",
            "GET /v1/operations/op-7",
            "GET /v1/operations/op-7",
            "POST /v1/companies/cmp-kabinet/documents/completed-works-act",
            `GET /v1/companies/cmp-kabinet/files/${F.fileReady.fileId}`,
          ])
        }),
    ),
  )
})
