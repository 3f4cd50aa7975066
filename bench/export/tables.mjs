// The suite's two tables as Kabinet describes them (`Documents.numberList`, `Documents.callRecords`)
// with the rows of `rows.mjs`. The description without its rows (`specOf`) is plain data: it is what
// the raw libraries' writers lay out, and what the page is handed to build the same table.
import { Documents } from "@kabinet/core/export"
import { documents, rowsOf } from "./rows.mjs"

/** The table of a format's document: the number list for XLSX, call records for PDF. */
export const tableOf = (format, count = documents[format].count) => {
  const described =
    format === "xlsx"
      ? Documents.numberList({ numbers: [], company: "ТОО «Кабинет»" })
      : Documents.callRecords({
          records: [],
          msisdn: "77010542001",
          period: { start: "2020-08-01", end: "2020-08-31" },
          company: "ТОО «Кабинет»",
        })
  return { ...described, totalRows: count, rows: rowsOf(documents[format].row, count) }
}

/** A table's description without its rows: plain data that survives `JSON.stringify`. */
export const specOf = (table) => {
  const { rows: _rows, ...spec } = table
  return JSON.parse(JSON.stringify(spec))
}
