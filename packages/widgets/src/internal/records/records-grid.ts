/**
 * The table of records (B8 call details, B17 payments): a grid with a header of sort buttons, rows
 * rendered by a virtualizer (so 50,000 records cost only the rows in view), a placeholder for a row
 * whose page is on its way, and on narrow widths each row a card of labelled values. The keyboard is
 * the shared grid's: Tab reaches the sort buttons and the current row, ↑/↓, Page Up/Page Down,
 * Home/End move between rows, also to rows not rendered yet.
 */
import type { RangeChangedEvent } from "@lit-labs/virtualizer/events.js"
import { virtualize } from "@lit-labs/virtualizer/virtualize.js"
import { html, nothing, type TemplateResult } from "lit"
import { styleMap } from "lit/directives/style-map.js"
import type { I18nController } from "../../i18n/i18n-controller.js"
import type { GridKeyboardController } from "../controllers/grid-keyboard-controller.js"

/** A column of a table of records. */
export interface RecordColumn<A, K extends string> {
  readonly key: K
  /** The header's text, also the label of a value on a card. */
  readonly label: string
  /** A number (right-aligned, tabular figures). */
  readonly numeric?: boolean | undefined
  /** The CSS grid track of the column on wide screens. */
  readonly track: string
  readonly value: (row: A) => string
}

/** The sort in effect: a column and a direction. */
export interface RecordSorting<K extends string> {
  readonly key: K
  readonly order: "asc" | "desc"
}

/** What the table shows and whom it tells. */
export interface RecordsGridView<A, K extends string> {
  /** The table's accessible name. */
  readonly label: string
  readonly columns: ReadonlyArray<RecordColumn<A, K>>
  readonly total: number
  /** A new sort is on its way: the rows are about to change. */
  readonly busy: boolean
  readonly sorting: RecordSorting<K>
  readonly sortBy: (key: K) => void
  /** The rows as the virtualizer sees them: row `i` is `i`. */
  readonly rows: Array<number>
  /** Row `index`, if it is held. */
  readonly row: (index: number) => A | undefined
  readonly grid: GridKeyboardController
  /** Rows `first` to `last` are on screen. */
  readonly onRange: (first: number, last: number) => void
}

/**
 * The next sort after a click on `key`'s header: the other direction on the sorted column, else
 * ascending on the new one.
 *
 * @example
 * ```ts
 * this.#sorting = nextSorting(this.#sorting, "cost")
 * ```
 */
export const nextSorting = <K extends string>(current: RecordSorting<K>, key: K): RecordSorting<K> => ({
  key,
  order: current.key === key && current.order === "asc" ? "desc" : "asc",
})

const header = <A, K extends string>(view: RecordsGridView<A, K>): TemplateResult => html`
  <div role="rowgroup" class="head">
    <div role="row" class="row header" part="header" aria-rowindex="1">
      ${view.columns.map((column) => {
        const sorted = view.sorting.key === column.key
        const arrow = sorted ? (view.sorting.order === "asc" ? "▲" : "▼") : "↕"
        return html`<div
          role="columnheader"
          class="cell ${column.key}"
          ?data-numeric=${column.numeric === true}
          aria-sort=${sorted ? (view.sorting.order === "asc" ? "ascending" : "descending") : nothing}
        >
          <button type="button" class="sort" part="sort-button" @click=${() => view.sortBy(column.key)}>
            <span class="label-text">${column.label}</span><span class="arrow" aria-hidden="true">${arrow}</span>
          </button>
        </div>`
      })}
    </div>
  </div>
`

const recordRow = <A, K extends string>(
  i18n: I18nController,
  view: RecordsGridView<A, K>,
  index: number,
): TemplateResult => {
  const record = view.row(index)
  return html`<div
    role="row"
    class=${record === undefined ? "row placeholder" : "row"}
    part=${record === undefined ? "placeholder" : "row"}
    data-index=${index}
    aria-rowindex=${index + 2}
    aria-busy=${record === undefined ? "true" : nothing}
    tabindex=${view.grid.tabIndexOf(index)}
    @click=${() => view.grid.activate(index)}
    @focus=${() => view.grid.activate(index)}
    @keydown=${(event: KeyboardEvent) => view.grid.onRowKeydown(event, index)}
  >${
    record === undefined
      ? html`<div role="gridcell" class="cell loading" aria-colspan=${view.columns.length}>${i18n.t("records.table.loading")}</div>`
      : view.columns.map(
          (column) =>
            html`<div role="gridcell" class="cell ${column.key}" part="cell" ?data-numeric=${column.numeric === true}><span class="cell-label" aria-hidden="true">${column.label}</span><span class="value">${column.value(record)}</span></div>`,
        )
  }</div>`
}

/**
 * Renders the table of records.
 *
 * @example
 * ```ts
 * recordsGrid(this.i18n, { label, columns, total, busy, sorting, sortBy, rows, row, grid, onRange })
 * ```
 */
export const recordsGrid = <A, K extends string>(
  i18n: I18nController,
  view: RecordsGridView<A, K>,
): TemplateResult => html`<div
  role="grid"
  class="grid"
  part="grid"
  aria-label=${view.label}
  aria-rowcount=${view.total + 1}
  aria-colcount=${view.columns.length}
  aria-busy=${view.busy ? "true" : "false"}
  style=${styleMap({ "--_records-columns": view.columns.map((column) => column.track).join(" ") })}
>
  ${header(view)}
  <div
    role="rowgroup"
    class="rows"
    part="rows"
    @rangeChanged=${(event: RangeChangedEvent) => view.onRange(event.first, event.last)}
  >
    ${virtualize({
      items: view.rows,
      keyFunction: (index: number) => index,
      renderItem: (index: number) => recordRow(i18n, view, index),
      scroller: true,
    })}
  </div>
</div>`
