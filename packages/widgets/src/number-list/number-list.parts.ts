/**
 * The pieces `<kab-number-list>` renders: the toolbar («Поиск» and the count), the header of sortable columns, and a number's row — its cells and its ⋮ button, or the row's placeholder while its page is
 * on its way. One template serves a row and its placeholder, so that a focused row keeps the focus when
 * its page arrives.
 */
import { Api, Messages, type MobileNumber } from "@kabinet/core"
import { html, nothing, type TemplateResult } from "lit"
import { guard } from "lit/directives/guard.js"
import { keyed } from "lit/directives/keyed.js"
import { repeat } from "lit/directives/repeat.js"
import type { I18nController } from "../i18n/i18n-controller.js"
import type { GridKeyboardController } from "../internal/controllers/grid-keyboard-controller.js"
import type { SearchController } from "../internal/controllers/search-controller.js"

/** A column of the list, which is also the operator's sort field. */
export type NumberColumn = Api.Numbers.SortField

/** The sort in effect. */
export interface Sorting {
  readonly sort: NumberColumn | undefined
  readonly order: "asc" | "desc"
}

/** What a row asks of the list besides the keyboard: to open its number, or its ⋮ menu. */
export interface RowActions {
  readonly open: (index: number) => void
  readonly menu: (index: number, button: HTMLElement) => void
}

/**
 * The toolbar: the «Поиск» field and how many numbers match.
 *
 * @example
 * ```ts
 * toolbar(this.i18n, this.#searchField, this.#list.total)
 * ```
 */
export const toolbar = (
  i18n: I18nController,
  search: SearchController,
  total: number | undefined,
  sort: TemplateResult | typeof nothing = nothing,
): TemplateResult => html`
  <div class="toolbar" part="toolbar">
    <div class="field search">
      <label for="search">${i18n.t("numbers.search.label")}</label>
      <input
        id="search"
        type="search"
        part="search"
        autocomplete="off"
        spellcheck="false"
        placeholder=${i18n.t("numbers.search.placeholder")}
        .value=${search.typed}
        @input=${search.onInput}
        @keydown=${search.onKeydown}
      />
    </div>
    ${sort}
    <p class="count" part="count" role="status">
      ${total === undefined ? nothing : i18n.t("numbers.list.count", { count: i18n.number(total) })}
    </p>
  </div>
`

const sortValue = (sorting: Sorting): string => (sorting.sort === undefined ? "" : `${sorting.sort}:${sorting.order}`)

/**
 * «Сортировка»: one select of the six columns, each ascending or descending, shown on narrow widths in
 * place of the column headers' sort buttons.
 *
 * @example
 * ```ts
 * sortSelect(this.i18n, { sort: this.sort, order: this.order }, (sort, order) => this.#sortOrder(sort, order))
 * ```
 */
export const sortSelect = (
  i18n: I18nController,
  sorting: Sorting,
  choose: (sort: NumberColumn | undefined, order: "asc" | "desc") => void,
): TemplateResult =>
  html`${guard([sorting.sort, sorting.order, i18n.locale, i18n.t("numbers.sort.label")], () => sortField(i18n, sorting, choose))}`

const sortField = (
  i18n: I18nController,
  sorting: Sorting,
  choose: (sort: NumberColumn | undefined, order: "asc" | "desc") => void,
): TemplateResult => html`
  <div class="field sort-field">
    <label for="sort">${i18n.t("numbers.sort.label")}</label>
    <select
      id="sort"
      part="sort-select"
      .value=${sortValue(sorting)}
      @change=${(event: Event) => {
        const [column, order] = (event.target as HTMLSelectElement).value.split(":")
        const sort = Api.Numbers.sortFields.find((field) => field === column)
        choose(sort, order === "desc" ? "desc" : "asc")
      }}
    >
      <option value="" ?selected=${sorting.sort === undefined}>${i18n.t("numbers.sort.default")}</option>
      ${Api.Numbers.sortFields.flatMap((column) =>
        (["asc", "desc"] as const).map(
          (order) =>
            html`<option value=${`${column}:${order}`} ?selected=${sortValue(sorting) === `${column}:${order}`}>
              ${i18n.t("numbers.sort.option", { column: i18n.t(`numbers.column.${column}`), direction: i18n.t(`numbers.sort.${order}`) })}
            </option>`,
        ),
      )}
    </select>
  </div>
`

/**
 * The header row: a sort button per column, `aria-sort` on the sorted one.
 *
 * @example
 * ```ts
 * headerRow(this.i18n, { sort: this.sort, order: this.order }, (column) => this.#sortBy(column))
 * ```
 */
const headerRow = (
  i18n: I18nController,
  sorting: Sorting,
  sortBy: (column: NumberColumn) => void,
): TemplateResult => html`
  <div role="rowgroup" class="head">
    <div role="row" class="row header" part="header" aria-rowindex="1">
      ${Api.Numbers.sortFields.map((column) => {
        const sorted = sorting.sort === column
        const arrow = sorted ? (sorting.order === "asc" ? "▲" : "▼") : "↕"
        return html`<div
          role="columnheader"
          class="cell ${column}"
          aria-sort=${sorted ? (sorting.order === "asc" ? "ascending" : "descending") : nothing}
        >
          <button type="button" class="sort" part="sort-button" @click=${() => sortBy(column)}>
            <span class="label-text" title=${i18n.t(`numbers.column.${column}`)}>${i18n.t(`numbers.column.${column}`)}</span><span class="arrow" aria-hidden="true">${arrow}</span>
          </button>
        </div>`
      })}
      <div role="columnheader" class="cell actions"><span class="visually-hidden">${i18n.t("numbers.column.actions")}</span></div>
    </div>
  </div>
`

/** How a cell shows its value: cut with «…» keeping the whole text as its title, in figures, as money. */
interface CellValue {
  readonly text: string
  readonly truncated?: boolean
  readonly kind?: "figures" | "money"
  readonly negative?: boolean
  readonly status?: MobileNumber.MobileNumber["status"]
}

// A cell is one element holding its text: its label on a card (`data-label`), the status's dot and
// nothing else are drawn by CSS, so a row costs nine elements. A value that may be cut with «…» keeps
// its whole text as the cell's title (for the pointer); the text itself stays whole for assistive
// technology.
const cell = (i18n: I18nController, column: NumberColumn, value: CellValue) =>
  html`<div
    role="gridcell"
    class="cell ${column} ${value.kind ?? ""}"
    part="cell"
    data-label=${i18n.t(`numbers.column.${column}`)}
    data-status=${value.status ?? nothing}
    ?data-negative=${value.negative === true}
    title=${value.truncated === true ? value.text : nothing}
  >${value.text}</div>`

const cells = (
  i18n: I18nController,
  index: number,
  number: MobileNumber.MobileNumber,
  grid: GridKeyboardController,
  actions: RowActions,
): TemplateResult => html`
  ${cell(i18n, "msisdn", { text: i18n.phone(number.msisdn), kind: "figures" })}
  ${cell(i18n, "accountNumber", { text: number.accountNumber, kind: "figures" })}
  ${cell(i18n, "tariffName", { text: number.tariffName ?? i18n.t("numbers.list.noTariff"), truncated: true })}
  ${cell(i18n, "billingMethod", { text: i18n.m(Messages.billingMethodKey(number.billingMethod)), truncated: true })}
  ${cell(i18n, "status", { text: i18n.m(Messages.statusKey(number.status)), truncated: true, status: number.status })}
  ${cell(i18n, "availableFunds", { text: i18n.money(number.availableFunds), kind: "money", negative: number.availableFunds < 0 })}
  <div role="gridcell" class="cell actions">
    <button
      type="button"
      class="menu-button"
      part="menu-button"
      tabindex=${grid.tabIndexOf(index)}
      aria-haspopup="menu"
      aria-expanded="false"
      aria-controls="menu"
      aria-label=${i18n.t("numbers.menu.button", { phone: i18n.phone(number.msisdn) })}
      @click=${(event: Event) => {
        event.stopPropagation()
        actions.menu(index, event.currentTarget as HTMLElement)
      }}
      @keydown=${(event: KeyboardEvent) => grid.onControlKeydown(event, index)}
    >⋮</button>
  </div>
`

/**
 * Row `index`, laid out at `position` rows from the top of the rows' box: `number`'s cells, or a
 * placeholder while it is `undefined`; in the tab order when it is the grid's current row.
 *
 * @example
 * ```ts
 * numberRow(this.i18n, index, index - windowStart, this.#list.row(index), this.#grid, actions)
 * ```
 */
const numberRow = (
  i18n: I18nController,
  index: number,
  position: number,
  number: MobileNumber.MobileNumber | undefined,
  grid: GridKeyboardController,
  actions: RowActions,
): TemplateResult => html`<div
  role="row"
  class=${number === undefined ? "row placeholder" : "row"}
  part=${number === undefined ? "placeholder" : "row"}
  style="--i: ${position}"
  data-index=${index}
  data-msisdn=${number?.msisdn ?? nothing}
  aria-rowindex=${index + 2}
  aria-busy=${number === undefined ? "true" : nothing}
  tabindex=${grid.tabIndexOf(index)}
  @click=${() => {
    grid.activate(index)
    actions.open(index)
  }}
  @focus=${() => grid.activate(index)}
  @keydown=${(event: KeyboardEvent) => grid.onRowKeydown(event, index)}
>${
  number === undefined
    ? html`<div role="gridcell" class="cell loading" aria-colspan="7">${i18n.t("numbers.row.loading")}</div>`
    : // The list renders again as the admin scrolls: a row already on screen keeps its cells untouched
      // unless its number, its place in the tab order or the language changed.
      guard([number, grid.tabIndexOf(index), i18n.locale, i18n.t("numbers.column.msisdn")], () =>
        cells(i18n, index, number, grid, actions),
      )
}</div>`

/** What the grid shows and whom it tells. */
export interface GridView {
  /** How many numbers match. */
  readonly total: number
  /** Whether the first page of a new search, sort or company is on its way. */
  readonly busy: boolean
  readonly sorting: Sorting
  readonly sortBy: (column: NumberColumn) => void
  /** The rows to render, in order (`RowViewport.indexes`). */
  readonly rows: ReadonlyArray<number>
  /** The row laid out first, and how many are laid out (`RowViewport`): the rows' box is that tall. */
  readonly windowStart: number
  readonly windowRows: number
  /** Row `index`'s number, if its page is held. */
  readonly row: (index: number) => MobileNumber.MobileNumber | undefined
  readonly grid: GridKeyboardController
  readonly actions: RowActions
  /** The rows scroll with the page instead of in their own box. */
  readonly pageScroll: boolean
}

/**
 * The grid: the header and the rows on screen, positioned by their index, so that 100,000 numbers cost
 * only the rows in view. A row keeps its element while it stays rendered (the focus stays on it).
 *
 * @example
 * ```ts
 * numberGrid(this.i18n, { total, busy, sorting, sortBy, rows, windowStart, windowRows, row, grid, actions, pageScroll })
 * ```
 */
export const numberGrid = (i18n: I18nController, view: GridView): TemplateResult => html`<div
  role="grid"
  class="grid"
  part="grid"
  aria-label=${i18n.m("operation.loadNumbers")}
  aria-rowcount=${view.total + 1}
  aria-colcount="7"
  aria-busy=${view.busy ? "true" : "false"}
>
  ${headerRow(i18n, view.sorting, view.sortBy)}
  ${
    // The rows' box scrolls or not: switching to or from page scrolling makes it anew, and the viewport
    // listens to the new scroller.
    keyed(
      view.pageScroll,
      html`<div class="rows" part="rows">
        <div role="rowgroup" class="rows-space" style="--rows: ${view.windowRows}">
          <div class="row-probe" aria-hidden="true"></div>
          ${repeat(
            view.rows,
            (index) => index,
            (index) => numberRow(i18n, index, index - view.windowStart, view.row(index), view.grid, view.actions),
          )}
        </div>
      </div>`,
    )
  }
</div>`
