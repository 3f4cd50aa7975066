/**
 * The pages of the number list that the browser holds: only pages the admin has scrolled to, and at
 * most `capacity` of them — the ones farthest from the rows on screen are forgotten first and loaded
 * again if the admin scrolls back.
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

  has(page: number): boolean {
    return this.#pages.has(page)
  }

  /** The row at `index`, if its page is held. */
  row(index: number): A | undefined {
    return this.#pages.get(this.pageOf(index))?.[index % this.#pageSize]
  }

  /** Keeps a page; forgets the pages farthest from `near` beyond the capacity. */
  set(page: number, rows: ReadonlyArray<A>, near: number): void {
    this.#pages.set(page, rows)
    while (this.#pages.size > this.#capacity) {
      let farthest = page
      for (const held of this.#pages.keys()) {
        if (Math.abs(held - near) > Math.abs(farthest - near)) farthest = held
      }
      if (farthest === page) break
      this.#pages.delete(farthest)
    }
  }

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
