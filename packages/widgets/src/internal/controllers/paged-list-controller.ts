/**
 * A long list loaded from the operator one page at a time (decision 7): the total, the pages the admin
 * has scrolled to (at most a fixed number of them), a placeholder for a row whose page is on its way,
 * and a reload that drops whatever an earlier search, sort or company was still answering.
 */
import type { ReactiveControllerHost } from "lit"
import { PageCache, rowIndexes } from "./page-cache.js"

/** One page as the operator answers it: its rows and how many rows the whole list has. */
export interface Page<A> {
  readonly items: ReadonlyArray<A>
  readonly total: number
}

/** Which rows to load. */
export interface PageRequest {
  readonly offset: number
  readonly limit: number
}

/** What the list does: at rest with nothing (`idle`), asking for its first page, or showing rows. */
export type ListState = "idle" | "loading" | "ready"

/** How a paged list loads. */
export interface PagedListOptions<A> {
  /** Rows per request. */
  readonly pageSize: number
  /** Pages held at most. */
  readonly capacity: number
  /**
   * Loads one page. Resolves with it, or with `undefined` when the page could not be loaded (the
   * caller shows why, typically with an `OperationController`). Never rejects.
   */
  readonly load: (request: PageRequest) => Promise<Page<A> | undefined>
}

/**
 * The rows of a paged list. The host renders `rows` with a virtualizer, reports the visible range with
 * `show(first, last)`, and draws `row(index)`, or a placeholder while it is `undefined`; the host is
 * asked to update whenever a page arrives. Loads run on the host's `OperationController`, which
 * interrupts them when the host leaves the page.
 *
 * @example
 * ```ts
 * readonly #list = new PagedListController<MobileNumber.MobileNumber>(this, {
 *   pageSize: 100,
 *   capacity: 30,
 *   load: async ({ offset, limit }) => {
 *     const outcome = await this.#operations.run("operation.loadNumbers", listNumbers({ offset, limit }))
 *     return outcome._tag === "Success" ? outcome.value : undefined
 *   },
 * })
 * ```
 */
export class PagedListController<A> {
  readonly #host: ReactiveControllerHost
  readonly #load: PagedListOptions<A>["load"]
  readonly #pages: PageCache<A>
  readonly #requested = new Set<number>()
  #generation = 0
  #total: number | undefined
  #rows: Array<number> = []
  #state: ListState = "idle"
  #firstPending = false
  #first = 0
  #last = 0

  constructor(host: ReactiveControllerHost, options: PagedListOptions<A>) {
    this.#host = host
    this.#load = options.load
    this.#pages = new PageCache<A>(options.pageSize, options.capacity)
  }

  /** How many rows the list has, once the operator said. */
  get total(): number | undefined {
    return this.#total
  }

  /** The rows as the virtualizer sees them: row `i` is `i`, `total` of them, none stored. */
  get rows(): Array<number> {
    return this.#rows
  }

  /** What the list does now. */
  get state(): ListState {
    return this.#state
  }

  /** Whether the first page since the last `reload()` is still on its way. */
  get loading(): boolean {
    return this.#firstPending
  }

  /** How many rows are held in memory now. */
  get heldRows(): number {
    return this.#pages.rowCount
  }

  /** The first and last rows on screen, as last reported. */
  get visible(): { readonly first: number; readonly last: number } {
    return { first: this.#first, last: this.#last }
  }

  /** Row `index`, if its page is held. */
  row(index: number): A | undefined {
    return this.#pages.row(index)
  }

  /**
   * Loads the list again from its first page, forgetting every page and ignoring answers still on
   * their way. With `keepTotal` (a new search or sort) the list keeps its size and its rows show
   * placeholders until the first page arrives; without it (another company) it starts afresh.
   */
  reload(options: { readonly keepTotal?: boolean } = {}): void {
    this.#forget()
    this.#firstPending = true
    if (options.keepTotal !== true || this.#total === 0) {
      this.#total = undefined
      this.#rows = []
    }
    this.#first = 0
    this.#last = 0
    this.#state = "loading"
    this.#host.requestUpdate()
    void this.#fetch(0)
  }

  /** Empties the list and stops listening to answers on their way (the admin signed out). */
  clear(): void {
    this.#forget()
    this.#total = undefined
    this.#rows = []
    this.#state = "idle"
    this.#firstPending = false
    this.#host.requestUpdate()
  }

  /** Rows `first` to `last` are on screen: loads the pages they are on that are not held. */
  show(first: number, last: number): void {
    this.#first = Math.max(0, first)
    this.#last = Math.max(this.#first, last)
    for (let page = this.#pages.pageOf(this.#first); page <= this.#pages.pageOf(this.#last); page++) {
      void this.#fetch(page)
    }
  }

  /**
   * Rows `first` to `last` are likely on screen soon (the admin scrolls that way): loads their pages
   * ahead, without changing which rows are `visible`.
   */
  prefetch(first: number, last: number): void {
    const total = this.#total
    if (total === undefined || total === 0) return
    const from = Math.max(0, Math.min(total - 1, first))
    const to = Math.max(from, Math.min(total - 1, last))
    for (let page = this.#pages.pageOf(from); page <= this.#pages.pageOf(to); page++) void this.#fetch(page)
  }

  /** Asks again for what failed: the first page when the list is empty, else the pages on screen. */
  retry(): void {
    if (this.#total === undefined) this.reload()
    else this.show(this.#first, this.#last)
  }

  #forget(): void {
    this.#generation++
    this.#pages.clear()
    this.#requested.clear()
  }

  async #fetch(page: number): Promise<void> {
    if (this.#requested.has(page) || this.#pages.has(page)) return
    this.#requested.add(page)
    const generation = this.#generation
    const size = this.#pages.pageSize
    const answer = await this.#load({ offset: page * size, limit: size })
    // An answer to an earlier search, sort or company is dropped.
    if (generation !== this.#generation) return
    this.#requested.delete(page)
    if (page === 0) this.#firstPending = false
    if (answer === undefined) {
      if (this.#total === undefined) this.#state = "idle"
      this.#host.requestUpdate()
      return
    }
    this.#pages.set(page, answer.items, this.#pages.pageOf(this.#first))
    if (answer.total !== this.#total) {
      this.#total = answer.total
      this.#rows = rowIndexes(answer.total)
    }
    this.#state = "ready"
    this.#host.requestUpdate()
  }
}
