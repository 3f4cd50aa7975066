// What both raw PDF writers share with Kabinet's: A4 in points, PT Sans embedded (the same font
// files as the core's), the title on every page, page numbers, an «Итого» row of the summed columns.
import { jsPDF } from "jspdf"
import { base64 as bold } from "../../../packages/core/dist/export/internal/fonts/PTSansBold.js"
import { base64 as regular } from "../../../packages/core/dist/export/internal/fonts/PTSansRegular.js"
import { displayValue, headerOf, titleOf } from "./cells.mjs"

export const font = "PTSans"
export const margin = { top: 64, right: 32, bottom: 40, left: 32 }

/** A portrait or landscape A4 document with PT Sans loaded. */
export const newDocument = (spec) => {
  const width = spec.columns.reduce((sum, column) => sum + column.width, 0)
  const doc = new jsPDF({
    orientation: width > 100 ? "landscape" : "portrait",
    unit: "pt",
    format: "a4",
    compress: true,
  })
  doc.addFileToVFS("PTSans-Regular.ttf", regular)
  doc.addFont("PTSans-Regular.ttf", font, "normal")
  doc.addFileToVFS("PTSans-Bold.ttf", bold)
  doc.addFont("PTSans-Bold.ttf", font, "bold")
  doc.setFont(font, "normal")
  return doc
}

/** The header texts, the rows as display texts, and the totals row. */
export const textsOf = (spec, rows) => {
  const kinds = spec.columns.map((column) => column.kind)
  const sums = spec.columns.map(() => 0)
  const body = []
  for (const row of rows) {
    body.push(kinds.map((kind, i) => displayValue(kind, row[i])))
    spec.columns.forEach((column, i) => {
      if (column.total) sums[i] += row[i] ?? 0
    })
  }
  const labelAt = spec.columns.findIndex((column) => !column.total)
  const totals = kinds.map((kind, i) =>
    spec.columns[i].total ? displayValue(kind, sums[i]) : i === labelAt ? "Итого" : "",
  )
  return { head: spec.columns.map((column) => headerOf(column)), body, totals }
}

/** Whether a column's texts are right-aligned. */
export const rightAligned = (column) => ["money", "integer", "duration"].includes(column.kind)

/** The title on top and the page number at the bottom of every page. */
export const decorate = (doc, spec) => {
  const pages = doc.getNumberOfPages()
  const pageWidth = doc.internal.pageSize.getWidth()
  const pageHeight = doc.internal.pageSize.getHeight()
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page)
    doc.setFont(font, "bold")
    doc.setFontSize(12)
    doc.setTextColor(20)
    doc.text(titleOf(spec), margin.left, 30)
    doc.setFont(font, "normal")
    doc.setFontSize(8)
    doc.setTextColor(90)
    doc.text(`Страница ${page} из ${pages}`, pageWidth - margin.right, pageHeight - 20, { align: "right" })
  }
}
