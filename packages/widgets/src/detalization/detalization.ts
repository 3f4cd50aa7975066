import { Calendar, type CallRecord, type Company, Msisdn, type Period, Programs, Rules } from "@kabinet/core"
import { Documents } from "@kabinet/core/export"
import { virtualizerRef } from "@lit-labs/virtualizer/virtualize.js"
import { Effect, Stream } from "effect"
import { html, nothing, type TemplateResult } from "lit"
import { property } from "lit/decorators.js"
import { GridKeyboardController } from "../internal/controllers/grid-keyboard-controller.js"
import { OperationController } from "../internal/controllers/operation-controller.js"
import { type Page, PagedListController, type PageRequest } from "../internal/controllers/paged-list-controller.js"
import { define } from "../internal/define.js"
import type { ExportOutcome } from "../internal/export/export-file.js"
import { allPages } from "../internal/export/pages.js"
import { KabElement } from "../internal/kab-element.js"
import { type OutputKey, outputChoice } from "../internal/records/output-choice.js"
import {
  periodField,
  periodFieldIds,
  periodRefusal,
  type TypedPeriod,
  typedRange,
} from "../internal/records/period-field.js"
import { recordsStyles } from "../internal/records/records.styles.js"
import {
  companyName,
  exportProgress,
  exportRecords,
  fileFormat,
  recordsFileName,
} from "../internal/records/records-export.js"
import { nextSorting, type RecordSorting, recordsGrid } from "../internal/records/records-grid.js"
import { failureWithRetry, statusNote } from "../internal/records/records-notes.js"
import { base, forms, notices } from "../internal/styles.js"
import { action } from "../internal/templates/action.js"
import { tokens } from "../theme/tokens.js"
import { type CallColumn, callColumns, operatorOrder, sortCalls } from "./call-columns.js"

/** Rows per request, and pages held at most (6,000 rows), whatever the period's size. */
const pageSize = 200
const pageCapacity = 30

/** What «Запросить детализацию» asked for: the number, the company and the period. */
interface Query {
  readonly companyId: Company.CompanyId
  readonly msisdn: Msisdn.Msisdn
  readonly period: Period.DateRange
}

type Scroller = Element & { [virtualizerRef]?: { element(index: number): Element | undefined } }

/**
 * «Детализация» (B8): a number's call details over a period. The form says which days may be chosen
 * — the last 90 days including today (the core's `NumberRules.detalizationRange`, also the date
 * fields' `min`/`max`) — and opens on the last month; a period outside them is refused with the
 * rule's reason before any request, keeping what was typed. «ВЫВОД» offers «На экран», «Файл формата
 * PDF» and «Файл формата XLS».
 *
 * On screen the records are a table that stays smooth at 50,000 records: the operator pages them
 * (200 rows a request as the admin scrolls, at most 30 pages held) and only the visible rows are
 * rendered. Sorting by date uses the operator's order both ways; sorting by another column reads the
 * whole period once and sorts it in the page. The table is a grid: Tab reaches the column headers
 * (buttons that sort) and the current row; ↑/↓, Page Up/Page Down, Home/End move between rows. On
 * narrow widths each record is a card.
 *
 * «Файл формата PDF» and «Файл формата XLS» (written as XLSX) make the file in a Web Worker with the
 * core's exporter, reading the period from the operator page by page, with progress and «Отменить»;
 * a PDF of more than 20,000 records is refused at once with XLSX offered.
 *
 * @summary A number's call details «Детализация» for a period, on screen or as a file.
 * @tag kab-detalization
 * @csspart period - The «НАЧАЛО И КОНЕЦ ПЕРИОДА» fieldset.
 * @csspart date - A date field of the period.
 * @csspart limits - The days that may be chosen.
 * @csspart error - Why the period is refused.
 * @csspart output - The «ВЫВОД» fieldset.
 * @csspart output-option - A radio button of «ВЫВОД».
 * @csspart reason - Why an output cannot be chosen.
 * @csspart submit - «Запросить детализацию».
 * @csspart count - How many records the period has.
 * @csspart grid - The table of records.
 * @csspart header - The row of column headers.
 * @csspart sort-button - A column header's sort button.
 * @csspart rows - The scrolling rows.
 * @csspart row - A record's row.
 * @csspart cell - A cell of a row.
 * @csspart placeholder - A row whose page is loading.
 * @csspart status - «Загрузка…», the empty and sorting notes.
 * @csspart retry - «Повторить» after an operator error.
 * @csspart export-progress - The `<kab-export-progress>` of a file being written.
 * @cssproperty --kab-records-block-size - The height of the scrolling rows (default 28rem).
 * @event kab-error - Records could not be loaded; already shown to the admin.
 */
export class KabDetalization extends KabElement {
  static override styles = [tokens, base, forms, notices, recordsStyles]

  /** The number, 11 digits (`77010541921`). */
  @property({ reflect: true }) accessor number = ""

  readonly #operations = new OperationController(this, this.kabinet)
  readonly #list = new PagedListController<CallRecord.CallRecord>(this, {
    pageSize,
    capacity: pageCapacity,
    load: (request) => this.#loadPage(request),
  })
  readonly #grid = new GridKeyboardController(this, {
    rowCount: () => this.#list.total ?? 0,
    pageRows: () => this.#list.visible.last - this.#list.visible.first,
    rowAt: (index) => this.renderRoot.querySelector<HTMLElement>(`[role="row"][data-index="${index}"]`),
    reveal: (index) =>
      this.renderRoot
        .querySelector<Scroller>(".rows")
        ?.[virtualizerRef]?.element(index)
        ?.scrollIntoView({ block: "nearest" }),
    open: () => undefined,
  })
  #period: TypedPeriod | undefined
  #output: OutputKey = "screen"
  #checked: { readonly typed: TypedPeriod; readonly decision: Rules.Decision | undefined } | undefined
  #query: Query | undefined
  #sorting: RecordSorting<CallColumn> = operatorOrder
  #everything: Promise<ReadonlyArray<CallRecord.CallRecord> | undefined> | undefined
  #sorted: { readonly key: string; readonly rows: ReadonlyArray<CallRecord.CallRecord> } | undefined
  #everythingLoaded = 0
  #followed = ""

  constructor() {
    super()
    this.kabinet.onChange(() => this.#followStore())
  }

  /** How many records the requested period has, once the operator said. */
  get total(): number | undefined {
    return this.#query === undefined ? undefined : this.#list.total
  }

  /** Whether the first page of the requested period or of a new sort is on its way. */
  get loading(): boolean {
    return this.#list.loading
  }

  /** How many records the table holds in memory now (the pages seen). */
  get heldRows(): number {
    return this.#list.heldRows
  }

  override connectedCallback(): void {
    super.connectedCallback()
    this.#followStore()
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    this.toggleAttribute("signed-out", this.store.session === undefined)
    if (changed.has("number") && changed.get("number") !== undefined) this.#forget()
  }

  /** The number as an MSISDN, if the attribute holds one. */
  get #msisdn(): Msisdn.Msisdn | undefined {
    const digits = Msisdn.digitsOf(this.number)
    return Msisdn.is(digits) && digits.length === 11 ? digits : undefined
  }

  get #today() {
    return Calendar.dateOf(this.store.now())
  }

  #followStore(): void {
    const { session, companyId } = this.store
    const key = session === undefined || companyId === undefined ? "" : `${session.admin.phone}:${companyId}`
    if (key === this.#followed) return
    this.#followed = key
    this.#forget()
  }

  /** Drops the table (another number, company or admin): the form keeps what was typed. */
  #forget(): void {
    this.#query = undefined
    this.#everything = undefined
    this.#sorted = undefined
    this.#sorting = operatorOrder
    this.#operations.clear()
    this.#list.clear()
  }

  async #loadPage(request: PageRequest): Promise<Page<CallRecord.CallRecord> | undefined> {
    const query = this.#query
    if (query === undefined) return undefined
    const sorting = this.#sorting
    if (sorting.key === "at") {
      const total = this.#list.total
      if (sorting.order === "asc" || total === undefined) return this.#operatorPage(query, request)
      // Newest first: the operator's pages read from the end.
      const end = Math.max(0, total - request.offset)
      const start = Math.max(0, end - request.limit)
      if (end === 0) return { items: [], total }
      const page = await this.#operatorPage(query, { offset: start, limit: end - start })
      return page === undefined ? undefined : { items: [...page.items].reverse(), total: page.total }
    }
    const rows = await this.#sortedRows(query, sorting)
    return rows === undefined
      ? undefined
      : { items: rows.slice(request.offset, request.offset + request.limit), total: rows.length }
  }

  async #operatorPage(query: Query, request: PageRequest): Promise<Page<CallRecord.CallRecord> | undefined> {
    const program = Programs.Records.callRecordsPage({ ...query, ...request })
    const outcome = await this.#operations.run("operation.detalization", program)
    return outcome._tag === "Success" ? outcome.value : undefined
  }

  async #sortedRows(
    query: Query,
    sorting: RecordSorting<CallColumn>,
  ): Promise<ReadonlyArray<CallRecord.CallRecord> | undefined> {
    const key = `${sorting.key}:${sorting.order}:${this.i18n.locale}`
    if (this.#sorted?.key === key) return this.#sorted.rows
    this.#everything ??= this.#readEverything(query)
    const everything = await this.#everything
    if (everything === undefined) {
      this.#everything = undefined
      return undefined
    }
    if (query !== this.#query) return undefined
    const rows = sortCalls(everything, sorting, this.i18n)
    this.#sorted = { key, rows }
    return rows
  }

  async #readEverything(query: Query): Promise<ReadonlyArray<CallRecord.CallRecord> | undefined> {
    const records: Array<CallRecord.CallRecord> = []
    this.#everythingLoaded = 0
    const program = Stream.runForEachArray(Programs.Records.requestCallRecords(query), (chunk) =>
      Effect.sync(() => {
        records.push(...chunk)
        this.#everythingLoaded = records.length
        this.requestUpdate()
      }),
    )
    const outcome = await this.#operations.run("operation.detalization", program)
    return outcome._tag === "Success" ? records : undefined
  }

  #sortBy(key: CallColumn): void {
    this.#sorting = nextSorting(this.#sorting, key)
    this.#operations.clear()
    this.#grid.reset()
    const scroller = this.renderRoot.querySelector(".rows")
    if (scroller !== null) scroller.scrollTop = 0
    this.#list.reload({ keepTotal: true })
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const msisdn = this.#msisdn
    const companyId = this.store.companyId
    const typed = this.#period ?? this.#defaultPeriod()
    const range = typedRange(typed)
    const decision =
      range === undefined
        ? undefined
        : Rules.NumberRules.detalizationWindow.check(range, Calendar.momentAt(this.store.now()))
    this.#checked = { typed, decision }
    const refusal = periodRefusal(this.i18n, typed, decision)
    if (refusal !== undefined || range === undefined || msisdn === undefined || companyId === undefined) {
      this.requestUpdate()
      await this.updateComplete
      if (refusal !== undefined)
        this.renderRoot.querySelector<HTMLElement>(`#${periodFieldIds[refusal.field]}`)?.focus()
      return
    }
    const output = this.#output
    if (output !== "screen") {
      await this.#exportFile(fileFormat(output), { companyId, msisdn, period: range })
      return
    }
    this.#forget()
    this.#query = { companyId, msisdn, period: range }
    this.#grid.reset()
    this.#list.reload()
  }

  /**
   * Writes the call records of `query` as a file (in a Web Worker, with progress and «Отменить»): the
   * records are read from the operator page by page while the file is written. A PDF of more rows
   * than the writers allow is refused at once, with XLSX offered.
   */
  async #exportFile(format: "pdf" | "xlsx", query: Query): Promise<ExportOutcome | undefined> {
    // The first record tells the period's size (and the operator checks the period) before any file.
    const first = await this.#operations.run(
      "operation.detalization",
      Programs.Records.callRecordsPage({ ...query, offset: 0, limit: 1 }),
    )
    if (first._tag !== "Success") return undefined
    const { store } = this
    const locale = this.i18n.locale
    return exportRecords(this.renderRoot, {
      table: () =>
        Documents.callRecords(
          {
            records: allPages(
              (offset, limit) => store.run(Programs.Records.callRecordsPage({ ...query, offset, limit })),
              Programs.Records.callRecordsPageSize,
            ),
            msisdn: query.msisdn,
            period: query.period,
            company: companyName(store),
            totalRows: first.value.total,
          },
          locale,
        ),
      format,
      fileName: recordsFileName(this.i18n.m("operation.detalization"), query.msisdn, query.period),
    })
  }

  #defaultPeriod(): TypedPeriod {
    return Rules.NumberRules.detalizationDefaultPeriod(this.#today)
  }

  #retry(): void {
    this.#operations.clear()
    this.#list.retry()
  }

  #table(): TemplateResult | typeof nothing {
    if (this.#query === undefined) return nothing
    const { i18n } = this
    const failure = this.#operations.failure
    const total = this.#list.total
    const error = failureWithRetry(i18n, failure, () => this.#retry())
    if (total === undefined) {
      return html`${error}${failure === undefined ? statusNote(i18n.t("records.table.loading"), true) : nothing}`
    }
    if (total === 0) return html`${error}${statusNote(i18n.t("records.table.empty"))}`
    const sortingEverything = this.#everything !== undefined && this.#sorted === undefined && failure === undefined
    return html`
      ${error}
      <div class="summary">
        <p class="count" part="count" role="status">${i18n.t("records.table.count", { count: i18n.number(total) })}</p>
        ${
          sortingEverything
            ? statusNote(
                i18n.t("records.table.sorting", {
                  loaded: i18n.number(this.#everythingLoaded),
                  total: i18n.number(total),
                }),
                true,
              )
            : nothing
        }
      </div>
      ${recordsGrid(i18n, {
        label: i18n.m("operation.detalization"),
        columns: callColumns(i18n),
        total,
        busy: this.#list.loading,
        sorting: this.#sorting,
        sortBy: (key) => this.#sortBy(key),
        rows: this.#list.rows,
        row: (index) => this.#list.row(index),
        grid: this.#grid,
        onRange: (first, last) => {
          this.#list.show(first, last)
          this.#grid.follow(first, last)
        },
      })}
    `
  }

  override render() {
    if (this.store.session === undefined) return nothing
    const { i18n } = this
    const msisdn = this.#msisdn
    const today = this.#today
    const period = this.#period ?? this.#defaultPeriod()
    const checked = this.#checked
    const refusal = checked === undefined ? undefined : periodRefusal(i18n, checked.typed, checked.decision)
    return html`
      <section class="records" lang=${i18n.locale} aria-labelledby="title">
        <h2 id="title">${i18n.m("operation.detalization")}</h2>
        ${msisdn === undefined ? nothing : html`<p class="number" part="number">${i18n.phone(msisdn)}</p>`}
        <p class="intro">
          ${i18n.t("records.detalization.intro")} ${i18n.m("note.detalization.window")}
          ${i18n.m("note.detalization.todayIncomplete")}
        </p>
        <form novalidate @submit=${this.#submit}>
          ${periodField(i18n, {
            value: period,
            limits: Rules.NumberRules.detalizationRange(today),
            refusal,
            onInput: (field, value) => {
              this.#period = { ...(this.#period ?? this.#defaultPeriod()), [field]: value }
              this.requestUpdate()
            },
          })}
          ${outputChoice(i18n, {
            value: this.#output,
            onChange: (output) => {
              this.#output = output
              this.requestUpdate()
            },
          })}
          <div class="actions">
            ${action(i18n, {
              id: "submit",
              label: i18n.t("records.detalization.submit"),
              type: "submit",
              part: "submit",
              busy: this.#list.loading,
            })}
          </div>
        </form>
        ${exportProgress()}
        ${this.#table()}
      </section>
    `
  }
}

define("kab-detalization", KabDetalization)

declare global {
  interface HTMLElementTagNameMap {
    "kab-detalization": KabDetalization
  }
}
