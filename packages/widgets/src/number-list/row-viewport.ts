/**
 * The list's own virtualizer. Every row has one height (a line, or a card on narrow widths, both from
 * the theme's tokens), so which rows are on screen is arithmetic on the scroll position: no row is
 * ever measured. The scroll position is read once per scroll event (when the browser's layout is
 * already clean), the rows on screen plus a few either side are rendered at positions CSS computes
 * from their index, and the height of the rows' box never changes while the admin scrolls.
 *
 * One hidden probe of a row's height tells, through a `ResizeObserver`, how tall a row is now (the
 * tokens, the width, the font size); the rows' box tells how much of it is on screen. Past a
 * browser's cap on an element's height the rows are laid out in a sliding `RowWindow`.
 */
import type { LitElement, ReactiveController } from "lit"
import { RowWindow } from "./row-window.js"

/** Rows rendered beyond each edge of the screen, so that a small scroll shows rows already laid out. */
const overscan = 3

/** How many scroll events ahead a fast scroll's rows are loaded. */
const jumpsAhead = 3

/** Rows rendered before a row's height is known (the first frame, corrected before it is painted). */
const firstRows = 12

/** What the viewport needs of its list. */
export interface RowViewportHost {
  readonly element: LitElement
  /** How many rows the list has. */
  readonly total: () => number
  /** Whether the rows scroll with the page (or the nearest scrolling ancestor) instead of in their box. */
  readonly pageScroll: () => boolean
  /** The row to keep rendered while off screen (the grid's current row, which may hold the focus). */
  readonly pinned: () => number
  /** Rows `first`…`last` of the whole list are on screen. */
  readonly shown: (first: number, last: number) => void
  /** Rows `first`…`last` of the whole list are likely on screen soon: the admin scrolls that way. */
  readonly ahead: (first: number, last: number) => void
}

/** Where the rows scroll: their own box, an ancestor, or the page. */
type ScrollParent = Element | Window

const scrolls = (element: Element): boolean => /auto|scroll|overlay/u.test(getComputedStyle(element).overflowY)

/** The nearest ancestor that scrolls, across shadow roots; the page when none does. */
const scrollParentOf = (element: Element): ScrollParent => {
  let node: Node | null = element.parentNode
  while (node !== null) {
    if (node instanceof ShadowRoot) node = node.host
    else if (node instanceof Element) {
      if (node === document.documentElement || node === document.body) return window
      if (scrolls(node)) return node
      node = node.parentNode
    } else return window
  }
  return window
}

/**
 * The rows to render and where: `indexes()` for the template, `windowStart` and `windowRows` for the
 * rows' positions and the box's height. The host renders, in its `.rows` box, a `.row-probe` of a
 * row's height and each row at `--i: index - windowStart`.
 *
 * @example
 * ```ts
 * readonly #rows = new RowViewport({ element: this, total, pageScroll, pinned, shown })
 * // render: ${repeat(this.#rows.indexes(), (i) => i, (i) => row(i, i - this.#rows.windowStart))}
 * ```
 */
export class RowViewport implements ReactiveController {
  readonly #host: RowViewportHost
  readonly #window = new RowWindow()
  readonly #resize = new ResizeObserver((entries) => this.#onResize(entries))
  #rows: HTMLElement | null = null
  #scrollParent: ScrollParent | undefined
  #viewportPx = 0
  #first = 0
  #last = -1
  #shift = 0
  #stale = false

  constructor(host: RowViewportHost) {
    this.#host = host
    host.element.addController(this)
  }

  /** The row index of the first row laid out (see `RowWindow`). */
  get windowStart(): number {
    return this.#window.start
  }

  /** How many rows are laid out: the rows' box is this many rows tall. */
  get windowRows(): number {
    return this.#window.size(this.#host.total())
  }

  /** The rows to render, in order: those on screen, a few either side, and the pinned row. */
  indexes(): Array<number> {
    const total = this.#host.total()
    this.#window.clamp(total)
    const size = this.#window.size(total)
    const start = this.#window.start
    const measured = this.#window.rowPx > 0
    const from = measured ? Math.max(0, this.#first - overscan) : 0
    const to = Math.min(size - 1, measured ? this.#last + overscan : firstRows - 1)
    const pinned = this.#host.pinned() - start
    const indexes: Array<number> = []
    if (pinned >= 0 && pinned < from) indexes.push(start + pinned)
    for (let position = from; position <= to; position++) indexes.push(start + position)
    if (pinned > to && pinned < size) indexes.push(start + pinned)
    return indexes
  }

  /** Back to the first rows (a new company, search or sort); the host scrolls to the top. */
  reset(): void {
    this.#window.reset()
    this.#first = 0
    this.#last = -1
    this.#stale = true
  }

  /** Scrolls row `index` into view (sliding the window to it first when it lies outside) and renders it. */
  async reveal(index: number): Promise<void> {
    const { element } = this.#host
    const start = this.#window.around(index, this.#host.total())
    if (start !== undefined) {
      this.#window.moveTo(start)
      element.requestUpdate()
      await element.updateComplete
    }
    const rows = this.#rows
    const rowPx = this.#window.rowPx
    if (rows === null || rowPx === 0) return
    const top = (index - this.#window.start) * rowPx
    if (this.#host.pageScroll()) {
      const clip = this.#clip()
      const rowTop = rows.getBoundingClientRect().top + top
      const by = rowTop < clip.top ? rowTop - clip.top : Math.max(0, rowTop + rowPx - clip.bottom)
      if (by !== 0) (this.#scrollParent ?? window).scrollBy(0, by)
    } else {
      const height = this.#viewportPx || rows.clientHeight
      if (top < rows.scrollTop) rows.scrollTop = top
      else if (top + rowPx > rows.scrollTop + height) rows.scrollTop = top + rowPx - height
    }
    this.#read()
    await element.updateComplete
  }

  hostConnected(): void {
    this.#host.element.requestUpdate()
  }

  hostUpdated(): void {
    const rows = this.#host.element.renderRoot.querySelector<HTMLElement>(".rows")
    if (rows !== this.#rows) this.#bind(rows)
    if (this.#shift !== 0) {
      const shift = this.#shift
      this.#shift = 0
      if (this.#host.pageScroll()) (this.#scrollParent ?? window).scrollBy(0, shift)
      else if (rows !== null) rows.scrollTop += shift
    }
    if (this.#stale) {
      this.#stale = false
      this.#read()
    }
  }

  hostDisconnected(): void {
    this.#bind(null)
  }

  #bind(rows: HTMLElement | null): void {
    this.#scrollParent?.removeEventListener("scroll", this.#onScroll)
    window.removeEventListener("resize", this.#onScroll)
    this.#resize.disconnect()
    this.#rows = rows
    this.#scrollParent = undefined
    this.#viewportPx = 0
    if (rows === null) return
    const probe = rows.querySelector(".row-probe")
    if (probe !== null) this.#resize.observe(probe)
    if (this.#host.pageScroll()) {
      this.#scrollParent = scrollParentOf(rows)
      window.addEventListener("resize", this.#onScroll, { passive: true })
    } else {
      this.#scrollParent = rows
      this.#resize.observe(rows)
    }
    this.#scrollParent.addEventListener("scroll", this.#onScroll, { passive: true })
    this.#stale = true
  }

  readonly #onScroll = (): void => this.#read()

  #onResize(entries: ReadonlyArray<ResizeObserverEntry>): void {
    for (const entry of entries) {
      const blockSize = entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height
      if (entry.target === this.#rows) this.#viewportPx = entry.contentRect.height
      else if (blockSize > 0 && blockSize !== this.#window.rowPx) {
        const before = this.#window.rowPx
        // The same rows stay on screen when a row's height changes (a narrower screen, a larger font).
        const firstShown = this.#window.start + this.#first
        this.#window.measure(blockSize)
        if (before > 0) this.#window.clamp(this.#host.total())
        this.#host.element.requestUpdate()
        if (before > 0 && !this.#host.pageScroll() && this.#rows !== null)
          this.#rows.scrollTop = (firstShown - this.#window.start) * blockSize
      }
    }
    this.#last = -1
    this.#read()
  }

  #clip(): { readonly top: number; readonly bottom: number } {
    const parent = this.#scrollParent
    if (parent instanceof Element) {
      const box = parent.getBoundingClientRect()
      return { top: Math.max(0, box.top), bottom: Math.min(window.innerHeight, box.bottom) }
    }
    return { top: 0, bottom: window.innerHeight }
  }

  // Reads where the rows' box is scrolled to; when other rows are on screen, renders them and tells the list.
  #read(): void {
    const rows = this.#rows
    const rowPx = this.#window.rowPx
    if (rows === null || rowPx === 0) return
    const total = this.#host.total()
    const size = this.#window.size(total)
    if (size === 0) return
    let top: number
    let height: number
    if (this.#host.pageScroll()) {
      const clip = this.#clip()
      top = clip.top - rows.getBoundingClientRect().top
      height = clip.bottom - clip.top
    } else {
      top = rows.scrollTop
      height = this.#viewportPx || rows.clientHeight
    }
    const first = Math.min(size - 1, Math.floor(Math.max(0, top) / rowPx))
    const last = Math.max(first, Math.min(size - 1, Math.floor((top + height - 1) / rowPx)))
    if (first === this.#first && last === this.#last) return
    const moved = this.#last < 0 ? 0 : first - this.#first
    this.#first = first
    this.#last = last
    this.#host.element.requestUpdate()
    const start = this.#window.start
    this.#host.shown(start + first, start + last)
    this.#loadAhead(start + first, start + last, moved)
    this.#slideIfNear(total)
  }

  // Loads the rows the scroll is heading to, so that they show data when it gets there: the next screen
  // while the admin scrolls a little at a time, the places the next few jumps land on while the admin
  // drags the scroll bar or flings.
  #loadAhead(first: number, last: number, moved: number): void {
    if (moved === 0) return
    const screen = last - first + 1
    if (Math.abs(moved) <= screen) {
      if (moved > 0) this.#host.ahead(last + 1, last + screen)
      else this.#host.ahead(first - screen, first - 1)
      return
    }
    for (let jump = 1; jump <= jumpsAhead; jump++) this.#host.ahead(first + jump * moved, last + jump * moved)
  }

  // Near either end of the window, moves it and the scroll position together (after the next render).
  #slideIfNear(total: number): void {
    if (this.#shift !== 0) return
    const next = this.#window.slide(this.#first, this.#last, total)
    if (next === undefined) return
    const rowsMoved = this.#window.start - next
    this.#shift = this.#window.moveTo(next)
    this.#first += rowsMoved
    this.#last += rowsMoved
  }
}
