/** C1 «История платежей»: the company's credit accounts' payments over a period, on screen and as a file. */
import type { Documents as DomainDocuments } from "@kabinet/core"
import { Documents } from "@kabinet/core/export"
import type { DocumentsContext } from "../context.js"
import { PeriodTableTab } from "./period-table-tab.js"

/** The tab of the payment history. */
export const paymentHistoryTab = (context: DocumentsContext): PeriodTableTab<DomainDocuments.PaymentTable> =>
  new PeriodTableTab<DomainDocuments.PaymentTable>(context, {
    kind: "paymentHistory",
    title: "document.paymentHistory",
    text: "documents.paymentHistory.text",
    fileName: "documents.paymentHistory.fileName",
    table: (answer, period, company, locale) => Documents.payments({ payments: answer.rows, period, company }, locale),
  })
