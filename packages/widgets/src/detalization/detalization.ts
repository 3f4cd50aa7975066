import { Calendar, type CallRecord, Rules } from "@kabinet/core"
import { html, nothing } from "lit"
import { property } from "lit/decorators.js"
import * as exportStrings from "../i18n/catalog/export.js"
import * as recordsStrings from "../i18n/catalog/records.js"
import { addStrings } from "../i18n/catalog/strings.js"
import { OperationController } from "../internal/controllers/operation-controller.js"
import { PagedListController } from "../internal/controllers/paged-list-controller.js"
import { define } from "../internal/define.js"
import { KabElement } from "../internal/kab-element.js"
import type { OutputKey } from "../internal/records/output-choice.js"
import type { TypedPeriod } from "../internal/records/period-field.js"
import { recordsStyles } from "../internal/records/records.styles.js"
import { fileFormat } from "../internal/records/records-export.js"
import { type CheckedPeriod, checkPeriod, msisdnOf, recordsForm } from "../internal/records/records-form.js"
import { nextSorting } from "../internal/records/records-grid.js"
import { recordsKeyboard } from "../internal/records/records-keyboard.js"
import { recordsTable } from "../internal/records/records-table.js"
import { base, forms, notices } from "../internal/styles.js"
import { statusNote } from "../internal/templates/status-note.js"
import { tokens } from "../theme/tokens.js"
import { type CallColumn, callColumns } from "./call-columns.js"
import { exportCallRecords } from "./call-records-export.js"
import { CallRecordsSource } from "./call-records-source.js"

/** Rows per request, and pages held at most (6,000 rows), whatever the period's size. */
const pageSize = 200
const pageCapacity = 30

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
  readonly #source = new CallRecordsSource({
    operations: this.#operations,
    i18n: this.i18n,
    requestUpdate: () => this.requestUpdate(),
  })
  readonly #list: PagedListController<CallRecord.CallRecord> = new PagedListController(this, {
    pageSize,
    capacity: pageCapacity,
    load: (request) => this.#source.page(request, this.#list.total),
  })
  readonly #grid = recordsKeyboard(this, {
    rowCount: () => this.#list.total ?? 0,
    pageRows: () => this.#list.visible.last - this.#list.visible.first,
  })
  #period: TypedPeriod | undefined
  #output: OutputKey = "screen"
  #checked: CheckedPeriod | undefined
  #followed = ""

  constructor() {
    super()
    this.kabinet.onChange(() => this.#followStore())
  }

  /** How many records the requested period has, once the operator said. */
  get total(): number | undefined {
    return this.#source.query === undefined ? undefined : this.#list.total
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
    this.#source.forget()
    this.#operations.clear()
    this.#list.clear()
  }

  #sortBy(key: CallColumn): void {
    this.#source.sorting = nextSorting(this.#source.sorting, key)
    this.#operations.clear()
    this.#grid.reset()
    const scroller = this.renderRoot.querySelector(".rows")
    if (scroller !== null) scroller.scrollTop = 0
    this.#list.reload({ keepTotal: true })
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const msisdn = msisdnOf(this.number)
    const companyId = this.store.companyId
    const moment = Calendar.momentAt(this.store.now())
    const range = await checkPeriod(
      this,
      this.i18n,
      this.#period ?? this.#defaultPeriod(),
      (range) => Rules.NumberRules.detalizationWindow.check(range, moment),
      (checked) => (this.#checked = checked),
    )
    if (range === undefined) return
    if (msisdn === undefined || companyId === undefined) {
      this.requestUpdate()
      return
    }
    const output = this.#output
    const query = { companyId, msisdn, period: range }
    if (output !== "screen") {
      const { renderRoot, store, i18n } = this
      await exportCallRecords({ renderRoot, store, i18n, operations: this.#operations }, fileFormat(output), query)
      return
    }
    this.#forget()
    this.#source.query = query
    this.#grid.reset()
    this.#list.reload()
  }

  #defaultPeriod(): TypedPeriod {
    return Rules.NumberRules.detalizationDefaultPeriod(this.#today)
  }

  #retry(): void {
    this.#operations.clear()
    this.#list.retry()
  }

  #table() {
    if (this.#source.query === undefined) return nothing
    const { i18n } = this
    const failure = this.#operations.failure
    const total = this.#list.total
    const sortingEverything = this.#source.sortingEverything && failure === undefined
    return recordsTable(i18n, {
      failure,
      retry: () => this.#retry(),
      total,
      loading: failure === undefined,
      note: sortingEverything
        ? statusNote(
            i18n.t("records.table.sorting", {
              loaded: i18n.number(this.#source.everythingLoaded),
              total: i18n.number(total ?? 0),
            }),
            true,
          )
        : nothing,
      grid: {
        label: i18n.m("operation.detalization"),
        columns: callColumns(i18n),
        busy: this.#list.loading,
        sorting: this.#source.sorting,
        sortBy: (key) => this.#sortBy(key),
        rows: this.#list.rows,
        row: (index) => this.#list.row(index),
        grid: this.#grid,
        onRange: (first, last) => {
          this.#list.show(first, last)
          this.#grid.follow(first, last)
        },
      },
    })
  }

  override render() {
    if (this.store.session === undefined) return nothing
    const { i18n } = this
    return recordsForm(i18n, {
      title: i18n.m("operation.detalization"),
      msisdn: msisdnOf(this.number),
      intro: html`${i18n.t("records.detalization.intro")} ${i18n.m("note.detalization.window")}
        ${i18n.m("note.detalization.todayIncomplete")}`,
      period: {
        value: this.#period ?? this.#defaultPeriod(),
        limits: Rules.NumberRules.detalizationRange(this.#today),
        onInput: (field, value) => {
          this.#period = { ...(this.#period ?? this.#defaultPeriod()), [field]: value }
          this.requestUpdate()
        },
      },
      checked: this.#checked,
      output: {
        value: this.#output,
        onChange: (output) => {
          this.#output = output
          this.requestUpdate()
        },
      },
      submit: { label: i18n.t("records.detalization.submit"), busy: this.#list.loading },
      onSubmit: (event) => void this.#submit(event),
      table: this.#table(),
    })
  }
}

addStrings(exportStrings, recordsStrings)
define("kab-detalization", KabDetalization)

declare global {
  interface HTMLElementTagNameMap {
    "kab-detalization": KabDetalization
  }
}
