/**
 * Why an export did not produce a file. Cancelling is not an error: it interrupts the export (an
 * aborted `AbortSignal`, a fiber interrupted) and no file is made.
 *
 * @example
 * ```ts
 * import { ExportError } from "@kabinet/core/export"
 * Effect.catchTag(Pdf.write(table), "ExportTooLarge", (e) => offerXlsx(e.limit))
 * ```
 */
import * as Schema from "effect/Schema"

/**
 * More rows than the format handles well: a PDF stops being readable (and takes seconds per
 * thousand pages to draw) long before a spreadsheet does. The widget tells the admin and offers
 * `suggested` (XLSX) instead. Raised as soon as the row after `limit` is read, so a long list is not
 * fetched to the end for nothing.
 *
 * @example
 * ```ts
 * new ExportError.ExportTooLarge({ format: "pdf", limit: 20_000, suggested: "xlsx" })
 * ```
 */
export class ExportTooLarge extends Schema.TaggedError<ExportTooLarge>()("ExportTooLarge", {
  format: Schema.Literals(["pdf", "xlsx", "csv"]),
  limit: Schema.Int,
  suggested: Schema.Literals(["xlsx", "csv"]),
}) {
  /** The key of the sentence to show, in `Labels`: `Labels.text(locale, error.labelKey, { limit })`. */
  get labelKey(): "tooLarge" {
    return "tooLarge"
  }
  override get message(): string {
    return `More than ${this.limit} rows for a ${this.format.toUpperCase()} file: export ${this.suggested.toUpperCase()} instead`
  }
}

/**
 * The rows could not be read (a page failed to load) or the file could not be written. `reason`
 * is the underlying error's message, for logs; the admin is told the export failed.
 *
 * @example
 * ```ts
 * new ExportError.ExportFailed({ format: "xlsx", reason: "The operator answered 503" })
 * ```
 */
export class ExportFailed extends Schema.TaggedError<ExportFailed>()("ExportFailed", {
  format: Schema.Literals(["pdf", "xlsx", "csv"]),
  reason: Schema.String,
}) {
  /** The key of the sentence to show, in `Labels`: `Labels.text(locale, error.labelKey)`. */
  get labelKey(): "failed" {
    return "failed"
  }
  override get message(): string {
    return `The ${this.format.toUpperCase()} export failed: ${this.reason}`
  }
}

/** Any failure of an export. */
export type ExportError = ExportTooLarge | ExportFailed

/** Both failures as one schema, to carry them across `postMessage` and back. */
export const ExportError = Schema.Union([ExportTooLarge, ExportFailed])
