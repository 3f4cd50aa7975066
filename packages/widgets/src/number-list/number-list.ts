import { type MobileNumber, Programs } from "@kabinet/core"
import { html, nothing, type TemplateResult } from "lit"
import { property } from "lit/decorators.js"
import { emit, type KabEventDetails } from "../events/events.js"
import * as confirmDialogStrings from "../i18n/catalog/confirm-dialog.js"
import * as exportStrings from "../i18n/catalog/export.js"
import * as numberListStrings from "../i18n/catalog/number-list.js"
import * as operationsStrings from "../i18n/catalog/operations.js"
import { addStrings } from "../i18n/catalog/strings.js"
import { GridKeyboardController } from "../internal/controllers/grid-keyboard-controller.js"
import { OperationController } from "../internal/controllers/operation-controller.js"
import { type Page, PagedListController, type PageRequest } from "../internal/controllers/paged-list-controller.js"
import { SearchController } from "../internal/controllers/search-controller.js"
import { define } from "../internal/define.js"
import type { ExportOutcome } from "../internal/export/export-file.js"
import { KabElement } from "../internal/kab-element.js"
import { base, forms, notices } from "../internal/styles.js"
import { tokens } from "../theme/tokens.js"
import { listBody } from "./list-body.js"
import { exportBar, exportNumberList } from "./number-list.export.js"
import { type NumberColumn, type RowActions, sortSelect, toolbar } from "./number-list.parts.js"
import { styles } from "./number-list.styles.js"
import { QuickMenu } from "./quick-menu.js"
import { RowViewport } from "./row-viewport.js"

export type { NumberColumn } from "./number-list.parts.js"

/** The `detail` of each of the number list's own events (they are among the widgets' shared events). */
export type NumberListEventDetails = Pick<KabEventDetails, "kab-number-open" | "kab-operation-request">

/** Rows per request, and pages held at most (3,000 rows), whatever the fleet's size. */
const pageSize = 100
const pageCapacity = 30

/**
 * «Управление номерами» (B1): the company's numbers with the manual's columns — Номер, Лицевой счет,
 * Тарифный план, Метод расчета, Статус, Доступные средства — a «Поиск» field, sorting by column and a
 * quick-operations menu (⋮) on every row.
 *
 * The operator searches, sorts and pages (decision 7): the list asks for pages of 100 rows as the
 * admin scrolls and renders only the visible rows, so it stays smooth at 100,000 numbers; a row shows
 * a placeholder while its page loads, and only pages seen (at most 30) are held. The menu's entries
 * are enabled or refused by the core's `NumberRules.quickOperations`, a refused one with its reason.
 * It follows the company and language of its `<kab-provider>` (or of the page) and shows nothing
 * until the admin signs in.
 *
 * The list is a grid: Tab reaches the search field, the column headers (buttons that sort), the
 * current row and its ⋮ button; ↑/↓, Page Up/Page Down, Home/End move between rows; Enter or Space
 * opens the row's number; Shift+F10 or the context-menu key opens its menu. On narrow widths (under
 * 62rem of the widget's own width) the rows become cards of one height, and one «Сортировка» select
 * takes the place of the column headers.
 *
 * Every row has one height (a line on wide widths, a card on narrow ones), so the scroll height is
 * exact and the last of 100,000 rows is reachable. Long values stay on one line, cut with «…», with
 * the whole text as their title. The rows scroll in a box of `--kab-number-list-block-size`, or with
 * the page under the `page-scroll` attribute.
 *
 * @summary The company's numbers «Управление номерами», searchable, sortable, with quick operations.
 * @tag kab-number-list
 * @csspart toolbar - The row holding «Поиск» and the count.
 * @csspart search - The «Поиск» field.
 * @csspart count - How many numbers match.
 * @csspart sort-select - «Сортировка», on narrow widths.
 * @csspart grid - The list, headers and rows.
 * @csspart header - The row of column headers.
 * @csspart sort-button - A column header's sort button.
 * @csspart rows - The scrolling rows.
 * @csspart row - A number's row.
 * @csspart cell - A cell of a row.
 * @csspart placeholder - A row whose page is loading.
 * @csspart menu-button - A row's ⋮ button.
 * @csspart menu - The quick-operations menu (a `<kab-menu>`).
 * @csspart menu-item - An entry of the menu.
 * @csspart reason - Why an entry of the menu is refused.
 * @csspart status - «Загрузка…», the empty and no-results notes.
 * @csspart retry - The «Повторить» button after an operator error.
 * @csspart export - The export buttons and the progress of an export.
 * @csspart export-button - «Выгрузить в XLSX» and «Выгрузить в CSV»: the list as searched, every match.
 * @csspart export-progress - The running export's `<kab-export-progress>`.
 * @cssproperty --kab-number-list-block-size - The height of the scrolling rows' box (default 32rem);
 * ignored under `page-scroll`.
 * @cssproperty --kab-number-list-row-block-size - A row's height on wide widths (default 3.25rem).
 * @cssproperty --kab-number-list-card-block-size - A card's height on narrow widths (default 12rem).
 * @cssproperty --kab-color-brand - The sorted column's and the focused row's accent.
 * @event kab-number-open - A row was opened; `detail.number` is the `MobileNumber`.
 * @event kab-operation-request - An allowed quick operation was chosen; `detail.operation`, `detail.number`.
 * Cancelable: cancel it to handle the operation yourself; otherwise the list opens the operation's dialog
 * (`<kab-number-operation>`), and a started operation shows «В обработке» on its row.
 * @event kab-operation-started - An operation chosen in the list was accepted (see `<kab-number-operation>`).
 * @event kab-operation-finished - An operation chosen in the list ended.
 * @event kab-records-request - «Детализация» was chosen in a row's menu.
 * @event kab-error - A page could not be loaded; already shown to the admin.
 */
export class KabNumberList extends KabElement {
  static override styles = [tokens, base, forms, notices, styles]

  /** The column the operator sorts by; the operator's own order (by number) when unset. */
  @property({ reflect: true }) accessor sort: NumberColumn | undefined = undefined

  /** The sort direction. */
  @property({ reflect: true }) accessor order: "asc" | "desc" = "asc"

  /**
   * The rows scroll with the page (or the nearest scrolling ancestor) instead of in their own box of
   * `--kab-number-list-block-size`: for hosts where the list fills the page, as on a phone.
   */
  @property({ type: Boolean, reflect: true, attribute: "page-scroll" }) accessor pageScroll = false

  /** The search text sent to the operator (what the admin typed in «Поиск», after a short pause). */
  @property() accessor search = ""

  readonly #operations = new OperationController(this, this.kabinet)
  readonly #searchField = new SearchController(this, { delayMs: 300, commit: (text) => (this.search = text) })
  readonly #list = new PagedListController<MobileNumber.MobileNumber>(this, {
    pageSize,
    capacity: pageCapacity,
    load: (request) => this.#loadPage(request),
  })
  readonly #grid = new GridKeyboardController(this, {
    rowCount: () => this.#list.total ?? 0,
    pageRows: () => this.#list.visible.last - this.#list.visible.first,
    rowAt: (index) => this.renderRoot.querySelector<HTMLElement>(`[role="row"][data-index="${index}"]`),
    reveal: (index) => void this.#rows.reveal(index),
    open: (index) => this.#actions.open(index),
    menu: (index, row) => this.#actions.menu(index, row.querySelector(".menu-button") ?? row),
  })
  readonly #actions: RowActions = {
    open: (index) => {
      const number = this.#list.row(index)
      if (number !== undefined) emit(this, "kab-number-open", { number })
    },
    menu: (index, button) => void this.#menu.open(index, button),
  }
  readonly #menu = new QuickMenu({
    element: this,
    row: (index) => this.#list.row(index),
    activate: (index) => this.#grid.activate(index),
    changed: () => this.#list.reload({ keepTotal: true }),
  })
  readonly #rows = new RowViewport({
    element: this,
    total: () => this.#list.total ?? 0,
    pageScroll: () => this.pageScroll,
    pinned: () => this.#grid.active,
    shown: (first, last) => {
      this.#list.show(first, last)
      this.#grid.follow(first, last)
    },
    ahead: (first, last) => this.#list.prefetch(first, last),
  })
  #loadedFor = ""

  constructor() {
    super()
    this.kabinet.onChange(() => this.#followStore())
  }

  /** How many numbers match, once the operator said. */
  get total(): number | undefined {
    return this.#list.total
  }

  /** Whether the first page of the current company, search and sort is still on its way. */
  get loading(): boolean {
    return this.#list.loading
  }

  /** How many rows the list holds in memory now (pages seen, at most 3,000 rows). */
  get heldRows(): number {
    return this.#list.heldRows
  }

  /**
   * Loads the list again from the first page (after an operator error, or on the host's request).
   * With `keepTotal` (a new search or sort) the list keeps its size and shows row placeholders until
   * the operator answers; without it (a company change) it starts from the loading state.
   */
  reload(options: { readonly keepTotal?: boolean } = {}): void {
    this.#operations.clear()
    this.#grid.reset()
    this.#rows.reset()
    const scroller = this.renderRoot.querySelector?.(".rows")
    if (scroller !== null && scroller !== undefined) scroller.scrollTop = 0
    this.#list.reload(options)
  }

  override connectedCallback(): void {
    super.connectedCallback()
    this.#followStore()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    // Programs still running were interrupted: the next connection loads afresh.
    this.#loadedFor = ""
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    this.toggleAttribute("signed-out", this.store.session === undefined)
    if (changed.has("search")) this.#searchField.sync(this.search)
    if ((changed.has("sort") || changed.has("order") || changed.has("search")) && this.#loadedFor !== "") {
      this.reload({ keepTotal: true })
    }
  }

  #followStore(): void {
    const { session, companyId } = this.store
    const key = session === undefined || companyId === undefined ? "" : `${session.admin.phone}:${companyId}`
    if (key === this.#loadedFor) return
    this.#loadedFor = key
    this.#menu.hide()
    if (key === "") this.#list.clear()
    else this.reload()
  }

  async #loadPage(request: PageRequest): Promise<Page<MobileNumber.MobileNumber> | undefined> {
    const companyId = this.store.companyId
    if (companyId === undefined) return undefined
    const order = this.sort === undefined ? undefined : this.order
    const program = Programs.Numbers.listNumbers({ companyId, ...request, sort: this.sort, order, search: this.search })
    const outcome = await this.#operations.run("operation.loadNumbers", program)
    return outcome._tag === "Success" ? outcome.value : undefined
  }

  #sortBy(column: NumberColumn): void {
    this.order = this.sort === column && this.order === "asc" ? "desc" : "asc"
    this.sort = column
  }

  #sortOrder(sort: NumberColumn | undefined, order: "asc" | "desc"): void {
    this.sort = sort
    this.order = order
  }

  #body(): TemplateResult {
    return listBody(this.i18n, {
      failure: this.#operations.failure,
      retry: () => this.#retry(),
      total: this.#list.total,
      search: this.search,
      grid: () => ({
        busy: this.#list.state === "loading",
        sorting: { sort: this.sort, order: this.order },
        sortBy: (column) => this.#sortBy(column),
        rows: this.#rows.indexes(),
        windowStart: this.#rows.windowStart,
        windowRows: this.#rows.windowRows,
        row: (index) => this.#list.row(index),
        grid: this.#grid,
        actions: this.#actions,
        pageScroll: this.pageScroll,
      }),
    })
  }

  /** Exports every number matching the search, in the list's order, written in a Web Worker (E5). */
  exportList(format: "xlsx" | "csv"): Promise<ExportOutcome | undefined> {
    const order = this.sort === undefined ? undefined : this.order
    const query = { search: this.search, sort: this.sort, order, total: this.total }
    return exportNumberList(this.renderRoot, this.store, this.i18n, query, format)
  }

  #retry(): void {
    this.#operations.clear()
    this.#list.retry()
  }

  override render() {
    if (this.store.session === undefined) return nothing
    const { i18n } = this
    return html`
      <div class="list" lang=${i18n.locale}>
        ${toolbar(
          i18n,
          this.#searchField,
          this.#list.total,
          sortSelect(i18n, { sort: this.sort, order: this.order }, (sort, order) => this.#sortOrder(sort, order)),
        )}
        ${this.#list.total === undefined || this.#list.total === 0 ? nothing : exportBar(i18n, (format) => void this.exportList(format))}
        ${this.#body()}
        ${this.#menu.render(i18n)}
      </div>
    `
  }
}

addStrings(confirmDialogStrings, exportStrings, numberListStrings, operationsStrings)
define("kab-number-list", KabNumberList)

declare global {
  interface HTMLElementTagNameMap {
    "kab-number-list": KabNumberList
  }
}
