/**
 * The keyboard of a grid of rows (the WAI-ARIA grid pattern, row by row): one row is in the tab
 * order at a time (roving tabindex); ↑/↓, Page Up/Page Down, Home/End move between rows, also to rows a
 * virtualizer has not rendered yet; Enter or Space open the row; → moves into the row's control (its ⋮
 * button) and ← back out; Shift+F10 or the context-menu key open the row's menu.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit"

/** What the grid is made of and what its keys do. */
export interface GridKeyboardOptions {
  /** How many rows the grid has now. */
  readonly rowCount: () => number
  /** How many rows Page Up and Page Down move: the rows on screen. */
  readonly pageRows: () => number
  /** The rendered row `index`, if it is rendered. */
  readonly rowAt: (index: number) => HTMLElement | null
  /** Scrolls row `index` into view when it is not rendered, so that the virtualizer renders it. */
  readonly reveal: (index: number) => void
  /** Opens row `index` (Enter or Space). */
  readonly open: (index: number) => void
  /** Opens row `index`'s menu from the keyboard (Shift+F10, the context-menu key). */
  readonly menu?: ((index: number, row: HTMLElement) => void) | undefined
}

/** The rows a key moves to, from row `index`. */
const moves = (index: number, page: number, count: number): Record<string, number> => ({
  ArrowDown: index + 1,
  ArrowUp: index - 1,
  PageDown: index + page,
  PageUp: index - page,
  Home: 0,
  End: count - 1,
})

/**
 * The current row and the keys that move it. The host renders each row with
 * `tabindex=${grid.tabIndexOf(index)}` and sends it the row's `keydown` and `focus`.
 *
 * @example
 * ```ts
 * html`<div role="row" tabindex=${this.#grid.tabIndexOf(index)}
 *   @keydown=${(event: KeyboardEvent) => this.#grid.onRowKeydown(event, index)}
 *   @focus=${() => this.#grid.activate(index)}>…</div>`
 * ```
 */
export class GridKeyboardController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement
  readonly #options: GridKeyboardOptions
  #active = 0
  #focusAfterRender: number | undefined

  constructor(host: ReactiveControllerHost & HTMLElement, options: GridKeyboardOptions) {
    this.#host = host
    this.#options = options
    host.addController(this)
  }

  /** The row Tab reaches. */
  get active(): number {
    return this.#active
  }

  /** The `tabindex` of row `index`: 0 for the current row, -1 for the others. */
  tabIndexOf(index: number): 0 | -1 {
    return index === this.#active ? 0 : -1
  }

  /** Makes row `index` the current one, without moving the focus (it was clicked or focused). */
  activate(index: number): void {
    if (index === this.#active) return
    this.#active = index
    this.#host.requestUpdate()
  }

  /** Back to the first row (a new search, another company). */
  reset(): void {
    this.#active = 0
    this.#focusAfterRender = undefined
  }

  /**
   * Rows `first` to `last` are on screen. When the current row has scrolled away and the focus is not in
   * the grid, the first row on screen becomes the current one, so Tab still lands on a visible row.
   */
  follow(first: number, last: number): void {
    const focused = this.#focused()
    const inGrid = focused !== null && focused.closest('[role="grid"]') !== null
    if (!inGrid && (this.#active < first || this.#active > last)) this.activate(Math.max(0, first))
  }

  /** Moves the current row to `index` (clamped to the grid) and focuses it, once it is rendered. */
  moveTo(index: number): void {
    const count = this.#options.rowCount()
    if (count === 0) return
    const target = Math.min(count - 1, Math.max(0, index))
    this.#active = target
    const rendered = this.#options.rowAt(target)
    if (rendered !== null) {
      this.#focusAfterRender = undefined
      rendered.scrollIntoView({ block: "nearest" })
      rendered.focus()
      this.#host.requestUpdate()
      return
    }
    this.#focusAfterRender = target
    this.#options.reveal(target)
    this.#host.requestUpdate()
    void this.#focusWhenRendered(target)
  }

  /** A key pressed on row `index` itself (not on a control inside it). */
  onRowKeydown(event: KeyboardEvent, index: number): void {
    if (event.target !== event.currentTarget) return
    const row = event.currentTarget as HTMLElement
    const next = moves(index, Math.max(1, this.#options.pageRows()), this.#options.rowCount())[event.key]
    if (next !== undefined) {
      event.preventDefault()
      this.moveTo(next)
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault()
      this.#options.open(index)
    } else if (event.key === "ArrowRight") {
      event.preventDefault()
      row.querySelector<HTMLElement>("button, [tabindex]")?.focus()
    } else if (event.key === "ContextMenu" || (event.key === "F10" && event.shiftKey)) {
      event.preventDefault()
      this.#options.menu?.(index, row)
    }
  }

  /** A key pressed on a control inside row `index`: ← goes back to the row. */
  onControlKeydown(event: KeyboardEvent, index: number): void {
    if (event.key !== "ArrowLeft") return
    event.preventDefault()
    this.moveTo(index)
  }

  hostDisconnected(): void {
    this.#focusAfterRender = undefined
  }

  #focused(): Element | null {
    return this.#host.shadowRoot?.activeElement ?? null
  }

  // A virtualizer renders and positions the rows of a new range on its own schedule, in several passes:
  // focus the row once it is there, and again until the focus stays on it. A slow device may need seconds
  // to fetch the page and lay it out; the bound only stops a wait the admin has given up on.
  async #focusWhenRendered(index: number): Promise<void> {
    const until = performance.now() + 20_000
    let settled = 0
    while (this.#focusAfterRender === index && performance.now() < until && settled < 5) {
      await new Promise((resolve) => setTimeout(resolve, 16))
      const row = this.#options.rowAt(index)
      if (row === null || this.#focusAfterRender !== index) continue
      if (this.#focused() === row) settled++
      else {
        settled = 0
        row.focus()
      }
    }
    if (this.#focusAfterRender === index) this.#focusAfterRender = undefined
  }
}
