/**
 * «Файл формата PDF» and «Файл формата XLS» of `<kab-detalization>`: the period's call records written
 * as a file in a Web Worker, read from the operator page by page while the file is written.
 */
import { Programs } from "@kabinet/core"
import { Documents } from "@kabinet/core/export"
import type { I18nController } from "../i18n/i18n-controller.js"
import type { OperationController } from "../internal/controllers/operation-controller.js"
import type { ExportOutcome } from "../internal/export/export-file.js"
import { allPages } from "../internal/export/pages.js"
import { companyName, exportRecords, recordsFileName } from "../internal/records/records-export.js"
import type { KabinetStore } from "../internal/store/store.js"
import type { CallQuery } from "./call-records-source.js"

/**
 * Writes the call records of `query` as a file (in a Web Worker, with progress and «Отменить»). A PDF
 * of more rows than the writers allow is refused at once, with XLSX offered.
 *
 * @example
 * ```ts
 * await exportCallRecords({ renderRoot, store, i18n, operations }, "pdf", query)
 * ```
 */
export const exportCallRecords = async (
  host: {
    readonly renderRoot: ParentNode
    readonly store: KabinetStore
    readonly i18n: I18nController
    readonly operations: OperationController
  },
  format: "pdf" | "xlsx",
  query: CallQuery,
): Promise<ExportOutcome | undefined> => {
  // The first record tells the period's size (and the operator checks the period) before any file.
  const first = await host.operations.run(
    "operation.detalization",
    Programs.Records.callRecordsPage({ ...query, offset: 0, limit: 1 }),
  )
  if (first._tag !== "Success") return undefined
  const { store } = host
  const locale = host.i18n.locale
  return exportRecords(host.renderRoot, {
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
    fileName: recordsFileName(host.i18n.m("operation.detalization"), query.msisdn, query.period),
  })
}
