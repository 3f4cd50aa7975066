/** C9 «Отчет по платежам (бета-режим)»: a period at most 3 months back, «Типы платежей», e-mail → «Отправить». */
import { Rules } from "@kabinet/core"
import type { DocumentsContext } from "../context.js"
import { EmailReportTab } from "./email-report-tab.js"

/** The tab of the payments report. */
export const paymentsReportTab = (context: DocumentsContext): EmailReportTab =>
  new EmailReportTab(context, {
    kind: "paymentsReport",
    title: "document.paymentsReport",
    beta: true,
    texts: [{ key: "documents.paymentsReport.note" }, { key: "documents.paymentsReport.maxPeriod", warning: true }],
    button: "documents.send",
    range: Rules.DocumentRules.paymentsRange,
    paymentType: true,
  })
