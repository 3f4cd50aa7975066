import type { Labels, Table } from "@kabinet/core/export"
import { css, html, nothing } from "lit"
import { state } from "lit/decorators.js"
import * as exportStrings from "../i18n/catalog/export.js"
import { addStrings } from "../i18n/catalog/strings.js"
import { define } from "../internal/define.js"
import type { ExportOutcome } from "../internal/export/export-file.js"
import { KabElement } from "../internal/kab-element.js"
import { base, forms, notices } from "../internal/styles.js"
import { tokens } from "../theme/tokens.js"

/**
 * The export service (the worker's client, the download and the core's sentences about a failed or
 * refused file), loaded on the first export: a page that shows an export button does not carry the
 * exporters until one is pressed.
 */
const loadExporter = () => import("../internal/export/export-file.js")

/**
 * One file to make: the table (a function, so that a refused PDF can be made again as XLSX from fresh
 * rows — an async iterable of pages is read only once; it may load its module first), its format and
 * its file name without extension.
 */
export interface ExportRequest {
  readonly table: () => Table.Table | Promise<Table.Table>
  readonly format: Table.Format
  readonly fileName: string
}

/**
 * An export under way: a `<progress>` bar with the rows written so far and «Отменить», then how it
 * ended — saved, cancelled, failed (the manual's advice to try again later), or refused as too large
 * for a PDF with «Выгрузить в XLSX» at hand. The file is written in a Web Worker, so the page stays
 * responsive however long the list.
 *
 * @example
 * ```ts
 * const progress = this.renderRoot.querySelector("kab-export-progress")
 * await progress.run({ table: () => Documents.numberList({ numbers: pages(), totalRows }), format: "xlsx", fileName: "numbers" })
 * ```
 *
 * @summary Progress of a file export, with «Отменить».
 * @tag kab-export-progress
 * @csspart progress - The progress bar.
 * @csspart cancel - The «Отменить» button.
 * @csspart outcome - How the last export ended.
 */
export class KabExportProgress extends KabElement {
  static override styles = [
    tokens,
    base,
    forms,
    notices,
    css`
      :host {
        display: block;
      }
      .running {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--_kab-space-2) var(--_kab-space-3);
      }
      progress {
        flex: 1 1 12rem;
        min-inline-size: 8rem;
        accent-color: var(--_kab-color-primary);
      }
    `,
  ]

  @state() accessor #request: ExportRequest | undefined
  @state() accessor #progress: Table.Progress | undefined
  @state() accessor #outcome: ExportOutcome | undefined
  #abort: AbortController | undefined
  /** The core's export labels, there once the export service is loaded. */
  #labels: typeof Labels | undefined

  /** Whether an export is running. */
  get running(): boolean {
    return this.#abort !== undefined
  }

  /** How the last export ended, if one has. */
  get outcome(): ExportOutcome | undefined {
    return this.#outcome
  }

  /**
   * Makes the file and downloads it, showing progress meanwhile; resolves with how it ended. Starting
   * a new export cancels the one running.
   */
  async run(request: ExportRequest): Promise<ExportOutcome> {
    this.cancel()
    const abort = new AbortController()
    this.#abort = abort
    this.#request = request
    const made = request.table()
    // A table given at once shows its total from the start; one loaded first shows it once it is there.
    this.#progress = { rows: 0, totalRows: made instanceof Promise ? undefined : made.totalRows }
    this.#outcome = undefined
    const outcome = await Promise.all([loadExporter(), made]).then(
      ([{ exportFile, Labels }, table]) => {
        this.#labels = Labels
        if (this.#abort === abort) this.#progress = { rows: 0, totalRows: table.totalRows }
        return exportFile({
          table,
          format: request.format,
          locale: this.i18n.locale,
          fileName: request.fileName,
          onProgress: (progress) => {
            if (this.#abort === abort) this.#progress = progress
          },
          signal: abort.signal,
        })
      },
      // A module that could not be loaded (the network) fails the export like a failed worker.
      (error: unknown): ExportOutcome => ({ _tag: "Failed", reason: String(error) }),
    )
    if (this.#abort === abort) {
      this.#abort = undefined
      this.#outcome = outcome
    }
    return outcome
  }

  /** Stops the running export; no file is made. */
  cancel(): void {
    this.#abort?.abort()
  }

  override render() {
    const request = this.#request
    if (request === undefined) return nothing
    return this.running ? this.#running(request) : this.#ended(request)
  }

  #running(request: ExportRequest) {
    const progress = this.#progress ?? { rows: 0 }
    const total = progress.totalRows
    const format = request.format.toUpperCase()
    return html`<div class="running" lang=${this.i18n.locale}>
      <label for="bar">${this.i18n.t("export.running", { format })}</label>
      <progress
        id="bar"
        part="progress"
        max=${total ?? nothing}
        value=${total === undefined ? nothing : Math.min(progress.rows, total)}
      ></progress>
      <span role="status"
        >${
          total === undefined
            ? this.i18n.t("export.rowsUnknown", { rows: this.i18n.number(progress.rows) })
            : this.i18n.t("export.rows", { rows: this.i18n.number(progress.rows), total: this.i18n.number(total) })
        }</span
      >
      <button type="button" class="button secondary" part="cancel" @click=${() => this.cancel()}>
        ${this.i18n.t("export.cancel")}
      </button>
    </div>`
  }

  #ended(request: ExportRequest) {
    const outcome = this.#outcome
    if (outcome === undefined) return nothing
    const locale = this.i18n.locale
    switch (outcome._tag) {
      case "Saved":
        return html`<p class="notice success" role="status" part="outcome" lang=${locale}>
          ${this.i18n.t("export.saved", { format: request.format.toUpperCase() })}
        </p>`
      case "Cancelled":
        return html`<p class="notice" role="status" part="outcome" lang=${locale}>${this.i18n.t("export.cancelled")}</p>`
      case "Failed":
        return html`<p class="notice danger" role="alert" part="outcome" lang=${locale}>
          ${this.#labels?.text(locale, "failed") ?? this.i18n.t("export.unavailable")}
        </p>`
      case "TooLarge":
        return html`<div class="notice warning" role="alert" part="outcome" lang=${locale}>
          <p>${this.#labels?.text(locale, "tooLarge", { limit: this.i18n.number(outcome.limit) })}</p>
          <button
            type="button"
            class="button"
            @click=${() => void this.run({ ...request, format: outcome.suggested })}
          >
            ${this.i18n.t("export.offerXlsx")}
          </button>
        </div>`
    }
  }
}

addStrings(exportStrings)
define("kab-export-progress", KabExportProgress)

declare global {
  interface HTMLElementTagNameMap {
    "kab-export-progress": KabExportProgress
  }
}
