/**
 * The rows the list lays out at once. A browser caps an element's height (Firefox near 17.9 million
 * pixels, Chromium near 33.5 million): 100,000 cards of a phone (192 px each) would pass it, and rows
 * past the cap could never be scrolled to. Every row of the list has one height, so the list lays out a
 * window of as many rows as fit under the cap and slides it as the admin nears either end, moving the
 * scroll position by exactly the rows it slid: the admin sees one continuous list.
 */

/** Below every browser's cap on an element's height, with room for the viewport. */
const maxScrollPx = 15_000_000

/** Where the window starts and how many rows it holds. */
export class RowWindow {
  #start = 0
  #rowPx = 0

  /** The row index of the window's first row. */
  get start(): number {
    return this.#start
  }

  /** A row's height in pixels, once measured (0 before). */
  get rowPx(): number {
    return this.#rowPx
  }

  /** How many rows the window holds: every row while rows are not yet measured or short enough. */
  size(total: number): number {
    return this.#rowPx === 0 ? total : Math.min(total, Math.max(1, Math.floor(maxScrollPx / this.#rowPx)))
  }

  /** Keeps the window inside a list of `total` rows (the list shrank). */
  clamp(total: number): void {
    this.#start = Math.max(0, Math.min(this.#start, total - this.size(total)))
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
