/**
 * A document shown on screen (C1, C2, C3): the same table the exporters write — its columns, headers
 * and cells from `@kabinet/core/export` — rendered as an HTML table, with «Выгрузить в XLSX» /
 * «Выгрузить в CSV» (E5) that write it through the export service.
 */
import type { LocalDate, Msisdn } from "@kabinet/core"
import { Table } from "@kabinet/core/export"
import { html, nothing, type TemplateResult } from "lit"
import type { KabExportProgress } from "../export-progress/export-progress.js"
import "../export-progress/export-progress.js"
import type { I18nController } from "../i18n/i18n-controller.js"

const cellText = (i18n: I18nController, kind: Table.ColumnKind, value: Table.Cell): string => {
  if (value === null || value === undefined || value === "") return ""
  if (typeof value === "string") {
    if (kind === "phone") return i18n.phone(value as Msisdn.Msisdn)
    if (kind === "date") return i18n.date(value as LocalDate.LocalDate)
    return value
  }
  switch (kind) {
    case "money":
      return i18n.money(value as Parameters<I18nController["money"]>[0])
    case "dateTime":
      return i18n.dateTime(value)
    default:
      return i18n.number(value)
  }
}

/** The table's rows as they are on screen. */
export const rowsOf = (table: Table.Table): ReadonlyArray<Table.Row> =>
  Array.isArray(table.rows) ? (table.rows as ReadonlyArray<Table.Row>) : []

/**
 * The table, its caption the document's title; an empty table says so instead. `exportAs` writes
 * the same table to a file.
 */
export const resultTable = (
  i18n: I18nController,
  options: {
    readonly id: string
    readonly table: Table.Table
    readonly empty: string
    readonly exportAs?: ((format: "xlsx" | "csv", progress: KabExportProgress) => void) | undefined
  },
): TemplateResult => {
  const { table } = options
  const rows = rowsOf(table)
  if (rows.length === 0) return html`<p class="notice" role="status" part="empty">${options.empty}</p>`
  const locale = i18n.locale
  const exportAs = options.exportAs
  const progress = (event: Event) =>
    (event.currentTarget as HTMLElement).closest(".result")?.querySelector("kab-export-progress") ?? undefined
  return html`<div class="result" part="result">
    <div class="table-scroll" tabindex="0" role="region" aria-labelledby=${`${options.id}-caption`}>
      <table part="table">
        <caption id=${`${options.id}-caption`}>${Table.label(table.title, locale)}</caption>
        <thead>
          <tr>
            ${table.columns.map((column) => html`<th scope="col" class=${column.kind}>${Table.label(column.header, locale)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) =>
              html`<tr>
                ${table.columns.map(
                  (column, index) => html`<td class=${column.kind}>${cellText(i18n, column.kind, row[index])}</td>`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${
      exportAs === undefined
        ? nothing
        : html`<div class="actions">
            ${(["xlsx", "csv"] as const).map(
              (format) => html`<button
                type="button"
                class="button secondary"
                part="export-button"
                @click=${(event: Event) => {
                  const element = progress(event)
                  if (element !== undefined) exportAs(format, element)
                }}
              >
                ${i18n.t(format === "xlsx" ? "export.xlsx" : "export.csv")}
              </button>`,
            )}
          </div>
          <kab-export-progress part="export-progress"></kab-export-progress>`
    }
  </div>`
}
