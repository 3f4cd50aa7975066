/**
 * The number list's export (E5): «Выгрузить в XLSX» / «Выгрузить в CSV» write the list as searched and
 * sorted — every matching number, fetched from the operator page by page while the worker writes — with
 * `<kab-export-progress>` showing how far it has come and offering «Отменить». The table's description
 * (`number-list.table.ts`, with the core's documents) is loaded when an export starts, not with the list.
 */
import { html, type TemplateResult } from "lit"
import "../export-progress/export-progress.js"
import type { KabExportProgress } from "../export-progress/export-progress.js"
import type { I18nController } from "../i18n/i18n-controller.js"
import type { ExportOutcome } from "../internal/export/export-file.js"
import type { KabinetStore } from "../internal/store/store.js"
import type { NumberColumn } from "./number-list.parts.js"

/** What the list is showing: the search and sort to export with. */
export interface ListQuery {
  readonly search: string
  readonly sort: NumberColumn | undefined
  readonly order: "asc" | "desc" | undefined
  readonly total: number | undefined
}

/**
 * Writes every number `query` matches as `format` in the list's `<kab-export-progress>` (in a Web
 * Worker); `undefined` when the list has none rendered.
 *
 * @example
 * ```ts
 * exportNumberList(this.renderRoot, this.store, this.i18n, query, "xlsx")
 * ```
 */
export const exportNumberList = (
  root: ParentNode,
  store: KabinetStore,
  i18n: I18nController,
  query: ListQuery,
  format: "xlsx" | "csv",
): Promise<ExportOutcome | undefined> => {
  const progress = root.querySelector<KabExportProgress>("kab-export-progress")
  if (progress === null) return Promise.resolve(undefined)
  return progress.run({
    table: () => import("./number-list.table.js").then((m) => m.numberListTable(store, query, i18n.locale)),
    format,
    fileName: i18n.t("export.numbersFileName"),
  })
}

/** The export buttons and the progress of the running export. */
export const exportBar = (i18n: I18nController, start: (format: "xlsx" | "csv") => void): TemplateResult => {
  const click = (format: "xlsx" | "csv") => () => start(format)
  return html`<div class="export" part="export">
    <div class="actions">
      <button type="button" class="button secondary" part="export-button" @click=${click("xlsx")}>
        ${i18n.t("export.xlsx")}
      </button>
      <button type="button" class="button secondary" part="export-button" @click=${click("csv")}>
        ${i18n.t("export.csv")}
      </button>
    </div>
    <kab-export-progress part="export-progress"></kab-export-progress>
  </div>`
}
