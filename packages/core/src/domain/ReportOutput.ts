/**
 * Where a requested report goes, in the manual's words: «На экран», «Файл формата PDF»,
 * «Файл формата XLS». Call detail records offer all three; the invoice search offers the screen
 * and XLS only (see `Documents`).
 *
 * @example
 * ```ts
 * import { ReportOutput } from "@kabinet/core"
 * ReportOutput.key("Файл формата PDF") // "pdf"
 * ```
 */
import * as Schema from "effect/Schema"

/** Every output, as the manual spells it on the radio buttons. */
export const values = ["На экран", "Файл формата PDF", "Файл формата XLS"] as const

/**
 * An output choice: «На экран», «Файл формата PDF» or «Файл формата XLS».
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(ReportOutput.ReportOutput)("На экран")
 * ```
 */
export const ReportOutput = Schema.Literals(values).annotate({ identifier: "ReportOutput" })
export type ReportOutput = typeof ReportOutput.Type

/** Stable, language-neutral name of an output. */
export type Key = "screen" | "pdf" | "xls"

const keys: { readonly [O in ReportOutput]: Key } = {
  "На экран": "screen",
  "Файл формата PDF": "pdf",
  "Файл формата XLS": "xls",
}

/**
 * Stable key of an output, for message keys and to pick the exporter.
 *
 * @example
 * ```ts
 * ReportOutput.key("Файл формата XLS") // "xls"
 * ```
 */
export const key = (output: ReportOutput): Key => keys[output]
