/**
 * The pages of a long list that the browser holds: only pages the admin has scrolled to, and at most
 * `capacity` of them — the ones farthest from the rows on screen are forgotten first and loaded again
 * if the admin scrolls back.
 *
 * @example
 * ```ts
 * const cache = new PageCache<MobileNumber>(100, 30)
 * cache.set(0, firstHundred, 0)
 * cache.row(42) // the 43rd number
 * ```
 */
export class PageCache<A> {
  readonly #pages = new Map<number, ReadonlyArray<A>>()
  readonly #pageSize: number
  readonly #capacity: number

  constructor(pageSize: number, capacity: number) {
    this.#pageSize = pageSize
    this.#capacity = capacity
  }

  /** How many rows a page has. */
  get pageSize(): number {
    return this.#pageSize
  }

  /** How many rows are held now. */
  get rowCount(): number {
    let count = 0
    for (const page of this.#pages.values()) count += page.length
    return count
  }

  /** The page that holds row `index`. */
  pageOf(index: number): number {
    return Math.floor(index / this.#pageSize)
  }

  /** Whether page `page` is held. */
  has(page: number): boolean {
    return this.#pages.has(page)
  }

  /** The row at `index`, if its page is held. */
  row(index: number): A | undefined {
    return this.#pages.get(this.pageOf(index))?.[index % this.#pageSize]
  }

  /**
   * Keeps a page; beyond the capacity, forgets the other pages farthest from page `near` (the one on
   * screen). The page just kept stays, even when it is the farthest: it was asked for.
   */
  set(page: number, rows: ReadonlyArray<A>, near: number): void {
    this.#pages.set(page, rows)
    while (this.#pages.size > this.#capacity) {
      let farthest: number | undefined
      for (const held of this.#pages.keys()) {
        if (held !== page && (farthest === undefined || Math.abs(held - near) > Math.abs(farthest - near))) {
          farthest = held
        }
      }
      if (farthest === undefined) break
      this.#pages.delete(farthest)
    }
  }

  /** Forgets every page. */
  clear(): void {
    this.#pages.clear()
  }
}

/**
 * The rows of a list of `total` as the virtualizer sees them: row `i` is the number `i`, and the list
 * has `total` of them, yet nothing is stored — a list of 100,000 numbers costs no memory until its
 * pages are loaded.
 */
export const rowIndexes = (total: number): Array<number> =>
  new Proxy<Array<number>>([], {
    get: (target, key, receiver) => {
      if (key === "length") return total
      if (typeof key === "string") {
        const index = Number(key)
        if (Number.isInteger(index) && index >= 0 && String(index) === key) return index < total ? index : undefined
      }
      return Reflect.get(target, key, receiver)
    },
    has: (target, key) => {
      if (typeof key === "string") {
        const index = Number(key)
        if (Number.isInteger(index) && String(index) === key) return index >= 0 && index < total
      }
      return Reflect.has(target, key)
    },
  })
