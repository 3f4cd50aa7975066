// ExcelJS writing the number list as Kabinet's XLSX writer does: title, frozen styled header, real
// numbers with formats, column widths, a filter. In memory (`Workbook`), the only writer ExcelJS has
// in a browser; `exceljs-stream.mjs` is its streaming writer for Node.
import ExcelJS from "exceljs"
import { formats, headerOf, sheetValue, titleOf } from "./cells.mjs"

/** Lays out the sheet and adds every row through `add`; returns the header row's number. */
export const fill = (sheet, spec, rows, add) => {
  sheet.columns = spec.columns.map((column) => ({
    width: column.width,
    style: formats[column.kind] ? { numFmt: formats[column.kind] } : {},
  }))
  add([titleOf(spec)]).font = { bold: true, size: 14 }
  add([])
  const header = add(spec.columns.map((column) => headerOf(column)))
  header.eachCell((cell) => {
    cell.font = { bold: true }
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } }
    cell.border = { bottom: { style: "thin" } }
  })
  const kinds = spec.columns.map((column) => column.kind)
  let count = 0
  for (const row of rows) {
    add(kinds.map((kind, i) => sheetValue(kind, row[i])))
    count++
  }
  sheet.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3 + count, column: kinds.length } }
}

/** The XLSX file's bytes. */
export const write = async (spec, rows) => {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet("Sheet1", { views: [{ state: "frozen", ySplit: 3 }] })
  fill(sheet, spec, rows, (values) => sheet.addRow(values))
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
