/**
 * The number list's export table: every number the list's query matches, as the core's document. Loaded
 * by `number-list.export.ts` when an export starts, so the list's page does not carry the exporters.
 */
import { Company, type MobileNumber, Programs } from "@kabinet/core"
import { Documents, type Table } from "@kabinet/core/export"
import { allPages } from "../internal/export/pages.js"
import type { KabinetStore } from "../internal/store/store.js"
import type { ListQuery } from "./number-list.export.js"

/** The table of every number the query matches, read page by page when the export starts. */
export const numberListTable = (store: KabinetStore, query: ListQuery, locale: Table.Locale): Table.Table => {
  const companyId = store.companyId
  const company = store.company
  const numbers: AsyncIterable<MobileNumber.MobileNumber> =
    companyId === undefined
      ? (async function* () {})()
      : allPages((offset, limit) =>
          store.run(
            Programs.Numbers.listNumbers({
              companyId,
              offset,
              limit,
              sort: query.sort,
              order: query.order,
              search: query.search,
            }),
          ),
        )
  return Documents.numberList(
    {
      numbers,
      totalRows: query.total,
      company: company === undefined ? undefined : Company.displayName(company),
    },
    locale,
  )
}
