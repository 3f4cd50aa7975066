import { Api, Messages, type MobileNumber, Programs, Rules } from "@kabinet/core"
import type { RangeChangedEvent } from "@lit-labs/virtualizer/events.js"
import { virtualize, virtualizerRef } from "@lit-labs/virtualizer/virtualize.js"
import { html, nothing, type TemplateResult } from "lit"
import { property } from "lit/decorators.js"
import { emit, type KabEventDetails } from "../events/events.js"
import { OperationController } from "../internal/controllers/operation-controller.js"
import "../operator-error/operator-error.js"
import { PageCache, rowIndexes } from "../internal/controllers/page-cache.js"
import { define } from "../internal/define.js"
import { KabElement } from "../internal/kab-element.js"
import { base, forms, notices } from "../internal/styles.js"
import { action, denialOf } from "../internal/templates/action.js"
import { tokens } from "../theme/tokens.js"
import { styles } from "./number-list.styles.js"

/** The `detail` of each of the number list's own events (they are among the widgets' shared events). */
export type NumberListEventDetails = Pick<KabEventDetails, "kab-number-open" | "kab-operation-request">

/** A column of the list, which is also the operator's sort field. */
export type NumberColumn = Api.Numbers.SortField

const columns: ReadonlyArray<NumberColumn> = Api.Numbers.sortFields

/** How long the list waits after the last keystroke in «Поиск» before asking the operator. */
const searchDelayMs = 300

/** Rows per request. */
const pageSize = 100

/** Pages held at most (3,000 rows), whatever the fleet's size. */
const pageCapacity = 30

type Load = "idle" | "loading" | "ready"

/** What the list uses of the virtualizer the `virtualize` directive keeps on its host element. */
interface Virtualizer {
  element(index: number): { scrollIntoView(options?: ScrollIntoViewOptions): void } | undefined
}

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
 * 50rem of the widget's own width) the rows become cards.
 *
 * @summary The company's numbers «Управление номерами», searchable, sortable, with quick operations.
 * @tag kab-number-list
 * @csspart toolbar - The row holding «Поиск» and the count.
 * @csspart search - The «Поиск» field.
 * @csspart count - How many numbers match.
 * @csspart grid - The list, headers and rows.
 * @csspart header - The row of column headers.
 * @csspart sort-button - A column header's sort button.
 * @csspart rows - The scrolling rows.
 * @csspart row - A number's row.
 * @csspart cell - A cell of a row.
 * @csspart placeholder - A row whose page is loading.
 * @csspart menu-button - A row's ⋮ button.
 * @csspart menu - The quick-operations menu.
 * @csspart menu-item - An entry of the menu.
 * @csspart reason - Why an entry of the menu is refused.
 * @csspart status - «Загрузка…», the empty and no-results notes.
 * @csspart retry - The «Повторить» button after an operator error.
 * @cssproperty --kab-number-list-block-size - The height of the scrolling rows (default 32rem).
 * @cssproperty --kab-color-brand - The sorted column's and the focused row's accent.
 * @event kab-number-open - A row was opened; `detail.number` is the `MobileNumber`.
 * @event kab-operation-request - An allowed quick operation was chosen; `detail.operation`, `detail.number`.
 * @event kab-error - A page could not be loaded; already shown to the admin.
 */
export class KabNumberList extends KabElement {
  static override styles = [tokens, base, forms, notices, styles]

  /** The column the operator sorts by; the operator's own order (by number) when unset. */
  @property({ reflect: true }) accessor sort: NumberColumn | undefined = undefined

  /** The sort direction. */
  @property({ reflect: true }) accessor order: "asc" | "desc" = "asc"

  /** The search text sent to the operator (what the admin typed in «Поиск», after a short pause). */
  @property() accessor search = ""

  readonly #operations = new OperationController(this, this.kabinet)
  readonly #pages = new PageCache<MobileNumber.MobileNumber>(pageSize, pageCapacity)
  readonly #requested = new Set<number>()
  #generation = 0
  #total: number | undefined
  #items: Array<number> = []
  #load: Load = "idle"
  #firstPending = false
  #loadedFor = ""
  #typed = ""
  #searchTimer: ReturnType<typeof setTimeout> | undefined
  #first = 0
  #last = 0
  #active = 0
  #focusAfterRender: number | undefined
  #menuNumber: MobileNumber.MobileNumber | undefined
  #menuIndex = -1

  constructor() {
    super()
    this.kabinet.onChange(() => this.#followStore())
  }

  /** How many numbers match, once the operator said. */
  get total(): number | undefined {
    return this.#total
  }

  /** Whether the first page of the current company, search and sort is still on its way. */
  get loading(): boolean {
    return this.#firstPending
  }

  /** How many rows the list holds in memory now (pages seen, at most 3,000 rows). */
  get heldRows(): number {
    return this.#pages.rowCount
  }

  /**
   * Loads the list again from the first page (after an operator error, or on the host's request).
   * With `keepTotal` (a new search or sort) the list keeps its size and shows row placeholders until
   * the operator answers; without it (a company change) it starts from the loading state.
   */
  reload(options: { readonly keepTotal?: boolean } = {}): void {
    this.#generation++
    this.#pages.clear()
    this.#requested.clear()
    this.#operations.clear()
    this.#firstPending = true
    if (options.keepTotal !== true || this.#total === 0) {
      this.#total = undefined
      this.#items = []
    }
    this.#active = 0
    this.#first = 0
    this.#last = 0
    const scroller = this.renderRoot.querySelector?.(".rows")
    if (scroller !== null && scroller !== undefined) scroller.scrollTop = 0
    this.#load = "loading"
    this.requestUpdate()
    void this.#fetch(0)
  }

  override connectedCallback(): void {
    super.connectedCallback()
    this.#followStore()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    clearTimeout(this.#searchTimer)
    // Programs still running were interrupted: the next connection loads afresh.
    this.#loadedFor = ""
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    this.toggleAttribute("signed-out", this.kabinet.store.session === undefined)
    // A search set by the host shows in the field; one the admin typed stays as typed.
    if (changed.has("search") && this.#typed.trim() !== this.search) this.#typed = this.search
    if ((changed.has("sort") || changed.has("order") || changed.has("search")) && this.#loadedFor !== "") {
      this.reload({ keepTotal: true })
    }
  }

  #followStore(): void {
    const store = this.kabinet.store
    const key =
      store.session === undefined || store.companyId === undefined
        ? ""
        : `${store.session.admin.phone}:${store.companyId}`
    if (key === this.#loadedFor) return
    this.#loadedFor = key
    this.#closeMenu(false)
    if (key === "") {
      this.#generation++
      this.#pages.clear()
      this.#requested.clear()
      this.#total = undefined
      this.#load = "idle"
      this.#firstPending = false
      this.requestUpdate()
      return
    }
    this.reload()
  }

  async #fetch(page: number): Promise<void> {
    const companyId = this.kabinet.store.companyId
    if (companyId === undefined || this.#requested.has(page) || this.#pages.has(page)) return
    this.#requested.add(page)
    const generation = this.#generation
    const outcome = await this.#operations.run(
      "operation.loadNumbers",
      Programs.Numbers.listNumbers({
        companyId,
        offset: page * pageSize,
        limit: pageSize,
        sort: this.sort,
        order: this.sort === undefined ? undefined : this.order,
        search: this.search,
      }),
    )
    if (generation !== this.#generation) return
    this.#requested.delete(page)
    if (page === 0) this.#firstPending = false
    if (outcome._tag !== "Success") {
      if (this.#total === undefined) this.#load = "idle"
      this.requestUpdate()
      return
    }
    const { items, total } = outcome.value
    this.#pages.set(page, items, this.#pages.pageOf(this.#first))
    if (total !== this.#total) {
      this.#total = total
      // Its length sizes the scrollbar; no row is held in it.
      this.#items = rowIndexes(total)
    }
    this.#load = "ready"
    this.requestUpdate()
  }

  #onRange(event: RangeChangedEvent): void {
    this.#first = event.first
    this.#last = event.last
    for (let page = this.#pages.pageOf(Math.max(0, event.first)); page <= this.#pages.pageOf(event.last); page++) {
      void this.#fetch(page)
    }
    // The current row must stay reachable by Tab: when it scrolls away, the first visible row takes over.
    const focusInside = this.renderRoot.querySelector(".rows")?.contains(this.#deepFocus() ?? null) === true
    if (!focusInside && (this.#active < event.first || this.#active > event.last)) {
      this.#active = Math.max(0, event.first)
      this.requestUpdate()
    }
  }

  #deepFocus(): Element | null {
    return (this.renderRoot as ShadowRoot).activeElement ?? null
  }

  #onSearchInput(event: Event): void {
    this.#typed = (event.target as HTMLInputElement).value
    clearTimeout(this.#searchTimer)
    this.#searchTimer = setTimeout(() => {
      this.search = this.#typed.trim()
    }, searchDelayMs)
  }

  #onSearchKey(event: KeyboardEvent): void {
    if (event.key !== "Enter") return
    clearTimeout(this.#searchTimer)
    this.search = this.#typed.trim()
  }

  #sortBy(column: NumberColumn): void {
    if (this.sort === column) this.order = this.order === "asc" ? "desc" : "asc"
    else {
      this.sort = column
      this.order = "asc"
    }
  }

  #open(index: number): void {
    const number = this.#pages.row(index)
    if (number !== undefined) emit(this, "kab-number-open", { number })
  }

  #moveTo(index: number): void {
    const total = this.#total ?? 0
    if (total === 0) return
    const target = Math.min(total - 1, Math.max(0, index))
    this.#active = target
    this.#focusAfterRender = target
    const scroller = this.renderRoot.querySelector<HTMLElement>(".rows")
    const existing = this.renderRoot.querySelector<HTMLElement>(`[role="row"][data-index="${target}"]`)
    if (existing !== null) {
      existing.scrollIntoView({ block: "nearest" })
      this.#focusAfterRender = undefined
      existing.focus()
      this.requestUpdate()
      return
    }
    const virtualizer = (scroller as (HTMLElement & { [virtualizerRef]?: Virtualizer }) | null)?.[virtualizerRef]
    virtualizer?.element(target)?.scrollIntoView({ block: "nearest" })
    this.requestUpdate()
    void this.#focusWhenRendered(target)
  }

  // The virtualizer renders and positions the rows of a new range on its own schedule, in several
  // passes: focus the row once it is there, and again until the focus stays on it. A slow device may need
  // seconds to fetch the page and lay it out; the bound only stops a wait the admin has given up on.
  async #focusWhenRendered(index: number): Promise<void> {
    const until = performance.now() + 20_000
    let settled = 0
    while (this.#focusAfterRender === index && performance.now() < until && settled < 5) {
      await new Promise((resolve) => setTimeout(resolve, 16))
      const row = this.renderRoot.querySelector<HTMLElement>(`[role="row"][data-index="${index}"]`)
      if (row === null || this.#focusAfterRender !== index) continue
      if (this.#deepFocus() === row) settled++
      else {
        settled = 0
        row.focus()
      }
    }
    if (this.#focusAfterRender === index) this.#focusAfterRender = undefined
  }

  #onRowKey(event: KeyboardEvent, index: number): void {
    if (event.target !== event.currentTarget) return
    const visible = Math.max(1, this.#last - this.#first)
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + visible,
      PageUp: index - visible,
      Home: 0,
      End: (this.#total ?? 1) - 1,
    }
    const next = moves[event.key]
    if (next !== undefined) {
      event.preventDefault()
      this.#moveTo(next)
      return
    }
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault()
      this.#open(index)
      return
    }
    if (event.key === "ContextMenu" || (event.key === "F10" && event.shiftKey) || event.key === "ArrowRight") {
      event.preventDefault()
      const button = (event.currentTarget as HTMLElement).querySelector<HTMLButtonElement>(".menu-button")
      if (event.key === "ArrowRight") button?.focus()
      else if (button !== null) this.#openMenu(index, button)
    }
  }

  #onMenuButtonKey(event: KeyboardEvent, index: number): void {
    if (event.key === "ArrowLeft") {
      event.preventDefault()
      this.#moveTo(index)
    }
  }

  #openMenu(index: number, button: HTMLElement): void {
    const number = this.#pages.row(index)
    const menu = this.renderRoot.querySelector<HTMLElement>("#menu")
    if (number === undefined || menu === null) return
    this.#menuNumber = number
    this.#menuIndex = index
    this.#active = index
    this.requestUpdate()
    void this.updateComplete.then(() => {
      const rect = button.getBoundingClientRect()
      const width = Math.min(window.innerWidth - 16, 20 * 16)
      menu.style.insetInlineStart = `${Math.max(8, Math.min(rect.right - width, window.innerWidth - width - 8))}px`
      menu.style.inlineSize = `${width}px`
      const below = rect.bottom + 4
      menu.style.insetBlockStart = `${below}px`
      if (!menu.isConnected || !button.isConnected) return
      if (!menu.matches(":popover-open")) menu.showPopover()
      // Keep the menu on screen: open it above the button when there is no room below.
      const height = menu.getBoundingClientRect().height
      if (below + height > window.innerHeight - 8) {
        menu.style.insetBlockStart = `${Math.max(8, rect.top - 4 - height)}px`
      }
      menu.querySelector<HTMLElement>("button")?.focus()
    })
  }

  #closeMenu(returnFocus: boolean): void {
    const menu = this.renderRoot.querySelector?.<HTMLElement>("#menu")
    if (menu?.matches(":popover-open") === true) menu.hidePopover()
    if (returnFocus) this.#focusMenuButton()
  }

  #focusMenuButton(): void {
    const row = this.renderRoot.querySelector<HTMLElement>(`[role="row"][data-index="${this.#menuIndex}"]`)
    row?.querySelector<HTMLElement>(".menu-button")?.focus()
  }

  #onMenuToggle(event: ToggleEvent): void {
    const button = this.renderRoot.querySelector<HTMLElement>(
      `[role="row"][data-index="${this.#menuIndex}"] .menu-button`,
    )
    button?.setAttribute("aria-expanded", String(event.newState === "open"))
    if (event.newState === "closed") {
      const focus = this.#deepFocus()
      if (focus === null || (event.target as HTMLElement).contains(focus)) this.#focusMenuButton()
    }
  }

  #onMenuKey(event: KeyboardEvent): void {
    const items = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>("button")]
    const at = items.indexOf(this.#deepFocus() as HTMLElement)
    const moves: Record<string, number> = {
      ArrowDown: (at + 1) % items.length,
      ArrowUp: (at - 1 + items.length) % items.length,
      Home: 0,
      End: items.length - 1,
    }
    const next = moves[event.key]
    if (next !== undefined) {
      event.preventDefault()
      items[next]?.focus()
    } else if (event.key === "Tab") {
      this.#closeMenu(true)
    }
  }

  #header(): TemplateResult {
    return html`
      <div role="rowgroup" class="head">
        <div role="row" class="row header" part="header" aria-rowindex="1">
          ${columns.map((column) => {
            const sorted = this.sort === column
            const direction = this.order === "asc" ? "ascending" : "descending"
            return html`<div role="columnheader" class="cell ${column}" aria-sort=${sorted ? direction : nothing}>
              <button type="button" class="sort" part="sort-button" @click=${() => this.#sortBy(column)}>
                <span class="label-text">${this.i18n.t(`numbers.column.${column}`)}</span><span class="arrow" aria-hidden="true"
                  >${sorted ? (this.order === "asc" ? "▲" : "▼") : "↕"}</span
                >
              </button>
            </div>`
          })}
          <div role="columnheader" class="cell actions"><span class="visually-hidden">${this.i18n.t("numbers.column.actions")}</span></div>
        </div>
      </div>
    `
  }

  // One template for a loaded row and its placeholder, so the row keeps focus when its page arrives.
  #row(index: number): TemplateResult {
    const number = this.#pages.row(index)
    const active = index === this.#active
    return html`<div
      role="row"
      class=${number === undefined ? "row placeholder" : "row"}
      part=${number === undefined ? "placeholder" : "row"}
      data-index=${index}
      data-msisdn=${number?.msisdn ?? nothing}
      aria-rowindex=${index + 2}
      aria-busy=${number === undefined ? "true" : nothing}
      tabindex=${active ? 0 : -1}
      @click=${() => {
        this.#active = index
        this.#open(index)
      }}
      @focus=${() => {
        if (this.#active !== index) {
          this.#active = index
          this.requestUpdate()
        }
      }}
      @keydown=${(event: KeyboardEvent) => this.#onRowKey(event, index)}
    >${number === undefined ? html`<div role="gridcell" class="cell loading" aria-colspan="7">${this.i18n.t("numbers.row.loading")}</div>` : this.#cells(index, number, active)}</div>`
  }

  #cells(index: number, number: MobileNumber.MobileNumber, active: boolean): TemplateResult {
    const i18n = this.i18n
    const label = (column: NumberColumn) =>
      html`<span class="cell-label" aria-hidden="true">${this.i18n.t(`numbers.column.${column}`)}</span>`
    return html`
      <div role="gridcell" class="cell msisdn" part="cell">${label("msisdn")}<span class="value">${i18n.phone(number.msisdn)}</span></div>
      <div role="gridcell" class="cell accountNumber" part="cell">${label("accountNumber")}<span class="value">${number.accountNumber}</span></div>
      <div role="gridcell" class="cell tariffName" part="cell">${label("tariffName")}<span class="value">${number.tariffName ?? this.i18n.t("numbers.list.noTariff")}</span></div>
      <div role="gridcell" class="cell billingMethod" part="cell">${label("billingMethod")}<span class="value">${i18n.m(Messages.billingMethodKey(number.billingMethod))}</span></div>
      <div role="gridcell" class="cell status" part="cell">${label("status")}<span class="value badge" data-status=${number.status}>${i18n.m(Messages.statusKey(number.status))}</span></div>
      <div role="gridcell" class="cell availableFunds" part="cell">${label("availableFunds")}<span class="value money" ?data-negative=${number.availableFunds < 0}>${i18n.money(number.availableFunds)}</span></div>
      <div role="gridcell" class="cell actions">
        <button
          type="button"
          class="menu-button"
          part="menu-button"
          tabindex=${active ? 0 : -1}
          aria-expanded="false"
          aria-controls="menu"
          aria-label=${this.i18n.t("numbers.menu.button", { phone: i18n.phone(number.msisdn) })}
          @click=${(event: Event) => {
            event.stopPropagation()
            this.#openMenu(index, event.currentTarget as HTMLElement)
          }}
          @keydown=${(event: KeyboardEvent) => this.#onMenuButtonKey(event, index)}
        ><span aria-hidden="true">⋮</span></button>
      </div>
    `
  }

  #menu(): TemplateResult {
    const number = this.#menuNumber
    const entries = number === undefined ? [] : Rules.NumberRules.quickOperations(number)
    return html`<div
      id="menu"
      class="menu"
      part="menu"
      popover="auto"
      role="group"
      aria-label=${number === undefined ? this.i18n.t("numbers.column.actions") : this.i18n.t("numbers.menu.button", { phone: this.i18n.phone(number.msisdn) })}
      @toggle=${(event: ToggleEvent) => this.#onMenuToggle(event)}
      @keydown=${(event: KeyboardEvent) => this.#onMenuKey(event)}
    >
      ${entries.map(
        (entry) =>
          html`<div class="menu-entry">${action(this.i18n, {
            id: `menu-${entry.operation}`,
            label: this.i18n.m(entry.messageKey),
            denial: denialOf(entry.decision),
            kind: "secondary",
            block: true,
            part: "menu-item",
            onActivate: () => {
              if (number === undefined) return
              this.#closeMenu(true)
              emit(this, "kab-operation-request", { operation: entry.operation, number })
            },
          })}</div>`,
      )}
    </div>`
  }

  #body(): TemplateResult {
    const failure = this.#operations.failure
    const total = this.#total
    const error =
      failure === undefined
        ? nothing
        : html`<div class="failure">
            <kab-operator-error .error=${failure.error} operation=${failure.operation}></kab-operator-error>
            <button type="button" class="button secondary" part="retry" @click=${() => this.#retry()}>${this.i18n.t("numbers.list.retry")}</button>
          </div>`
    if (total === undefined) {
      return html`${error}${
        failure === undefined
          ? html`<p class="note" part="status" role="status"><span class="spinner" aria-hidden="true"></span>${this.i18n.t("numbers.list.loading")}</p>`
          : nothing
      }`
    }
    if (total === 0) {
      const text =
        this.search === ""
          ? this.i18n.t("numbers.list.empty")
          : this.i18n.t("numbers.list.noResults", { query: this.search })
      return html`${error}<p class="note" part="status" role="status">${text}</p>`
    }
    return html`${error}
      <div
        role="grid"
        class="grid"
        part="grid"
        aria-label=${this.i18n.m("operation.loadNumbers")}
        aria-rowcount=${total + 1}
        aria-colcount="7"
        aria-busy=${this.#load === "loading" ? "true" : "false"}
      >
        ${this.#header()}
        <div
          role="rowgroup"
          class="rows"
          part="rows"
          @rangeChanged=${(event: RangeChangedEvent) => this.#onRange(event)}
        >
          ${virtualize({
            items: this.#items,
            keyFunction: (index: number) => index,
            renderItem: (index: number) => this.#row(index),
            scroller: true,
          })}
        </div>
      </div>`
  }

  #retry(): void {
    if (this.#total === undefined) {
      this.reload()
      return
    }
    this.#operations.clear()
    for (let page = this.#pages.pageOf(this.#first); page <= this.#pages.pageOf(this.#last); page++) {
      void this.#fetch(page)
    }
  }

  override render() {
    if (this.kabinet.store.session === undefined) return nothing
    const total = this.#total
    return html`
      <div class="list" lang=${this.i18n.locale}>
        <div class="toolbar" part="toolbar">
          <div class="field search">
            <label for="search">${this.i18n.t("numbers.search.label")}</label>
            <input
              id="search"
              type="search"
              part="search"
              autocomplete="off"
              spellcheck="false"
              placeholder=${this.i18n.t("numbers.search.placeholder")}
              .value=${this.#typed}
              @input=${this.#onSearchInput}
              @keydown=${this.#onSearchKey}
            />
          </div>
          <p class="count" part="count" role="status">
            ${total === undefined ? nothing : this.i18n.t("numbers.list.count", { count: this.i18n.number(total) })}
          </p>
        </div>
        ${this.#body()} ${this.#menu()}
      </div>
    `
  }
}

define("kab-number-list", KabNumberList)

declare global {
  interface HTMLElementTagNameMap {
    "kab-number-list": KabNumberList
  }
}
