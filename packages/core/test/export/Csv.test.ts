import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import * as Csv from "../../src/export/csv.js"
import * as Documents from "../../src/export/Documents.js"
import * as data from "./fixtures.js"
import { parseCsv } from "./readers.js"

const period = { start: "2019-02-01", end: "2019-02-28" }

describe("CSV export, parsed back by Python's csv module", { timeout: 120_000 }, () => {
  it.effect("starts with a BOM, ends lines with CRLF and writes values for machines", () =>
    Effect.gen(function* () {
      const bytes = yield* Csv.write(Documents.callRecords({ records: data.callRecords, msisdn: data.msisdn, period }))
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const text = new TextDecoder().decode(bytes)
      expect(text.split("\r\n")).toHaveLength(8) // header, 5 records, totals, and the empty end
      expect(text.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/u)
      const parsed = parseCsv(bytes)
      expect(parsed.bom).toBe(true)
      expect(parsed.rows).toEqual([
        ["Дата и время", "Тип", "Абонент", "Длительность", "Объем, КБ", "Стоимость, тенге"],
        ["2019-02-25 09:14:05", "Исходящий звонок", "77010542006", "0:03:04", "", "12.50"],
        ["2019-02-25 10:00:00", "Входящий звонок", "77012111249", "1:02:03", "", "0.00"],
        ["2019-02-25 11:30:00", "Исходящее SMS", `'=HYPERLINK("http://evil")`, "", "", "5.00"],
        ["2019-02-26 08:00:00", "Входящее SMS", "Kcell", "", "", "0.00"],
        ["2019-02-26 12:00:00", "Интернет", "", "", "20480", "9970.33"],
        ["Итого", "", "", "1:05:07", "20480", "9987.83"],
      ])
    }),
  )

  it.effect("quotes as RFC 4180 says and neutralises formulas, with either delimiter", () =>
    Effect.gen(function* () {
      const table = {
        title: "t",
        columns: [
          { key: "a", kind: "text", header: "Текст, с запятой" },
          { key: "b", kind: "phone", header: 'Номер "абонента"' },
          { key: "c", kind: "money", header: "Сумма; тенге" },
        ],
        rows: [
          ['Он сказал "да", потом; ушел', "+7 701 054 20 01", -7],
          ["строка\r\nвторая", "+77010542001", 0],
          ["=1+1", "@x", 100],
          ["-5", "\t1", 12_345_678_90],
          ["\n=1", "77010542001", 1],
        ],
      } as const
      const expected = [
        ["Текст, с запятой", 'Номер "абонента"', "Сумма; тенге"],
        ['Он сказал "да", потом; ушел', "'+7 701 054 20 01", "-0.07"],
        ["строка\r\nвторая", "77010542001", "0.00"],
        ["'=1+1", "'@x", "1.00"],
        ["'-5", "'\t1", "12345678.90"],
        ["'\n=1", "77010542001", "0.01"],
      ]
      const comma = yield* Csv.write(table)
      expect(parseCsv(comma).rows).toEqual(expected)
      expect(new TextDecoder().decode(comma)).toContain('"Номер ""абонента"""')
      const semicolon = yield* Csv.write(table, { delimiter: ";" })
      expect(parseCsv(semicolon, ";").rows).toEqual(expected)
      // Text never starts a formula; a negative amount stays a number («-0.07»), which is no formula.
      for (const [text, phone] of parseCsv(comma).rows.slice(1)) {
        expect(text).not.toMatch(/^[=+\-@\t\r\n]/u)
        expect(phone).not.toMatch(/^[=+\-@\t\r\n]/u)
      }
    }),
  )
})
