/**
 * Where `<kab-detalization>`'s table reads its pages: the operator's pages in the operator's order
 * (by date, read from the end for newest first), or, sorted by another column, the whole period read
 * once and sorted in the page.
 */
import type { CallRecord, Company, Msisdn, Period } from "@kabinet/core"
import { Programs } from "@kabinet/core"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import type { I18nController } from "../i18n/i18n-controller.js"
import type { OperationController } from "../internal/controllers/operation-controller.js"
import type { Page, PageRequest } from "../internal/controllers/paged-list-controller.js"
import type { RecordSorting } from "../internal/records/records-grid.js"
import { type CallColumn, operatorOrder, sortCalls } from "./call-columns.js"

/** What «Запросить детализацию» asked for: the number, the company and the period. */
export interface CallQuery {
  readonly companyId: Company.CompanyId
  readonly msisdn: Msisdn.Msisdn
  readonly period: Period.DateRange
}

/** What the source needs of its widget: to run programs, the language, and to be rendered again. */
export interface SourceHost {
  readonly operations: OperationController
  readonly i18n: I18nController
  readonly requestUpdate: () => void
}

/** The requested period's records, in the sort asked for. */
export class CallRecordsSource {
  /** The period on screen, if one was requested. */
  query: CallQuery | undefined
  sorting: RecordSorting<CallColumn> = operatorOrder
  #everything: Promise<ReadonlyArray<CallRecord.CallRecord> | undefined> | undefined
  #sorted: { readonly key: string; readonly rows: ReadonlyArray<CallRecord.CallRecord> } | undefined
  #everythingLoaded = 0

  readonly #host: SourceHost

  constructor(host: SourceHost) {
    this.#host = host
  }

  /** How many records of the whole period have been read for a sort. */
  get everythingLoaded(): number {
    return this.#everythingLoaded
  }

  /** Whether the whole period is being read for a sort. */
  get sortingEverything(): boolean {
    return this.#everything !== undefined && this.#sorted === undefined
  }

  /** Forgets the period, what was read of it, and the sort. */
  forget(): void {
    this.query = undefined
    this.#everything = undefined
    this.#sorted = undefined
    this.sorting = operatorOrder
  }

  /** The page `request` in the current sort; `total` is the period's size, if known. */
  async page(request: PageRequest, total: number | undefined): Promise<Page<CallRecord.CallRecord> | undefined> {
    const query = this.query
    if (query === undefined) return undefined
    const sorting = this.sorting
    if (sorting.key === "at") {
      if (sorting.order === "asc" || total === undefined) return this.#operatorPage(query, request)
      // Newest first: the operator's pages read from the end.
      const end = Math.max(0, total - request.offset)
      const start = Math.max(0, end - request.limit)
      if (end === 0) return { items: [], total }
      const page = await this.#operatorPage(query, { offset: start, limit: end - start })
      return page === undefined ? undefined : { items: [...page.items].reverse(), total: page.total }
    }
    const rows = await this.#sortedRows(query, sorting)
    return rows === undefined
      ? undefined
      : { items: rows.slice(request.offset, request.offset + request.limit), total: rows.length }
  }

  async #operatorPage(query: CallQuery, request: PageRequest): Promise<Page<CallRecord.CallRecord> | undefined> {
    const program = Programs.Records.callRecordsPage({ ...query, ...request })
    const outcome = await this.#host.operations.run("operation.detalization", program)
    return outcome._tag === "Success" ? outcome.value : undefined
  }

  async #sortedRows(
    query: CallQuery,
    sorting: RecordSorting<CallColumn>,
  ): Promise<ReadonlyArray<CallRecord.CallRecord> | undefined> {
    const key = `${sorting.key}:${sorting.order}:${this.#host.i18n.locale}`
    if (this.#sorted?.key === key) return this.#sorted.rows
    this.#everything ??= this.#readEverything(query)
    const everything = await this.#everything
    if (everything === undefined) {
      this.#everything = undefined
      return undefined
    }
    if (query !== this.query) return undefined
    const rows = sortCalls(everything, sorting, this.#host.i18n)
    this.#sorted = { key, rows }
    return rows
  }

  async #readEverything(query: CallQuery): Promise<ReadonlyArray<CallRecord.CallRecord> | undefined> {
    const records: Array<CallRecord.CallRecord> = []
    this.#everythingLoaded = 0
    const program = Stream.runForEachArray(Programs.Records.requestCallRecords(query), (chunk) =>
      Effect.sync(() => {
        records.push(...chunk)
        this.#everythingLoaded = records.length
        this.#host.requestUpdate()
      }),
    )
    const outcome = await this.#host.operations.run("operation.detalization", program)
    return outcome._tag === "Success" ? records : undefined
  }
}
