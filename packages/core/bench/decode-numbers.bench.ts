/**
 * How long it takes to decode a large page of the number list, against `JSON.parse` alone on the
 * same string: the difference is what validation and conversion (Msisdn, tiyn, instants, status)
 * add on top of reading the JSON.
 */
import { Schema } from "effect"
import { test } from "vitest"
import { MobileNumber } from "../src/index.js"

const count = 100_000

const tariffs = ["Карт Бланш+ 1000", "Бизнес Класс Специалист", "11 corp"] as const
const statuses = ["Активный", "Активный", "Активный", "Заблокирован", "Заблокирован / Долг", "В обработке"] as const
const codes = ["701", "702", "705", "707", "747", "771", "775", "776", "777", "778"] as const

// Deterministic rows shaped like the manual's, with every optional field present on some rows.
const rows = Array.from({ length: count }, (_, i) => {
  const advance = i % 7 === 0
  const row: Record<string, string> = {
    msisdn: `7${codes[i % codes.length]}${String(1_000_000 + i).slice(-7)}`,
    accountNumber: String(25_000_000 + Math.floor(i / 4)),
    billingMethod: advance ? "Авансовый" : "Кредитный",
    status: statuses[i % statuses.length] ?? "Активный",
    statusChangedAt: `2020-08-${String(1 + (i % 28)).padStart(2, "0")}T03:21:00+05:00`,
    availableFunds: `${(i * 37) % 100_000}.${String(i % 100).padStart(2, "0")}`,
    creditLimit: advance ? "10.00" : "3000.00",
    companyId: "cmp-kabinet",
  }
  if (!advance) row.tariffName = tariffs[i % tariffs.length] ?? "11 corp"
  if (i % 3 === 0) row.individualLimit = "1786.00"
  return row
})

const json = JSON.stringify(rows)

const decodeRows = Schema.decodeUnknownSync(Schema.fromJsonString(Schema.Array(MobileNumber.MobileNumber)))

test(`decode ${count.toLocaleString("en")} MobileNumber rows from one JSON string`, async ({ bench, expect }) => {
  expect(decodeRows(json)).toHaveLength(count)
  await bench.compare(
    bench("JSON.parse", () => {
      JSON.parse(json)
    }),
    bench("JSON.parse + MobileNumber schema", () => {
      decodeRows(json)
    }),
    { iterations: 10, time: 0, warmupIterations: 2, warmupTime: 0 },
  )
})
