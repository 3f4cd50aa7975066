/**
 * Reads a table's rows in batches, whether they are an array, an iterable or an async iterable
 * (pages fetched while the file is written). Between batches the fiber yields to the event loop, so
 * a Web Worker still hears "cancel" and an interrupted export stops within one batch; progress is
 * reported after every batch.
 */
import * as Effect from "effect/Effect"
import { ExportFailed, ExportTooLarge } from "../ExportError.js"
import type { Format, Progress, Row, Rows } from "../Table.js"

/** Rows read between two yields and two progress reports. */
export const batchSize = 1_000

/** What `readRows` needs. */
export interface ReadOptions {
  readonly format: Format
  readonly totalRows?: number | undefined
  readonly onProgress?: ((progress: Progress) => void) | undefined
  /** Refuse past this many rows with `ExportTooLarge`, suggesting XLSX. */
  readonly limit?: number | undefined
  /** Called with each batch, in order. */
  readonly onBatch: (rows: ReadonlyArray<Row>) => void
  /** Run after each batch, before the next is read: where a writer hands its output on. */
  readonly afterBatch?: (() => Effect.Effect<void, ExportFailed>) | undefined
}

const isAsync = (rows: Rows): rows is AsyncIterable<Row> =>
  typeof (rows as Partial<AsyncIterable<Row>>)[Symbol.asyncIterator] === "function"

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/** Reads every row, batch by batch; succeeds with the number of rows read. */
export const readRows = (rows: Rows, options: ReadOptions): Effect.Effect<number, ExportFailed | ExportTooLarge> =>
  Effect.suspend(() => read(rows, options))

const read = (rows: Rows, options: ReadOptions): Effect.Effect<number, ExportFailed | ExportTooLarge> => {
  const failed = (error: unknown) => new ExportFailed({ format: options.format, reason: reasonOf(error) })
  const limit = options.limit ?? Number.POSITIVE_INFINITY
  let count = 0
  const deliver = (batch: ReadonlyArray<Row>): Effect.Effect<void, ExportFailed | ExportTooLarge> => {
    if (count + batch.length > limit)
      return Effect.fail(new ExportTooLarge({ format: options.format, limit, suggested: "xlsx" }))
    const accepted = Effect.try({
      try: () => {
        options.onBatch(batch)
        count += batch.length
      },
      catch: failed,
    })
    const report = Effect.sync(() => options.onProgress?.({ rows: count, totalRows: options.totalRows }))
    return options.afterBatch === undefined
      ? Effect.andThen(accepted, report)
      : accepted.pipe(Effect.andThen(options.afterBatch), Effect.andThen(report))
  }

  if (!isAsync(rows)) {
    return Effect.gen(function* () {
      const iterator = yield* Effect.try({ try: () => rows[Symbol.iterator](), catch: failed })
      for (;;) {
        const batch: Array<Row> = []
        const done = yield* Effect.try({
          try: () => {
            for (let i = 0; i < batchSize; i++) {
              const next = iterator.next()
              if (next.done === true) return true
              batch.push(next.value)
            }
            return false
          },
          catch: failed,
        })
        if (batch.length > 0) yield* deliver(batch)
        if (done) return count
        yield* Effect.yieldNow
      }
    })
  }

  return Effect.suspend(() => {
    const iterator = rows[Symbol.asyncIterator]()
    return Effect.gen(function* () {
      let batch: Array<Row> = []
      for (;;) {
        const next = yield* Effect.tryPromise({ try: () => iterator.next(), catch: failed })
        if (next.done === true) break
        batch.push(next.value)
        if (batch.length >= batchSize) {
          yield* deliver(batch)
          batch = []
          yield* Effect.yieldNow
        }
      }
      if (batch.length > 0) yield* deliver(batch)
      return count
    }).pipe(
      // Tell the source to stop fetching pages when the export ends early (cancelled, refused, failed).
      Effect.onExit((exit) =>
        exit._tag === "Success"
          ? Effect.void
          : Effect.sync(() => {
              iterator.return?.().catch(() => undefined)
            }),
      ),
    )
  })
}
