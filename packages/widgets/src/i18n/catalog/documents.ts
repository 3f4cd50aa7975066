/**
 * The interface strings of `<kab-documents>` («Документы и отчеты», C1–C9): the manual's texts,
 * warnings, labels and buttons, letter for letter. The tabs' titles are the core's (`document.*`).
 * Strings the manual does not give are marked "not in the manual".
 */
import type { Section, Translation } from "./section.js"

/** In Russian, the manual's words: the default language and the source of every key. */
export const ru = {
  "documents.tabs": "Документы и отчеты",
  "documents.tabs.choose": "Раздел",
  "documents.beta": "{title} (бета-режим)",
  "documents.period": "Укажите начало и конец периода",
  // Not in the manual: the two ends of the period, each its own labelled field.
  "documents.period.start": "Начало периода",
  "documents.period.end": "Конец периода",
  "documents.request": "Запросить",
  "documents.send": "Отправить",
  "documents.email": "Электронная почта",
  "documents.email.placeholder": "Введите свой email",
  "documents.year": "Год",
  "documents.month": "Месяц",
  "documents.empty": "За выбранный период данных нет.",
  "documents.paymentHistory.text":
    "История платежей по лицевым счетам с кредитным методом расчета. Для получения информации по номерам с авансовым методом расчета - воспользуйтесь соответствующей услугой на странице управление номером.",
  "documents.invoiceSearch.text":
    "Позволяет определить мобильный (GSM) номер(-а) по регистрационному номеру или номеру учетной системы из электронного счета-фактуры полученного в ИС ЭСФ",
  "documents.invoiceSearch.by": "Введите данные",
  "documents.invoiceSearch.number": "Номер",
  "documents.invoiceSearch.number.placeholder": "Введите номер",
  "documents.invoiceSearch.output": "Вывод результата",
  "documents.invoiceSearch.notFound": "По этому счету-фактуре номера не найдены.",
  "documents.numberListReport.text":
    "Отчет содержит тип лицевого счета, тип оплаты, доступные средства, кредитный лимит, текущий баланс, количество номеров на лицевом счете и дату актуальности баланса.",
  "documents.act.text":
    "Позволяет скачать акты выполненных работ и расшифровки к счетам-фактурам по услугам сотовой связи. Поиск документов можно осуществить по лицевому счету или по мобильному номеру.",
  "documents.act.warning": "Внимание! Акты выполненных работ за прошедший учетный месяц доступны после 5 числа месяца.",
  "documents.act.since": "Акты выполненных работ доступны с 1 января 2018 года.",
  "documents.act.byAccount": "Поиск по номеру лицевого счета",
  "documents.act.byPhone": "Поиск по номеру телефона",
  "documents.act.account": "Лицевой счет",
  "documents.act.phone": "Номер телефона",
  "documents.act.pdf": "Загрузить в PDF",
  "documents.act.excel": "Загрузить в Excel",
  "documents.invoiceRegistry.text": "Позволяет скачать «Реестр счетов-фактур» за указанный вами период.",
  "documents.invoiceRegistry.warning":
    "Внимание! Реестр счетов-фактур за прошедший учетный месяц доступен с 4 числа месяца.",
  "documents.reconciliation.text": "Позволяет заказать отправку отчета «Акт сверки» на указанный Вами email.",
  "documents.reconciliation.note":
    "Подготовка данных может занять некоторое время. Время, на которое данные в отчете актуальны, будет указано в отправленном отчете (бета-режим).",
  "documents.reconciliation.maxPeriod": "Максимальный период запроса 12 месяцев от текущей даты.",
  "documents.reconciliation.warning": "Внимание! Акты сверки за прошедший учетный месяц доступны после 3 числа месяца.",
  "documents.devicesReport.text": "Укажите электронный адрес для доставки отчета.",
  "documents.paymentsReport.note":
    "Подготовка данных может занять некоторое время. Сформированный отчет по платежам будет отправлен на указанный Вами email. Время, на которое данные в отчете актуальны, будет указано в отправленном отчете (бета-режим).",
  "documents.paymentsReport.maxPeriod": "Максимальный период запроса 3 месяца от текущей даты.",
  "documents.paymentsReport.type": "Типы платежей",
  "documents.paymentsReport.credit": "Кредитные номера",
  "documents.paymentsReport.advance": "Авансовые номера",
  // Not in the manual: how an e-mailed report goes, and the file that was downloaded.
  "documents.report.preparing": "В обработке: отчет готовится и будет отправлен на {email}.",
  "documents.report.sent": "Отчет отправлен на {email}.",
  "documents.report.failed": "Не удалось подготовить отчет. Попробуйте еще раз через 2–3 минуты.",
  "documents.paymentHistory.fileName": "История платежей",
  "documents.actionHistory.fileName": "История действий",
  "documents.invoiceSearch.fileName": "Поиск по счету-фактуре",
  "documents.file.saved": "Файл {name} загружен.",
} as const satisfies Section<"documents">

/** In Kazakh. */
export const kk: Translation<typeof ru> = {
  "documents.tabs": "Құжаттар мен есептер",
  "documents.tabs.choose": "Бөлім",
  "documents.beta": "{title} (бета-режим)",
  "documents.period": "Кезеңнің басы мен соңын көрсетіңіз",
  "documents.period.start": "Кезеңнің басы",
  "documents.period.end": "Кезеңнің соңы",
  "documents.request": "Сұрау",
  "documents.send": "Жіберу",
  "documents.email": "Электрондық пошта",
  "documents.email.placeholder": "Email енгізіңіз",
  "documents.year": "Жыл",
  "documents.month": "Ай",
  "documents.empty": "Таңдалған кезеңде деректер жоқ.",
  "documents.paymentHistory.text":
    "Кредиттік есеп айырысу әдісі бар дербес шоттар бойынша төлемдер тарихы. Аванстық есеп айырысу әдісі бар нөмірлер бойынша ақпарат алу үшін нөмірді басқару бетіндегі тиісті қызметті пайдаланыңыз.",
  "documents.invoiceSearch.text":
    "ЭШФ АЖ-дан алынған электрондық шот-фактураның тіркеу нөмірі немесе есептік жүйе нөмірі бойынша мобильді (GSM) нөмірді анықтауға мүмкіндік береді",
  "documents.invoiceSearch.by": "Деректерді енгізіңіз",
  "documents.invoiceSearch.number": "Нөмір",
  "documents.invoiceSearch.number.placeholder": "Нөмірді енгізіңіз",
  "documents.invoiceSearch.output": "Нәтижені шығару",
  "documents.invoiceSearch.notFound": "Бұл шот-фактура бойынша нөмірлер табылмады.",
  "documents.numberListReport.text":
    "Есепте дербес шоттың түрі, төлем түрі, қолжетімді қаражат, кредит лимиті, ағымдағы теңгерім, дербес шоттағы нөмірлер саны және теңгерімнің өзекті күні бар.",
  "documents.act.text":
    "Ұялы байланыс қызметтері бойынша орындалған жұмыстар актілерін және шот-фактуралардың толық жазбаларын жүктеуге мүмкіндік береді. Құжаттарды дербес шот немесе мобильді нөмір бойынша іздеуге болады.",
  "documents.act.warning":
    "Назар аударыңыз! Өткен есептік айдың орындалған жұмыстар актілері айдың 5-күнінен кейін қолжетімді.",
  "documents.act.since": "Орындалған жұмыстар актілері 2018 жылғы 1 қаңтардан бастап қолжетімді.",
  "documents.act.byAccount": "Дербес шот нөмірі бойынша іздеу",
  "documents.act.byPhone": "Телефон нөмірі бойынша іздеу",
  "documents.act.account": "Дербес шот",
  "documents.act.phone": "Телефон нөмірі",
  "documents.act.pdf": "PDF-ке жүктеу",
  "documents.act.excel": "Excel-ге жүктеу",
  "documents.invoiceRegistry.text": "Сіз көрсеткен кезеңге «Шот-фактуралар тізілімін» жүктеуге мүмкіндік береді.",
  "documents.invoiceRegistry.warning":
    "Назар аударыңыз! Өткен есептік айдың шот-фактуралар тізілімі айдың 4-күнінен бастап қолжетімді.",
  "documents.reconciliation.text":
    "«Салыстыру актісі» есебін сіз көрсеткен email-ге жіберуге тапсырыс беруге мүмкіндік береді.",
  "documents.reconciliation.note":
    "Деректерді дайындауға біраз уақыт кетуі мүмкін. Есептегі деректердің өзекті уақыты жіберілген есепте көрсетіледі (бета-режим).",
  "documents.reconciliation.maxPeriod": "Сұраудың ең ұзақ кезеңі — ағымдағы күннен бастап 12 ай.",
  "documents.reconciliation.warning":
    "Назар аударыңыз! Өткен есептік айдың салыстыру актілері айдың 3-күнінен кейін қолжетімді.",
  "documents.devicesReport.text": "Есепті жеткізу үшін электрондық мекенжайды көрсетіңіз.",
  "documents.paymentsReport.note":
    "Деректерді дайындауға біраз уақыт кетуі мүмкін. Дайын төлемдер есебі сіз көрсеткен email-ге жіберіледі. Есептегі деректердің өзекті уақыты жіберілген есепте көрсетіледі (бета-режим).",
  "documents.paymentsReport.maxPeriod": "Сұраудың ең ұзақ кезеңі — ағымдағы күннен бастап 3 ай.",
  "documents.paymentsReport.type": "Төлем түрлері",
  "documents.paymentsReport.credit": "Кредиттік нөмірлер",
  "documents.paymentsReport.advance": "Аванстық нөмірлер",
  "documents.report.preparing": "Өңделуде: есеп дайындалып жатыр, мына мекенжайға жіберіледі: {email}.",
  "documents.report.sent": "Есеп жіберілді: {email}.",
  "documents.report.failed": "Есепті дайындау мүмкін болмады. 2–3 минуттан кейін қайталап көріңіз.",
  "documents.paymentHistory.fileName": "Төлемдер тарихы",
  "documents.actionHistory.fileName": "Әрекеттер тарихы",
  "documents.invoiceSearch.fileName": "Шот-фактура бойынша іздеу",
  "documents.file.saved": "Файл жүктелді: {name}.",
}

/** In English. */
export const en: Translation<typeof ru> = {
  "documents.tabs": "Documents and reports",
  "documents.tabs.choose": "Section",
  "documents.beta": "{title} (beta)",
  "documents.period": "Set the start and end of the period",
  "documents.period.start": "Period start",
  "documents.period.end": "Period end",
  "documents.request": "Request",
  "documents.send": "Send",
  "documents.email": "E-mail",
  "documents.email.placeholder": "Enter your e-mail",
  "documents.year": "Year",
  "documents.month": "Month",
  "documents.empty": "No data for the chosen period.",
  "documents.paymentHistory.text":
    "Payment history of accounts billed on credit. For numbers paid in advance, use the matching service on the number's page.",
  "documents.invoiceSearch.text":
    "Finds the mobile (GSM) number(s) by the registration number or the accounting-system number of an electronic invoice received in the e-invoicing system",
  "documents.invoiceSearch.by": "Search by",
  "documents.invoiceSearch.number": "Number",
  "documents.invoiceSearch.number.placeholder": "Enter the number",
  "documents.invoiceSearch.output": "Show the result",
  "documents.invoiceSearch.notFound": "No numbers were found for this invoice.",
  "documents.numberListReport.text":
    "The report lists the account type, payment type, available funds, credit limit, current balance, numbers on the account and the balance date.",
  "documents.act.text":
    "Download acts of completed works and invoice breakdowns for mobile services. Search by account or by mobile number.",
  "documents.act.warning": "Note: acts for the past billing month are available after the 5th of the month.",
  "documents.act.since": "Acts of completed works are available from 1 January 2018.",
  "documents.act.byAccount": "Search by account number",
  "documents.act.byPhone": "Search by phone number",
  "documents.act.account": "Account",
  "documents.act.phone": "Phone number",
  "documents.act.pdf": "Download PDF",
  "documents.act.excel": "Download Excel",
  "documents.invoiceRegistry.text": "Download the invoice registry for the period you choose.",
  "documents.invoiceRegistry.warning":
    "Note: the invoice registry for the past billing month is available from the 4th.",
  "documents.reconciliation.text": "Order the reconciliation act to be sent to the e-mail you give.",
  "documents.reconciliation.note":
    "Preparing the data may take a while. The time the report's data is current as of is stated in the report sent (beta).",
  "documents.reconciliation.maxPeriod": "The longest period is 12 months back from today.",
  "documents.reconciliation.warning":
    "Note: reconciliation acts for the past billing month are available after the 3rd.",
  "documents.devicesReport.text": "Give the e-mail address to deliver the report to.",
  "documents.paymentsReport.note":
    "Preparing the data may take a while. The payments report will be sent to the e-mail you give. The time the report's data is current as of is stated in the report sent (beta).",
  "documents.paymentsReport.maxPeriod": "The longest period is 3 months back from today.",
  "documents.paymentsReport.type": "Payment types",
  "documents.paymentsReport.credit": "Credit numbers",
  "documents.paymentsReport.advance": "Advance numbers",
  "documents.report.preparing": "Processing: the report is being prepared and will be sent to {email}.",
  "documents.report.sent": "The report was sent to {email}.",
  "documents.report.failed": "The report could not be prepared. Try again in 2–3 minutes.",
  "documents.paymentHistory.fileName": "Payment history",
  "documents.actionHistory.fileName": "Action history",
  "documents.invoiceSearch.fileName": "Invoice search",
  "documents.file.saved": "{name} downloaded.",
}
