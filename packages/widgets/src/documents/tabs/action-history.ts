/**
 * C3 «История действий»: every operation made through Kabinet over a period — Действие, Статус
 * («Успешно»/«Ошибка»), Дата и время, Администратор with name and phone — on screen and as a file.
 */
import type { Documents as DomainDocuments } from "@kabinet/core"
import { Documents } from "@kabinet/core/export"
import type { DocumentsContext } from "../context.js"
import { PeriodTableTab } from "./period-table-tab.js"

/** The tab of the action history. */
export const actionHistoryTab = (context: DocumentsContext): PeriodTableTab<DomainDocuments.ActionHistoryTable> =>
  new PeriodTableTab<DomainDocuments.ActionHistoryTable>(context, {
    kind: "actionHistory",
    title: "document.actionHistory",
    fileName: "documents.actionHistory.fileName",
    table: (answer, period, company, locale) =>
      Documents.actionHistory({ entries: answer.rows, period, company }, locale),
  })
