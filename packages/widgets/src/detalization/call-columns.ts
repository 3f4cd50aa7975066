/**
 * The columns of the call records on screen (B8) — date and time, type, other party, duration,
 * volume, cost — and how the records sort by each when the operator's order (oldest first) is not
 * the one asked for.
 */
import type { CallRecord } from "@kabinet/core"
import { Documents, Table } from "@kabinet/core/export"
import * as DateTime from "effect/DateTime"
import type { I18nController } from "../i18n/i18n-controller.js"
import type { RecordColumn, RecordSorting } from "../internal/records/records-grid.js"

/** A column of the call records. */
export type CallColumn = "at" | "kind" | "counterpart" | "duration" | "volume" | "cost"

/** The operator's order: oldest first. */
export const operatorOrder: RecordSorting<CallColumn> = { key: "at", order: "asc" }

/** The type of a record in the admin's language (the exporters' words, so screen and file agree). */
export const kindLabel = (i18n: I18nController, kind: CallRecord.CallRecordKind): string =>
  Table.label(Documents.callRecordKinds[kind], i18n.locale)

/**
 * The columns, labelled in the admin's language.
 *
 * @example
 * ```ts
 * recordsGrid(i18n, { columns: callColumns(i18n), … })
 * ```
 */
export const callColumns = (i18n: I18nController): ReadonlyArray<RecordColumn<CallRecord.CallRecord, CallColumn>> => [
  { key: "at", label: i18n.t("records.calls.at"), track: "minmax(9rem, 1.2fr)", value: (r) => i18n.dateTime(r.at) },
  {
    key: "kind",
    label: i18n.t("records.calls.kind"),
    track: "minmax(8rem, 1.2fr)",
    value: (r) => kindLabel(i18n, r.kind),
  },
  {
    key: "counterpart",
    label: i18n.t("records.calls.counterpart"),
    track: "minmax(9rem, 1.2fr)",
    value: (r) =>
      r.counterpart === undefined
        ? "—"
        : /^7\d{10}$/u.test(r.counterpart)
          ? i18n.phone(r.counterpart as never)
          : r.counterpart,
  },
  {
    key: "duration",
    label: i18n.t("records.calls.duration"),
    numeric: true,
    track: "minmax(6rem, 0.8fr)",
    value: (r) => (r.durationSeconds === undefined ? "—" : i18n.countdown(r.durationSeconds)),
  },
  {
    key: "volume",
    label: i18n.t("records.calls.volume"),
    numeric: true,
    track: "minmax(6rem, 0.8fr)",
    value: (r) => (r.volumeKb === undefined ? "—" : i18n.number(r.volumeKb)),
  },
  {
    key: "cost",
    label: i18n.t("records.calls.cost"),
    numeric: true,
    track: "minmax(6rem, 0.8fr)",
    value: (r) => i18n.money(r.cost),
  },
]

const byNumber =
  (value: (r: CallRecord.CallRecord) => number) => (a: CallRecord.CallRecord, b: CallRecord.CallRecord) =>
    value(a) - value(b)

/**
 * Sorts records by a column (a copy; equal values keep the operator's order).
 *
 * @example
 * ```ts
 * const sorted = sortCalls(records, { key: "cost", order: "desc" }, i18n)
 * ```
 */
export const sortCalls = (
  records: ReadonlyArray<CallRecord.CallRecord>,
  sorting: RecordSorting<CallColumn>,
  i18n: I18nController,
): Array<CallRecord.CallRecord> => {
  const collator = new Intl.Collator(i18n.intlTag)
  const compare: Record<CallColumn, (a: CallRecord.CallRecord, b: CallRecord.CallRecord) => number> = {
    at: byNumber((r) => DateTime.toEpochMillis(r.at)),
    kind: (a, b) => collator.compare(kindLabel(i18n, a.kind), kindLabel(i18n, b.kind)),
    counterpart: (a, b) => collator.compare(a.counterpart ?? "", b.counterpart ?? ""),
    duration: byNumber((r) => r.durationSeconds ?? -1),
    volume: byNumber((r) => r.volumeKb ?? -1),
    cost: byNumber((r) => r.cost),
  }
  const sign = sorting.order === "asc" ? 1 : -1
  const by = compare[sorting.key]
  return records
    .map((record, index) => ({ record, index }))
    .sort((a, b) => sign * by(a.record, b.record) || a.index - b.index)
    .map(({ record }) => record)
}
