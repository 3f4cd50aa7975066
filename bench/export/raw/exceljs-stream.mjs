// ExcelJS's streaming writer (Node only): rows committed as they are added, shared strings and
// styles on, the file collected in memory as it is written.
import { PassThrough } from "node:stream"
import ExcelJS from "exceljs"
import { fill } from "./exceljs.mjs"

/** The XLSX file's bytes. */
export const write = async (spec, rows) => {
  const stream = new PassThrough()
  const chunks = []
  stream.on("data", (chunk) => chunks.push(chunk))
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true, useStyles: true })
  const sheet = workbook.addWorksheet("Sheet1", { views: [{ state: "frozen", ySplit: 3 }] })
  fill(sheet, spec, rows, (values) => {
    const row = sheet.addRow(values)
    row.commit()
    return row
  })
  sheet.commit()
  await workbook.commit()
  return new Uint8Array(Buffer.concat(chunks))
}
