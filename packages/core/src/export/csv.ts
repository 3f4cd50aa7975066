/**
 * CSV files that Excel opens with Cyrillic intact: UTF-8 with a byte order mark, CRLF line ends,
 * RFC 4180 quoting (a field with the delimiter, a quote or a line break is quoted, quotes doubled).
 * The header row comes first, then the rows, then an «Итого» row when columns are summed.
 *
 * Values are written for machines, not for one locale: money `9970.33`, dates `2019-02-25`,
 * instants `2019-02-25 09:14:05` in Almaty time, durations `0:03:04`, phone numbers as digits.
 * Text that starts like a formula is neutralised. No library: the module is the writer.
 *
 * @example
 * ```ts
 * import * as Csv from "@kabinet/core/export/csv"
 * const bytes = await Effect.runPromise(Csv.write(table, { onProgress }), { signal })
 * ```
 */
import * as Effect from "effect/Effect"
import { ExportFailed, type ExportTooLarge } from "./ExportError.js"
import * as cells from "./internal/cells.js"
import * as display from "./internal/display.js"
import { readRows } from "./internal/rows.js"
import type { Cell, Column, ExportOptions, Row, Table } from "./Table.js"

/** The media type of a CSV file. */
export const mediaType = "text/csv;charset=utf-8"

/** The file name extension. */
export const extension = "csv"

/** Options of `write`. */
export interface CsvOptions extends ExportOptions {
  /**
   * The field delimiter: `","` (RFC 4180, the default) or `";"`, which Excel expects where the
   * decimal separator is a comma (Russian and Kazakh Windows settings).
   */
  readonly delimiter?: "," | ";" | undefined
}

const failed = (error: unknown) =>
  new ExportFailed({ format: "csv", reason: error instanceof Error ? error.message : String(error) })

const bom = new Uint8Array([0xef, 0xbb, 0xbf])

/** The text of a cell, before quoting. */
const fieldOf = (column: Column, cell: Cell): string => {
  if (cell === null || cell === undefined) return ""
  if (column.kind === "phone" && typeof cell === "string") return cells.phoneOf(cell)
  if (column.kind === "date") return cells.dayOf(cell) ?? cells.textOf(cell)
  const value = cells.numberOf(column.kind, cell)
  if (value === undefined) return cells.textOf(cell)
  switch (column.kind) {
    case "money":
      return Number.isSafeInteger(value) ? display.decimalOf(value) : cells.textOf(cell)
    case "dateTime":
      return display.isoDateTime(value)
    case "duration":
      return display.clockDuration(value)
    default:
      return String(value)
  }
}

/**
 * The table as a CSV file, in the bytes of the file. Rows are read in batches (progress after
 * each); interrupting the effect stops it within one batch.
 *
 * @example
 * ```ts
 * Csv.write(Documents.numberList({ rows, company }), { delimiter: ";" })
 * ```
 */
export const write: (
  table: Table,
  options?: CsvOptions,
) => Effect.Effect<Uint8Array<ArrayBuffer>, ExportFailed | ExportTooLarge> = Effect.fn("Csv.write")(function* (
  table: Table,
  options: CsvOptions = {},
) {
  const locale = options.locale ?? "ru"
  const delimiter = options.delimiter ?? ","
  const needsQuotes = delimiter === "," ? /[",\r\n]/u : /[";\r\n]/u
  const field = (text: string): string => (needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text)
  const line = (texts: ReadonlyArray<string>): string => `${texts.map(field).join(delimiter)}\r\n`
  const columns = table.columns
  const rowLine = (row: Row): string => line(columns.map((column, i) => fieldOf(column, row[i])))
  const encoder = new TextEncoder()
  const chunks: Array<Uint8Array> = [bom, encoder.encode(line(cells.headers(columns, locale)))]
  const totals = cells.hasTotals(columns) ? new cells.Totals(columns) : undefined
  yield* readRows(table.rows, {
    format: "csv",
    totalRows: table.totalRows,
    onProgress: options.onProgress,
    onBatch: (batch) => {
      let text = ""
      for (const row of batch) {
        text += rowLine(row)
        totals?.add(row)
      }
      chunks.push(encoder.encode(text))
    },
  })
  if (totals !== undefined) chunks.push(encoder.encode(rowLine(totals.row(locale))))
  return yield* Effect.try({
    try: () => {
      const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0))
      let offset = 0
      for (const chunk of chunks) {
        bytes.set(chunk, offset)
        offset += chunk.length
      }
      return bytes
    },
    catch: failed,
  })
})
