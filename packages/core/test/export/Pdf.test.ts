import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import * as Documents from "../../src/export/Documents.js"
import { ExportTooLarge } from "../../src/export/ExportError.js"
import * as PTSansBold from "../../src/export/internal/fonts/PTSansBold.js"
import * as PTSansRegular from "../../src/export/internal/fonts/PTSansRegular.js"
import * as Pdf from "../../src/export/pdf.js"
import type { Row, Table } from "../../src/export/Table.js"
import * as data from "./fixtures.js"
import { pdfPages, pdfText } from "./readers.js"

const period = { start: "2019-02-01", end: "2019-02-28" }
const kazakh = "ә ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І"
// pdftotext lays a page out with runs of spaces; compare words.
const words = (text: string) => text.replace(/\s+/gu, " ")

const longTable = (count: number): Table => ({
  title: { ru: "Детализация", kk: "Қоңыраулар тізімі", en: "Call records" },
  context: { company: data.company, number: data.msisdn, period },
  columns: [
    { key: "n", kind: "integer", header: { ru: "№", kk: "№", en: "No." }, width: 6 },
    { key: "text", kind: "text", header: { ru: "Описание", kk: "Сипаттамасы", en: "Description" }, width: 30 },
    {
      key: "cost",
      kind: "money",
      header: { ru: "Сумма, тенге", kk: "Сомасы, теңге", en: "Amount, KZT" },
      width: 12,
      total: true,
    },
  ],
  rows: Array.from({ length: count }, (_, i): Row => [i + 1, `Жол ${i + 1} ${kazakh}`, 100 * (i + 1)]),
})

describe("PDF export, read back by pdftotext", { timeout: 120_000 }, () => {
  it.effect("writes call records with Cyrillic and Kazakh text, the page header and totals", () =>
    Effect.gen(function* () {
      const text = words(
        pdfText(
          yield* Pdf.write(
            Documents.callRecords(
              { records: data.callRecords, msisdn: data.msisdn, period, company: data.company },
              "kk",
            ),
            { locale: "kk" },
          ),
        ),
      )
      expect(text).toContain("Қоңыраулар детализациясы")
      expect(text).toContain(`Компания: ${data.company}`)
      expect(text).toContain("Нөмір: +7 701 054 20 01")
      expect(text).toContain("Кезең: 01.02.2019 — 28.02.2019")
      expect(text).toContain("Күні мен уақыты Түрі Абонент Ұзақтығы Көлемі, КБ Құны, теңге")
      expect(text).toContain("25.02.2019 09:14 Шығыс қоңырау 77010542006 3:04 12,50")
      expect(text).toContain("25.02.2019 10:00 Кіріс қоңырау 77012111249 1:02:03 0,00")
      expect(text).toContain("26.02.2019 12:00 Интернет 20 480 9 970,33")
      // The SMS sender that looked like a formula is neutralised here too.
      expect(text).toContain(`'=HYPERLINK("http://evil`)
      expect(text).toContain("Барлығы 1:05:07 20 480 9 987,83")
      expect(text).toContain("1 беттің 1-беті")
    }),
  )

  it.effect("repeats the title, context and table header on every page, with page numbers", () =>
    Effect.gen(function* () {
      const bytes = yield* Pdf.write(longTable(150))
      const pages = pdfPages(bytes)
      expect(pages).toBeGreaterThanOrEqual(3)
      for (let page = 2; page <= pages; page++) {
        const text = words(pdfText(bytes, { first: page, last: page }))
        expect(text).toContain("Детализация")
        expect(text).toContain(`Компания: ${data.company} · Номер: +7 701 054 20 01 · Период: 01.02.2019 — 28.02.2019`)
        expect(text).toContain("№ Описание Сумма, тенге")
        expect(text).toContain(`Страница ${page} из ${pages}`)
        expect(text).toContain(kazakh)
      }
      const all = words(pdfText(bytes))
      // Every row once, in order, across the chunks the table is drawn in.
      const numbers = [...all.matchAll(/(\d+) Жол (\d+)/gu)].map((match) => Number(match[2]))
      expect(numbers).toEqual(Array.from({ length: 150 }, (_, i) => i + 1))
      // One header per page: none in the middle of a page where a chunk of rows begins.
      expect(all.split("№ Описание Сумма, тенге").length - 1).toBe(pages)
      expect(all).toContain("Итого 11 325,00")
    }),
  )

  it.effect("writes the act of completed works: its summary, then the breakdown", () =>
    Effect.gen(function* () {
      const text = words(
        pdfText(
          yield* Pdf.write(
            Documents.completedWorksAct({
              company: data.company,
              account: "10085297",
              month: { year: 2018, month: 1 },
              invoice: { registrationNumber: "ESF-800800800800-2018-0000001", accountingNumber: "0000123" },
              charges: [
                { msisdn: "77010542001", amount: 893_00 },
                { msisdn: "77010542006", amount: 6982_45 },
              ],
            }),
          ),
        ),
      )
      expect(text).toContain("Акт выполненных работ и расшифровка к счету-фактуре")
      expect(text).toContain("Лицевой счет: 10085297 · Период: 01.2018")
      expect(text).toContain("Регистрационный номер счета-фактуры: ESF-800800800800-2018-0000001")
      expect(text).toContain("Итого начислено, тенге: 7 875,45")
      expect(text).toContain("77010542006 10085297 6 982,45")
      expect(text).toContain("Итого 7 875,45")
    }),
  )

  it.effect("writes payment histories and the action history in English and Russian", () =>
    Effect.gen(function* () {
      const paymentsText = words(
        pdfText(
          yield* Pdf.write(Documents.payments({ payments: data.payments, period, msisdn: data.msisdn }, "en"), {
            locale: "en",
          }),
        ),
      )
      expect(paymentsText).toContain("Date and time Amount, KZT Paid by Document Account Number")
      expect(paymentsText).toContain("15.09.2020 11:02 9,970.33 Bank transfer ПП-000451 25602051")
      expect(paymentsText).toContain("'@SUM(1+1)")
      const historyText = words(
        pdfText(yield* Pdf.write(Documents.actionHistory({ entries: data.actionHistory, period }))),
      )
      expect(historyText).toContain("Блокировка Успешно 21.09.2020 12:09 Rocket Yurly 77080770570 77010542001")
      expect(historyText).toContain("Әлімбаева Әдел")
      expect(historyText).toContain("'-1+2 Запрос актов")
    }),
  )

  it("writes ₸ as «тг», which the embedded font can show", async () => {
    const text = pdfText(
      await Effect.runPromise(
        Pdf.write({ title: "Баланс, ₸", columns: [{ key: "a", kind: "text", header: "₸" }], rows: [["5 ₸"]] }),
      ),
    )
    expect(text).toContain("Баланс, тг")
    expect(text).toContain("5 тг")
    expect(text).not.toContain("₸")
  })

  it.effect("refuses more rows than a PDF holds, suggesting XLSX, without reading the rest", () =>
    Effect.gen(function* () {
      let read = 0
      function* rows(): Generator<Row> {
        for (let i = 0; i < 100_000; i++) {
          read++
          yield [i, "x", 1]
        }
      }
      const error = yield* Effect.flip(Pdf.write({ ...longTable(0), rows: rows() }))
      expect(error).toBeInstanceOf(ExportTooLarge)
      expect(error).toMatchObject({ _tag: "ExportTooLarge", format: "pdf", limit: 20_000, suggested: "xlsx" })
      expect(Pdf.rowLimit).toBe(20_000)
      expect(read).toBeLessThanOrEqual(Pdf.rowLimit + 1_000)
    }),
  )

  it("embeds PT Sans exactly as the font package ships it", () => {
    const require = createRequire(import.meta.url)
    const ttf = (path: string) => readFileSync(require.resolve(path)).toString("base64")
    expect(PTSansRegular.base64).toBe(ttf("@expo-google-fonts/pt-sans/400Regular/PTSans_400Regular.ttf"))
    expect(PTSansBold.base64).toBe(ttf("@expo-google-fonts/pt-sans/700Bold/PTSans_700Bold.ttf"))
  })
})
