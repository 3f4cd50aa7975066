// Every built file of Kabinet the exports page depends on, named in one place: the widgets' bundle
// a page without a bundler loads (`kabinet.js`, which registers `<kab-export-progress>`), served
// with the rest of `dist/` so that the export worker it starts (`new URL("./export-worker.js",
// import.meta.url)`) and any chunk either loads are found beside it. Only this file needs to change
// when the bundle's layout does.
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const here = dirname(fileURLToPath(import.meta.url))

/** The directory served at `/widgets/`: the widgets' build. */
export const widgetsDist = join(here, "..", "..", "packages", "widgets", "dist")

/** The module the page loads, relative to `widgetsDist`. */
export const pageEntry = "kabinet.js"

/** The element whose `run({ table, format, fileName })` exports a table through the worker. */
export const exportElement = "kab-export-progress"

/**
 * Texts found only in the exporters' code and fonts (jsPDF, jspdf-autotable, the XLSX writer's
 * parts, PT Sans's TrueType data in base64): a response holding one before the first export means
 * exporter bytes were fetched too early, whatever the file is called.
 */
export const exporterMarkers = ["jsPDF", "autoTable", "sharedStrings.xml", "AAEAAAARAQAABAAQR1BP"]
