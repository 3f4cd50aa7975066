/**
 * C7 «Акт сверки (бета-режим)»: a period at most 12 months back, of closed months only (the previous
 * one after the 3rd), e-mail → «Отправить».
 */
import { Rules } from "@kabinet/core"
import type { DocumentsContext } from "../context.js"
import { EmailReportTab } from "./email-report-tab.js"

/** The tab of the reconciliation act. */
export const reconciliationTab = (context: DocumentsContext): EmailReportTab =>
  new EmailReportTab(context, {
    kind: "reconciliationAct",
    title: "document.reconciliation",
    beta: true,
    texts: [
      { key: "documents.reconciliation.text" },
      { key: "documents.reconciliation.note" },
      { key: "documents.reconciliation.maxPeriod", warning: true },
      { key: "documents.reconciliation.warning", warning: true },
    ],
    button: "documents.send",
    range: Rules.DocumentRules.reconciliationRange,
  })
