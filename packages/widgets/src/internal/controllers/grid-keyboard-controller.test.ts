import { expect, fixture, html } from "@open-wc/testing"
import { LitElement } from "lit"
import { deepActiveElement, press, tabTo, waitUntil } from "../../../test/helpers.js"
import { GridKeyboardController } from "./grid-keyboard-controller.js"

/**
 * A grid of 500 rows that renders only a window of 20 of them, as a virtualizer does: a row outside
 * the window appears a moment after it is revealed.
 */
class TestGrid extends LitElement {
  readonly count = 500
  first = 0
  opened: Array<number> = []
  menus: Array<number> = []
  readonly grid = new GridKeyboardController(this, {
    rowCount: () => this.count,
    pageRows: () => 10,
    rowAt: (index) => this.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"]`),
    reveal: (index) => {
      setTimeout(() => {
        this.first = Math.max(0, Math.min(this.count - 20, index - 10))
        this.requestUpdate()
      }, 30)
    },
    open: (index) => this.opened.push(index),
    menu: (index) => this.menus.push(index),
  })

  override render() {
    const rows = Array.from({ length: 20 }, (_, offset) => this.first + offset)
    return html`<button id="before">before</button>
      <div role="grid" aria-label="numbers" aria-rowcount=${this.count}>
        ${rows.map(
          (index) => html`<div
            role="row"
            data-index=${index}
            aria-rowindex=${index + 1}
            tabindex=${this.grid.tabIndexOf(index)}
            @focus=${() => this.grid.activate(index)}
            @keydown=${(event: KeyboardEvent) => this.grid.onRowKeydown(event, index)}
          >
            <span role="gridcell">row ${index}</span>
            <span role="gridcell"><button
              tabindex=${this.grid.tabIndexOf(index)}
              aria-label="menu ${index}"
              @keydown=${(event: KeyboardEvent) => this.grid.onControlKeydown(event, index)}
            >⋮</button></span>
          </div>`,
        )}
      </div>`
  }
}
customElements.define("test-grid", TestGrid)

const row = (grid: TestGrid, index: number) =>
  grid.shadowRoot?.querySelector<HTMLElement>(`[data-index="${index}"]`) ?? null

const focusedIndex = () => (deepActiveElement() as HTMLElement | null)?.dataset.index

describe("GridKeyboardController", () => {
  it("puts one row in the tab order: the current one", async () => {
    const grid = await fixture<TestGrid>(html`<test-grid></test-grid>`)
    const tabbable = grid.shadowRoot?.querySelectorAll('[role="row"][tabindex="0"]') ?? []
    expect(tabbable.length).to.equal(1)
    await tabTo(row(grid, 0) as HTMLElement, 3)
    await press("Tab")
    expect(deepActiveElement()?.getAttribute("aria-label")).to.equal("menu 0")
    await press("Tab")
    expect(deepActiveElement()).to.equal(document.body)
  })

  it("moves with ↓ ↑ Page Down Page Up Home, within the grid's bounds", async () => {
    const grid = await fixture<TestGrid>(html`<test-grid></test-grid>`)
    row(grid, 0)?.focus()
    await press("ArrowUp")
    expect(focusedIndex()).to.equal("0")
    await press("ArrowDown")
    expect(focusedIndex()).to.equal("1")
    await grid.updateComplete
    expect(row(grid, 1)?.tabIndex).to.equal(0)
    expect(row(grid, 0)?.tabIndex).to.equal(-1)
    await press("PageDown")
    expect(focusedIndex()).to.equal("11")
    await press("PageUp")
    expect(focusedIndex()).to.equal("1")
    await press("Home")
    expect(focusedIndex()).to.equal("0")
  })

  it("reaches a row that is not rendered yet, focusing it once it is", async () => {
    const grid = await fixture<TestGrid>(html`<test-grid></test-grid>`)
    row(grid, 0)?.focus()
    await press("End")
    await waitUntil(() => focusedIndex() === "499", "the last row focused", { timeout: 5000 })
    expect(grid.grid.active).to.equal(499)
  })

  it("opens a row with Enter or Space, and its menu with Shift+F10", async () => {
    const grid = await fixture<TestGrid>(html`<test-grid></test-grid>`)
    row(grid, 3)?.focus()
    await press("Enter")
    await press("Space")
    await press("Shift+F10")
    expect(grid.opened).to.deep.equal([3, 3])
    expect(grid.menus).to.deep.equal([3])
  })

  it("goes into a row's control with → and back out with ←", async () => {
    const grid = await fixture<TestGrid>(html`<test-grid></test-grid>`)
    row(grid, 2)?.focus()
    await press("ArrowRight")
    expect(deepActiveElement()?.getAttribute("aria-label")).to.equal("menu 2")
    await press("ArrowLeft")
    expect(focusedIndex()).to.equal("2")
  })

  it("hands the tab stop to the first row on screen when the current one scrolls away", async () => {
    const grid = await fixture<TestGrid>(html`<test-grid></test-grid>`)
    grid.grid.activate(2)
    grid.first = 100
    grid.requestUpdate()
    await grid.updateComplete
    grid.grid.follow(100, 119)
    await grid.updateComplete
    expect(grid.grid.active).to.equal(100)
    // Not while the focus is in the grid: the admin is moving there.
    row(grid, 105)?.focus()
    grid.grid.follow(200, 219)
    expect(grid.grid.active).to.equal(105)
  })
})
