/**
 * PDF files with jsPDF and jspdf-autotable: the document's title and context (company, number,
 * period) at the top of every page, page numbers at the bottom, the table's header repeated on
 * every page, a summary above the table (an act's totals and invoice numbers) and an «Итого» row
 * under it when columns are summed.
 *
 * The text is set in PT Sans, embedded (jsPDF keeps only the glyphs used): Cyrillic with every
 * Kazakh letter (ә ғ қ ң ө ұ ү һ і). PT Sans has no tenge sign (₸), so money columns name the
 * currency in their header in words («Сумма, тенге») and amounts are written without a sign; a ₸
 * in any other text is written «тг».
 *
 * A PDF is for reading and printing: past `rowLimit` rows (about 400 pages) it is refused with
 * `ExportTooLarge`, which suggests XLSX. jsPDF, jspdf-autotable and the fonts (≈ 1 MB) are loaded
 * with `import()` on the first export, so importing this module costs nothing.
 *
 * @example
 * ```ts
 * import * as Pdf from "@kabinet/core/export/pdf"
 * const bytes = await Effect.runPromise(Pdf.write(table, { locale: "kk", onProgress }), { signal })
 * ```
 */
import * as Effect from "effect/Effect"
import { ExportFailed, type ExportTooLarge } from "./ExportError.js"
import * as cells from "./internal/cells.js"
import * as display from "./internal/display.js"
import { readRows } from "./internal/rows.js"
import { widthOf } from "./internal/widths.js"
import * as Labels from "./Labels.js"
import { type ExportOptions, type Locale, label, pdfRowLimit, type Row, type Table } from "./Table.js"

/** The media type of a PDF file. */
export const mediaType = "application/pdf"

/** The file name extension. */
export const extension = "pdf"

/**
 * The most rows a PDF is made of (`Table.pdfRowLimit`, 20,000: about 400 A4 pages). Above it the
 * export fails with `ExportTooLarge` (suggesting XLSX) as soon as the next row is read.
 */
export const rowLimit = pdfRowLimit

const failed = (error: unknown) =>
  new ExportFailed({ format: "pdf", reason: error instanceof Error ? error.message : String(error) })

const load = () =>
  Promise.all([
    import("jspdf"),
    import("jspdf-autotable"),
    import("./internal/fonts/PTSansRegular.js"),
    import("./internal/fonts/PTSansBold.js"),
  ]).then(([{ jsPDF }, { autoTable }, regular, bold]) => ({
    jsPDF,
    autoTable,
    regular: regular.base64,
    bold: bold.base64,
  }))

let libraries: ReturnType<typeof load> | undefined
const loadLibraries = () => {
  libraries ??= load()
  return libraries
}

const font = "PTSans"
const margin = { top: 64, right: 32, bottom: 40, left: 32 }
// Rows drawn between two yields: a few pages, so a cancel is heard and progress moves.
const chunkSize = 200

// PT Sans has no ₸ (U+20B8); the common abbreviation reads the same.
const printable = (text: string): string => text.replaceAll("₸", "тг")

const contextLine = (table: Table, locale: Locale): string => {
  const context = table.context
  const parts: Array<string> = []
  if (context?.company !== undefined) parts.push(`${Labels.text(locale, "company")}: ${context.company}`)
  if (context?.number !== undefined) parts.push(`${Labels.text(locale, "number")}: ${display.phone(context.number)}`)
  if (context?.account !== undefined) parts.push(`${Labels.text(locale, "account")}: ${context.account}`)
  if (context?.period !== undefined) parts.push(`${Labels.text(locale, "period")}: ${display.period(context.period)}`)
  return printable(parts.join("   ·   "))
}

/** Options of `write`. */
export interface PdfOptions extends ExportOptions {
  /** Landscape pages; by default when the columns are wider than about 100 characters. */
  readonly landscape?: boolean | undefined
}

/**
 * The table as a PDF document, in the bytes of the file. Reading the rows reports progress with
 * `phase: "rows"`, drawing them with `phase: "drawing"`; interrupting the effect (an aborted signal
 * given to `Effect.runPromise`) stops it within one batch of rows or a few pages.
 *
 * @example
 * ```ts
 * Pdf.write(Documents.completedWorksAct(act), { locale: "ru" }).pipe(
 *   Effect.catchTag("ExportTooLarge", () => Xlsx.write(Documents.completedWorksAct(act))),
 * )
 * ```
 */
export const write: (
  table: Table,
  options?: PdfOptions,
) => Effect.Effect<Uint8Array<ArrayBuffer>, ExportFailed | ExportTooLarge> = Effect.fn("Pdf.write")(function* (
  table: Table,
  options: PdfOptions = {},
) {
  const locale = options.locale ?? "ru"
  const columns = table.columns
  const rows: Array<Row> = []
  const totals = cells.hasTotals(columns) ? new cells.Totals(columns) : undefined
  yield* readRows(table.rows, {
    format: "pdf",
    limit: rowLimit,
    totalRows: table.totalRows,
    onProgress: options.onProgress === undefined ? undefined : (p) => options.onProgress?.({ ...p, phase: "rows" }),
    onBatch: (batch) => {
      for (const row of batch) {
        rows.push(row)
        totals?.add(row)
      }
    },
  })
  if (totals !== undefined) rows.push(totals.row(locale))
  const bodyCount = totals === undefined ? rows.length : rows.length - 1

  const { jsPDF, autoTable, regular, bold } = yield* Effect.tryPromise({ try: loadLibraries, catch: failed })
  const widths = columns.map(widthOf)
  const totalWidth = widths.reduce((sum, width) => sum + width, 0)
  const doc = yield* Effect.try({
    try: () => {
      const doc = new jsPDF({
        orientation: (options.landscape ?? totalWidth > 100) ? "landscape" : "portrait",
        unit: "pt",
        format: "a4",
        compress: true,
      })
      doc.addFileToVFS("PTSans-Regular.ttf", regular)
      doc.addFont("PTSans-Regular.ttf", font, "normal")
      doc.addFileToVFS("PTSans-Bold.ttf", bold)
      doc.addFont("PTSans-Bold.ttf", font, "bold")
      doc.setFont(font, "normal")
      // jspdf-autotable asks for the font list before every cell it draws, and jsPDF builds it
      // anew each time (7 % of a 10,000-row PDF); no font is added after this point.
      const fonts = doc.getFontList()
      doc.getFontList = () => fonts
      doc.setProperties({ title: printable(label(table.title, locale)), creator: "Kabinet" })
      return doc
    },
    catch: failed,
  })
  const pageWidth = doc.internal.pageSize.getWidth()
  const pageHeight = doc.internal.pageSize.getHeight()
  const usable = pageWidth - margin.left - margin.right
  const columnStyles = Object.fromEntries(
    columns.map((column, i) => [
      i,
      {
        cellWidth: (usable * (widths[i] ?? 10)) / totalWidth,
        halign:
          column.kind === "money" || column.kind === "integer" || column.kind === "duration"
            ? ("right" as const)
            : ("left" as const),
      },
    ]),
  )
  const head = [cells.headers(columns, locale).map(printable)]

  // The summary, under the first page's header.
  let y = margin.top
  yield* Effect.try({
    try: () => {
      doc.setFontSize(9)
      for (const line of table.summary ?? []) {
        doc.setFont(font, "bold")
        const name = `${printable(label(line.label, locale))}: `
        doc.text(name, margin.left, y + 9)
        // Measured in bold, the font the name is set in.
        const nameWidth = doc.getTextWidth(name)
        doc.setFont(font, "normal")
        doc.text(printable(cells.displayOf(line.kind, line.value, locale)), margin.left + nameWidth, y + 9)
        y += 14
      }
      if ((table.summary ?? []).length > 0) y += 8
    },
    catch: failed,
  })

  // The table, a chunk at a time. Each chunk after the first continues where the last ended: it
  // starts one header's height higher and its header is not drawn on that page, so the header
  // shows only at the top of each new page.
  let finalY = y
  let headHeight = 0
  for (let start = 0; start === 0 || start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize)
    const continuing = start > 0
    const startPage = doc.getNumberOfPages()
    yield* Effect.try({
      try: () =>
        autoTable(doc, {
          head,
          body: chunk.map((row) => columns.map((column, i) => printable(cells.displayOf(column.kind, row[i], locale)))),
          startY: continuing ? finalY - headHeight : finalY,
          margin,
          showHead: "everyPage",
          columnStyles,
          styles: {
            font,
            fontSize: 8,
            cellPadding: 3,
            overflow: "linebreak",
            lineColor: [200, 200, 200],
            lineWidth: 0.25,
          },
          headStyles: { font, fontStyle: "bold", fillColor: [217, 225, 242], textColor: 20, valign: "middle" },
          didParseCell: (data) => {
            if (data.section === "body" && totals !== undefined && start + data.row.index === rows.length - 1)
              data.cell.styles.fontStyle = "bold"
          },
          willDrawCell: (data) =>
            !(continuing && data.section === "head" && doc.getCurrentPageInfo().pageNumber === startPage),
          didDrawPage: (data) => {
            headHeight = data.table.getHeadHeight(data.table.columns)
            finalY = data.cursor?.y ?? finalY
          },
        }),
      catch: failed,
    })
    const drawn = Math.min(start + chunk.length, bodyCount)
    options.onProgress?.({ rows: drawn, totalRows: bodyCount, phase: "drawing" })
    yield* Effect.yieldNow
  }

  // Every page: the title and context on top, the page number at the bottom.
  return yield* Effect.try({
    try: () => {
      const title = printable(label(table.title, locale))
      const context = contextLine(table, locale)
      const pages = doc.getNumberOfPages()
      for (let page = 1; page <= pages; page++) {
        doc.setPage(page)
        doc.setFont(font, "bold")
        doc.setFontSize(12)
        doc.setTextColor(20)
        doc.text(title, margin.left, 30, { maxWidth: usable })
        doc.setFont(font, "normal")
        doc.setFontSize(8.5)
        if (context !== "") doc.text(context, margin.left, 46, { maxWidth: usable })
        doc.setFontSize(8)
        doc.setTextColor(90)
        doc.text(Labels.text(locale, "page", { page, pages }), pageWidth - margin.right, pageHeight - 20, {
          align: "right",
        })
      }
      return new Uint8Array(doc.output("arraybuffer"))
    },
    catch: failed,
  })
})
