/** C8 «Отчет по зарегистрированным устройствам»: e-mail → «Запросить»; the operator e-mails the report. */
import type { DocumentsContext } from "../context.js"
import { EmailReportTab } from "./email-report-tab.js"

/** The tab of the registered devices report. */
export const devicesReportTab = (context: DocumentsContext): EmailReportTab =>
  new EmailReportTab(context, {
    kind: "registeredDevicesReport",
    title: "document.devicesReport",
    beta: false,
    texts: [{ key: "documents.devicesReport.text" }],
    button: "documents.request",
  })
