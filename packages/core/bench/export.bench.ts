/**
 * How long the exporters take on the whole fleet: 100,000 rows × 8 columns of the number list
 * (phone, account, tariff, billing method, status, a date-time and two amounts) to XLSX and CSV, and
 * 2,000 rows to PDF (a PDF stops at 20,000 rows).
 *
 * The XLSX writer was chosen on these figures, measured in Node for the same 100,000 × 8 rows on
 * this 2-core machine while it was shared (load ≈ 6), peak RSS of the whole process:
 *
 * | writer | time | peak memory | file |
 * |---|---|---|---|
 * | Kabinet's own (SpreadsheetML + `CompressionStream`) | 1.3 s | 138 MB | 4.1 MB |
 * | ExcelJS 4 streaming `WorkbookWriter` (Node streams only) | 4.4 s | 289 MB | 5.2 MB |
 * | xlsx-js-style with `compression: true` | 9.5 s | 655 MB | 11.4 MB |
 *
 * (Measured quiet earlier: xlsx-js-style 3.8 s / 724 MB, ExcelJS 2.2 s / 185 MB, sheetjs-style 4.7 s /
 * 738 MB.) The target is under 2 s and 300 MB.
 */
import { Effect } from "effect"
import { test } from "vitest"
import * as Csv from "../src/export/csv.js"
import * as Documents from "../src/export/Documents.js"
import * as Pdf from "../src/export/pdf.js"
import type { Row, Table } from "../src/export/Table.js"
import * as Xlsx from "../src/export/xlsx.js"

const tariffs = ["Карт Бланш+ 1000", "Бизнес Класс Специалист", "11 corp"] as const
const statuses = ["Активный", "Заблокирован", "Заблокирован / Долг", "В обработке"] as const

const fleet = (count: number): Table => ({
  ...Documents.numberList({ numbers: [] }),
  totalRows: count,
  rows: {
    *[Symbol.iterator]() {
      for (let i = 0; i < count; i++)
        yield [
          `7701${String(1_000_000 + i).slice(-7)}`,
          String(25_000_000 + Math.floor(i / 4)),
          tariffs[i % tariffs.length],
          i % 7 === 0 ? "Авансовый" : "Кредитный",
          statuses[i % statuses.length],
          Date.UTC(2020, 7, 1) + i * 60_000,
          (i * 37) % 10_000_000,
          300_000,
        ] satisfies Row
    },
  },
})

const once = { iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 }

test("export 100,000 numbers × 8 columns", async ({ bench }) => {
  await bench.compare(
    bench("XLSX", async () => {
      await Effect.runPromise(Xlsx.write(fleet(100_000)))
    }),
    bench("CSV", async () => {
      await Effect.runPromise(Csv.write(fleet(100_000)))
    }),
    once,
  )
})

test("export 2,000 numbers × 8 columns: PDF against XLSX", async ({ bench }) => {
  await bench.compare(
    bench("PDF", async () => {
      await Effect.runPromise(Pdf.write(fleet(2_000)))
    }),
    bench("XLSX", async () => {
      await Effect.runPromise(Xlsx.write(fleet(2_000)))
    }),
    once,
  )
})
