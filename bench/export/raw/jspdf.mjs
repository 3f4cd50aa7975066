// jsPDF alone drawing the call records table by hand: cells as text, a rule under each row, the
// header repeated on every page — what a team writes without a table plugin.
import { decorate, font, margin, newDocument, rightAligned, textsOf } from "./pdf-common.mjs"

/** The PDF file's bytes. */
export const write = async (spec, rows) => {
  const doc = newDocument(spec)
  const { head, body, totals } = textsOf(spec, rows)
  const pageWidth = doc.internal.pageSize.getWidth()
  const pageHeight = doc.internal.pageSize.getHeight()
  const usable = pageWidth - margin.left - margin.right
  const total = spec.columns.reduce((sum, column) => sum + column.width, 0)
  const widths = spec.columns.map((column) => (usable * column.width) / total)
  const lefts = widths.map((_, i) => margin.left + widths.slice(0, i).reduce((s, w) => s + w, 0))
  const rowHeight = 15
  const drawRow = (texts, y, style) => {
    doc.setFont(font, style)
    texts.forEach((text, i) => {
      if (rightAligned(spec.columns[i])) doc.text(text, lefts[i] + widths[i] - 3, y + 10.5, { align: "right" })
      else doc.text(text, lefts[i] + 3, y + 10.5)
    })
    doc.line(margin.left, y + rowHeight, margin.left + usable, y + rowHeight)
  }
  const drawHeader = (y) => {
    doc.setFillColor(217, 225, 242)
    doc.rect(margin.left, y, usable, rowHeight, "F")
    drawRow(head, y, "bold")
    return y + rowHeight
  }
  doc.setFontSize(8)
  doc.setDrawColor(200)
  doc.setLineWidth(0.25)
  let y = drawHeader(margin.top)
  for (const [index, texts] of [...body, totals].entries()) {
    if (y + rowHeight > pageHeight - margin.bottom) {
      doc.addPage()
      y = drawHeader(margin.top)
    }
    drawRow(texts, y, index === body.length ? "bold" : "normal")
    y += rowHeight
  }
  decorate(doc, spec)
  return new Uint8Array(doc.output("arraybuffer"))
}
