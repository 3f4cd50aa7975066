import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import * as Documents from "../../src/export/Documents.js"
import * as Xlsx from "../../src/export/xlsx.js"
import * as data from "./fixtures.js"
import { openXlsx } from "./readers.js"

const period = { start: "2019-02-01", end: "2019-02-28" }

describe("XLSX export, read back by openpyxl", { timeout: 120_000 }, () => {
  it.effect("writes call records with real numbers, dates and durations under a styled, frozen header", () =>
    Effect.gen(function* () {
      const bytes = yield* Xlsx.write(
        Documents.callRecords({ records: data.callRecords, msisdn: data.msisdn, period, company: data.company }),
      )
      const sheet = openXlsx(bytes)
      expect(sheet.title).toBe("Детализация")
      expect(sheet.cells.A1?.value).toBe("Детализация")
      expect(sheet.cells.B2?.value).toBe(data.company)
      // In a sheet the number is written as digits, like every phone number: "+7 …" would start a formula.
      expect(sheet.cells.B3?.value).toBe("77010542001")
      expect(sheet.cells.B4?.value).toBe("01.02.2019 — 28.02.2019")

      // The header: row 6, bold on a fill, frozen under it, filtered.
      const header = ["A6", "B6", "C6", "D6", "E6", "F6"].map((ref) => sheet.cells[ref])
      expect(header.map((cell) => cell?.value)).toEqual([
        "Дата и время",
        "Тип",
        "Абонент",
        "Длительность",
        "Объем, КБ",
        "Стоимость, тенге",
      ])
      for (const cell of header) {
        expect(cell?.bold).toBe(true)
        expect(cell?.fill).toBe("FFD9E1F2")
      }
      expect(sheet.freeze).toBe("A7")
      expect(sheet.filter).toBe("A6:F11")
      expect(sheet.widths.A).toBe(17)
      expect(sheet.widths.F).toBe(14)

      // The first record: a real date-time in Almaty time, text, digits, a duration, money.
      expect(sheet.cells.A7).toMatchObject({ value: "2019-02-25 09:14:05", type: "d", format: "dd.mm.yyyy hh:mm:ss" })
      expect(sheet.cells.B7).toMatchObject({ value: "Исходящий звонок", type: "s" })
      expect(sheet.cells.C7).toMatchObject({ value: "77010542006", type: "s" })
      expect(sheet.cells.D7).toMatchObject({ value: "0:03:04", type: "d", format: "[h]:mm:ss" })
      expect(sheet.cells.F7).toMatchObject({ value: 12.5, type: "n", format: "#,##0.00" })
      // A number sent with its plus is written as digits; an hour-long call keeps its hours.
      expect(sheet.cells.C8?.value).toBe("77012111249")
      expect(sheet.cells.D8?.value).toBe("1:02:03")
      expect(sheet.cells.E11).toMatchObject({ value: 20480, type: "n", format: "#,##0" })
      expect(sheet.cells.F11?.value).toBe(9970.33)

      // Totals under the table, bold, and outside the filter.
      expect(sheet.cells.A12).toMatchObject({ value: "Итого", bold: true })
      expect(sheet.cells.F12).toMatchObject({ value: 9987.83, type: "n", bold: true })
      expect(sheet.cells.E12?.value).toBe(20480)
      expect(sheet.maxRow).toBe(12)
    }),
  )

  it.effect("neutralises every text that would start a formula, and keeps numbers numbers", () =>
    Effect.gen(function* () {
      const sheet = openXlsx(
        yield* Xlsx.write({
          title: "=cmd|' /C calc'!A0",
          context: { company: "+SUM(1)" },
          columns: [
            { key: "text", kind: "text", header: "@header" },
            { key: "money", kind: "money", header: "Сумма, тенге" },
            { key: "phone", kind: "phone", header: "Номер" },
          ],
          rows: [
            ["=1+1", -1250, "+7 701 054 20 01"],
            ["+7 701 054 20 01", 0, "-1"],
            ["-2", 7, "@x"],
            ["@SUM(A1)", 100, "\tx"],
            ["\t=1", 100, "\r=1"],
            ["\n=1", 100, "77010542001"],
            ["Карт Бланш+ 1000", 100, "77010542001"],
          ],
        }),
      )
      expect(sheet.cells.A1?.value).toBe("'=cmd|' /C calc'!A0")
      expect(sheet.cells.B2?.value).toBe("'+SUM(1)")
      expect(sheet.cells.A4?.value).toBe("'@header")
      const column = (letter: string) => [5, 6, 7, 8, 9, 10, 11].map((row) => sheet.cells[`${letter}${row}`]?.value)
      expect(column("A")).toEqual([
        "'=1+1",
        "'+7 701 054 20 01",
        "'-2",
        "'@SUM(A1)",
        "'\t=1",
        "'\n=1",
        "Карт Бланш+ 1000",
      ])
      expect(column("B")).toEqual([-12.5, 0, 0.07, 1, 1, 1, 1])
      // Phone numbers: digits when they are digits, neutralised text otherwise.
      expect(column("C")).toEqual(["'+7 701 054 20 01", "'-1", "'@x", "'\tx", "'\r=1", "77010542001", "77010542001"])
      for (const cell of Object.values(sheet.cells))
        if (typeof cell.value === "string") expect(cell.value).not.toMatch(/^[=+\-@\t\r\n]/u)
    }),
  )

  it.effect("writes Kazakh headers and labels, and the act's breakdown under its summary", () =>
    Effect.gen(function* () {
      const table = Documents.completedWorksAct({
        company: data.company,
        account: "10085297",
        month: { year: 2018, month: 1 },
        invoice: { registrationNumber: "ESF-800800800800-2018-0000001", accountingNumber: "0000123" },
        charges: [
          { msisdn: "77010542001", amount: 893_00 },
          { msisdn: "77010542006", amount: 6982_45 },
        ],
      })
      const sheet = openXlsx(yield* Xlsx.write(table, { locale: "kk" }))
      expect(sheet.cells.A2?.value).toBe("Компания")
      expect(sheet.cells.A3?.value).toBe("Дербес шот")
      expect(sheet.cells.A4).toMatchObject({ value: "Кезең", bold: true })
      expect(sheet.cells.B4?.value).toBe("01.2018")
      expect(sheet.cells.A5?.value).toBe("Шот-фактураның тіркеу нөмірі")
      expect(sheet.cells.B7).toMatchObject({ value: 2, type: "n" })
      expect(sheet.cells.B8).toMatchObject({ value: 7875.45, type: "n", format: "#,##0.00" })
      expect([sheet.cells.A10?.value, sheet.cells.B10?.value, sheet.cells.C10?.value]).toEqual([
        "Нөмір",
        "Дербес шот",
        "Есептелді, теңге",
      ])
      expect(sheet.freeze).toBe("A11")
      expect(sheet.cells.C12?.value).toBe(6982.45)
      expect(sheet.cells.A13?.value).toBe("Барлығы")
      expect(sheet.cells.C13?.value).toBe(7875.45)
    }),
  )

  it.effect("writes the number list as the admin sees it, with localized statuses and a real date-time", () =>
    Effect.gen(function* () {
      const sheet = openXlsx(
        yield* Xlsx.write(Documents.numberList({ numbers: [data.number] }, "en"), { locale: "en" }),
      )
      expect(sheet.cells.A3?.value).toBe("Number")
      expect(["A4", "B4", "C4", "D4", "E4"].map((ref) => sheet.cells[ref]?.value)).toEqual([
        "77010542001",
        "25602051",
        "Карт Бланш+ 1000",
        "Credit",
        "Active",
      ])
      // 2020-08-27T03:21:00+05:00 is 04:21 on Almaty's clock of 2020 (UTC+6).
      expect(sheet.cells.F4).toMatchObject({ value: "2020-08-27 04:21:00", type: "d" })
      expect(sheet.cells.G4).toMatchObject({ value: 893, type: "n" })
      expect(sheet.cells.H4).toMatchObject({ value: 3000, type: "n" })
    }),
  )
})
