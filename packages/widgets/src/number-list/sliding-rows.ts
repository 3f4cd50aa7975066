/**
 * The list's rows on screen through a sliding `RowWindow`: scrolling a row into view (sliding the
 * window to it first when it lies outside), following the virtualizer's visible range, and sliding
 * the window as the admin nears either end while keeping the scroll position on the same rows.
 */
import { virtualizerRef } from "@lit-labs/virtualizer/virtualize.js"
import type { LitElement } from "lit"
import { RowWindow } from "./row-window.js"

/** The virtualizer the `virtualize` directive keeps on its host element, as far as the list uses it. */
type Scroller = Element & { [virtualizerRef]?: { element(index: number): Element | undefined } }

/** What the window needs of its list. */
export interface SlidingRowsHost {
  readonly element: LitElement
  /** How many rows the list has. */
  readonly total: () => number
  /** Whether the rows scroll with the page instead of in their own box. */
  readonly pageScroll: () => boolean
  /** Rows `first`…`last` of the whole list are on screen. */
  readonly shown: (first: number, last: number) => void
}

/** The window of rows the virtualizer is given, and its sliding. */
export class SlidingRows {
  readonly #host: SlidingRowsHost
  readonly #window = new RowWindow()
  #sliding = false
  #range = { first: 0, last: 0 }

  constructor(host: SlidingRowsHost) {
    this.#host = host
  }

  /** Back to the first rows. */
  reset(): void {
    this.#window.reset()
  }

  /** The rows to hand the virtualizer. */
  items(rows: Array<number>): Array<number> {
    return this.#window.items(rows)
  }

  /** Scrolls row `index` into view, first sliding the window of rows to it if it lies outside. */
  async reveal(index: number): Promise<void> {
    const { element } = this.#host
    const start = this.#window.around(index, this.#host.total())
    if (start !== undefined) {
      this.#window.moveTo(start)
      element.requestUpdate()
      await element.updateComplete
    }
    element.renderRoot
      .querySelector<Scroller>(".rows")
      ?.[virtualizerRef]?.element(index - this.#window.start)
      ?.scrollIntoView({ block: "nearest" })
  }

  /** Rows at positions `first`…`last` of the window are on screen. */
  onRange(first: number, last: number): void {
    const { element } = this.#host
    const total = this.#host.total()
    const before = this.#window.size(total)
    const row = element.renderRoot.querySelector<HTMLElement>('.rows [role="row"]')
    if (row !== null) this.#window.measure(row.getBoundingClientRect().height)
    if (this.#window.size(total) !== before) element.requestUpdate()
    const start = this.#window.start
    this.#host.shown(start + first, start + last)
    this.#range = { first, last }
    this.#slideIfNear()
  }

  #slideIfNear(): void {
    const next = this.#sliding ? undefined : this.#window.slide(this.#range.first, this.#range.last, this.#host.total())
    if (next !== undefined) void this.#slideTo(next)
  }

  async #slideTo(start: number): Promise<void> {
    const { element } = this.#host
    this.#sliding = true
    const shift = this.#window.moveTo(start)
    element.requestUpdate()
    await element.updateComplete
    const scroller = this.#host.pageScroll() ? document.scrollingElement : element.renderRoot.querySelector(".rows")
    if (scroller !== null) scroller.scrollTop += shift
    // Ranges reported until the scroll moved are of the old window.
    requestAnimationFrame(() => {
      this.#sliding = false
      this.#slideIfNear()
    })
  }
}
