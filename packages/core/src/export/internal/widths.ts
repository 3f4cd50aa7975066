/** Column widths in characters (Excel's unit), when a column names none. */
import type { Column, ColumnKind } from "../Table.js"

const defaults: Record<ColumnKind, number> = {
  text: 24,
  phone: 14,
  money: 14,
  integer: 10,
  date: 12,
  dateTime: 18,
  duration: 10,
}

/** The width of a column in characters. */
export const widthOf = (column: Column): number => column.width ?? defaults[column.kind]
