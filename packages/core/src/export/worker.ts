/**
 * Exports in a Web Worker: the messages between a page and a worker, the worker's side (`serve`)
 * and the page's side (`run`). The page never draws a PDF or zips a sheet itself, so it stays
 * responsive; the worker loads only the writer the export needs.
 *
 * Rows either travel with the start message (what is already on screen) or are pulled from the
 * page a chunk at a time: the worker asks (`pull`) whenever it has written what it was given, and
 * the page fetches the next page of rows only then — the whole fleet never sits in memory twice.
 * The file comes back as bytes whose buffer is transferred, not copied.
 *
 * Nothing here touches the DOM: a port is anything with `postMessage` and message listeners — a
 * dedicated worker's `self`, a `Worker`, a `MessagePort` (Node's too, which is how it is tested).
 *
 * @example
 * ```ts
 * // export-worker.ts, started with new Worker(new URL("./export-worker.ts", import.meta.url), { type: "module" })
 * import { serve } from "@kabinet/core/export/worker"
 * serve(self)
 *
 * // the page
 * import * as ExportWorker from "@kabinet/core/export/worker"
 * const bytes = await Effect.runPromise(
 *   ExportWorker.run(worker, { format: "xlsx", table, locale: "ru", onProgress: (p) => bar.value = p.rows }),
 *   { signal }, // aborting cancels the export in the worker
 * )
 * ```
 */
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import { ExportError, ExportFailed } from "./ExportError.js"
import type { Format, Locale, Progress, Row, Rows, Table, TableSpec } from "./Table.js"

/** What a port must offer: a dedicated worker's `self`, a `Worker` or a `MessagePort`. */
export interface Port {
  postMessage(message: unknown, transfer?: Array<ArrayBuffer>): void
  addEventListener(type: "message", listener: (event: Event) => void): void
  removeEventListener(type: "message", listener: (event: Event) => void): void
  /** Node's and the DOM's `MessagePort` deliver nothing to listeners until started. */
  start?(): void
}

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

/**
 * Starts an export. `rows` carries every row at once; without it the worker pulls them.
 * `delimiter` is for CSV.
 */
export interface Start {
  readonly type: "start"
  readonly id: string
  readonly format: Format
  readonly table: TableSpec
  readonly locale?: Locale | undefined
  readonly delimiter?: "," | ";" | undefined
  readonly rows?: ReadonlyArray<Row> | undefined
}

/** The next chunk of rows, answering a `pull`. */
export interface RowsMessage {
  readonly type: "rows"
  readonly id: string
  readonly rows: ReadonlyArray<Row>
}

/** No more rows, answering a `pull`. */
export interface End {
  readonly type: "end"
  readonly id: string
}

/** Stops an export; the worker answers `cancelled`. */
export interface Cancel {
  readonly type: "cancel"
  readonly id: string
}

/** A message from the page to the worker. */
export type Request = Start | RowsMessage | End | Cancel

/** The worker wants the next chunk of rows. */
export interface Pull {
  readonly type: "pull"
  readonly id: string
}

/** How far the export has come. */
export interface ProgressMessage {
  readonly type: "progress"
  readonly id: string
  readonly progress: Progress
}

/** The file: its bytes (the buffer is transferred) and its media type. */
export interface Done {
  readonly type: "done"
  readonly id: string
  readonly bytes: Uint8Array<ArrayBuffer>
  readonly mediaType: string
}

/** The export failed: `error` is an encoded `ExportTooLarge` or `ExportFailed`. */
export interface Failed {
  readonly type: "failed"
  readonly id: string
  readonly error: unknown
}

/** The export was cancelled and made no file. */
export interface Cancelled {
  readonly type: "cancelled"
  readonly id: string
}

/** A message from the worker to the page. */
export type Response = Pull | ProgressMessage | Done | Failed | Cancelled

// Every port delivers a MessageEvent; the lib types only promise an Event.
const dataOf = (event: Event): unknown => (event as MessageEvent).data

const encodeError = Schema.encodeSync(ExportError)
const decodeError = Schema.decodeUnknownSync(ExportError)

// ---------------------------------------------------------------------------------------------
// The worker's side
// ---------------------------------------------------------------------------------------------

type Writer = (
  table: Table,
  options: {
    readonly locale?: Locale | undefined
    readonly delimiter?: "," | ";" | undefined
    readonly onProgress?: (progress: Progress) => void
  },
) => Effect.Effect<Uint8Array<ArrayBuffer>, ExportError>

// Each writer (and the libraries behind it) is loaded only when an export in its format starts.
const writers: Record<Format, () => Promise<Writer>> = {
  pdf: () => import("./pdf.js").then((m) => m.write),
  xlsx: () => import("./xlsx.js").then((m) => m.write),
  csv: () => import("./csv.js").then((m) => m.write),
}

/** Rows that arrive by message: pulled when the writer has used up what came before. */
class PulledRows implements AsyncIterable<Row> {
  private readonly chunks: Array<ReadonlyArray<Row>> = []
  private ended = false
  private waiting: (() => void) | undefined
  private readonly pull: () => void

  constructor(pull: () => void) {
    this.pull = pull
  }

  push(rows: ReadonlyArray<Row>): void {
    this.chunks.push(rows)
    this.wake()
  }

  end(): void {
    this.ended = true
    this.wake()
  }

  private wake(): void {
    const waiting = this.waiting
    this.waiting = undefined
    waiting?.()
  }

  [Symbol.asyncIterator](): AsyncIterator<Row> {
    let chunk: ReadonlyArray<Row> = []
    let index = 0
    const next = (): Promise<IteratorResult<Row>> => {
      const row = chunk[index]
      if (index < chunk.length && row !== undefined) {
        index++
        return Promise.resolve({ done: false, value: row })
      }
      const following = this.chunks.shift()
      if (following !== undefined) {
        chunk = following
        index = 0
        return next()
      }
      if (this.ended) return Promise.resolve({ done: true, value: undefined })
      return new Promise<void>((resolve) => {
        this.waiting = resolve
        this.pull()
      }).then(next)
    }
    return { next }
  }
}

/**
 * Answers export requests arriving on a port: in a worker, `serve(self)`. Runs each export with its
 * writer (loaded on first use), reports progress, pulls rows when the page streams them, and
 * answers `done`, `failed` or `cancelled`. Returns a function that stops listening.
 *
 * @example
 * ```ts
 * import { serve } from "@kabinet/core/export/worker"
 * serve(self)
 * ```
 */
export const serve = (port: Port): (() => void) => {
  const running = new Map<string, { readonly abort: AbortController; readonly rows?: PulledRows | undefined }>()
  const post = (message: Response, transfer?: Array<ArrayBuffer>) => port.postMessage(message, transfer)

  const start = (message: Start) => {
    const { id } = message
    const abort = new AbortController()
    const pulled = message.rows === undefined ? new PulledRows(() => post({ type: "pull", id })) : undefined
    running.set(id, { abort, rows: pulled })
    const rows: Rows = pulled ?? message.rows ?? []
    const table: Table = { ...message.table, rows }
    const options = {
      locale: message.locale,
      delimiter: message.delimiter,
      onProgress: (progress: Progress) => post({ type: "progress", id, progress }),
    }
    const program = Effect.tryPromise({
      try: () => writers[message.format](),
      catch: (error) => new ExportFailed({ format: message.format, reason: String(error) }),
    }).pipe(Effect.flatMap((write) => write(table, options)))
    void Effect.runPromiseExit(program, { signal: abort.signal }).then((exit) => {
      running.delete(id)
      if (Exit.isSuccess(exit)) {
        const bytes = exit.value
        post({ type: "done", id, bytes, mediaType: mediaTypeOf(message.format) }, [bytes.buffer])
        return
      }
      const error = Cause.findErrorOption(exit.cause)
      if (Option.isSome(error)) post({ type: "failed", id, error: encodeError(error.value) })
      else if (Cause.hasInterrupts(exit.cause)) post({ type: "cancelled", id })
      else
        post({
          type: "failed",
          id,
          error: encodeError(new ExportFailed({ format: message.format, reason: String(Cause.squash(exit.cause)) })),
        })
    })
  }

  const listener = (event: Event) => {
    const message = dataOf(event) as Request
    switch (message.type) {
      case "start":
        return start(message)
      case "rows":
        return running.get(message.id)?.rows?.push(message.rows)
      case "end":
        return running.get(message.id)?.rows?.end()
      case "cancel":
        return running.get(message.id)?.abort.abort()
    }
  }
  port.addEventListener("message", listener)
  port.start?.()
  return () => port.removeEventListener("message", listener)
}

const mediaTypeOf = (format: Format): string =>
  ({
    pdf: "application/pdf",
    xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    csv: "text/csv;charset=utf-8",
  })[format]

// ---------------------------------------------------------------------------------------------
// The page's side
// ---------------------------------------------------------------------------------------------

/** What `run` needs besides the table. */
export interface RunOptions {
  readonly format: Format
  readonly locale?: Locale | undefined
  readonly delimiter?: "," | ";" | undefined
  readonly onProgress?: ((progress: Progress) => void) | undefined
  /** Rows sent per `pull` when the table's rows are an iterable or an async iterable. */
  readonly chunkSize?: number | undefined
}

let nextId = 0

/**
 * Exports a table in the worker behind a port, and succeeds with the file's bytes. An array of rows
 * goes with the request; an iterable or async iterable (pages being fetched) is sent a chunk at a
 * time as the worker asks for it. Interrupting the effect (an aborted signal given to
 * `Effect.runPromise`) cancels the export in the worker.
 *
 * @example
 * ```ts
 * ExportWorker.run(worker, Documents.numberList({ numbers: pages, totalRows }), { format: "xlsx", onProgress })
 * ```
 */
export const run = (
  port: Port,
  table: Table,
  options: RunOptions,
): Effect.Effect<Uint8Array<ArrayBuffer>, ExportError> =>
  Effect.callback<Uint8Array<ArrayBuffer>, ExportError>((resume) => {
    const id = `export-${++nextId}`
    const { rows, ...spec } = table
    const inline = Array.isArray(rows) ? (rows as ReadonlyArray<Row>) : undefined
    const source = inline === undefined ? chunksOf(rows, options.chunkSize ?? 1_000) : undefined
    let finished = false
    const finish = (effect: Effect.Effect<Uint8Array<ArrayBuffer>, ExportError>) => {
      finished = true
      port.removeEventListener("message", listener)
      resume(effect)
    }
    const listener = (event: Event) => {
      const message = dataOf(event) as Response
      if (message.id !== id) return
      switch (message.type) {
        case "progress":
          options.onProgress?.(message.progress)
          return
        case "pull":
          source?.next().then(
            (next) => {
              if (finished) return
              if (next.done === true) port.postMessage({ type: "end", id } satisfies End)
              else port.postMessage({ type: "rows", id, rows: next.value } satisfies RowsMessage)
            },
            (error: unknown) => {
              if (finished) return
              port.postMessage({ type: "cancel", id } satisfies Cancel)
              finish(
                Effect.fail(
                  new ExportFailed({
                    format: options.format,
                    reason: error instanceof Error ? error.message : String(error),
                  }),
                ),
              )
            },
          )
          return
        case "done":
          return finish(Effect.succeed(message.bytes))
        case "failed":
          return finish(Effect.fail(decodeError(message.error)))
        case "cancelled":
          return finish(Effect.interrupt)
      }
    }
    port.addEventListener("message", listener)
    port.start?.()
    const start: Start = {
      type: "start",
      id,
      format: options.format,
      table: spec,
      locale: options.locale,
      delimiter: options.delimiter,
      rows: inline,
    }
    port.postMessage(start)
    return Effect.sync(() => {
      if (finished) return
      finished = true
      port.removeEventListener("message", listener)
      port.postMessage({ type: "cancel", id } satisfies Cancel)
      void source?.return?.()
    })
  })

/** Rows grouped into chunks, pulled one chunk at a time. */
const chunksOf = (rows: Rows, size: number): AsyncIterator<ReadonlyArray<Row>> => {
  const sync = Symbol.iterator in rows ? (rows as Iterable<Row>)[Symbol.iterator]() : undefined
  const async = sync === undefined ? (rows as AsyncIterable<Row>)[Symbol.asyncIterator]() : undefined
  const next = (): Promise<IteratorResult<ReadonlyArray<Row>>> => {
    const chunk: Array<Row> = []
    if (sync !== undefined) {
      for (let r = sync.next(); r.done !== true; r = sync.next()) {
        chunk.push(r.value)
        if (chunk.length >= size) break
      }
      return Promise.resolve(chunk.length === 0 ? { done: true, value: undefined } : { done: false, value: chunk })
    }
    const fill = (): Promise<IteratorResult<ReadonlyArray<Row>>> =>
      (async as AsyncIterator<Row>).next().then((r) => {
        if (r.done !== true) {
          chunk.push(r.value)
          if (chunk.length < size) return fill()
        }
        return chunk.length === 0 ? { done: true, value: undefined } : { done: false, value: chunk }
      })
    return fill()
  }
  return {
    next,
    return: () => {
      sync?.return?.()
      return (async?.return?.() ?? Promise.resolve({ done: true, value: undefined })).then(() => ({
        done: true as const,
        value: undefined,
      }))
    },
  }
}
