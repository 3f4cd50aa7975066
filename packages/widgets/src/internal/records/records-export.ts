/**
 * The records' file outputs (B8, B17): «Файл формата PDF» and «Файл формата XLS» write the records
 * in a Web Worker through `<kab-export-progress>` (progress, «Отменить», a PDF over the writers' row
 * limit refused with XLSX offered), with the exporters' tables, so screen and file agree.
 */
import { Company } from "@kabinet/core"
import type { Table } from "@kabinet/core/export"
import { html, type TemplateResult } from "lit"
import "../../export-progress/export-progress.js"
import type { KabExportProgress } from "../../export-progress/export-progress.js"
import type { ExportOutcome } from "../export/export-file.js"
import type { KabinetStore } from "../store/store.js"
import type { OutputKey } from "./output-choice.js"

/** The writer's format for a file output: «Файл формата XLS» is written as XLSX. */
export const fileFormat = (output: Exclude<OutputKey, "screen">): "pdf" | "xlsx" => (output === "pdf" ? "pdf" : "xlsx")

/** The company's name for a file's heading, if the companies are loaded. */
export const companyName = (store: KabinetStore): string | undefined => {
  const company = store.company
  return company === undefined ? undefined : Company.displayName(company)
}

/** A file's name without extension: the document, the number and the period. */
export const recordsFileName = (
  title: string,
  msisdn: string,
  period: { readonly start: string; readonly end: string },
): string => `${title} ${msisdn} ${period.start}–${period.end}`

/** Where the running export shows itself. */
export const exportProgress = (): TemplateResult =>
  html`<kab-export-progress part="export-progress"></kab-export-progress>`

/**
 * Writes `table` as `format` in the widget's `<kab-export-progress>`; `undefined` when the widget has
 * none rendered.
 *
 * @example
 * ```ts
 * await exportRecords(this.renderRoot, { table: () => Documents.payments(input, locale), format: "pdf", fileName })
 * ```
 */
export const exportRecords = (
  root: ParentNode,
  request: { readonly table: () => Table.Table; readonly format: "pdf" | "xlsx"; readonly fileName: string },
): Promise<ExportOutcome | undefined> => {
  const progress = root.querySelector<KabExportProgress>("kab-export-progress")
  return progress === null ? Promise.resolve(undefined) : progress.run(request)
}
