// How the raw libraries' files show a cell of each column kind: the same cells as Kabinet's writers
// (real numbers with formats in XLSX; grouped amounts and day-first dates in PDF), written the way a
// team would with the library alone — a fixed UTC+5 for the operator's clock.

const almatyMs = 5 * 3_600_000
const dayMs = 86_400_000
const unixEpochSerial = 25_569

/** Excel number formats by column kind. */
export const formats = {
  money: "#,##0.00",
  integer: "#,##0",
  dateTime: "dd.mm.yyyy hh:mm:ss",
  duration: "[h]:mm:ss",
}

/** The cell's value for a spreadsheet: a number for numeric kinds, text otherwise. */
export const sheetValue = (kind, cell) => {
  if (cell === null || cell === undefined) return null
  switch (kind) {
    case "money":
      return cell / 100
    case "integer":
      return cell
    case "dateTime":
      return (cell + almatyMs) / dayMs + unixEpochSerial
    case "duration":
      return cell / 86_400
    default:
      return String(cell)
  }
}

const two = (n) => String(n).padStart(2, "0")
const grouped = (digits) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0")

/** The cell as text for a PDF. */
export const displayValue = (kind, cell) => {
  if (cell === null || cell === undefined) return ""
  switch (kind) {
    case "money": {
      const whole = Math.trunc(cell / 100)
      return `${grouped(String(whole))},${two(Math.abs(cell % 100))}`
    }
    case "integer":
      return grouped(String(cell))
    case "dateTime": {
      const d = new Date(cell + almatyMs)
      return `${two(d.getUTCDate())}.${two(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`
    }
    case "duration":
      return `${Math.floor(cell / 3600)}:${two(Math.floor(cell / 60) % 60)}:${two(cell % 60)}`
    default:
      return String(cell)
  }
}

/** A column's header in the locale. */
export const headerOf = (column, locale = "ru") =>
  typeof column.header === "string" ? column.header : column.header[locale]

/** A table's title in the locale. */
export const titleOf = (spec, locale = "ru") => (typeof spec.title === "string" ? spec.title : spec.title[locale])
