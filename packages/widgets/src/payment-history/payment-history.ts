import { Calendar, type Company, type MobileNumber, type Msisdn, Programs, Rules } from "@kabinet/core"
import { nothing } from "lit"
import { property } from "lit/decorators.js"
import * as exportStrings from "../i18n/catalog/export.js"
import * as recordsStrings from "../i18n/catalog/records.js"
import { addStrings } from "../i18n/catalog/strings.js"
import { OperationController } from "../internal/controllers/operation-controller.js"
import { define } from "../internal/define.js"
import { KabElement } from "../internal/kab-element.js"
import type { OutputKey } from "../internal/records/output-choice.js"
import type { TypedPeriod } from "../internal/records/period-field.js"
import { recordsStyles } from "../internal/records/records.styles.js"
import { fileFormat } from "../internal/records/records-export.js"
import { type CheckedPeriod, checkPeriod, msisdnOf, recordsForm } from "../internal/records/records-form.js"
import { recordsKeyboard } from "../internal/records/records-keyboard.js"
import { recordsTable } from "../internal/records/records-table.js"
import { base, forms, notices } from "../internal/styles.js"
import { tokens } from "../theme/tokens.js"
import { operatorOrder, type PaymentColumn, paymentColumns } from "./payment-columns.js"
import { exportPayments } from "./payments-export.js"
import { ShownPayments } from "./shown-payments.js"

/**
 * «История платежей» of a number (B17): the payments to an advance-paid number over a period, on
 * screen or as a file. The form opens on the last month; a period that ends after today or starts
 * after its end is refused with the rule's reason, keeping what was typed. For a number billed
 * «Кредитный» «Запросить» stays visible but refused, with the core's reason pointing to «Документы и
 * отчеты» (`NumberRules.paymentHistoryAdvanceOnly`).
 *
 * On screen the payments are a sortable table (every column header is a sort button), rendered by a
 * virtualizer; on narrow widths each payment is a card. «Файл формата PDF» and «Файл формата XLS»
 * (written as XLSX) make the file in a Web Worker with the core's exporter, with progress and
 * «Отменить».
 *
 * @summary A number's payment history «История платежей» (advance-paid numbers).
 * @tag kab-payment-history
 * @csspart number - The number.
 * @csspart period - The «НАЧАЛО И КОНЕЦ ПЕРИОДА» fieldset.
 * @csspart date - A date field of the period.
 * @csspart limits - The days that may be chosen.
 * @csspart error - Why the period is refused.
 * @csspart output - The «ВЫВОД» fieldset.
 * @csspart output-option - A radio button of «ВЫВОД».
 * @csspart reason - Why an output cannot be chosen.
 * @csspart submit - «Запросить».
 * @csspart count - How many payments the period has.
 * @csspart grid - The table of payments.
 * @csspart header - The row of column headers.
 * @csspart sort-button - A column header's sort button.
 * @csspart rows - The scrolling rows.
 * @csspart row - A payment's row.
 * @csspart cell - A cell of a row.
 * @csspart placeholder - A row not rendered yet.
 * @csspart status - «Загрузка…» and the empty note.
 * @csspart retry - «Повторить» after an operator error.
 * @csspart export-progress - The `<kab-export-progress>` of a file being written.
 * @cssproperty --kab-records-block-size - The height of the scrolling rows (default 28rem).
 * @event kab-error - The number or its payments could not be loaded; already shown to the admin.
 */
export class KabPaymentHistory extends KabElement {
  static override styles = [tokens, base, forms, notices, recordsStyles]

  /** The number, 11 digits (`77010541921`). */
  @property({ reflect: true }) accessor number = ""

  readonly #operations = new OperationController(this, this.kabinet)
  readonly #grid = recordsKeyboard(this, {
    rowCount: () => this.#payments.current?.sorted.length ?? 0,
    pageRows: () => this.#visible.last - this.#visible.first,
  })
  #line: MobileNumber.MobileNumber | undefined
  #lineFor = ""
  #period: TypedPeriod | undefined
  #output: OutputKey = "screen"
  #checked: CheckedPeriod | undefined
  readonly #payments = new ShownPayments()
  #requesting = false
  #visible = { first: 0, last: 0 }

  constructor() {
    super()
    this.kabinet.onChange(() => this.#followStore())
  }

  /** How many payments the requested period has, once the operator said. */
  get total(): number | undefined {
    return this.#payments.current?.rows.length
  }

  /** Whether the number or its payments are on their way. */
  get loading(): boolean {
    return this.#operations.pending !== undefined
  }

  override connectedCallback(): void {
    super.connectedCallback()
    this.#followStore()
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    this.toggleAttribute("signed-out", this.store.session === undefined)
    if (changed.has("number")) this.#followStore()
  }

  get #today() {
    return Calendar.dateOf(this.store.now())
  }

  #followStore(): void {
    const { session, companyId } = this.store
    const msisdn = msisdnOf(this.number)
    const key =
      session === undefined || companyId === undefined || msisdn === undefined
        ? ""
        : `${session.admin.phone}:${companyId}:${msisdn}`
    if (key === this.#lineFor) return
    this.#lineFor = key
    this.#line = undefined
    this.#payments.clear()
    this.#operations.clear()
    if (companyId !== undefined && msisdn !== undefined && key !== "") void this.#loadLine(companyId, msisdn, key)
  }

  async #loadLine(companyId: Company.CompanyId, msisdn: Msisdn.Msisdn, key: string): Promise<void> {
    const outcome = await this.#operations.run(
      "operation.loadNumber",
      Programs.Numbers.loadSection({ companyId, msisdn }, "number"),
    )
    if (outcome._tag === "Success" && key === this.#lineFor) {
      this.#line = outcome.value
      this.requestUpdate()
    }
  }

  #denial(): Rules.Denied | undefined {
    const line = this.#line
    if (line === undefined) return undefined
    const decision = Rules.NumberRules.operation("paymentHistory", line)
    return decision._tag === "Denied" ? decision : undefined
  }

  #defaultPeriod(): TypedPeriod {
    const today = this.#today
    return { start: Calendar.addMonths(today, -1), end: today }
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault()
    const line = this.#line
    const companyId = this.store.companyId
    if (line === undefined || companyId === undefined || this.#denial() !== undefined || this.#requesting) return
    const moment = Calendar.momentAt(this.store.now())
    const range = await checkPeriod(
      this,
      this.i18n,
      this.#period ?? this.#defaultPeriod(),
      (range) => Rules.DocumentRules.periodValid.check(range, moment),
      (checked) => (this.#checked = checked),
    )
    if (range === undefined) return
    const output = this.#output
    this.#requesting = true
    if (output === "screen") this.#payments.clear()
    const program = Programs.Records.numberPayments({ companyId, number: line, period: range })
    const outcome = await this.#operations.run("operation.paymentHistory", program)
    this.#requesting = false
    this.requestUpdate()
    if (outcome._tag !== "Success") return
    if (output === "screen") {
      this.#payments.sorting = operatorOrder
      this.#payments.show(range, outcome.value.rows, this.i18n)
      this.#grid.reset()
      return
    }
    const { renderRoot, store, i18n } = this
    await exportPayments({ renderRoot, store, i18n }, fileFormat(output), {
      line,
      period: range,
      rows: outcome.value.rows,
    })
  }

  #sortBy(key: PaymentColumn): void {
    if (!this.#payments.sortBy(key, this.i18n)) return
    this.#grid.reset()
    const scroller = this.renderRoot.querySelector(".rows")
    if (scroller !== null) scroller.scrollTop = 0
    this.requestUpdate()
  }

  #retry(): void {
    this.#operations.clear()
    if (this.#line === undefined) {
      this.#lineFor = ""
      this.#followStore()
    }
  }

  #table() {
    const { i18n } = this
    const shown = this.#requesting ? undefined : this.#payments.current
    return recordsTable(i18n, {
      failure: this.#operations.failure,
      retry: () => this.#retry(),
      total: shown?.sorted.length,
      loading: this.#requesting,
      grid: {
        label: i18n.m("operation.paymentHistory"),
        columns: paymentColumns(i18n),
        busy: false,
        sorting: this.#payments.sorting,
        sortBy: (key) => this.#sortBy(key),
        rows: shown?.indexes ?? [],
        row: (index) => shown?.sorted[index],
        grid: this.#grid,
        onRange: (first, last) => {
          this.#visible = { first, last }
          this.#grid.follow(first, last)
        },
      },
    })
  }

  override render() {
    if (this.store.session === undefined) return nothing
    const { i18n } = this
    return recordsForm(i18n, {
      title: i18n.m("operation.paymentHistory"),
      msisdn: msisdnOf(this.number),
      intro: i18n.t("records.payments.intro"),
      period: {
        value: this.#period ?? this.#defaultPeriod(),
        limits: { end: this.#today },
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
      submit: {
        label: i18n.t("records.payments.submit"),
        denial: this.#denial(),
        busy: this.#requesting || (this.#line === undefined && this.#operations.failure === undefined),
      },
      onSubmit: (event) => void this.#submit(event),
      table: this.#table(),
    })
  }
}

addStrings(exportStrings, recordsStrings)
define("kab-payment-history", KabPaymentHistory)

declare global {
  interface HTMLElementTagNameMap {
    "kab-payment-history": KabPaymentHistory
  }
}
