/**
 * The interface strings of exports (`<kab-export-progress>` and the export buttons of lists). The
 * manual names no export of a list; these say what an administrator would expect ("not in the
 * manual"), but «Отменить», which is the manual's. The sentences about a file too large or a failure
 * are the core's (`Labels`), shared with the files themselves.
 */
import type { Section, Translation } from "./section.js"

/** In Russian, the default language and the source of every key. */
export const ru = {
  "export.running": "Выгрузка файла {format}",
  "export.rows": "{rows} из {total} строк",
  "export.rowsUnknown": "{rows} строк",
  "export.cancel": "Отменить",
  "export.saved": "Файл {format} выгружен.",
  "export.cancelled": "Выгрузка отменена.",
  "export.offerXlsx": "Выгрузить в XLSX",
  "export.xlsx": "Выгрузить в XLSX",
  "export.csv": "Выгрузить в CSV",
  "export.pdf": "Выгрузить в PDF",
  "export.numbersFileName": "Список номеров",
  // Not in the manual: the export's own code could not be fetched (the connection).
  "export.unavailable": "Не удалось начать выгрузку. Проверьте подключение к сети и попробуйте еще раз.",
} as const satisfies Section<"export">

/** In Kazakh. */
export const kk: Translation<typeof ru> = {
  "export.running": "Файлды жүктеу: {format}",
  "export.rows": "Жолдар: {rows} / {total}",
  "export.rowsUnknown": "Жолдар: {rows}",
  "export.cancel": "Болдырмау",
  "export.saved": "Файл жүктелді: {format}.",
  "export.cancelled": "Жүктеу тоқтатылды.",
  "export.offerXlsx": "XLSX форматында жүктеу",
  "export.xlsx": "XLSX форматында жүктеу",
  "export.csv": "CSV форматында жүктеу",
  "export.pdf": "PDF форматында жүктеу",
  "export.numbersFileName": "Нөмірлер тізімі",
  "export.unavailable": "Жүктеуді бастау мүмкін болмады. Желіге қосылуды тексеріп, қайталап көріңіз.",
}

/** In English. */
export const en: Translation<typeof ru> = {
  "export.running": "Exporting the {format} file",
  "export.rows": "{rows} of {total} rows",
  "export.rowsUnknown": "{rows} rows",
  "export.cancel": "Cancel",
  "export.saved": "The {format} file is saved.",
  "export.cancelled": "The export was cancelled.",
  "export.offerXlsx": "Export to XLSX",
  "export.xlsx": "Export to XLSX",
  "export.csv": "Export to CSV",
  "export.pdf": "Export to PDF",
  "export.numbersFileName": "Numbers",
  "export.unavailable": "The export could not start. Check the network connection and try again.",
}
