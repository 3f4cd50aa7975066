import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { Documents } from "../src/index.js"

const decodeRequest = Schema.decodeUnknownEffect(Documents.DocumentRequest)

// One request per form of «Документы и отчеты», with the manual's own inputs where it shows them.
const requests = {
  paymentHistory: { kind: "paymentHistory", period: { start: "2020-09-07", end: "2020-10-07" } },
  numberPaymentHistory: {
    kind: "numberPaymentHistory",
    msisdn: "77010541921",
    period: { start: "2019-01-26", end: "2019-02-26" },
    output: "На экран",
  },
  invoiceSearch: {
    kind: "invoiceSearch",
    searchBy: "Регистрационный номер",
    invoiceNumber: "ESF-800800800800-2020-0001234",
    year: 2020,
    output: "На экран",
  },
  actionHistory: { kind: "actionHistory", period: { start: "2020-09-21", end: "2020-09-21" } },
  numberListReport: { kind: "numberListReport", email: "email@kcell.kz" },
  completedWorksAct: {
    kind: "completedWorksAct",
    target: { by: "account", accountNumber: "10085297" },
    month: { year: 2018, month: 1 },
    output: "Загрузить в PDF",
  },
  invoiceRegistry: {
    kind: "invoiceRegistry",
    period: { start: { year: 2020, month: 9 }, end: { year: 2020, month: 9 } },
  },
  reconciliationAct: {
    kind: "reconciliationAct",
    period: { start: "2020-09-01", end: "2020-09-30" },
    email: "email@kcell.kz",
  },
  registeredDevicesReport: { kind: "registeredDevicesReport", email: "email@kcell.kz" },
  paymentsReport: {
    kind: "paymentsReport",
    period: { start: "2020-09-07", end: "2020-10-07" },
    paymentType: "Кредитный",
    email: "email@kcell.kz",
  },
} as const

describe("Documents", () => {
  it.effect("decodes the request of every document and encodes it unchanged", () =>
    Effect.gen(function* () {
      for (const json of Object.values(requests)) {
        const request = yield* decodeRequest(json)
        expect(request.kind).toBe(json.kind)
        expect(yield* Schema.encodeEffect(Documents.DocumentRequest)(request)).toEqual(json)
      }
    }),
  )

  it.effect("decodes the act of completed works by phone with the Excel download", () =>
    Effect.gen(function* () {
      const request = yield* Schema.decodeUnknownEffect(Documents.CompletedWorksActRequest)({
        kind: "completedWorksAct",
        target: { by: "phone", msisdn: "77010542001" },
        month: { year: 2020, month: 8 },
        output: "Загрузить в Excel",
      })
      expect(request.target).toEqual({ by: "phone", msisdn: "77010542001" })
      expect(Documents.actOutputKey(request.output)).toBe("excel")
    }),
  )

  it("lists the nine sections in the manual's order and knows which are e-mailed", () => {
    expect(Documents.sections).toHaveLength(9)
    expect(Documents.sections.filter(Documents.isEmailed)).toEqual([
      "numberListReport",
      "reconciliationAct",
      "registeredDevicesReport",
      "paymentsReport",
    ])
    expect(Documents.invoiceSearchByValues.map(Documents.invoiceSearchByKey)).toEqual([
      "registrationNumber",
      "accountingSystemNumber",
    ])
  })

  it.effect("refuses inputs the forms never send", () =>
    Effect.gen(function* () {
      for (const [input, at] of [
        [{ ...requests.invoiceSearch, output: "Файл формата PDF" }, '["output"]'],
        [{ ...requests.invoiceSearch, invoiceNumber: "" }, '["invoiceNumber"]'],
        [{ ...requests.invoiceSearch, year: "2020" }, '["year"]'],
        [{ ...requests.completedWorksAct, month: { year: 2018, month: 13 } }, '["month"]'],
        [{ ...requests.completedWorksAct, target: { by: "account", msisdn: "77010542001" } }, '["target"]'],
        [{ ...requests.completedWorksAct, output: "Загрузить в Word" }, '["output"]'],
        [{ ...requests.reconciliationAct, period: { start: "2020-09-30", end: "2020-09-01" } }, "period.order"],
        [{ ...requests.paymentsReport, paymentType: "Кредитные номера" }, '["paymentType"]'],
        [{ kind: "numberListReport" }, '["email"]'],
      ] as const) {
        const error = yield* Effect.flip(decodeRequest(input))
        expect(error.message, JSON.stringify(input)).toContain(at)
      }
      const unknown = yield* Effect.result(decodeRequest({ kind: "taxReport", email: "email@kcell.kz" }))
      expect(unknown._tag).toBe("Failure")
    }),
  )

  it.effect("decodes each kind of answer: a table, an e-mail acknowledgement, a file", () =>
    Effect.gen(function* () {
      const table = yield* Schema.decodeUnknownEffect(Documents.responses.invoiceSearch)({
        kind: "table",
        rows: [{ msisdn: "77010542001", accountNumber: "25602051" }],
      })
      expect(table.kind === "table" && table.rows[0]?.msisdn).toBe("77010542001")

      const emailed = { kind: "emailed", requestId: "rep-2020-0001", email: "email@kcell.kz" }
      const accepted = yield* Schema.decodeUnknownEffect(Documents.responses.reconciliationAct)(emailed)
      expect(yield* Schema.encodeEffect(Documents.EmailAccepted)(accepted)).toEqual(emailed)

      const file = {
        kind: "file",
        fileId: "file_4Qm7cT2vXk9RbN1sW8yH3jLp",
        fileName: "act-2018-01-10085297.pdf",
        mediaType: "application/pdf",
        sizeBytes: 48213,
        expiresAt: "2020-09-21T13:00:00Z",
      }
      const ready = yield* Schema.decodeUnknownEffect(Documents.responses.completedWorksAct)(file)
      expect(ready.mediaType).toBe("application/pdf")
      const xls = yield* Schema.decodeUnknownEffect(Documents.responses.invoiceSearch)({
        ...file,
        fileName: "invoice.xlsx",
        mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      })
      expect(xls.kind).toBe("file")

      const payments = yield* Schema.decodeUnknownEffect(Documents.responses.paymentHistory)({
        kind: "table",
        rows: [
          {
            paidAt: "2020-09-15T11:02:00+05:00",
            amount: "9970.33",
            channel: "bankTransfer",
            documentNumber: "ПП-000451",
            accountNumber: "25869160",
          },
        ],
      })
      expect(payments.rows[0]?.amount).toBe(997033)
    }),
  )

  it.effect("refuses an answer of the wrong kind for its document", () =>
    Effect.gen(function* () {
      for (const [schema, input] of [
        [Documents.responses.numberListReport, { kind: "table", rows: [] }],
        [Documents.responses.completedWorksAct, { kind: "emailed", requestId: "rep-1", email: "email@kcell.kz" }],
        [Documents.responses.reconciliationAct, { kind: "emailed", email: "email@kcell.kz" }],
        [
          Documents.responses.invoiceRegistry,
          { kind: "file", fileId: "file_4Qm7cT2vXk9RbN1sW8yH3jLp", fileName: "r.txt", mediaType: "text/plain" },
        ],
        [
          Documents.responses.invoiceRegistry,
          { kind: "file", fileName: "r.xls", mediaType: "application/vnd.ms-excel", url: "/files/r.xls" },
        ],
      ] as const) {
        const result = yield* Effect.result(Schema.decodeUnknownEffect(schema)(input))
        expect(result._tag, JSON.stringify(input)).toBe("Failure")
      }
    }),
  )
})
