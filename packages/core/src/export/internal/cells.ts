/**
 * How a cell of a given kind is read, shared by the writers: which cells hold a real number, how
 * phone numbers are written, and the totals row.
 */
import * as Formula from "../Formula.js"
import * as Labels from "../Labels.js"
import { type Cell, type Column, type ColumnKind, type Locale, label, type Row } from "../Table.js"
import * as display from "./display.js"

/** The kinds whose cells are numbers (tiyn, counts, epoch milliseconds, seconds). */
const numeric: ReadonlySet<ColumnKind> = new Set(["money", "integer", "dateTime", "duration"])

/** The cell as a finite number when its kind stores one; `undefined` when it holds something else. */
export const numberOf = (kind: ColumnKind, cell: Cell): number | undefined =>
  numeric.has(kind) && typeof cell === "number" && Number.isFinite(cell) ? cell : undefined

/** A day `YYYY-MM-DD` of a date cell; `undefined` when the cell is not one. */
export const dayOf = (cell: Cell): string | undefined =>
  typeof cell === "string" && /^\d{4}-\d{2}-\d{2}$/u.test(cell) ? cell : undefined

/**
 * A phone number as written in every format: its digits, without a `+` (`+77010542001` and
 * `77010542001` both give `77010542001`); anything that is not digits stays text, neutralised.
 */
export const phoneOf = (cell: string): string => {
  const digits = /^\+?(\d+)$/u.exec(cell)
  return digits?.[1] ?? Formula.neutralise(cell)
}

/** A cell that is neither empty nor a value of its kind, written as plain (neutralised) text. */
export const textOf = (cell: Cell): string =>
  cell === null || cell === undefined ? "" : Formula.neutralise(String(cell))

/** The text a person reads for a cell, in a PDF. */
export const displayOf = (kind: ColumnKind, cell: Cell, locale: Locale): string => {
  if (cell === null || cell === undefined) return ""
  if (kind === "phone" && typeof cell === "string") return phoneOf(cell)
  if (kind === "date") {
    const day = dayOf(cell)
    return day === undefined ? textOf(cell) : display.date(day)
  }
  const value = numberOf(kind, cell)
  if (value === undefined) return textOf(cell)
  switch (kind) {
    case "money":
      return Number.isSafeInteger(value) ? display.money(value, locale) : textOf(cell)
    case "integer":
      return display.integer(value, locale)
    case "dateTime":
      return display.dateTime(value)
    default:
      return display.duration(value)
  }
}

/** Whether a table has a totals row. */
export const hasTotals = (columns: ReadonlyArray<Column>): boolean =>
  columns.some((column) => column.total === true && numeric.has(column.kind) && column.kind !== "dateTime")

/** Sums of the `total` columns, fed row by row. */
export class Totals {
  private readonly columns: ReadonlyArray<Column>
  private readonly sums: Array<number>
  constructor(columns: ReadonlyArray<Column>) {
    this.columns = columns
    this.sums = columns.map(() => 0)
  }
  /** Adds a row's numbers to the sums. */
  add(row: Row): void {
    for (let i = 0; i < this.columns.length; i++) {
      const column = this.columns[i]
      if (column?.total !== true) continue
      const value = numberOf(column.kind, row[i])
      if (value !== undefined) this.sums[i] = (this.sums[i] ?? 0) + value
    }
  }
  /** The totals row: «Итого» in the first column that is not summed, the sums under theirs. */
  row(locale: Locale): Row {
    const labelAt = this.columns.findIndex((column) => column.total !== true)
    return this.columns.map((column, i) =>
      column.total === true ? (this.sums[i] ?? 0) : i === labelAt ? Labels.text(locale, "total") : null,
    )
  }
}

/** The header texts of the columns. */
export const headers = (columns: ReadonlyArray<Column>, locale: Locale): ReadonlyArray<string> =>
  columns.map((column) => Formula.neutralise(label(column.header, locale)))
