/**
 * The number list's answer, encoded with the contract's own schemas a row at a time, and each row
 * remembered by what it shows: a list of 100,000 lines is paged through again and again (scrolling,
 * sorting, searching), and a row encoded once is the same bytes until one of its fields changes.
 * The page around the rows is encoded with the contract's `NumberPage`, so nothing here can say
 * other than what the contract says; the contract's tests decode every page.
 */
import { Api, MobileNumber } from "@kabinet/core"
import * as HttpServerResponse from "effect/http/HttpServerResponse"
import * as Schema from "effect/Schema"
import * as Companies from "../db/Companies.js"
import type { Row } from "../db/Line.js"
import type { OperatorState } from "../db/OperatorState.js"
import * as Contract from "./Contract.js"

const encodeRow = Schema.encodeSync(Schema.toCodecJson(MobileNumber.MobileNumber))
const encodePage = Schema.encodeSync(Api.Numbers.NumberPage)

/** The most encoded rows remembered (a fleet of 100,000 and its two sister companies); the oldest is forgotten first. */
export const maxRemembered = 200_000

const remembered = new Map<string, string>()

// Everything a row shows: a row whose fields are all the same encodes to the same bytes.
const signature = (row: Row): string =>
  `${row.msisdn}|${row.companyId}|${row.accountNumber}|${row.tariffName ?? ""}|${row.billingMethod}|${row.status}|${row.statusChangedAt}|${row.availableFunds}|${row.individualLimit ?? ""}|${row.creditLimit}`

const rowJson = (row: Row): string => {
  const key = signature(row)
  const known = remembered.get(key)
  if (known !== undefined) return known
  const json = JSON.stringify(encodeRow(Contract.mobileNumber(row)))
  remembered.set(key, json)
  if (remembered.size > maxRemembered) remembered.delete(remembered.keys().next().value as string)
  return json
}

/**
 * Encodes every row of every company ahead of the first request, as far as the rows remembered
 * go: what a standalone server does as it starts (a few seconds for 100,000 lines).
 *
 * @example
 * ```ts
 * state.prepareAlso(rememberRows)
 * ```
 */
export const rememberRows = (state: OperatorState): void => {
  let room = maxRemembered
  for (const company of Companies.all) {
    const count = Math.min(room, state.numbers.count(company.id))
    for (const row of state.numbers.list(company.id, { offset: 0, limit: count }).lines) rowJson(row)
    room -= count
  }
}

/**
 * A page of the number list as the contract's `NumberPage`, in JSON.
 *
 * @example
 * ```ts
 * return numberPage(page.lines, page.total, query.offset)
 * ```
 */
export const numberPage = (
  rows: ReadonlyArray<Row>,
  total: number,
  offset: number,
): HttpServerResponse.HttpServerResponse => {
  const shell = JSON.stringify({ ...encodePage({ items: [], total, offset }), items: null })
  return HttpServerResponse.text(shell.replace('"items":null', `"items":[${rows.map(rowJson).join(",")}]`), {
    contentType: "application/json",
  })
}
