/**
 * The XML parts of an XLSX workbook of one sheet (ECMA-376, SpreadsheetML), as strings. The sheet
 * itself is written row by row by the writer; these are the fixed parts around it.
 */
import type { ColumnKind } from "../Table.js"

const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
const relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
const packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

// XML 1.0 has no place for C0 controls other than tab and line breaks, nor for lone surrogates
// (with the `u` flag a paired surrogate is one code point above U+FFFF, so only lone ones match).
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters XML 1.0 forbids
const invalidXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu
// A carriage return is written as a reference: XML parsers turn a literal one into a line feed.
const special = /[<>&"\r]/gu
const entities: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "\r": "&#13;" }

/** Text made safe for an XML element or attribute. */
export const escapeText = (text: string): string =>
  text.replace(invalidXml, "").replace(special, (char) => entities[char] ?? char)

/** The column letters of a 0-based index: 0 → A, 26 → AA. */
export const columnName = (index: number): string => {
  let name = ""
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  return name
}

/** A sheet name Excel accepts: no `[]:*?/\`, at most 31 characters, never empty. */
export const sheetName = (title: string): string => {
  const cleaned = title
    .replace(/[[\]:*?/\\]/gu, " ")
    .trim()
    .slice(0, 31)
    .trim()
  return cleaned === "" ? "Sheet1" : cleaned
}

/** The cell style of each use, an index into `cellXfs` of `styles`. */
export const style = {
  plain: 0,
  header: 1,
  money: 2,
  integer: 3,
  date: 4,
  dateTime: 5,
  duration: 6,
  title: 7,
  totalText: 8,
  totalMoney: 9,
  totalInteger: 10,
  totalDuration: 11,
  label: 12,
} as const

/** The style of a value of a kind, in the body or in the totals row. */
export const styleOf = (kind: ColumnKind, total: boolean): number => {
  switch (kind) {
    case "money":
      return total ? style.totalMoney : style.money
    case "integer":
      return total ? style.totalInteger : style.integer
    case "duration":
      return total ? style.totalDuration : style.duration
    case "date":
      return style.date
    case "dateTime":
      return style.dateTime
    default:
      return total ? style.totalText : style.plain
  }
}

/** Date formats: day first, as in Kazakhstan (and the manual). */
const dateFormat = "dd.mm.yyyy"
const dateTimeFormat = "dd.mm.yyyy hh:mm:ss"
const durationFormat = "[h]:mm:ss"

/**
 * Fonts: 0 plain, 1 bold, 2 the title. Fills 0 and 1 are the ones Excel reserves; 2 is the header's.
 * Number formats 3 (`#,##0`) and 4 (`#,##0.00`) are built in.
 */
export const styles = `${xmlDeclaration}<styleSheet xmlns="${main}">\
<numFmts count="3"><numFmt numFmtId="164" formatCode="${dateFormat}"/><numFmt numFmtId="165" formatCode="${dateTimeFormat}"/><numFmt numFmtId="166" formatCode="${durationFormat}"/></numFmts>\
<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font></fonts>\
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill></fills>\
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="13">\
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>\
<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
<xf numFmtId="4" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/>\
<xf numFmtId="3" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/>\
<xf numFmtId="166" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/>\
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
</cellXfs>\
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
</styleSheet>`

/** The package's content types. */
export const contentTypes = `${xmlDeclaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
</Types>`

/** The package's relationships: the workbook and its core properties. */
export const rootRelationships = `${xmlDeclaration}<Relationships xmlns="${packageRelationships}">\
<Relationship Id="rId1" Type="${relationships}/officeDocument" Target="xl/workbook.xml"/>\
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
</Relationships>`

/** The workbook's relationships: its sheet, its styles and its shared strings. */
export const workbookRelationships = `${xmlDeclaration}<Relationships xmlns="${packageRelationships}">\
<Relationship Id="rId1" Type="${relationships}/worksheet" Target="worksheets/sheet1.xml"/>\
<Relationship Id="rId2" Type="${relationships}/styles" Target="styles.xml"/>\
<Relationship Id="rId3" Type="${relationships}/sharedStrings" Target="sharedStrings.xml"/>\
</Relationships>`

/** The document's title in its core properties, which file managers show. */
export const coreProperties = (title: string): string =>
  `${xmlDeclaration}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">\
<dc:title>${escapeText(title)}</dc:title><dc:creator>Kabinet</dc:creator></cp:coreProperties>`

/** The workbook: one sheet, and the filter range of its table when it has one. */
export const workbook = (name: string, filterRange: string | undefined): string =>
  `${xmlDeclaration}<workbook xmlns="${main}" xmlns:r="${relationships}">\
<sheets><sheet name="${escapeText(name)}" sheetId="1" r:id="rId1"/></sheets>\
${
  filterRange === undefined
    ? ""
    : `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'${escapeText(name.replace(/'/gu, "''"))}'!${filterRange}</definedName></definedNames>`
}</workbook>`

/** The start of the sheet, up to its first row: the frozen pane and the column widths. */
export const sheetStart = (frozenRows: number, widths: ReadonlyArray<number>): string =>
  `${xmlDeclaration}<worksheet xmlns="${main}" xmlns:r="${relationships}">\
<sheetViews><sheetView workbookViewId="0">${
    frozenRows > 0
      ? `<pane ySplit="${frozenRows}" topLeftCell="A${frozenRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${frozenRows + 1}" sqref="A${frozenRows + 1}"/>`
      : ""
  }</sheetView></sheetViews>\
<sheetFormatPr defaultRowHeight="15"/>\
<cols>${widths.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`).join("")}</cols>\
<sheetData>`

/**
 * The end of the sheet: the filter on the table, and — so Excel shows no warning triangles on
 * phone numbers kept as text on purpose — the "number stored as text" check switched off there.
 */
export const sheetEnd = (filterRange: string | undefined, textRanges: ReadonlyArray<string>): string =>
  `</sheetData>${filterRange === undefined ? "" : `<autoFilter ref="${filterRange}"/>`}\
<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${
    textRanges.length === 0
      ? ""
      : `<ignoredErrors><ignoredError sqref="${textRanges.join(" ")}" numberStoredAsText="1"/></ignoredErrors>`
  }</worksheet>`
