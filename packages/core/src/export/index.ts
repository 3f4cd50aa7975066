/**
 * `@kabinet/core/export`: what every exported file is made of, without any writer — table
 * descriptions (`Table`), the documents' tables built from domain objects (`Documents`), the rule
 * that no cell starts a formula (`Formula`), the labels around a table (`Labels`) and the failures
 * (`ExportError`). The writers are separate entry points, each loaded only when a file is made:
 * `@kabinet/core/export/pdf`, `/export/xlsx`, `/export/csv`, and `/export/worker` to run them in a
 * Web Worker. Nothing here is imported by `@kabinet/core` itself.
 *
 * @example
 * ```ts
 * import { Documents } from "@kabinet/core/export"
 * import * as Xlsx from "@kabinet/core/export/xlsx"
 * const bytes = await Effect.runPromise(Xlsx.write(Documents.payments({ payments, period }), { locale: "ru" }))
 * ```
 */
export * as Documents from "./Documents.js"
export * as ExportError from "./ExportError.js"
export * as Formula from "./Formula.js"
export * as Labels from "./Labels.js"
export * as Table from "./Table.js"
