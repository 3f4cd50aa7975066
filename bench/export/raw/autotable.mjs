// jsPDF with jspdf-autotable drawing the call records table in one call, with the styles of
// Kabinet's PDF writer (which draws through the same plugin, a few pages at a time).
import { autoTable } from "jspdf-autotable"
import { decorate, font, margin, newDocument, rightAligned, textsOf } from "./pdf-common.mjs"

/** The PDF file's bytes. */
export const write = async (spec, rows) => {
  const doc = newDocument(spec)
  const { head, body, totals } = textsOf(spec, rows)
  const usable = doc.internal.pageSize.getWidth() - margin.left - margin.right
  const total = spec.columns.reduce((sum, column) => sum + column.width, 0)
  autoTable(doc, {
    head: [head],
    body: [...body, totals],
    margin,
    showHead: "everyPage",
    columnStyles: Object.fromEntries(
      spec.columns.map((column, i) => [
        i,
        { cellWidth: (usable * column.width) / total, halign: rightAligned(column) ? "right" : "left" },
      ]),
    ),
    styles: { font, fontSize: 8, cellPadding: 3, overflow: "linebreak", lineColor: [200, 200, 200], lineWidth: 0.25 },
    headStyles: { font, fontStyle: "bold", fillColor: [217, 225, 242], textColor: 20, valign: "middle" },
    didParseCell: (data) => {
      if (data.section === "body" && data.row.index === body.length) data.cell.styles.fontStyle = "bold"
    },
  })
  decorate(doc, spec)
  return new Uint8Array(doc.output("arraybuffer"))
}
