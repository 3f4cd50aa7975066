/**
 * How long it takes to decode a large page of the number list, against `JSON.parse` alone on the
 * same string: the difference is what validation and conversion (Msisdn, tiyn, instants, status)
 * add on top of reading the JSON.
 */
import { Schema } from "effect"
import { test } from "vitest"
import { MobileNumber } from "../src/index.js"
import { numberRows } from "./number-rows.mjs"

const count = 100_000

const rows = numberRows(count)

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
