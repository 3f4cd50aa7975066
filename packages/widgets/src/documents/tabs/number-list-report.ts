/** C4 «Отчет по списку номеров (бета-режим)»: e-mail → «Запросить»; the operator e-mails the report. */
import type { DocumentsContext } from "../context.js"
import { EmailReportTab } from "./email-report-tab.js"

/** The tab of the number list report. */
export const numberListReportTab = (context: DocumentsContext): EmailReportTab =>
  new EmailReportTab(context, {
    kind: "numberListReport",
    title: "document.numberListReport",
    beta: true,
    texts: [{ key: "documents.numberListReport.text" }, { key: "documents.reconciliation.note" }],
    button: "documents.request",
  })
