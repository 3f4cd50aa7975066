// xlsx-js-style (SheetJS with cell styles) writing the number list as Kabinet's XLSX writer does:
// title, styled header, real numbers with formats, column widths, a filter, shared strings, deflated.
import XLSX from "xlsx-js-style"
import { formats, headerOf, sheetValue, titleOf } from "./cells.mjs"

/** The XLSX file's bytes. */
export const write = async (spec, rows) => {
  const names = spec.columns.map((_, i) => XLSX.utils.encode_col(i))
  const kinds = spec.columns.map((column) => column.kind)
  const sheet = {}
  sheet.A1 = { t: "s", v: titleOf(spec), s: { font: { bold: true, sz: 14 } } }
  const headerStyle = {
    font: { bold: true },
    fill: { patternType: "solid", fgColor: { rgb: "D9E1F2" } },
    border: { bottom: { style: "thin" } },
  }
  spec.columns.forEach((column, i) => {
    sheet[`${names[i]}3`] = { t: "s", v: headerOf(column), s: headerStyle }
  })
  let r = 3
  for (const row of rows) {
    r++
    for (let i = 0; i < kinds.length; i++) {
      const value = sheetValue(kinds[i], row[i])
      if (value === null) continue
      sheet[`${names[i]}${r}`] =
        typeof value === "number" ? { t: "n", v: value, z: formats[kinds[i]] } : { t: "s", v: value }
    }
  }
  const last = names[names.length - 1]
  sheet["!ref"] = `A1:${last}${r}`
  sheet["!cols"] = spec.columns.map((column) => ({ wch: column.width }))
  sheet["!autofilter"] = { ref: `A3:${last}${r}` }
  const workbook = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(workbook, sheet, "Sheet1")
  const bytes = XLSX.write(workbook, { type: "array", bookType: "xlsx", bookSST: true, compression: true })
  return new Uint8Array(bytes)
}
