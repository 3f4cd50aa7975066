/**
 * The widgets' export service: every file a widget makes (a list as searched, a history, an act) is
 * written in a Web Worker, so the page never freezes, and handed to the browser as a download.
 *
 * Rows may be an array or an async iterable of rows (pages fetched while the worker writes): the
 * worker pulls them a chunk at a time, so a 100,000-line fleet never sits in memory twice.
 */
import type { Messages } from "@kabinet/core"
import { ExportError, Table } from "@kabinet/core/export"
import * as ExportWorker from "@kabinet/core/export/worker"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Option from "effect/Option"
import { download } from "./download.js"

/** The core's words around exports, for the notices of a failed or refused file. */
export { Labels } from "@kabinet/core/export"
export { download } from "./download.js"

/** What to export, in which format and language, under which file name. */
export interface ExportFileOptions {
  readonly table: Table.Table
  readonly format: "pdf" | "xlsx" | "csv"
  readonly locale: Messages.Locale
  /** The file's name without its extension. */
  readonly fileName: string
  readonly onProgress?: ((progress: Table.Progress) => void) | undefined
  /** Aborting it stops the worker and makes no file. */
  readonly signal?: AbortSignal | undefined
}

/**
 * How an export ended: the file saved (its size), refused as too large for its format (PDF above
 * `Table.pdfRowLimit`; XLSX suggested), cancelled, or failed (the reason, for the log and the notice).
 */
export type ExportOutcome =
  | { readonly _tag: "Saved"; readonly bytes: number }
  | { readonly _tag: "TooLarge"; readonly limit: number; readonly suggested: "xlsx" }
  | { readonly _tag: "Cancelled" }
  | { readonly _tag: "Failed"; readonly reason: string }

/** File name extensions by format. */
export const extensions = { pdf: "pdf", xlsx: "xlsx", csv: "csv" } as const satisfies Record<Table.Format, string>

/**
 * Starts the worker. The `new URL(…, import.meta.url)` form is the one every bundler here follows:
 * Vite (Storybook) and the test runner's esbuild serve the module beside this one, and
 * `scripts/bundle.mjs` writes `export-worker.js` beside `kabinet.js`.
 */
const startWorker = (): Worker => new Worker(new URL("./export-worker.js", import.meta.url), { type: "module" })

/** Writes the file in a Web Worker (the page never freezes) and hands it to the browser as a download. */
export const exportFile = async (options: ExportFileOptions): Promise<ExportOutcome> => {
  const { table, format, locale, signal } = options
  if (signal?.aborted === true) return { _tag: "Cancelled" }
  const worker = startWorker()
  try {
    const exit = await Effect.runPromiseExit(
      Effect.raceFirst(
        ExportWorker.run(portOf(worker), table, { format, locale, onProgress: options.onProgress }),
        workerCrash(worker, format),
      ),
      signal === undefined ? undefined : { signal },
    )
    if (Exit.isSuccess(exit)) {
      download(exit.value, Table.mediaTypes[format], `${options.fileName}.${extensions[format]}`)
      return { _tag: "Saved", bytes: exit.value.byteLength }
    }
    return outcomeOf(exit.cause)
  } finally {
    worker.terminate()
  }
}

// A Worker is a port; the DOM's overloads of `postMessage` only hide it from the type checker.
const portOf = (worker: Worker): ExportWorker.Port => worker as unknown as ExportWorker.Port

/** A worker that cannot load (its script missing, a syntax error) reports only an `error` event. */
const workerCrash = (worker: Worker, format: Table.Format): Effect.Effect<never, ExportError.ExportFailed> =>
  Effect.callback<never, ExportError.ExportFailed>((resume) => {
    const listener = (event: ErrorEvent) =>
      resume(
        Effect.fail(
          new ExportError.ExportFailed({ format, reason: event.message || "The export worker failed to start" }),
        ),
      )
    worker.addEventListener("error", listener)
    return Effect.sync(() => worker.removeEventListener("error", listener))
  })

const outcomeOf = (cause: Cause.Cause<ExportError.ExportError>): ExportOutcome => {
  const error = Cause.findErrorOption(cause)
  if (Option.isSome(error)) {
    const failure = error.value
    return failure._tag === "ExportTooLarge"
      ? { _tag: "TooLarge", limit: failure.limit, suggested: "xlsx" }
      : { _tag: "Failed", reason: failure.reason }
  }
  if (Cause.hasInterrupts(cause)) return { _tag: "Cancelled" }
  return { _tag: "Failed", reason: String(Cause.squash(cause)) }
}
