/**
 * What every exported file is made of: a table description shared by the PDF, XLSX and CSV writers.
 *
 * A `Table` is plain data (columns, a title, the document's context) plus its rows, so the same
 * description travels to a Web Worker with `postMessage` and any writer can render it. Rows are
 * positional arrays of `Cell`s in column order; each column's `kind` says how a cell is read and
 * written: money is integer tiyn (never floating point), dates are `YYYY-MM-DD`, instants are epoch
 * milliseconds shown in the operator's time (Asia/Almaty), durations are seconds, phone numbers
 * are digits.
 *
 * Rows may be an array, any iterable or an async iterable, so a long list (the whole fleet of
 * 100,000 lines) is fetched page by page while it is written, and never held twice in memory.
 *
 * @example
 * ```ts
 * import { Table } from "@kabinet/core/export"
 * const table: Table.Table = {
 *   title: { ru: "Платежи", kk: "Төлемдер", en: "Payments" },
 *   columns: [
 *     { key: "paidAt", kind: "dateTime", header: { ru: "Дата", kk: "Күні", en: "Date" }, width: 18 },
 *     { key: "amount", kind: "money", header: "₸", width: 14, total: true },
 *   ],
 *   rows: [[Date.parse("2020-09-15T06:02:00Z"), 997033]],
 * }
 * ```
 */

/** The languages a file is written in. */
export type Locale = "ru" | "kk" | "en"

/** Every language, Russian (the manual's) first. */
export const locales: ReadonlyArray<Locale> = ["ru", "kk", "en"]

/**
 * A label in every language, or one string for all of them (a code, a proper name).
 *
 * @example
 * ```ts
 * const header: Table.Label = { ru: "Номер", kk: "Нөмір", en: "Number" }
 * ```
 */
export type Label = string | { readonly ru: string; readonly kk: string; readonly en: string }

/**
 * The text of a label in a language.
 *
 * @example
 * ```ts
 * Table.label({ ru: "Номер", kk: "Нөмір", en: "Number" }, "kk") // "Нөмір"
 * ```
 */
export const label = (text: Label, locale: Locale): string => (typeof text === "string" ? text : text[locale])

/** Every kind of column. */
export const columnKinds = ["text", "phone", "money", "integer", "date", "dateTime", "duration"] as const

/**
 * How a column's cells are read and written:
 *
 * | kind | cell value | XLSX | CSV | PDF |
 * |---|---|---|---|---|
 * | `text` | string | text (formula-safe) | text (formula-safe) | text |
 * | `phone` | string, digits (`77010542001`) | text `77010542001` | `77010542001` | `77010542001` |
 * | `money` | integer tiyn | number `#,##0.00` | `9970.33` | `9 970,33` |
 * | `integer` | integer | number `#,##0` | `1234` | `1 234` |
 * | `date` | `YYYY-MM-DD` | date `dd.mm.yyyy` | `2019-02-25` | `25.02.2019` |
 * | `dateTime` | epoch milliseconds | date-time in Almaty time | `2019-02-25 09:14:05` | `25.02.2019 09:14` |
 * | `duration` | seconds | time `[h]:mm:ss` | `0:03:04` | `3:04` |
 *
 * Phone numbers are written as the 11 digits the manual's lists show: readable, searchable, and
 * never the start of a formula (`+7 701 054 20 01` would be one in a spreadsheet). A phone cell that
 * is not digits (a short code, a sender name) is written as text.
 */
export type ColumnKind = (typeof columnKinds)[number]

/**
 * A column: its key (stable, for the caller), its kind, its header and its width in characters
 * (Excel's unit; the PDF shares the page out in proportion). `total: true` on a money, integer or
 * duration column adds its sum to a last «Итого» row.
 *
 * @example
 * ```ts
 * const amount: Table.Column = { key: "amount", kind: "money", header: { ru: "Сумма, тенге", kk: "Сомасы, теңге", en: "Amount, KZT" }, width: 14, total: true }
 * ```
 */
export interface Column {
  readonly key: string
  readonly kind: ColumnKind
  readonly header: Label
  readonly width?: number | undefined
  readonly total?: boolean | undefined
}

/** One cell: a string or a number as its column's kind says, or nothing (`null`, `undefined`: empty). */
export type Cell = string | number | null | undefined

/** One row: a cell per column, in column order. */
export type Row = ReadonlyArray<Cell>

/** Rows as an array, an iterable or an async iterable (pages fetched while writing). */
export type Rows = Iterable<Row> | AsyncIterable<Row>

/** A period a document covers: days, or one month. */
export type Period =
  | { readonly start: string; readonly end: string }
  | { readonly year: number; readonly month: number }

/**
 * Whose and which data the document shows; printed on every PDF page and above an XLSX table.
 * `number` is a phone number in stored digits (shown as `+7 701 054 20 01`) or an account number.
 */
export interface Context {
  readonly company?: string | undefined
  readonly number?: string | undefined
  readonly account?: string | undefined
  readonly period?: Period | undefined
}

/** A line of a document's summary, above its table: a label and a value of a column kind. */
export interface SummaryLine {
  readonly label: Label
  readonly kind: ColumnKind
  readonly value: Cell
}

/**
 * A table without its rows: plain data that `postMessage` can carry to a Web Worker.
 *
 * - `title` — the document's title; the XLSX sheet's name too (cut to 31 characters).
 * - `summary` — lines shown above the table (an act's totals, its invoice numbers).
 * - `totalRows` — how many rows to expect when known, for progress.
 */
export interface TableSpec {
  readonly title: Label
  readonly columns: ReadonlyArray<Column>
  readonly context?: Context | undefined
  readonly summary?: ReadonlyArray<SummaryLine> | undefined
  readonly totalRows?: number | undefined
}

/** A table to export: its description and its rows. */
export interface Table extends TableSpec {
  readonly rows: Rows
}

/**
 * How far an export has come: rows done so far, and of how many when known. `phase` is `"rows"`
 * while rows are read (and, for XLSX and CSV, written), `"drawing"` while a PDF draws its pages.
 */
export interface Progress {
  readonly rows: number
  readonly totalRows?: number | undefined
  readonly phase?: "rows" | "drawing" | undefined
}

/** Options every writer takes. */
export interface ExportOptions {
  /** The language of headers, labels and formatted values; Russian by default. */
  readonly locale?: Locale | undefined
  /** Called as rows are read (about every thousand rows) and once at the end. */
  readonly onProgress?: ((progress: Progress) => void) | undefined
}

/** The file formats. */
export type Format = "pdf" | "xlsx" | "csv"

/** The media type of each format. */
export const mediaTypes = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv;charset=utf-8",
} as const satisfies Record<Format, string>

/**
 * The most rows a PDF is made of: about 400 A4 pages, and several seconds to draw. Above it the PDF
 * writer fails with `ExportTooLarge` (suggesting XLSX); a widget can check a list's size against it
 * before offering PDF at all.
 */
export const pdfRowLimit = 20_000
