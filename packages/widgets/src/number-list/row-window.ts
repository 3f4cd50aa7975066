/**
 * The rows a virtualizer is given at once. `@lit-labs/virtualizer` caps its scroll height at 8.2
 * million pixels, which at 100,000 numbers is 82 px a row: taller rows (the cards of a phone) past
 * the cap could never be scrolled to. Every row of the list has one height, so the list gives the
 * virtualizer a window of as many rows as fit under the cap and slides it as the admin nears either
 * end, moving the scroll position by exactly the rows it slid: the admin sees one continuous list.
 */

/** Below the virtualizer's own cap (8,200,000 px), with room for the viewport. */
const maxScrollPx = 7_500_000

/** Where the window starts and how many rows it holds. */
export class RowWindow {
  #start = 0
  #rowPx = 0
  #items: Array<number> = []
  #itemsOf: { readonly rows: Array<number>; readonly start: number; readonly size: number } | undefined

  /** The row index of the window's first row. */
  get start(): number {
    return this.#start
  }

  /** How many rows the window holds: every row while rows are not yet measured or short enough. */
  size(total: number): number {
    return this.#rowPx === 0 ? total : Math.min(total, Math.max(1, Math.floor(maxScrollPx / this.#rowPx)))
  }

  /** The rows to hand the virtualizer (the same array while the window stays). */
  items(rows: Array<number>): Array<number> {
    const size = this.size(rows.length)
    this.#start = Math.max(0, Math.min(this.#start, rows.length - size))
    const cached = this.#itemsOf
    if (cached?.rows !== rows || cached.start !== this.#start || cached.size !== size) {
      this.#items = size === rows.length ? rows : rows.slice(this.#start, this.#start + size)
      this.#itemsOf = { rows, start: this.#start, size }
    }
    return this.#items
  }

  /** Back to the first row (a new company, search or sort). */
  reset(): void {
    this.#start = 0
  }

  /** Records a row's height in pixels (all rows share it). */
  measure(rowPx: number): void {
    if (rowPx > 0) this.#rowPx = rowPx
  }

  /**
   * Where the window should start when positions `first`…`last` of it are on screen: once the admin
   * is within a quarter of the window's edge (and rows lie beyond it), centred on what is on screen;
   * `undefined` to stay. The scroll position then moves by what `moveTo` returns.
   */
  slide(first: number, last: number, total: number): number | undefined {
    const size = this.size(total)
    if (size >= total) return undefined
    const margin = Math.floor(size / 4)
    const nearEnd = last > size - margin && this.#start + size < total
    const nearStart = first < margin && this.#start > 0
    if (!nearEnd && !nearStart) return undefined
    const centre = this.#start + Math.floor((first + last) / 2)
    const start = Math.max(0, Math.min(total - size, centre - Math.floor(size / 2)))
    return start === this.#start ? undefined : start
  }

  /** Where the window should start for row `index` to be inside it, or `undefined` when it is. */
  around(index: number, total: number): number | undefined {
    const size = this.size(total)
    if (index >= this.#start && index < this.#start + size) return undefined
    return Math.max(0, Math.min(total - size, index - Math.floor(size / 2)))
  }

  /** Moves the window to start at `start`; returns the pixels the scroll position must move by. */
  moveTo(start: number): number {
    const shift = (this.#start - start) * this.#rowPx
    this.#start = start
    return shift
  }
}
