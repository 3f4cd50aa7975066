/**
 * A spreadsheet in the XML Spreadsheet 2003 format: plain UTF-8 text (Cyrillic included) that
 * Excel and LibreOffice open as an `.xls` workbook, written without a zip library.
 */

const escapeXml = (text: string): string =>
  text.replace(/[<>&"]/gu, (char) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[char] ?? char)

const cell = (value: string | number): string =>
  typeof value === "number"
    ? `<Cell><Data ss:Type="Number">${value}</Data></Cell>`
    : `<Cell><Data ss:Type="String">${escapeXml(value)}</Data></Cell>`

/** A workbook of one sheet: a header row, then the rows. */
export const spreadsheet = (
  sheet: string,
  header: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
): Uint8Array<ArrayBuffer> =>
  new TextEncoder().encode(
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<?mso-application progid="Excel.Sheet"?>',
      '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">',
      `<Worksheet ss:Name="${escapeXml(sheet.slice(0, 31))}"><Table>`,
      `<Row>${header.map(cell).join("")}</Row>`,
      ...rows.map((row) => `<Row>${row.map(cell).join("")}</Row>`),
      "</Table></Worksheet></Workbook>",
    ].join("\n"),
  )

/** The media type the contract names for legacy Excel files. */
export const mediaType = "application/vnd.ms-excel"
